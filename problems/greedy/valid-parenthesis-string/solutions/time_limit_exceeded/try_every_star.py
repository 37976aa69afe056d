class Solution:
    # Backtracking over the three readings of each star, with no memory of what was tried:
    # up to 3^stars paths when the string cannot be balanced.
    def checkValidString(self, s: str) -> bool:
        def go(i: int, open_count: int) -> bool:
            if open_count < 0:
                return False
            if i == len(s):
                return open_count == 0
            c = s[i]
            if c == "(":
                return go(i + 1, open_count + 1)
            if c == ")":
                return go(i + 1, open_count - 1)
            return go(i + 1, open_count + 1) or go(i + 1, open_count - 1) or go(i + 1, open_count)

        return go(0, 0)
