class Solution:
    # Bug: arrival times computed with integer division, as `int / int` does in Java or
    # C++. 3.5 hours and 3 hours both become 3, so a car that never catches up is merged.
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        cars = sorted(zip(position, speed), reverse=True)
        fleets = []
        for p, s in cars:
            t = (target - p) // s
            if not fleets or t > fleets[-1]:
                fleets.append(t)
        return len(fleets)
