class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        # Correct, but each step scans every remaining pair to find one free course:
        # O(V * E) overall.
        remaining = [tuple(p) for p in prerequisites]
        left = set(range(numCourses))
        order = []
        while left:
            blocked = set()
            for course, before in remaining:
                blocked.add(course)
            free = next((c for c in left if c not in blocked), None)
            if free is None:
                return []
            left.remove(free)
            order.append(free)
            remaining = [(a, b) for a, b in remaining if b != free]
        return order
