class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # One breadth-first search started from every gate at once. The first time the
        # search reaches an empty room, it comes from the nearest gate, so that distance is
        # final and the room is never visited again. O(m n).
        INF = 2147483647
        m, n = len(rooms), len(rooms[0])
        queue = collections.deque((r, c) for r in range(m) for c in range(n) if rooms[r][c] == 0)
        while queue:
            r, c = queue.popleft()
            d = rooms[r][c] + 1
            for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= a < m and 0 <= b < n and rooms[a][b] == INF:
                    rooms[a][b] = d
                    queue.append((a, b))
