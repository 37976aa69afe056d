class Solution:
    # Each of the n - 1 gaps between letters is cut or not: try all 2^(n-1) choices and keep
    # those whose pieces all read the same backwards.
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        out = []
        for mask in range(1 << (n - 1)):
            pieces = []
            start = 0
            for gap in range(1, n):
                if mask >> (gap - 1) & 1:
                    pieces.append(s[start:gap])
                    start = gap
            pieces.append(s[start:])
            if all(p == p[::-1] for p in pieces):
                out.append(pieces)
        return out
