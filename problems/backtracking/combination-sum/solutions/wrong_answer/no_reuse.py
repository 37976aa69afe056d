class Solution:
    # Bug: after taking a candidate the search moves on to the next one, so no value is ever
    # used twice and answers such as [2, 2, 3] are missed.
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
                build(i + 1, remaining - c)
                chosen.pop()

        build(0, target)
        return out
