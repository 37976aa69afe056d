class Solution:
    # Keep only the triplets that are nowhere larger than the target; merging all of them is
    # the best one can do, so the answer is whether they match the target in every place.
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        x, y, z = target
        got_x = got_y = got_z = False
        for a, b, c in triplets:
            if a <= x and b <= y and c <= z:
                got_x = got_x or a == x
                got_y = got_y or b == y
                got_z = got_z or c == z
        return got_x and got_y and got_z
