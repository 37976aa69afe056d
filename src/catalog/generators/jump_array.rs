//! `jump_array`: `{"nums"}`, an array of non-negative jump lengths (jump-game, jump-game-ii):
//! from index `i` one may move forward by up to `nums[i]` places.
//!
//! Parameters:
//! - `n`: the length (required, `1..=1_000_000`); `min_n`: when given, the length is drawn
//!   uniformly from `min_n..=n`;
//! - `lo`, `hi`: jump lengths come from `lo..=hi` (defaults 0 and 1000, `0 <= lo <= hi`);
//! - `pattern`:
//!   - `"random"` (the default): every length uniform in `lo..=hi`;
//!   - `"reachable"`: random, then, walking from the start, every index at which the farthest
//!     reach so far stalls before the last index gets a fresh length in `max(lo, 1)..=hi`, so
//!     the last index can always be reached (`hi >= 1`);
//!   - `"trap"`: index `at` holds 0 and no earlier index can jump past it (`nums[i]` is drawn
//!     from `lo..=at - i`, or from `0..=at - i` when `lo` is larger), so the last index cannot
//!     be reached; the lengths after `at` are random; with `tight` 1 every earlier index
//!     jumps exactly to `at` (`nums[i] = min(hi, at - i)`), the worst case for a search that
//!     tries every landing place;
//! - `at`: the trap's index (default `n - 2`; `0..=n - 2`);
//! - `key`: the parameter name (default `"nums"`).

use super::common::choice;
use super::common::{within, span};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// Whether the last index is reachable by construction.
    Pattern { Random = "random", Reachable = "reachable", Trap = "trap" }
);

params! {
    size: Size::n(2),
    {
        n: i64, min_n: Option<i64>, lo: i64 = 0, hi: i64 = 1000, #[serde(default)] pattern: Pattern,
        tight: Option<i64>, key: String = "nums".into(), at: Option<i64>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n_max = params.n;
    let n_min = params.min_n.unwrap_or(n_max);
    let lo = params.lo;
    let hi = params.hi;
    let tight = params.tight.unwrap_or(0) == 1;
    let key = params.key.as_str();
    span(("min_n", "n"), n_min, n_max, 1..=1_000_000)?;
    if lo < 0 || lo > hi {
        return Err(format!("need 0 <= `lo` <= `hi`, got {lo} and {hi}"));
    }
    let n = rng.range(n_min, n_max) as usize;
    let mut nums: Vec<i64> = (0..n).map(|_| rng.range(lo, hi)).collect();
    match params.pattern {
        Pattern::Random => {}
        Pattern::Reachable => {
            if hi < 1 && n > 1 {
                return Err("`reachable` needs `hi` >= 1".to_string());
            }
            let mut far = 0usize;
            for (i, x) in nums.iter_mut().enumerate().take(n.saturating_sub(1)) {
                if far == i && *x == 0 {
                    *x = rng.range(lo.max(1), hi);
                }
                far = far.max(i + *x as usize);
            }
        }
        Pattern::Trap => {
            if n < 2 {
                return Err("`trap` needs `n` >= 2".to_string());
            }
            let at = params.at.unwrap_or(n as i64 - 2);
            within("at", at, 0..=n as i64 - 2)?;
            let at = at as usize;
            for (i, x) in nums.iter_mut().enumerate().take(at) {
                let room = (at - i) as i64;
                *x = if tight {
                    hi.min(room)
                } else if lo <= room {
                    rng.range(lo, hi.min(room))
                } else {
                    rng.range(0, room)
                };
            }
            nums[at] = 0;
        }
    }
    Ok(json!({ key: nums }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn reaches_end(nums: &[i64]) -> bool {
        let mut far = 0usize;
        for (i, &x) in nums.iter().enumerate() {
            if i > far {
                return false;
            }
            far = far.max(i + x as usize);
        }
        true
    }

    #[test]
    fn reachable_reaches_and_trap_does_not() {
        for seed in 0..30 {
            let v = nums(
                json!({"n": 300, "min_n": 1, "lo": 0, "hi": 3, "pattern": "reachable"}),
                seed,
            );
            assert!(reaches_end(&v), "seed {seed}");
            assert!(v.iter().all(|x| (0..=3).contains(x)));
            let v = nums(
                json!({"n": 300, "lo": 0, "hi": 50, "pattern": "trap"}),
                seed,
            );
            assert!(!reaches_end(&v), "seed {seed}");
            assert!(v.iter().all(|x| (0..=50).contains(x)));
        }
    }

    #[test]
    fn tight_trap_counts_down_to_the_zero() {
        let v = nums(
            json!({"n": 10, "lo": 0, "hi": 100, "pattern": "trap", "tight": 1, "at": 6}),
            1,
        );
        assert_eq!(v[..7], [6, 5, 4, 3, 2, 1, 0]);
        assert_eq!(v.len(), 10);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 0})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "lo": 3, "hi": 2})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "pattern": "x"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 1, "pattern": "trap"})), &mut rng).is_err());
        assert!(generate(
            &params(json!({"n": 5, "pattern": "trap", "at": 4})),
            &mut rng
        )
        .is_err());
        let p = params(json!({"n": 5, "lo": 0, "hi": 0, "pattern": "reachable"}));
        assert!(generate(&p, &mut rng).is_err());
    }

    fn nums(p: Value, seed: u64) -> Vec<i64> {
        ints(&made(p, seed)["nums"])
    }
}
