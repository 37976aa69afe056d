class Solution:
    # Bug: carried over from the version where values repeat freely: the recursion stays at i
    # instead of moving to i + 1, so one element can be used several times ([2, 2] from a
    # single 2).
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
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
                if i > start and c == candidates[i - 1]:
                    continue
                chosen.append(c)
                build(i, remaining - c)
                chosen.pop()

        build(0, target)
        return out
