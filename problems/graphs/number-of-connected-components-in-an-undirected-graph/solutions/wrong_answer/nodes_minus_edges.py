class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Wrong: assumes every edge merges two components, which holds only for a forest.
        # An edge that closes a cycle joins nodes already connected and merges nothing.
        return n - len(edges)
