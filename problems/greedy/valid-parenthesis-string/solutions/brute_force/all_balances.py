class Solution:
    # The set of every count of unclosed '(' that some reading of the stars can give.
    def checkValidString(self, s: str) -> bool:
        counts = {0}
        for c in s:
            step = {"(": (1,), ")": (-1,), "*": (1, -1, 0)}[c]
            counts = {k + d for k in counts for d in step if k + d >= 0}
            if not counts:
                return False
        return 0 in counts
