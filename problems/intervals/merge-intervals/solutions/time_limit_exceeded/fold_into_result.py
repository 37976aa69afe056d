class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Correct without sorting: each interval is folded into every overlapping interval
        # of the result so far, found by scanning the whole result. O(n^2).
        result = []
        for s, e in intervals:
            kept = []
            for a, b in result:
                if a <= e and s <= b:
                    s = min(s, a)
                    e = max(e, b)
                else:
                    kept.append([a, b])
            kept.append([s, e])
            result = kept
        return result
