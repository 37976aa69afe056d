class Solution:
    # Correct but O(n^2): the product of every subarray, grown from each start. About
    # 2 * 10^8 multiplications at the largest length.
    def maxProduct(self, nums: List[int]) -> int:
        n = len(nums)
        best = nums[0]
        for i in range(n):
            product = 1
            for j in range(i, n):
                product *= nums[j]
                if product > best:
                    best = product
        return best
