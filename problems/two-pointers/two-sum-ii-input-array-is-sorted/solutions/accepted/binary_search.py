class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # O(n log n): for each value, binary search its partner to the right of it.
        n = len(numbers)
        for i, x in enumerate(numbers):
            j = bisect_left(numbers, target - x, i + 1, n)
            if j < n and numbers[j] == target - x:
                return [i + 1, j + 1]
        return []
