class Solution:
    # Build strings left to right: an opener is allowed while fewer than n are used, a closer
    # while it has an unmatched opener before it. Every completed string is well formed.
    def generateParenthesis(self, n: int) -> List[str]:
        out = []
        buf = []

        def build(opened, closed):
            if closed == n:
                out.append("".join(buf))
                return
            if opened < n:
                buf.append("(")
                build(opened + 1, closed)
                buf.pop()
            if closed < opened:
                buf.append(")")
                build(opened, closed + 1)
                buf.pop()

        build(0, 0)
        return out
