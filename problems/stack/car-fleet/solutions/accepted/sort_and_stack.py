class Solution:
    # Go from the car nearest the target backwards. A car that would arrive no later than
    # the fleet just ahead of it catches up and joins it; otherwise it leads a new, slower
    # fleet. The stack holds the arrival times of the fleets, slowest (latest) on top.
    # Floats are exact enough here: two different times (d1/s1, d2/s2 with d, s <= 10^6)
    # differ by a relative 10^-12 at least, far above a double's rounding error, and equal
    # fractions round to the same double.
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Sorting the indices by position (plain ints) is much faster than sorting pairs.
        order = sorted(range(len(position)), key=position.__getitem__, reverse=True)
        fleets = []
        for i in order:
            t = (target - position[i]) / speed[i]
            if not fleets or t > fleets[-1]:
                fleets.append(t)
        return len(fleets)
