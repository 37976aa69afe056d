class Solution:
    # Bug: assumes every number up to 10^5 fits in 16 bits. It does not (2^16 = 65536), so
    # from 65536 on the 17th bit is never counted.
    def countBits(self, n: int) -> List[int]:
        ans = []
        for i in range(n + 1):
            count = 0
            for b in range(16):
                count += (i >> b) & 1
            ans.append(count)
        return ans
