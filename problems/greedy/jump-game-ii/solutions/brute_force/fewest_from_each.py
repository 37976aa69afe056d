class Solution:
    # DP: the fewest jumps to each index, relaxing every landing place of every index.
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        best = [n] * n
        best[0] = 0
        for i in range(n):
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if best[i] + 1 < best[j]:
                    best[j] = best[i] + 1
        return best[-1]
