impl Solution {
    // XOR is its own inverse and order does not matter: each pair cancels, the lone value is
    // what remains. O(n) time, O(1) space.
    pub fn single_number(nums: Vec<i32>) -> i32 {
        nums.iter().fold(0, |acc, &x| acc ^ x)
    }
}
