class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # The smallest and largest values first: too small a sum can only grow by moving
        # the left index, too large a sum can only shrink by moving the right one.
        i, j = 0, len(numbers) - 1
        while i < j:
            total = numbers[i] + numbers[j]
            if total == target:
                return [i + 1, j + 1]
            if total < target:
                i += 1
            else:
                j -= 1
        return []
