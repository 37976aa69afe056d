class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # For every start, grow the window until it covers t: O(m^2) when the covering
        # windows are long.
        need = collections.Counter(t)
        best_left, best_len = 0, len(s) + 1
        for i in range(len(s)):
            left_to_find = dict(need)
            missing = len(t)
            for j in range(i, len(s)):
                c = s[j]
                if left_to_find.get(c, 0) > 0:
                    left_to_find[c] -= 1
                    missing -= 1
                    if missing == 0:
                        if j - i + 1 < best_len:
                            best_left, best_len = i, j - i + 1
                        break
        return "" if best_len > len(s) else s[best_left:best_left + best_len]
