class Solution:
    # Sort the whole pile again before every smash. O(n^2 log n), fine for 30 stones.
    def lastStoneWeight(self, stones: List[int]) -> int:
        pile = list(stones)
        while len(pile) > 1:
            pile.sort()
            y = pile.pop()
            x = pile.pop()
            if y > x:
                pile.append(y - x)
        return pile[0] if pile else 0
