class Solution:
    # Sort, then choose the next element from position start on. At one level a value equal
    # to the one just tried would only build the same combinations again, so it is skipped;
    # a value larger than what is left ends the level, as do all the later, larger ones.
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
                build(i + 1, remaining - c)
                chosen.pop()

        build(0, target)
        return out
