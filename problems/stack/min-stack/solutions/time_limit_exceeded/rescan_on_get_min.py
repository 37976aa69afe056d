class MinStack:
    # getMin walks the whole stack: O(n) per call, O(n^2) over a run of calls.
    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        self.items.append(val)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        low = self.items[0]
        for x in self.items:
            if x < low:
                low = x
        return low
