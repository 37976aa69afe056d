class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Sorts and sweeps, but takes the next interval's end as the new end instead of
        # the larger of the two: an interval inside another one shrinks the group.
        intervals.sort(key=lambda x: x[0])
        merged = [list(intervals[0])]
        for s, e in intervals[1:]:
            if s <= merged[-1][1]:
                merged[-1][1] = e
            else:
                merged.append([s, e])
        return merged
