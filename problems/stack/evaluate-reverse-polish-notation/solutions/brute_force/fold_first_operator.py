class Solution:
    # Repeatedly find the first operator, replace it and its two operands by the result.
    def evalRPN(self, tokens: List[str]) -> int:
        items = list(tokens)
        while len(items) > 1:
            i = 0
            while items[i] not in ("+", "-", "*", "/"):
                i += 1
            a, b, op = int(items[i - 2]), int(items[i - 1]), items[i]
            if op == "+":
                r = a + b
            elif op == "-":
                r = a - b
            elif op == "*":
                r = a * b
            else:
                r = int(a / b)
            items[i - 2:i + 1] = [str(r)]
        return int(items[0])
