//! `point_set`: `n` pairwise distinct points `[x, y]` with integer coordinates under the key
//! `key` (default `"points"`), as in min-cost-to-connect-all-points.
//!
//! Parameters: `n` (required, `1..=100_000`); `lo`, `hi` (both coordinates in `lo..=hi`,
//! defaults -10^6 and 10^6; the square must hold `n` points); `shape`: `"random"` (the
//! default, uniform in the square) or `"line"` (all on the diagonal `y = x`, spaced at
//! random).

use super::common::choice;
use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// Where the points lie.
    Shape { Random = "random", Line = "line" }
);

params! {
    size: Size::n(1),
    {
        n: i64, lo: i64 = -1_000_000, hi: i64 = 1_000_000, key: String = "points".into(), #[serde(default)] shape: Shape,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let key = params.key.as_str();
    if !(1..=100_000).contains(&n) || params.lo > params.hi {
        return Err(format!("need 1 <= `n` <= 100000 and `lo` <= `hi`, got {n}"));
    }
    let side = (params.hi - params.lo + 1) as u64;
    let room = if params.shape == Shape::Line {
        side
    } else {
        side.saturating_mul(side)
    };
    if room < 2 * n as u64 {
        return Err("the range is too small for that many distinct points".to_string());
    }
    let mut seen = HashSet::new();
    let mut points: Vec<[i64; 2]> = Vec::with_capacity(n as usize);
    while points.len() < n as usize {
        let p = match params.shape {
            Shape::Random => [rng.range(params.lo, params.hi), rng.range(params.lo, params.hi)],
            Shape::Line => {
                let x = rng.range(params.lo, params.hi);
                [x, x]
            }
        };
        if seen.insert(p) {
            points.push(p);
        }
    }
    Ok(json!({ key: points }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn distinct_points_in_range() {
        for (n, shape) in [(500, "random"), (300, "line")] {
            let p = params(json!({"n": n, "lo": -300, "hi": 300, "shape": shape}));
            let case = generate(&p, &mut Rng::new(1)).unwrap();
            let pts: Vec<[i64; 2]> = serde_json::from_value(case["points"].clone()).unwrap();
            assert_eq!(pts.len(), n);
            assert_eq!(pts.iter().collect::<HashSet<_>>().len(), n);
            assert!(pts.iter().flatten().all(|c| (-300..=300).contains(c)));
        }
        let tight = params(json!({"n": 10, "lo": 0, "hi": 1}));
        assert!(generate(&tight, &mut Rng::new(1)).is_err());
    }
}
