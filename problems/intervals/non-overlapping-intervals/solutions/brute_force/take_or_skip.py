class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Sorted by start, decide for each interval whether to keep it, remembering the
        # last kept one: the most intervals that can be kept, by exhaustive memoised search.
        iv = sorted(intervals)
        n = len(iv)

        @functools.lru_cache(maxsize=None)
        def best(i, last):
            if i == n:
                return 0
            skip = best(i + 1, last)
            if last == -1 or iv[last][1] <= iv[i][0]:
                return max(skip, 1 + best(i + 1, i))
            return skip

        return n - best(0, -1)
