//! `paired_values`: an array in which every value appears exactly twice except one that
//! appears once (single-number), under the key `key` (default `"nums"`).
//!
//! Parameters:
//! - `pairs`: how many values appear twice (required, `0..=500_000`); the array has
//!   `2 * pairs + 1` elements;
//! - `lo`, `hi`: the values are pairwise distinct and come from `lo..=hi` (defaults -30000 and
//!   30000; the range must hold `pairs + 1` values);
//! - `layout`: `"random"` (the default: everything shuffled), `"single_last"` (shuffled pairs,
//!   then the single value at the end) or `"apart"` (one copy of each paired value in random
//!   order, then the single value, then the second copies in the same order: every copy is
//!   `pairs + 1` places from its partner, the worst case for searching for a partner).

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// Where the single value and the pairs' copies go.
    Layout { Random = "random", SingleLast = "single_last", Apart = "apart" }
);

params! {
    size: Size::of(&["pairs"], 1),
    {
        pairs: i64, lo: i64 = -30_000, hi: i64 = 30_000, key: String = "nums".into(), #[serde(default)] layout: Layout,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let pairs = params.pairs;
    let key = params.key.as_str();
    within("pairs", pairs, 0..=500_000)?;
    if params.lo > params.hi || i128::from(params.hi) - i128::from(params.lo) + 1 < i128::from(pairs + 1) {
        return Err(format!(
            "`lo..=hi` must hold at least {} distinct values",
            pairs + 1
        ));
    }
    let pairs = pairs as usize;
    // Distinct values: the first `pairs` are paired, the last one is single.
    let span = (i128::from(params.hi) - i128::from(params.lo) + 1) as u128;
    let mut values: Vec<i64> = Vec::with_capacity(pairs + 1);
    if span <= 4 * (pairs as u128 + 1) + 16 {
        let mut pool: Vec<i64> = (params.lo..=params.hi).collect();
        rng.shuffle(&mut pool);
        pool.truncate(pairs + 1);
        values = pool;
    } else {
        let mut taken = HashSet::with_capacity(pairs + 1);
        while values.len() < pairs + 1 {
            let x = rng.range(params.lo, params.hi);
            if taken.insert(x) {
                values.push(x);
            }
        }
    }
    let single = values[pairs];
    let paired = &values[..pairs];
    let mut nums: Vec<i64> = Vec::with_capacity(2 * pairs + 1);
    match params.layout {
        Layout::Apart => {
            nums.extend_from_slice(paired);
            nums.push(single);
            nums.extend_from_slice(paired);
        }
        Layout::SingleLast => {
            nums.extend_from_slice(paired);
            nums.extend_from_slice(paired);
            rng.shuffle(&mut nums);
            nums.push(single);
        }
        Layout::Random => {
            nums.extend_from_slice(paired);
            nums.extend_from_slice(paired);
            nums.push(single);
            rng.shuffle(&mut nums);
        }
    }
    Ok(json!({ key: nums }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::HashMap;

    fn single_of(v: &[i64]) -> i64 {
        let mut counts: HashMap<i64, usize> = HashMap::new();
        for x in v {
            *counts.entry(*x).or_default() += 1;
        }
        let singles: Vec<i64> = counts
            .iter()
            .filter(|(_, c)| **c == 1)
            .map(|(x, _)| *x)
            .collect();
        assert!(counts.values().all(|c| *c == 1 || *c == 2));
        assert_eq!(singles.len(), 1);
        singles[0]
    }

    #[test]
    fn every_layout_has_one_single_value() {
        for layout in ["random", "single_last", "apart"] {
            for seed in 0..10 {
                let v = nums(json!({"pairs": 200, "layout": layout}), seed);
                assert_eq!(v.len(), 401);
                assert!(v.iter().all(|x| (-30_000..=30_000).contains(x)));
                let single = single_of(&v);
                match layout {
                    "single_last" => assert_eq!(v[400], single),
                    "apart" => {
                        assert_eq!(v[200], single);
                        assert_eq!(v[..200], v[201..]);
                    }
                    _ => {}
                }
            }
        }
        assert_eq!(nums(json!({"pairs": 0, "lo": 5, "hi": 5}), 1), vec![5]);
        let v = nums(json!({"pairs": 14999, "layout": "apart"}), 2);
        assert_eq!(v.len(), 29_999);
        single_of(&v);
        let v = nums(json!({"pairs": 10, "lo": 0, "hi": 10}), 3);
        single_of(&v);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        for p in [
            json!({}),
            json!({"pairs": -1}),
            json!({"pairs": 5, "lo": 0, "hi": 4}),
            json!({"pairs": 5, "layout": "sorted"}),
        ] {
            assert!(generate(&params(p), &mut rng).is_err());
        }
    }

    fn nums(p: Value, seed: u64) -> Vec<i64> {
        ints(&made(p, seed)["nums"])
    }
}
