class Solution:
    # Bug: closes the piece at the last occurrence of the current letter, forgetting the
    # letters seen earlier in the piece that occur further right.
    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}
        sizes = []
        start = 0
        for i, c in enumerate(s):
            if i == last[c]:
                sizes.append(i - start + 1)
                start = i + 1
        return sizes
