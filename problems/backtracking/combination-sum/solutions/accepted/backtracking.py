class Solution:
    # Sort, then build each combination in non-decreasing order of index: a candidate may be
    # taken again (stay at i), and once one is too large so are all the later ones.
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates = sorted(candidates)
        out = []
        chosen = []

        def build(start, remaining):
            if remaining == 0:
                out.append(chosen[:])
                return
            for i in range(start, len(candidates)):
                c = candidates[i]
                if c > remaining:
                    break
                chosen.append(c)
                build(i, remaining - c)
                chosen.pop()

        build(0, target)
        return out
