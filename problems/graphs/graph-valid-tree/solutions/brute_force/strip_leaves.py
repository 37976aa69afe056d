class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # Without counting edges: keep removing any node with at most one remaining edge.
        # A graph without cycles can be removed completely this way. Then check connectivity
        # separately by spreading the smallest label along the edges until nothing changes.
        alive = set(range(n))
        live_edges = [tuple(e) for e in edges]
        while True:
            degree = {v: 0 for v in alive}
            for a, b in live_edges:
                degree[a] += 1
                degree[b] += 1
            leaves = {v for v in alive if degree[v] <= 1}
            if not leaves:
                break
            alive -= leaves
            live_edges = [(a, b) for a, b in live_edges if a in alive and b in alive]
        if alive:
            return False
        label = list(range(n))
        changed = True
        while changed:
            changed = False
            for a, b in edges:
                low = min(label[a], label[b])
                if label[a] != low or label[b] != low:
                    label[a] = label[b] = low
                    changed = True
        return len(set(label)) == 1
