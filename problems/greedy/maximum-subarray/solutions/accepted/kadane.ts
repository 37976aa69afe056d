function maxSubArray(nums: number[]): number {
    let best = nums[0];
    let endingHere = 0;
    for (const x of nums) {
        endingHere = Math.max(x, endingHere + x);
        best = Math.max(best, endingHere);
    }
    return best;
};
