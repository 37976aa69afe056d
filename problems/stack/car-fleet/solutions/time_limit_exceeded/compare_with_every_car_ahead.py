class Solution:
    # O(n^2) when no car ever catches up: each car is compared with every car ahead.
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        n = len(position)
        times = [(target - position[i]) / speed[i] for i in range(n)]
        count = 0
        for i in range(n):
            leads = True
            for j in range(n):
                if position[j] > position[i] and times[j] >= times[i]:
                    leads = False
                    break
            if leads:
                count += 1
        return count
