class Solution:
    # Take the smallest card left and delete its straight from the list, one card at a time:
    # every min() and remove() walks the list, O(n^2) in all.
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        cards = list(hand)
        while cards:
            low = min(cards)
            for v in range(low, low + groupSize):
                if v not in cards:
                    return False
                cards.remove(v)
        return True
