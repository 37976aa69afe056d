class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Sorted by start, overlapping intervals are neighbours: extend the last merged
        # interval while the next one starts inside it.
        intervals.sort(key=lambda x: x[0])
        merged = [list(intervals[0])]
        for s, e in intervals[1:]:
            last = merged[-1]
            if s <= last[1]:
                if e > last[1]:
                    last[1] = e
            else:
                merged.append([s, e])
        return merged
