impl Solution {
    // A different approach from Kadane: a subarray's sum is a prefix sum minus an earlier
    // one, so the best ending at i is the prefix sum at i minus the lowest prefix sum before
    // it. O(n).
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut prefix: i64 = 0;
        let mut lowest: i64 = 0;
        let mut best = i64::MIN;
        for x in nums {
            prefix += i64::from(x);
            best = best.max(prefix - lowest);
            lowest = lowest.min(prefix);
        }
        best as i32
    }
}
