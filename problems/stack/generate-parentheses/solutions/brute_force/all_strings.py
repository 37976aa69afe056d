class Solution:
    # Every string of 2n brackets, kept when the running balance never dips below zero
    # and ends at zero.
    def generateParenthesis(self, n: int) -> List[str]:
        out = []
        for chars in itertools.product("()", repeat=2 * n):
            balance = 0
            for c in chars:
                balance += 1 if c == "(" else -1
                if balance < 0:
                    break
            if balance == 0:
                out.append("".join(chars))
        return out
