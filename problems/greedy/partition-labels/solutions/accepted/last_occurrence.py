class Solution:
    # A piece that starts at `start` must reach at least the last occurrence of each of its
    # letters; close it as soon as the scan arrives at the farthest of those.
    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}
        sizes = []
        start = end = 0
        for i, c in enumerate(s):
            end = max(end, last[c])
            if i == end:
                sizes.append(end - start + 1)
                start = i + 1
        return sizes
