class Solution:
    # Bug: finds the start the greedy pass ends on, but never checks that the gas in total
    # covers the cost, so it returns a start even when no start can work.
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        tank = 0
        start = 0
        for i in range(len(gas)):
            tank += gas[i] - cost[i]
            if tank < 0:
                start = i + 1
                tank = 0
        return start if start < len(gas) else -1
