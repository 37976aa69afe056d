class Solution:
    # Tries k = 1, 2, 3, ... until one fits: O(answer * n), and the answer can be 10^9.
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        k = 1
        while True:
            hours = 0
            for p in piles:
                hours += (p + k - 1) // k
            if hours <= h:
                return k
            k += 1
