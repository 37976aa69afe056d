class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # Correct but too slow: a separate breadth-first search from each empty room, which
        # stops at the first gate it meets. With few gates every search covers much of the
        # floor: O((m n)^2).
        INF = 2147483647
        m, n = len(rooms), len(rooms[0])
        found = {}
        for r in range(m):
            for c in range(n):
                if rooms[r][c] != INF:
                    continue
                seen = {(r, c)}
                queue = collections.deque([(r, c, 0)])
                while queue:
                    i, j, d = queue.popleft()
                    if rooms[i][j] == 0:
                        found[(r, c)] = d
                        break
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and rooms[a][b] != -1 and (a, b) not in seen:
                            seen.add((a, b))
                            queue.append((a, b, d + 1))
        for (r, c), d in found.items():
            rooms[r][c] = d
