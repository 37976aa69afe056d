//! `sorted_search`: an array of distinct integers in ascending order, optionally rotated, with
//! an optional value to look for (binary-search, find-minimum-in-rotated-sorted-array,
//! search-in-rotated-sorted-array).
//!
//! Parameters:
//! - `n`: the length (required, `1..=1_000_000`); `n_min`: when given, the length is drawn
//!   uniformly from `n_min..=n`;
//! - `lo`, `hi`: the values are distinct, drawn uniformly from `lo..=hi` (defaults -10^4 and
//!   10^4; the range must hold at least `n` values);
//! - `rotate`: `0` (the default: plain ascending order), an index `k` in `0..length` (the
//!   array starts at the `k`-th smallest value and wraps around: `sorted[k..] + sorted[..k]`),
//!   or `"random"` (`k` uniform in `0..length`, so unrotated one time in `length`);
//! - `target`: `"none"` (the default: no target key), `"present"` (a value of the array) or
//!   `"absent"` (a value of `target_lo..=target_hi` that is not in the array; those default to
//!   `lo` and `hi`, and the range must hold a value the array lacks);
//! - `at`: where a present target sits: `"random"` (the default), `"first"` or `"last"` (index
//!   0 or `length - 1` of the final array), `"min"` or `"max"` (the smallest or largest value);
//! - `key`, `target_key`: the parameter names (defaults `"nums"` and `"target"`).

use super::common::{choice, IntOr, Target};
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

/// `n` distinct values of `lo..=hi` in ascending order (Floyd's sampling: `n` draws).
fn distinct_sorted(n: i64, lo: i64, hi: i64, rng: &mut Rng) -> Vec<i64> {
    let span = hi - lo + 1;
    let mut chosen: HashSet<i64> = HashSet::with_capacity(n as usize);
    for j in span - n..span {
        let t = rng.range(0, j);
        if !chosen.insert(t) {
            chosen.insert(j);
        }
    }
    let mut values: Vec<i64> = chosen.into_iter().map(|x| x + lo).collect();
    values.sort_unstable();
    values
}

choice!(
    /// Which value a present target is.
    At { Random = "random", First = "first", Last = "last", Min = "min", Max = "max" }
);

choice!(
    /// A rotation by a random amount.
    Rotate { Random = "random" }
);

params! {
    size: Size::n(1).clear(&["n_min"]),
    resize: resize,
    {
        n: i64, n_min: Option<i64>, lo: i64 = -10_000, hi: i64 = 10_000, key: String = "nums".into(),
        target_key: String = "target".into(), #[serde(default)] target: Target,
        #[serde(default)] at: At,
        rotate: Option<IntOr<Rotate>>, target_lo: Option<i64>, target_hi: Option<i64>,
    }
}

/// A rotation inside the array.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    lower(raw, "rotate", n - 1);
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n_max = params.n;
    let n_min = params.n_min.unwrap_or(n_max);
    let lo = params.lo;
    let hi = params.hi;
    let key = params.key.as_str();
    let target_key = params.target_key.as_str();
    if !(1..=1_000_000).contains(&n_max) || n_min < 1 || n_min > n_max {
        return Err(format!(
            "lengths must satisfy 1 <= n_min <= n <= 10^6, got {n_min}..={n_max}"
        ));
    }
    if lo > hi || hi - lo + 1 < n_max {
        return Err(format!(
            "`lo..=hi` ({lo}..={hi}) must hold at least n ({n_max}) values"
        ));
    }
    let n = rng.range(n_min, n_max);
    let sorted = distinct_sorted(n, lo, hi, rng);
    let k = match params.rotate {
        None => 0,
        Some(IntOr::Word(Rotate::Random)) => rng.below(n as u64) as i64,
        Some(IntOr::Int(k)) if (0..n).contains(&k) => k,
        Some(IntOr::Int(_)) => {
            return Err(format!("`rotate` must be \"random\" or an index in 0..{n}"))
        }
    } as usize;
    let mut nums = sorted[k..].to_vec();
    nums.extend_from_slice(&sorted[..k]);
    let mut case = serde_json::Map::new();
    let target = match params.target {
        Target::Present => Some(match params.at {
            At::First => nums[0],
            At::Last => nums[nums.len() - 1],
            At::Min => sorted[0],
            At::Max => sorted[sorted.len() - 1],
            At::Random => *rng.pick(&nums),
        }),
        Target::Absent => {
            let t_lo = params.target_lo.unwrap_or(lo);
            let t_hi = params.target_hi.unwrap_or(hi);
            if t_lo > t_hi {
                return Err(format!("`target_lo` ({t_lo}) exceeds `target_hi` ({t_hi})"));
            }
            let present: HashSet<i64> = nums.iter().copied().collect();
            let mut found = None;
            for _ in 0..1000 {
                let t = rng.range(t_lo, t_hi);
                if !present.contains(&t) {
                    found = Some(t);
                    break;
                }
            }
            if found.is_none() {
                // A dense range: take the missing values in order and pick one.
                let missing: Vec<i64> = (t_lo..=t_hi.min(t_lo + 4_000_000))
                    .filter(|t| !present.contains(t))
                    .collect();
                if missing.is_empty() {
                    return Err("every value of the target range is in the array".to_string());
                }
                found = Some(*rng.pick(&missing));
            }
            found
        }
        Target::None => None,
    };
    case.insert(key.to_string(), json!(nums));
    if let Some(t) = target {
        case.insert(target_key.to_string(), json!(t));
    }
    Ok(Value::Object(case))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn sorted_distinct_in_range_with_target() {
        for seed in 0..50 {
            let p = params(json!({"n": 300, "lo": -400, "hi": 400, "target": "present"}));
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let nums = ints(&case["nums"]);
            assert_eq!(nums.len(), 300);
            assert!(nums.windows(2).all(|w| w[0] < w[1]));
            assert!(nums.iter().all(|x| (-400..=400).contains(x)));
            assert!(nums.contains(&case["target"].as_i64().unwrap()));
        }
        // The whole range: every value taken.
        let p = params(json!({"n": 9, "lo": 1, "hi": 9}));
        let case = generate(&p, &mut Rng::new(1)).unwrap();
        assert_eq!(ints(&case["nums"]), (1..=9).collect::<Vec<_>>());
        assert!(case.get("target").is_none());
    }

    #[test]
    fn rotation_and_absent_target() {
        for seed in 0..50 {
            let p = params(
                json!({"n": 50, "n_min": 1, "lo": -60, "hi": 60, "rotate": "random",
                                  "target": "absent"}),
            );
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let nums = ints(&case["nums"]);
            let drops = nums.windows(2).filter(|w| w[0] > w[1]).count();
            assert!(drops <= 1);
            let mut sorted = nums.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), nums.len());
            let t = case["target"].as_i64().unwrap();
            assert!((-60..=60).contains(&t) && !nums.contains(&t));
        }
        let p = params(
            json!({"n": 5, "lo": 1, "hi": 5, "rotate": 3, "target": "present",
                              "at": "min", "key": "a", "target_key": "t"}),
        );
        let case = generate(&p, &mut Rng::new(2)).unwrap();
        assert_eq!(ints(&case["a"]), vec![4, 5, 1, 2, 3]);
        assert_eq!(case["t"], json!(1));
        let p = params(json!({"n": 5, "lo": 1, "hi": 6, "target": "absent"}));
        let case = generate(&p, &mut Rng::new(3)).unwrap();
        assert!(!ints(&case["nums"]).contains(&case["target"].as_i64().unwrap()));
    }

    #[test]
    fn rejects_bad_parameters() {
        let bad = [
            json!({"n": 0}),
            json!({"n": 10, "lo": 1, "hi": 5}),
            json!({"n": 5, "rotate": 5}),
            json!({"n": 5, "target": "maybe"}),
            json!({"n": 5, "lo": 1, "hi": 5, "target": "absent"}),
            json!({}),
        ];
        for p in bad {
            assert!(generate(&params(p), &mut Rng::new(1)).is_err());
        }
    }
}
