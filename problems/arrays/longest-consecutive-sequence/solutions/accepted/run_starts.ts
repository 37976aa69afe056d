function longestConsecutive(nums: number[]): number {
    // Count up only from a value that starts a run (its predecessor is absent). O(n).
    const values = new Set(nums);
    let best = 0;
    for (const x of values) {
        if (values.has(x - 1)) continue;
        let end = x;
        while (values.has(end + 1)) end++;
        best = Math.max(best, end - x + 1);
    }
    return best;
};
