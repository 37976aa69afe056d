function findCheapestPrice(n: number, flights: number[][], src: number, dst: number, k: number): number {
    // A breadth-first search by number of flights taken: level i holds the cities whose
    // price improved with exactly i flights, and only those are expanded at level i + 1.
    const out: [number, number][][] = Array.from({ length: n }, () => []);
    for (const [from, to, price] of flights) out[from].push([to, price]);
    const best: number[] = new Array(n).fill(Infinity);
    best[src] = 0;
    let level = new Map<number, number>([[src, 0]]);
    for (let taken = 0; taken <= k && level.size > 0; taken++) {
        const next = new Map<number, number>();
        for (const [city, cost] of level) {
            for (const [to, price] of out[city]) {
                const c = cost + price;
                if (c < best[to] && (!next.has(to) || c < next.get(to))) next.set(to, c);
            }
        }
        for (const [city, cost] of next) best[city] = Math.min(best[city], cost);
        level = next;
    }
    return best[dst] === Infinity ? -1 : best[dst];
};
