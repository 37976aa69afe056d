class Solution:
    # Bug: looks for a triplet matching the target in each place, but does not skip triplets
    # that are larger than the target somewhere else, which would spoil the merge.
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        got = [False, False, False]
        for t in triplets:
            for c in range(3):
                if t[c] == target[c]:
                    got[c] = True
        return all(got)
