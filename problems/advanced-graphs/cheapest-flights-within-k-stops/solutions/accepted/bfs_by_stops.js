/**
 * @param {number} n
 * @param {number[][]} flights
 * @param {number} src
 * @param {number} dst
 * @param {number} k
 * @return {number}
 */
var findCheapestPrice = function(n, flights, src, dst, k) {
    // A breadth-first search by number of flights taken: level i holds the cities whose
    // price improved with exactly i flights, and only those are expanded at level i + 1.
    const out = Array.from({length: n}, () => []);
    for (const [from, to, price] of flights) out[from].push([to, price]);
    const best = new Array(n).fill(Infinity);
    best[src] = 0;
    let level = new Map([[src, 0]]);
    for (let taken = 0; taken <= k && level.size > 0; taken++) {
        const next = new Map();
        for (const [city, cost] of level) {
            for (const [to, price] of out[city]) {
                const c = cost + price;
                if (c < best[to] && (!next.has(to) || c < next.get(to))) {
                    next.set(to, c);
                }
            }
        }
        for (const [city, cost] of next) best[city] = Math.min(best[city], cost);
        level = next;
    }
    return best[dst] === Infinity ? -1 : best[dst];
};
