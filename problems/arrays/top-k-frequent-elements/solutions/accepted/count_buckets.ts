function topKFrequent(nums: number[], k: number): number[] {
    const count = new Map<number, number>();
    for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
    const buckets: number[][] = Array.from({ length: nums.length + 1 }, () => []);
    for (const [x, c] of count) buckets[c].push(x);
    const out: number[] = [];
    for (let c = nums.length; c > 0 && out.length < k; c--) out.push(...buckets[c]);
    return out.slice(0, k);
};
