function minCostConnectPoints(points: number[][]): number {
    // Prim on the complete graph without a heap: keep each point's cheapest link to the
    // tree, pick the cheapest outside point, update the links. O(n^2), the graph's size.
    const n = points.length;
    const dist = new Array<number>(n).fill(Infinity);
    const inTree = new Array<boolean>(n).fill(false);
    dist[0] = 0;
    let total = 0;
    for (let step = 0; step < n; step++) {
        let u = -1;
        for (let v = 0; v < n; v++) {
            if (!inTree[v] && (u === -1 || dist[v] < dist[u])) u = v;
        }
        inTree[u] = true;
        total += dist[u];
        const [ux, uy] = points[u];
        for (let v = 0; v < n; v++) {
            if (inTree[v]) continue;
            const d = Math.abs(points[v][0] - ux) + Math.abs(points[v][1] - uy);
            if (d < dist[v]) dist[v] = d;
        }
    }
    return total;
};
