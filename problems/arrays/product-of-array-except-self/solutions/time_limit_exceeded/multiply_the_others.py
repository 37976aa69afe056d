class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # O(n^2): each answer multiplies n - 1 numbers; 10^10 steps when n = 10^5.
        n = len(nums)
        answer = [0] * n
        for i in range(n):
            p = 1
            for j in range(n):
                if j != i:
                    p *= nums[j]
            answer[i] = p
        return answer
