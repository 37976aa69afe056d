class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Greedy: among the intervals still compatible, always keep the one that ends first.
        intervals.sort(key=lambda x: x[1])
        removed = 0
        end = -math.inf
        for s, e in intervals:
            if s >= end:
                end = e
            else:
                removed += 1
        return removed
