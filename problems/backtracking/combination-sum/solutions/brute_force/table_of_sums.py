class Solution:
    # A table over every sum from 0 to target: the combinations of sum t are those of sum
    # t - c with one more c, kept as sorted tuples in a set so that orderings collapse.
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        table = [set() for _ in range(target + 1)]
        table[0].add(())
        for t in range(1, target + 1):
            for c in candidates:
                if c <= t:
                    for combo in table[t - c]:
                        table[t].add(tuple(sorted(combo + (c,))))
        return [list(combo) for combo in table[target]]
