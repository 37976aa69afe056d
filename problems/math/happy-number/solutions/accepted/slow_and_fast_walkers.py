class Solution:
    def isHappy(self, n: int) -> bool:
        def step(x: int) -> int:
            total = 0
            while x:
                x, d = divmod(x, 10)
                total += d * d
            return total

        # Floyd's cycle detection: the fast walker moves two steps for each one of the slow
        # walker, so they meet inside the loop, and the loop is {1} exactly when n is happy.
        slow, fast = n, step(n)
        while slow != fast:
            slow = step(slow)
            fast = step(step(fast))
        return slow == 1
