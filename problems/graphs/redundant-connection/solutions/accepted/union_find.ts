function findRedundantConnection(edges: number[][]): number[] {
    // The first edge, in input order, whose ends are already connected closes the cycle;
    // since the cycle is unique it is also the last of the cycle's edges in the input.
    const parent = Array.from({ length: edges.length + 1 }, (_, i) => i);
    const find = (x: number): number => {
        while (parent[x] !== x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    for (const [a, b] of edges) {
        const ra = find(a), rb = find(b);
        if (ra === rb) return [a, b];
        parent[ra] = rb;
    }
    return [];
};
