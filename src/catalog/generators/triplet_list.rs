//! `triplet_list`: `{"triplets", "target"}` for merge-triplets-to-form-target-triplet: `n`
//! triplets and a target, every value in `lo..=hi`.
//!
//! Parameters:
//! - `n`: the number of triplets (required, `1..=1_000_000`); `min_n`: when given, the number
//!   is drawn uniformly from `min_n..=n`;
//! - `lo`, `hi`: the values (defaults 1 and 1000);
//! - `answer`:
//!   - `"random"` (the default): triplets and target uniform;
//!   - `"false"`: the target's values come from `lo + 1..=hi - 1` and the triplets are decoys
//!     and helpers, half and half: a decoy matches the target in one place but is larger in
//!     another (so it can never be used), a helper is nowhere larger than the target but is
//!     smaller in one place `m`, the same for all helpers, so place `m` is never matched;
//!   - `"true"`: the same with three of the `n` triplets (`n >= 3`) usable ones, each matching
//!     the target in one of the three places, put at random positions.

use super::common::choice;
use super::common::{span};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// Whether the target can be formed: left to chance, or planted either way.
    Answer { Random = "random", True = "true", False = "false" }
);

params! {
    size: Size::n(3),
    {
        n: i64, min_n: Option<i64>, lo: i64 = 1, hi: i64 = 1000, #[serde(default)] answer: Answer,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n_max = params.n;
    let n_min = params.min_n.unwrap_or(n_max);
    let lo = params.lo;
    let hi = params.hi;
    let answer = params.answer;
    span(("min_n", "n"), n_min, n_max, 1..=1_000_000)?;
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let n = rng.range(n_min, n_max) as usize;
    let mut triplets: Vec<[i64; 3]> = Vec::with_capacity(n + 3);
    let target: [i64; 3] = match answer {
        Answer::Random => {
            for _ in 0..n {
                triplets.push([rng.range(lo, hi), rng.range(lo, hi), rng.range(lo, hi)]);
            }
            [rng.range(lo, hi), rng.range(lo, hi), rng.range(lo, hi)]
        }
        Answer::True | Answer::False => {
            if hi - lo < 2 {
                return Err("`true` and `false` need `hi` >= `lo` + 2".to_string());
            }
            let target = [
                rng.range(lo + 1, hi - 1),
                rng.range(lo + 1, hi - 1),
                rng.range(lo + 1, hi - 1),
            ];
            if answer == Answer::True && n < 3 {
                return Err("`true` needs at least 3 triplets".to_string());
            }
            let planted = if answer == Answer::True { 3 } else { 0 };
            let missing = rng.below(3) as usize;
            for _ in 0..n - planted {
                let mut t = [0i64; 3];
                if rng.chance(1, 2) {
                    let hit = rng.below(3) as usize;
                    let over = (hit + 1 + rng.below(2) as usize) % 3;
                    for (c, v) in t.iter_mut().enumerate() {
                        *v = if c == hit {
                            target[c]
                        } else if c == over {
                            rng.range(target[c] + 1, hi)
                        } else {
                            rng.range(lo, hi)
                        };
                    }
                } else {
                    for (c, v) in t.iter_mut().enumerate() {
                        let top = if c == missing {
                            target[c] - 1
                        } else {
                            target[c]
                        };
                        *v = rng.range(lo, top);
                    }
                }
                triplets.push(t);
            }
            if answer == Answer::True {
                for hit in 0..3 {
                    let mut t = [0i64; 3];
                    for (c, v) in t.iter_mut().enumerate() {
                        *v = if c == hit {
                            target[c]
                        } else {
                            rng.range(lo, target[c])
                        };
                    }
                    let at = rng.below(triplets.len() as u64 + 1) as usize;
                    triplets.insert(at, t);
                }
            }
            target
        }
    };
    Ok(json!({"triplets": triplets, "target": target}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn formable(triplets: &[[i64; 3]], target: [i64; 3]) -> bool {
        let mut got = [false; 3];
        for t in triplets
            .iter()
            .filter(|t| (0..3).all(|c| t[c] <= target[c]))
        {
            for c in 0..3 {
                got[c] |= t[c] == target[c];
            }
        }
        got == [true; 3]
    }

    #[test]
    fn answers_are_as_asked() {
        for seed in 0..30 {
            let (t, target) = case(json!({"n": 50, "min_n": 3, "answer": "true"}), seed);
            assert!((3..=50).contains(&t.len()));
            assert!(formable(&t, target));
            let (t, target) = case(json!({"n": 50, "lo": 1, "hi": 4, "answer": "false"}), seed);
            assert_eq!(t.len(), 50);
            assert!(t
                .iter()
                .flatten()
                .chain(&target)
                .all(|v| (1..=4).contains(v)));
            assert!(!formable(&t, target));
        }
        let (t, _) = case(json!({"n": 20, "lo": 5, "hi": 5}), 1);
        assert!(t.iter().flatten().all(|&v| v == 5));
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "lo": 3, "hi": 2})), &mut rng).is_err());
        let p = params(json!({"n": 5, "lo": 1, "hi": 2, "answer": "false"}));
        assert!(generate(&p, &mut rng).is_err());
        assert!(generate(&params(json!({"n": 2, "answer": "true"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "answer": "x"})), &mut rng).is_err());
    }

    fn case(p: Value, seed: u64) -> (Vec<[i64; 3]>, [i64; 3]) {
        let v = made(p, seed);
        (
            serde_json::from_value(v["triplets"].clone()).unwrap(),
            serde_json::from_value(v["target"].clone()).unwrap(),
        )
    }
}
