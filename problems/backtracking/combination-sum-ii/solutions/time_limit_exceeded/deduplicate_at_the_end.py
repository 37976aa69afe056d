class Solution:
    # Correct but exponential in the number of copies: every choice of positions is explored
    # and the repeats are only removed at the end by a set. With many equal values (a hundred
    # 1s and target 30) that is C(100, 30) branches for a single combination.
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates = sorted(candidates)
        found = set()
        chosen = []

        def build(start, remaining):
            if remaining == 0:
                found.add(tuple(chosen))
                return
            for i in range(start, len(candidates)):
                c = candidates[i]
                if c > remaining:
                    break
                chosen.append(c)
                build(i + 1, remaining - c)
                chosen.pop()

        build(0, target)
        return [list(combo) for combo in found]
