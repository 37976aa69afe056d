class Solution:
    # i >> 1 is i without its lowest bit, and it is smaller than i, so its count is known:
    # ans[i] = ans[i >> 1] + (i & 1). One pass, O(n).
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
