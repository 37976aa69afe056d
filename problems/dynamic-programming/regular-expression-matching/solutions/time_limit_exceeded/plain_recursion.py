class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # Correct: at a starred item, try skipping it, else eat one character and try again.
        # Nothing is remembered, so "a*a*a*..." against a run of a's that cannot match tries
        # every way of sharing the a's among the stars: millions of calls.
        if not p:
            return not s
        first = bool(s) and p[0] in (s[0], ".")
        if len(p) >= 2 and p[1] == "*":
            return self.isMatch(s, p[2:]) or (first and self.isMatch(s[1:], p))
        return first and self.isMatch(s[1:], p[1:])
