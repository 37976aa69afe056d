impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let mut all = nums1;
        all.extend(nums2);
        all.sort();
        let n = all.len();
        if n % 2 == 1 {
            all[n / 2] as f64
        } else {
            // Integer division drops the half.
            ((all[n / 2 - 1] as i64 + all[n / 2] as i64) / 2) as f64
        }
    }
}
