class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # Ignores the order: for each value, walks the rest of the array looking for its
        # partner. O(n^2) when the pair sits at the end.
        n = len(numbers)
        for i in range(n):
            need = target - numbers[i]
            j = i + 1
            while j < n:
                if numbers[j] == need:
                    return [i + 1, j + 1]
                j += 1
        return []
