class Solution:
    # Bug: compares each car with the car just ahead of it instead of with that car's
    # fleet. A fast car that caught a slow one moves at the slow one's pace, so a car behind
    # it can still catch the fleet even when it would not catch the fast car alone.
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        cars = sorted(zip(position, speed), reverse=True)
        count = 0
        ahead = None
        for p, s in cars:
            t = (target - p) / s
            if ahead is None or t > ahead:
                count += 1
            ahead = t
        return count
