class MinStack:
    # Bug: a value equal to the current minimum is not recorded on the minimum
    # stack, but popping it still removes that minimum. With a repeated minimum the
    # minimum stack runs empty while values remain, and getMin indexes an empty list.
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, val: int) -> None:
        self.items.append(val)
        if not self.mins or val < self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        if self.items.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.mins[-1]
