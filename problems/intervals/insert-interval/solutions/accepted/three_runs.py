class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        # One pass: the intervals entirely before the new one, those that overlap it
        # (folded into it), then the ones entirely after it.
        start, end = newInterval
        out = []
        i, n = 0, len(intervals)
        while i < n and intervals[i][1] < start:
            out.append(intervals[i])
            i += 1
        while i < n and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        out.append([start, end])
        out.extend(intervals[i:])
        return out
