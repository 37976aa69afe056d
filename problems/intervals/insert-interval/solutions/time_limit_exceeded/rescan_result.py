class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        # Correct, but adds the intervals one by one, each time scanning the whole result
        # so far for overlaps: O(n^2) even though the input is already sorted.
        result = []
        for s, e in [newInterval] + intervals:
            kept = []
            for a, b in result:
                if a <= e and s <= b:
                    s = min(s, a)
                    e = max(e, b)
                else:
                    kept.append([a, b])
            kept.append([s, e])
            result = kept
        result.sort()
        return result
