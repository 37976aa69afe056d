//! `two_sum`: `{"nums", "target"}` with exactly one pair of indices summing to `target`.
//!
//! Parameters: `n` (length, at least 2); `max` (values and target in `-max..=max`, default
//! 10^9); `pair` (`"random"`, the default, or `"end"`: the pair is at indices `n - 2` and
//! `n - 1`, the worst place for a nested loop); `key` (the array's parameter name, default
//! `"nums"`); `sorted` (1: the array is sorted in non-decreasing order, as in
//! two-sum-ii-input-array-is-sorted, default 0). Values other than the pair may repeat (never
//! in a way that makes a second pair), so a `max` below `n` is allowed when sorted. Sorted with
//! `pair: "end"`, the pair holds the two largest values and every other value is smaller
//! than both, so the answer is the last two positions.

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// Where the answering pair is.
    Pair { Random = "random", End = "end" }
);

params! {
    size: Size::n(2),
    {
        n: i64, max: i64 = 1_000_000_000, sorted: i64 = 0, #[serde(default)] pair: Pair,
        key: String = "nums".into(),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let max = params.max;
    if n < 2 {
        return Err(format!("`n` must be at least 2, not {n}"));
    }
    if max < n && params.sorted == 0 {
        return Err(format!("`max` ({max}) must be at least `n` ({n})"));
    }
    let at_end = params.pair == Pair::End;
    let key = params.key.as_str();
    let sorted = params.sorted;
    within("sorted", sorted, 0..=1)?;
    if sorted == 1 {
        return generate_sorted(n as usize, max, at_end, key, rng);
    }
    let n = n as usize;
    let target = rng.range(-max, max);
    let a = rng.range((-max).max(target - max), max.min(target + max));
    let b = target - a;
    let (i, j) = if at_end {
        (n - 2, n - 1)
    } else {
        let i = rng.index(n);
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
        *slot = Some(no_second_pair(target, max, &mut present, rng)?);
    }
    let nums: Vec<i64> = nums.into_iter().map(|x| x.unwrap_or_default()).collect();
    Ok(json!({ key: nums, "target": target }))
}

/// A value of `-max..=max` whose complement to `target` is not in `present` (it is added),
/// so the answer stays unique.
fn no_second_pair(
    target: i64,
    max: i64,
    present: &mut HashSet<i64>,
    rng: &mut Rng,
) -> Result<i64, String> {
    for _ in 0..=1000 {
        let x = rng.range(-max, max);
        if !present.contains(&(target - x)) {
            present.insert(x);
            return Ok(x);
        }
    }
    Err("no value left that keeps the answer unique".to_string())
}

/// The sorted variant: values are drawn first, then sorted, so indices are not chosen.
fn generate_sorted(
    n: usize,
    max: i64,
    at_end: bool,
    key: &str,
    rng: &mut Rng,
) -> Result<Value, String> {
    if max < 1 {
        return Err(format!("`max` must be at least 1, not {max}"));
    }
    let (target, a, b) = loop {
        let target = rng.range(-max, max);
        let a = rng.range((-max).max(target - max), max.min(target + max));
        let b = target - a;
        // At the end, every other value must fit below both, so neither may be -max.
        if !at_end || a.min(b) > -max {
            break (target, a, b);
        }
    };
    let mut nums = vec![a, b];
    if at_end {
        // Any two values below min(a, b) sum to less than a + b: no second pair can form.
        let below = a.min(b) - 1;
        nums.extend((2..n).map(|_| rng.range(-max, below)));
    } else {
        let mut present: HashSet<i64> = HashSet::from([a, b]);
        for _ in 2..n {
            nums.push(no_second_pair(target, max, &mut present, rng)?);
        }
    }
    nums.sort_unstable();
    Ok(json!({ key: nums, "target": target }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

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
    fn sorted_with_repeats() {
        let p = json!({"n": 30000, "max": 1000, "sorted": 1, "key": "numbers"});
        for seed in 0..3 {
            let v = generate(&params(p.clone()), &mut Rng::new(seed)).unwrap();
            let nums: Vec<i64> = ints(&v["numbers"]);
            let target = v["target"].as_i64().unwrap();
            assert_eq!(nums.len(), 30000);
            assert!(nums.windows(2).all(|w| w[0] <= w[1]));
            assert!(nums.iter().all(|x| (-1000..=1000).contains(x)));
            // Count pairs by value: exactly one pair of positions must sum to target.
            let mut count = std::collections::HashMap::new();
            for &x in &nums {
                *count.entry(x).or_insert(0u64) += 1;
            }
            let mut pairs = 0;
            for (&x, &c) in &count {
                let y = target - x;
                if y == x {
                    pairs += 2 * c * (c - 1) / 2;
                } else if let Some(&d) = count.get(&y) {
                    pairs += c * d;
                }
            }
            assert_eq!(pairs / 2, 1, "seed {seed}");
        }
        for seed in 0..30 {
            let p = json!({"n": 200, "max": 50, "sorted": 1, "pair": "end", "key": "numbers"});
            let v = generate(&params(p), &mut Rng::new(seed)).unwrap();
            let nums: Vec<i64> = ints(&v["numbers"]);
            assert_eq!(
                answers(&nums, v["target"].as_i64().unwrap()),
                vec![(198, 199)]
            );
        }
        let (nums, target) = case(json!({"n": 2, "max": 1, "sorted": 1}), 9);
        assert_eq!(answers(&nums, target), vec![(0, 1)]);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"n": 1})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "pair": "middle"})), &mut rng).is_err());
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "sorted": 2})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "max": 0, "sorted": 1})), &mut rng).is_err());
    }

    fn case(p: Value, seed: u64) -> (Vec<i64>, i64) {
        let v = made(p, seed);
        let nums = ints(&v["nums"]);
        (nums, v["target"].as_i64().unwrap())
    }
}
