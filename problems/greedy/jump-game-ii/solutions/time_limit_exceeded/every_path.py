class Solution:
    # Follows every sequence of jumps to the end and keeps the shortest: the number of
    # sequences grows exponentially with the length of the array.
    def jump(self, nums: List[int]) -> int:
        last = len(nums) - 1
        best = last
        stack = [(0, 0)]
        while stack:
            i, steps = stack.pop()
            if i >= last:
                best = min(best, steps)
                continue
            for k in range(1, nums[i] + 1):
                stack.append((i + k, steps + 1))
        return best
