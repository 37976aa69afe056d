class Solution:
    # The smallest value left must start a straight. Going through the distinct values in
    # order, each one still held x times starts x straights at once.
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for v in sorted(count):
            x = count[v]
            if x:
                for w in range(v, v + groupSize):
                    if count[w] < x:
                        return False
                    count[w] -= x
        return True
