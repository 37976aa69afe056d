class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Repeatedly find any two overlapping intervals and replace them by their union,
        # until no two overlap.
        pile = [list(x) for x in intervals]
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
        return pile
