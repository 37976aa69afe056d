function minCostClimbingStairs(cost: number[]): number {
    // a, b: the least cost to stand on the two steps below the current one.
    let a = 0, b = 0;
    for (let i = 2; i <= cost.length; i++) [a, b] = [b, Math.min(b + cost[i - 1], a + cost[i - 2])];
    return b;
};
