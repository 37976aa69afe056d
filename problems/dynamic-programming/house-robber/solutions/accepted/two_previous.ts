function rob(nums: number[]): number {
    let skip = 0, take = 0;
    for (const x of nums) [skip, take] = [Math.max(skip, take), skip + x];
    return Math.max(skip, take);
};
