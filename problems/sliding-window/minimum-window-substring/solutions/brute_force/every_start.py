class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # For every start, the shortest end whose window holds all of t.
        need = collections.Counter(t)
        best = ""
        for i in range(len(s)):
            for j in range(i + 1, len(s) + 1):
                have = collections.Counter(s[i:j])
                if all(have[c] >= k for c, k in need.items()):
                    if best == "" or j - i < len(best):
                        best = s[i:j]
                    break
        return best
