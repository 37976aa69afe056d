class Solution:
    # Bug: sorts the pile only once, then keeps smashing the first two stones and puts the
    # remainder at the back, so a remainder heavier than later stones is smashed too late.
    def lastStoneWeight(self, stones: List[int]) -> int:
        pile = collections.deque(sorted(stones, reverse=True))
        while len(pile) > 1:
            y = pile.popleft()
            x = pile.popleft()
            if y != x:
                pile.append(abs(y - x))
        return pile[0] if pile else 0
