class Solution:
    # Correct, but a selection by hand: k times, scan what is left for its largest value and
    # take it out. O(n * k), billions of steps when k is half of 10^5.
    def findKthLargest(self, nums: List[int], k: int) -> int:
        left = list(nums)
        best = left[0]
        for _ in range(k):
            at = 0
            for i in range(1, len(left)):
                if left[i] > left[at]:
                    at = i
            best = left[at]
            left[at] = left[-1]
            left.pop()
        return best
