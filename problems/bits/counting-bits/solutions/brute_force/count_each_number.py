class Solution:
    # Count the bits of every number separately, one bit at a time: O(n log n).
    def countBits(self, n: int) -> List[int]:
        ans = []
        for i in range(n + 1):
            count = 0
            x = i
            while x:
                count += x & 1
                x >>= 1
            ans.append(count)
        return ans
