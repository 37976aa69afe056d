function canPartition(nums: number[]): boolean {
    // reach[s]: some subset of the numbers seen so far sums to s. The total must be even
    // and half of it reachable. O(n * sum).
    const total = nums.reduce((a, b) => a + b, 0);
    if (total % 2 !== 0) return false;
    const half = total / 2;
    const reach = new Array<boolean>(half + 1).fill(false);
    reach[0] = true;
    for (const x of nums) {
        for (let s = half; s >= x; s--) {
            if (reach[s - x]) reach[s] = true;
        }
        if (reach[half]) return true;
    }
    return reach[half];
};
