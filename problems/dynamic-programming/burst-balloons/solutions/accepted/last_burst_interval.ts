function maxCoins(nums: number[]): number {
    // Pad with a 1 at each end. best[l][r] is the most coins from bursting everything
    // strictly between l and r; choose k as the last one burst there: it then pays
    // v[l] * v[k] * v[r]. O(n^3).
    const v = [1, ...nums, 1];
    const n = v.length;
    const best: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let gap = 2; gap < n; gap++) {
        for (let l = 0; l + gap < n; l++) {
            const r = l + gap;
            let most = 0;
            for (let k = l + 1; k < r; k++) {
                const coins = best[l][k] + best[k][r] + v[l] * v[k] * v[r];
                if (coins > most) most = coins;
            }
            best[l][r] = most;
        }
    }
    return best[0][n - 1];
};
