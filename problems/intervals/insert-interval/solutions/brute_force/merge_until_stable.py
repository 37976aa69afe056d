class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        # Throw everything in one pile and keep merging any two overlapping intervals
        # until no pair overlaps; then sort what is left.
        pile = [list(x) for x in intervals] + [list(newInterval)]
        changed = True
        while changed:
            changed = False
            for i in range(len(pile)):
                for j in range(i + 1, len(pile)):
                    a, b = pile[i], pile[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        pile[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        pile.pop(j)
                        changed = True
                        break
                if changed:
                    break
        return sorted(pile)
