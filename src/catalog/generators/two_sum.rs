//! `two_sum`: `{"nums", "target"}` with exactly one pair of indices summing to `target`.
//!
//! Parameters: `n` (length, at least 2); `max` (values and target in `-max..=max`, default
//! 10^9); `pair` (`"random"`, the default, or `"end"`: the pair is at indices `n - 2` and
//! `n - 1`, the worst place for a nested loop).

use super::{int_param, int_param_or, Params, Rng};
use serde_json::{json, Value};
use std::collections::HashSet;

pub fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = int_param(params, "n")?;
    let max = int_param_or(params, "max", 1_000_000_000)?;
    if n < 2 {
        return Err(format!("`n` must be at least 2, not {n}"));
    }
    if max < n {
        return Err(format!("`max` ({max}) must be at least `n` ({n})"));
    }
    let at_end = match params.get("pair") {
        None => false,
        Some(v) => match v.as_str() {
            Some("random") => false,
            Some("end") => true,
            _ => return Err("`pair` must be \"random\" or \"end\"".to_string()),
        },
    };
    let n = n as usize;
    let target = rng.range(-max, max);
    let a = rng.range((-max).max(target - max), max.min(target + max));
    let b = target - a;
    let (i, j) = if at_end {
        (n - 2, n - 1)
    } else {
        let i = rng.below(n as u64) as usize;
        let mut j = rng.below(n as u64 - 1) as usize;
        if j >= i {
            j += 1;
        }
        (i, j)
    };
    let mut nums: Vec<Option<i64>> = vec![None; n];
    nums[i] = Some(a);
    nums[j] = Some(b);
    // A value x is refused when its complement is already present: that keeps the answer
    // unique (it also keeps `a` and `b` from appearing twice).
    let mut present: HashSet<i64> = HashSet::from([a, b]);
    for slot in nums.iter_mut().filter(|s| s.is_none()) {
        let mut tries = 0;
        let x = loop {
            let x = rng.range(-max, max);
            if !present.contains(&(target - x)) {
                break x;
            }
            tries += 1;
            if tries > 1000 {
                return Err("no value left that keeps the answer unique".to_string());
            }
        };
        present.insert(x);
        *slot = Some(x);
    }
    let nums: Vec<i64> = nums.into_iter().map(|x| x.unwrap_or_default()).collect();
    Ok(json!({"nums": nums, "target": target}))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(v: Value) -> Params {
        v.as_object().cloned().unwrap()
    }

    fn answers(nums: &[i64], target: i64) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if nums[i] + nums[j] == target {
                    found.push((i, j));
                }
            }
        }
        found
    }

    fn case(p: Value, seed: u64) -> (Vec<i64>, i64) {
        let v = generate(&params(p), &mut Rng::new(seed)).unwrap();
        let nums = v["nums"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_i64().unwrap())
            .collect();
        (nums, v["target"].as_i64().unwrap())
    }

    #[test]
    fn exactly_one_answer_within_range() {
        for seed in 0..50 {
            let (nums, target) = case(json!({"n": 300, "max": 400}), seed);
            assert_eq!(nums.len(), 300);
            assert!(nums.iter().all(|x| (-400..=400).contains(x)));
            assert!((-400..=400).contains(&target));
            assert_eq!(answers(&nums, target).len(), 1, "seed {seed}");
        }
        for seed in 0..5 {
            let (nums, target) = case(json!({"n": 2000}), seed);
            assert!(nums.iter().all(|x| x.abs() <= 1_000_000_000));
            assert_eq!(answers(&nums, target).len(), 1);
        }
    }

    #[test]
    fn pair_at_end() {
        let (nums, target) = case(json!({"n": 1000, "pair": "end"}), 3);
        assert_eq!(answers(&nums, target), vec![(998, 999)]);
        let (nums, target) = case(json!({"n": 2, "max": 2}), 4);
        assert_eq!(answers(&nums, target), vec![(0, 1)]);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"n": 1})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "pair": "middle"})), &mut rng).is_err());
        assert!(generate(&params(json!({})), &mut rng).is_err());
    }
}
