class Solution:
    # Bug: assumes every answer for n comes from one for n - 1 by wrapping it in a pair or
    # putting "()" before or after it. From n = 4 on that misses strings such as "(())(())",
    # two blocks that each hold more than one pair.
    def generateParenthesis(self, n: int) -> List[str]:
        level = {"()"}
        for _ in range(n - 1):
            level = {p for s in level for p in ("(" + s + ")", "()" + s, s + "()")}
        return sorted(level)
