class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # Wrong: measures the distance to the nearest gate straight across the grid
        # (Manhattan distance), ignoring the walls in the way.
        INF = 2147483647
        m, n = len(rooms), len(rooms[0])
        gates = [(r, c) for r in range(m) for c in range(n) if rooms[r][c] == 0]
        if not gates:
            return
        for r in range(m):
            for c in range(n):
                if rooms[r][c] == INF:
                    rooms[r][c] = min(abs(r - a) + abs(c - b) for a, b in gates)
