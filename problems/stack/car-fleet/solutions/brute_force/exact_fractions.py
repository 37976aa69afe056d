class Solution:
    # A car leads its own fleet exactly when every car ahead of it arrives strictly
    # earlier than it would alone (then nothing can slow it down). Exact fractions, O(n^2).
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        from fractions import Fraction

        n = len(position)
        times = [Fraction(target - position[i], speed[i]) for i in range(n)]
        count = 0
        for i in range(n):
            if all(times[j] < times[i] for j in range(n) if position[j] > position[i]):
                count += 1
        return count
