class Solution:
    # A table over every sum from 0 to target, filled one element at a time (from the top
    # down, so that the element is used at most once): the sorted tuples in a set make the
    # different copies of a value collapse into one combination.
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        table = [set() for _ in range(target + 1)]
        table[0].add(())
        for c in sorted(candidates):
            for t in range(target, c - 1, -1):
                for combo in table[t - c]:
                    table[t].add(combo + (c,))
        return [list(combo) for combo in table[target]]
