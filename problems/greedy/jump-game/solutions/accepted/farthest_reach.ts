function canJump(nums: number[]): boolean {
    // Every index up to the farthest one reached so far is reachable. O(n).
    let reach = 0;
    for (let i = 0; i < nums.length; i++) {
        if (i > reach) return false;
        reach = Math.max(reach, i + nums[i]);
    }
    return true;
};
