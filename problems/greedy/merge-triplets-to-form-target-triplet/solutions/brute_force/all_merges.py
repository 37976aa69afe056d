class Solution:
    # Every triplet that some set of usable triplets merges to, built one triplet at a time.
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        goal = tuple(target)
        reached = set()
        for t in triplets:
            if all(t[c] <= target[c] for c in range(3)):
                t = tuple(t)
                reached |= {tuple(max(p, q) for p, q in zip(s, t)) for s in reached}
                reached.add(t)
                if goal in reached:
                    return True
        return False
