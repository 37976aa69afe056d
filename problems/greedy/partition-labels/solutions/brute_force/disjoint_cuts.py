class Solution:
    # Cut between positions i - 1 and i whenever no letter appears on both sides.
    def partitionLabels(self, s: str) -> List[int]:
        sizes = []
        start = 0
        for i in range(1, len(s)):
            if not set(s[:i]) & set(s[i:]):
                sizes.append(i - start)
                start = i
        sizes.append(len(s) - start)
        return sizes
