class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Correct: the longest chain of pairwise compatible intervals by dynamic
        # programming over every earlier interval, O(n^2).
        iv = sorted(intervals, key=lambda x: x[1])
        n = len(iv)
        keep = [1] * n
        for i in range(n):
            s = iv[i][0]
            best = 0
            for j in range(i):
                if iv[j][1] <= s and keep[j] > best:
                    best = keep[j]
            keep[i] = best + 1
        return n - max(keep)
