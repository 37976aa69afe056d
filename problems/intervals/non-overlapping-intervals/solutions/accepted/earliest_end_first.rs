impl Solution {
    // Keep as many intervals as possible: sorted by end, take each one that starts at or
    // after the last kept end. Every interval not taken is one to remove. O(n log n).
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_unstable_by_key(|interval| interval[1]);
        let mut kept = 0;
        let mut end = i64::MIN;
        for interval in &intervals {
            if i64::from(interval[0]) >= end {
                kept += 1;
                end = i64::from(interval[1]);
            }
        }
        intervals.len() as i32 - kept
    }
}
