/**
 * @param {number[]} nums
 * @return {boolean}
 */
var canJump = function(nums) {
    // Every index up to the farthest one reached so far is reachable; stop at the first index
    // beyond it. O(n).
    let reach = 0;
    for (let i = 0; i < nums.length; i++) {
        if (i > reach) return false;
        reach = Math.max(reach, i + nums[i]);
    }
    return true;
};
