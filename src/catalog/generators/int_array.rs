//! `int_array`: one array of integers under the key `key` (default `"nums"`), for the many
//! problems whose input is a single integer array.
//!
//! Parameters:
//! - `n`: the length (required, `0..=1_000_000`); `min_n`: when given, the length is drawn
//!   from `min_n..=n`;
//! - `lo`, `hi`: values come from `lo..=hi` (defaults -10^9 and 10^9);
//! - `distinct`: 1 for pairwise distinct values (default 0; the range must hold `n` values);
//! - `duplicate`: `"none"` (the default), `"random"` or `"end"`: with `distinct`, exactly one
//!   value then appears twice: a copy of one element is put at a random place (`"random"`), or
//!   the last two elements are equal (`"end"`, the worst place for comparing every pair);
//! - `run`: a block of this many consecutive integers (`s, s + 1, ..., s + run - 1`, with `s`
//!   drawn so the block fits in `lo..=hi`) is part of the array, scattered by the order below;
//!   the other values are random and may extend the block (default 0);
//! - `order`: `"random"` (the default), `"sorted"` (non-decreasing) or `"reversed"`;
//! - `append`: an array of integers put after everything else, unchecked against the other
//!   parameters (default none; a non-increasing run then a spike: `"order": "reversed"`,
//!   `"append": [100]`). The array is then `n` plus that many elements long.
//! - `with`: an object whose entries are copied into the case as they are (e.g. `{"k": 3}`
//!   for a problem that takes a fixed extra argument; default none).

use super::common::distinct_values;
use super::common::choice;
use super::common::{span};
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// Whether one value appears twice, and where.
    Duplicate { None = "none", Random = "random", End = "end" }
);

choice!(
    /// The order of the values.
    Order { Random = "random", Sorted = "sorted", Reversed = "reversed" }
);

params! {
    size: Size::n(2).clamp(&["run"]),
    resize: resize,
    {
        n: i64, min_n: Option<i64>, lo: i64 = -1_000_000_000, hi: i64 = 1_000_000_000, distinct: Option<i64>,
        run: i64 = 0, key: String = "nums".into(), #[serde(default)] duplicate: Duplicate, #[serde(default)] order: Order,
        append: Option<Value>, with: Option<Value>,
    }
}

/// A `k` copied in by `with` counts elements of the array (the k-th largest, a window of k, a
/// group of k), so a smaller array lowers it too: an input of size `n` never asks for more.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    if let Some(with) = raw.get_mut("with").and_then(Value::as_object_mut) {
        lower(with, "k", n);
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let max_n = params.n;
    let min_n = params.min_n.unwrap_or(max_n);
    let lo = params.lo;
    let hi = params.hi;
    let distinct = params.distinct.unwrap_or(0) == 1;
    let run = params.run;
    let key = params.key.as_str();
    let (duplicate, order) = (params.duplicate, params.order);
    span(("min_n", "n"), min_n, max_n, 0..=1_000_000)?;
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    if duplicate != Duplicate::None && (!distinct || min_n < 2) {
        return Err("`duplicate` needs `distinct` 1 and a length of at least 2".to_string());
    }
    let n = rng.range(min_n, max_n) as usize;
    let run = usize::try_from(run).map_err(|_| "`run` must not be negative".to_string())?;
    // How many values are drawn; `duplicate` then adds a copy of one of them.
    let fresh = if duplicate == Duplicate::None { n } else { n - 1 };
    if run > fresh || (run > 0 && i128::from(run as i64) > i128::from(hi) - i128::from(lo) + 1) {
        return Err(format!(
            "`run` ({run}) must fit in the length and in `lo..=hi`"
        ));
    }
    let mut nums: Vec<i64> = Vec::with_capacity(n);
    let mut taken: HashSet<i64> = HashSet::new();
    if run > 0 {
        let start = rng.range(lo, hi - run as i64 + 1);
        nums.extend(start..start + run as i64);
        if distinct {
            taken.extend(nums.iter().copied());
        }
    }
    let rest = fresh.saturating_sub(run);
    if distinct {
        nums.extend(distinct_values(rng, lo, hi, rest, &mut taken)?);
    } else {
        nums.extend((0..rest).map(|_| rng.range(lo, hi)));
    }
    match order {
        Order::Sorted => nums.sort_unstable(),
        Order::Reversed => nums.sort_unstable_by(|a, b| b.cmp(a)),
        Order::Random => rng.shuffle(&mut nums),
    }
    match duplicate {
        Duplicate::End => {
            let last = *nums.last().ok_or("no element to repeat")?;
            nums.push(last);
        }
        Duplicate::Random => {
            let i = rng.index(nums.len());
            let copy = nums[i];
            let at = if order == Order::Random {
                rng.below(nums.len() as u64 + 1) as usize
            } else {
                i + 1
            };
            nums.insert(at, copy);
        }
        Duplicate::None => {}
    }
    if let Some(extra) = params.append.as_ref() {
        let extra = extra
            .as_array()
            .ok_or("`append` must be an array of integers")?;
        for x in extra {
            nums.push(x.as_i64().ok_or("`append` must be an array of integers")?);
        }
    }
    let mut case = json!({ key: nums });
    if let Some(extra) = params.with.as_ref() {
        let extra = extra.as_object().ok_or("`with` must be an object")?;
        for (name, value) in extra {
            if name != key {
                case[name.as_str()] = value.clone();
            }
        }
    }
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn repeats(v: &[i64]) -> usize {
        let set: HashSet<i64> = v.iter().copied().collect();
        v.len() - set.len()
    }

    #[test]
    fn plain_and_distinct_arrays_stay_in_range() {
        let v = nums(json!({"n": 500, "lo": -5, "hi": 5}), 1);
        assert_eq!(v.len(), 500);
        assert!(v.iter().all(|x| (-5..=5).contains(x)));
        let v = nums(json!({"n": 11, "lo": -5, "hi": 5, "distinct": 1}), 2);
        assert_eq!(repeats(&v), 0);
        let v = nums(json!({"n": 2000, "distinct": 1, "order": "sorted"}), 3);
        assert_eq!(repeats(&v), 0);
        assert!(v.windows(2).all(|w| w[0] < w[1]));
        let v = nums(json!({"n": 0}), 4);
        assert!(v.is_empty());
        for seed in 0..20 {
            let v = nums(json!({"n": 10, "min_n": 3}), seed);
            assert!((3..=10).contains(&v.len()));
        }
    }

    #[test]
    fn duplicate_gives_exactly_one_repeat() {
        for seed in 0..20 {
            let v = nums(
                json!({"n": 300, "lo": 0, "hi": 400, "distinct": 1, "duplicate": "random"}),
                seed,
            );
            assert_eq!(v.len(), 300);
            assert_eq!(repeats(&v), 1);
        }
        let v = nums(json!({"n": 1000, "distinct": 1, "duplicate": "end"}), 5);
        assert_eq!(repeats(&v), 1);
        assert_eq!(v[998], v[999]);
        let v = nums(
            json!({"n": 50, "distinct": 1, "duplicate": "random", "order": "sorted"}),
            6,
        );
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(repeats(&v), 1);
    }

    #[test]
    fn run_is_present() {
        let v = nums(json!({"n": 1000, "run": 300, "distinct": 1}), 7);
        assert_eq!(repeats(&v), 0);
        let set: HashSet<i64> = v.iter().copied().collect();
        let best = set
            .iter()
            .filter(|x| !set.contains(&(**x - 1)))
            .map(|x| (0..).take_while(|d| set.contains(&(x + d))).count())
            .max()
            .unwrap();
        assert!(best >= 300);
        let v = nums(json!({"n": 100, "run": 100, "lo": 0, "hi": 99}), 8);
        let mut s = v.clone();
        s.sort_unstable();
        assert_eq!(s, (0..100).collect::<Vec<i64>>());
    }

    #[test]
    fn append_adds_at_the_end_and_draws_nothing() {
        let plain = nums(json!({"n": 50, "lo": 30, "hi": 99, "order": "reversed"}), 9);
        let spiked = nums(
            json!({"n": 50, "lo": 30, "hi": 99, "order": "reversed", "append": [100, 7]}),
            9,
        );
        assert_eq!(spiked.len(), 52);
        assert_eq!(spiked[..50], plain[..]);
        assert_eq!(spiked[50..], [100, 7]);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"n": 5, "append": 3})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "append": ["x"]})), &mut rng).is_err());
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(
            &params(json!({"n": 5, "lo": 0, "hi": 3, "distinct": 1})),
            &mut rng
        )
        .is_err());
        assert!(generate(&params(json!({"n": 5, "duplicate": "end"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "run": 6})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "order": "up"})), &mut rng).is_err());
    }

    #[test]
    fn a_smaller_size_lowers_the_k_it_copies_in() {
        let spec = crate::catalog::generators::Spec::new(
            "int_array",
            &params(json!({"n": 100000, "lo": 0, "hi": 9, "with": {"k": 50000}})),
        )
        .unwrap();
        let case = spec.at_size(8, &mut Rng::new(1)).unwrap();
        assert_eq!(case["nums"].as_array().unwrap().len(), 8);
        assert_eq!(case["k"], json!(8));
        let case = spec.at_size(60000, &mut Rng::new(1)).unwrap();
        assert_eq!(case["k"], json!(50000));
    }

    #[test]
    fn with_adds_fixed_arguments() {
        let p = params(json!({"n": 8, "lo": 0, "hi": 9, "with": {"k": 3}}));
        let case = generate(&p, &mut Rng::new(2)).unwrap();
        assert_eq!(case["k"], json!(3));
        let plain = generate(&params(json!({"n": 8, "lo": 0, "hi": 9})), &mut Rng::new(2)).unwrap();
        assert_eq!(case["nums"], plain["nums"]);
        assert!(generate(&params(json!({"n": 8, "with": 3})), &mut Rng::new(2)).is_err());
    }

    fn nums(p: Value, seed: u64) -> Vec<i64> {
        ints(&made(p, seed)["nums"])
    }
}
