class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Bug: only asks for each distinct letter of t once, ignoring repeats in t.
        need = collections.Counter(set(t))
        missing = len(need)
        left = 0
        best_left, best_len = 0, len(s) + 1
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_left, best_len = left, right - left + 1
                need[s[left]] += 1
                missing += 1
                left += 1
        return "" if best_len > len(s) else s[best_left:best_left + best_len]
