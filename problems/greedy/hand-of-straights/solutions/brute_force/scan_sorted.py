class Solution:
    # Sort, then build each straight from the first unused card, scanning for each next value.
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        cards = sorted(hand)
        n = len(cards)
        used = [False] * n
        for i in range(n):
            if used[i]:
                continue
            used[i] = True
            want = cards[i] + 1
            j = i + 1
            for _ in range(groupSize - 1):
                while j < n and (used[j] or cards[j] < want):
                    j += 1
                if j == n or cards[j] != want:
                    return False
                used[j] = True
                want += 1
                j += 1
        return True
