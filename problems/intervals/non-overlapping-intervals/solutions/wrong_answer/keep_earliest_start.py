class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Greedy on the wrong key: sorted by start, it keeps whichever interval came first,
        # so one long interval that starts early pushes out many short ones.
        intervals.sort(key=lambda x: x[0])
        removed = 0
        end = -math.inf
        for s, e in intervals:
            if s >= end:
                end = e
            else:
                removed += 1
        return removed
