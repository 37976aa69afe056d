class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Bug: shrinks the window only past letters that t does not use, so a surplus
        # copy of a needed letter at the left edge is never dropped.
        need = collections.Counter(t)
        window = collections.Counter()
        formed = 0
        left = 0
        best = ""
        for right, c in enumerate(s):
            window[c] += 1
            if c in need and window[c] == need[c]:
                formed += 1
            while formed == len(need) and s[left] not in need:
                window[s[left]] -= 1
                left += 1
            if formed == len(need) and (best == "" or right - left + 1 < len(best)):
                best = s[left:right + 1]
        return best
