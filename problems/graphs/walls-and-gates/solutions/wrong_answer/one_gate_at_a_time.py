class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # Wrong: searches from the gates one after another and fills only rooms that are
        # still empty, so a room keeps its distance to the first gate that reached it, not
        # to the nearest one.
        INF = 2147483647
        m, n = len(rooms), len(rooms[0])
        gates = [(r, c) for r in range(m) for c in range(n) if rooms[r][c] == 0]
        for gr, gc in gates:
            queue = collections.deque([(gr, gc, 0)])
            while queue:
                r, c, d = queue.popleft()
                for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= a < m and 0 <= b < n and rooms[a][b] == INF:
                        rooms[a][b] = d + 1
                        queue.append((a, b, d + 1))
