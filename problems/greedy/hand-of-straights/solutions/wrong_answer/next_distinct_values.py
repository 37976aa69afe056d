class Solution:
    # Bug: builds each straight from the next distinct values present in the hand, without
    # checking that they are consecutive integers, so a gap such as 3, 5 goes unnoticed.
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        keys = sorted(count)
        for i, v in enumerate(keys):
            x = count[v]
            if x:
                if i + groupSize > len(keys):
                    return False
                for w in keys[i:i + groupSize]:
                    if count[w] < x:
                        return False
                    count[w] -= x
        return True
