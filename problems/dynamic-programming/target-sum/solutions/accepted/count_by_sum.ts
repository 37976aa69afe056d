function findTargetSumWays(nums: number[], target: number): number {
    // ways[v + total] counts the sign choices so far that give the value v.
    const total = nums.reduce((a, b) => a + b, 0);
    if (Math.abs(target) > total) return 0;
    let ways = new Array<number>(2 * total + 1).fill(0);
    ways[total] = 1;
    for (const x of nums) {
        const next = new Array<number>(2 * total + 1).fill(0);
        for (let v = 0; v <= 2 * total; v++) {
            if (ways[v] === 0) continue;
            if (v + x <= 2 * total) next[v + x] += ways[v];
            if (v - x >= 0) next[v - x] += ways[v];
        }
        ways = next;
    }
    return ways[target + total];
};
