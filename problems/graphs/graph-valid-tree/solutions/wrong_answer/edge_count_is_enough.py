class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # Wrong: n - 1 edges are necessary but not enough: a cycle in one part can leave
        # another part cut off with the same number of edges.
        return len(edges) == n - 1
