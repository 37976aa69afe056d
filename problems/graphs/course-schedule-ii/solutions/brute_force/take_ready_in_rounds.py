class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        # In rounds: take every course whose prerequisites were all taken in earlier
        # rounds. If a round takes nothing while courses remain, they can never be taken.
        taken = [False] * numCourses
        order = []
        while len(order) < numCourses:
            ready = [c for c in range(numCourses)
                     if not taken[c] and all(taken[b] for a, b in prerequisites if a == c)]
            if not ready:
                return []
            for c in ready:
                taken[c] = True
            order.extend(ready)
        return order
