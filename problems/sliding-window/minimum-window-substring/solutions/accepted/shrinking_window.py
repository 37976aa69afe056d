class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # need[c]: how many more c the window still needs (negative: surplus).
        need = collections.Counter(t)
        missing = len(t)
        left = 0
        best_left, best_len = 0, len(s) + 1
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                # Drop characters the window has in surplus from the left.
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_left, best_len = left, right - left + 1
                # Give up the leftmost needed character and look for the next window.
                need[s[left]] += 1
                missing += 1
                left += 1
        return "" if best_len > len(s) else s[best_left:best_left + best_len]
