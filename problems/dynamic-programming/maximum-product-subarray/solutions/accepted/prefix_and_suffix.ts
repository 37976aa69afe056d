function maxProduct(nums: number[]): number {
    // Between zeros the best subarray is a prefix or a suffix of its run, so the running
    // products from the left and from the right, restarted after a zero, meet every
    // candidate. O(n).
    const n = nums.length;
    let best = -Infinity, fromLeft = 0, fromRight = 0;
    for (let i = 0; i < n; i++) {
        fromLeft = (fromLeft === 0 ? 1 : fromLeft) * nums[i];
        fromRight = (fromRight === 0 ? 1 : fromRight) * nums[n - 1 - i];
        best = Math.max(best, fromLeft, fromRight);
    }
    return best === 0 ? 0 : best;
};
