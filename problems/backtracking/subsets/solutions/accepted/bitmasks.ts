function subsets(nums: number[]): number[][] {
    const out: number[][] = [];
    for (let mask = 0; mask < 1 << nums.length; mask++) {
        out.push(nums.filter((_, i) => mask & (1 << i)));
    }
    return out;
};
