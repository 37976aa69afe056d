class Solution:
    def isHappy(self, n: int) -> bool:
        # Follows the process with string arithmetic and stops at 1 or at the first number
        # seen before.
        seen = set()
        while n != 1 and n not in seen:
            seen.add(n)
            n = sum(int(c) ** 2 for c in str(n))
        return n == 1
