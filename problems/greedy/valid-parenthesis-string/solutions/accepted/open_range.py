class Solution:
    # Track the range of possible counts of unclosed '(' after each character: a star widens
    # it by one each way. Counts below zero are impossible, so the low end stays at 0.
    def checkValidString(self, s: str) -> bool:
        low = high = 0
        for c in s:
            if c == "(":
                low += 1
                high += 1
            elif c == ")":
                low -= 1
                high -= 1
            else:
                low -= 1
                high += 1
            if high < 0:
                return False
            if low < 0:
                low = 0
        return low == 0
