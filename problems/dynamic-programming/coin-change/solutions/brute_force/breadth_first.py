class Solution:
    # Breadth-first search over the amounts still to pay: level k holds the amounts left
    # after k coins, so the first level that reaches 0 is the answer.
    def coinChange(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0
        seen = {amount}
        level = [amount]
        steps = 0
        while level:
            steps += 1
            following = []
            for left in level:
                for c in coins:
                    rest = left - c
                    if rest == 0:
                        return steps
                    if rest > 0 and rest not in seen:
                        seen.add(rest)
                        following.append(rest)
            level = following
        return -1
