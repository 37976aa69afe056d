class Solution:
    # Bug: str.isdigit() is False for "-3", so a negative number is taken for an operator
    # and the operator table lookup raises KeyError.
    def evalRPN(self, tokens: List[str]) -> int:
        ops = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: int(a / b),
        }
        stack = []
        for t in tokens:
            if t.isdigit():
                stack.append(int(t))
            else:
                f = ops[t]
                b = stack.pop()
                a = stack.pop()
                stack.append(f(a, b))
        return stack[0]
