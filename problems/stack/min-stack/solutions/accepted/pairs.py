class MinStack:
    # Each entry remembers the minimum of itself and everything below it.
    def __init__(self):
        self.stack = []

    def push(self, val: int) -> None:
        low = val if not self.stack or val < self.stack[-1][1] else self.stack[-1][1]
        self.stack.append((val, low))

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1][0]

    def getMin(self) -> int:
        return self.stack[-1][1]
