class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # Bellman-Ford on the grid: keep lowering each room to 1 + its smallest neighbour
        # until a whole pass changes nothing. Slow (up to m n passes), but plainly right.
        INF = 2147483647
        m, n = len(rooms), len(rooms[0])
        changed = True
        while changed:
            changed = False
            for r in range(m):
                for c in range(n):
                    if rooms[r][c] <= 0:
                        continue
                    for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= a < m and 0 <= b < n and 0 <= rooms[a][b] < INF:
                            if rooms[a][b] + 1 < rooms[r][c]:
                                rooms[r][c] = rooms[a][b] + 1
                                changed = True
