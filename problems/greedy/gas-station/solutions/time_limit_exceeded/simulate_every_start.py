class Solution:
    # Tries each start and drives until the tank runs dry: O(n^2) when most starts get almost
    # all the way round before failing.
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        n = len(gas)
        for s in range(n):
            tank = 0
            i = s
            steps = 0
            while steps < n:
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
                i += 1
                if i == n:
                    i = 0
                steps += 1
            if steps == n:
                return s
        return -1
