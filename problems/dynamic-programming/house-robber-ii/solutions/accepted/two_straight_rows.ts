function rob(nums: number[]): number {
    // The first and last houses are never both robbed: solve the straight row without
    // the last house and the one without the first, and keep the better.
    if (nums.length === 1) return nums[0];
    const straight = (from: number, to: number): number => {
        let take = 0, skip = 0;
        for (let i = from; i < to; i++) {
            const next = skip + nums[i];
            skip = Math.max(skip, take);
            take = next;
        }
        return Math.max(take, skip);
    };
    return Math.max(straight(0, nums.length - 1), straight(1, nums.length));
};
