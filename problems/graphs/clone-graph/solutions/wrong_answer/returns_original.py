class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        # Wrong: hands back the graph it was given. Values and edges match, but no new node
        # was made: the result shares every node with the input.
        return node
