function networkDelayTime(times: number[][], n: number, k: number): number {
    // Dijkstra from k; the answer is the largest shortest distance, or -1 if a node is
    // never reached.
    const out: [number, number][][] = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of times) out[u].push([v, w]);
    const dist = new Array<number>(n + 1).fill(Infinity);
    dist[k] = 0;
    const heap = new MinPriorityQueue<[number, number]>((e) => e[0]);
    heap.enqueue([0, k]);
    while (!heap.isEmpty()) {
        const [d, u] = heap.dequeue();
        if (d > dist[u]) continue;
        for (const [v, w] of out[u]) {
            if (d + w < dist[v]) {
                dist[v] = d + w;
                heap.enqueue([dist[v], v]);
            }
        }
    }
    let worst = 0;
    for (let v = 1; v <= n; v++) worst = Math.max(worst, dist[v]);
    return worst === Infinity ? -1 : worst;
};
