//! `plane_points`: `n` integer points `[x, y]` under `"points"` and a count `k` under `"k"`,
//! such that the `k` points closest to the origin are one set (the `k`-th and `(k + 1)`-th
//! squared distances differ), as in k-closest-points-to-origin.
//!
//! Parameters:
//! - `n`: the number of points (required, `1..=100000`); `min_n`: when given, the count is
//!   drawn from `min_n..=n`;
//! - `lo`, `hi`: both coordinates come from `lo..=hi` (defaults -10^4 and 10^4);
//! - `k`: when given, the largest valid count at most `k` (else the smallest valid one above
//!   it; `n` is always valid); when absent, a valid count drawn uniformly.
//!
//! Points may repeat: equal points on both sides of the cut do not make the answer ambiguous,
//! and a split is valid exactly when the squared distances on both sides of it differ.

use super::common::{span};
use super::{Rng, Size, common::need};
use serde_json::{json, Value};

params! {
    size: Size::n(1),
    {
        n: i64, min_n: Option<i64>, lo: i64 = -10_000, hi: i64 = 10_000, k: Option<i64>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let max_n = params.n;
    let min_n = params.min_n.unwrap_or(max_n);
    let lo = params.lo;
    let hi = params.hi;
    span(("min_n", "n"), min_n, max_n, 1..=100_000)?;
    if lo > hi || lo < -1_000_000_000 || hi > 1_000_000_000 {
        return Err(format!(
            "need -10^9 <= `lo` <= `hi` <= 10^9, got {lo} and {hi}"
        ));
    }
    let n = rng.range(min_n, max_n) as usize;
    let points: Vec<[i64; 2]> = (0..n)
        .map(|_| [rng.range(lo, hi), rng.range(lo, hi)])
        .collect();
    let mut dist: Vec<i64> = points.iter().map(|[x, y]| x * x + y * y).collect();
    dist.sort_unstable();
    // `valid[j]` is a count j + 1 that cuts between two different distances.
    let valid: Vec<usize> = (1..=n)
        .filter(|&k| k == n || dist[k - 1] < dist[k])
        .collect();
    let k = match params.k {
        None => *rng.pick(&valid),
        Some(_) => {
            let want = need(params.k, "k")?;
            if want < 1 {
                return Err(format!("`k` must be at least 1, got {want}"));
            }
            let want = want as usize;
            valid
                .iter()
                .rev()
                .find(|&&k| k <= want)
                .or_else(|| valid.iter().find(|&&k| k > want))
                .copied()
                .unwrap_or(n)
        }
    };
    Ok(json!({ "points": points, "k": k }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn unique_cut(mut dist: Vec<i64>, k: usize) -> bool {
        dist.sort_unstable();
        k >= 1 && k <= dist.len() && (k == dist.len() || dist[k - 1] < dist[k])
    }

    #[test]
    fn the_cut_is_always_unique() {
        for seed in 0..30 {
            let (dist, k) = case(json!({"n": 40, "min_n": 1, "lo": -2, "hi": 2}), seed);
            assert!(unique_cut(dist, k));
        }
        let (dist, k) = case(json!({"n": 10000, "k": 5000}), 1);
        assert_eq!(dist.len(), 10000);
        assert!(unique_cut(dist, k));
        assert!((4990..=5000).contains(&k));
    }

    #[test]
    fn a_given_k_moves_down_then_up() {
        // All points at the origin: the only valid cut is n.
        let (dist, k) = case(json!({"n": 5, "lo": 0, "hi": 0, "k": 2}), 2);
        assert_eq!((dist.len(), k), (5, 5));
        assert!(generate(&params(json!({"n": 0})), &mut Rng::new(0)).is_err());
        assert!(generate(&params(json!({"n": 3, "k": 0})), &mut Rng::new(0)).is_err());
    }

    fn case(p: Value, seed: u64) -> (Vec<i64>, usize) {
        let v = made(p, seed);
        let dist = v["points"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let x = p[0].as_i64().unwrap();
                let y = p[1].as_i64().unwrap();
                x * x + y * y
            })
            .collect();
        (dist, v["k"].as_u64().unwrap() as usize)
    }
}
