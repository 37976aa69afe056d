class Solution:
    # Bug: checks the counts but not where the stars are: a star after an unmatched '(' can
    # close it, but one before it cannot ("*(" is not balanced).
    def checkValidString(self, s: str) -> bool:
        opens = closes = stars = 0
        for c in s:
            if c == "(":
                opens += 1
            elif c == ")":
                closes += 1
                if closes > opens + stars:
                    return False
            else:
                stars += 1
        return opens <= closes + stars
