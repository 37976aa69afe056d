class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Every node starts with its own number as label; sweep the edges again and again,
        # giving both ends the smaller of their labels, until a sweep changes nothing. Each
        # component ends up with one label.
        label = list(range(n))
        changed = True
        while changed:
            changed = False
            for a, b in edges:
                low = min(label[a], label[b])
                if label[a] != low or label[b] != low:
                    label[a] = label[b] = low
                    changed = True
        return len(set(label))
