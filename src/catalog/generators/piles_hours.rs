//! `piles_hours`: `{"piles", "h"}`, an array of positive integers and an hour budget of at
//! least one hour per pile (koko-eating-bananas).
//!
//! Parameters:
//! - `n`: the number of piles (required, `1..=1_000_000`); `n_min`: when given, the number is
//!   drawn uniformly from `n_min..=n`;
//! - `lo`, `hi`: pile sizes are drawn uniformly from `lo..=hi` (defaults 1 and 10^9, `lo >= 1`);
//! - `h`: `"length"` (exactly one hour per pile, so the answer is the largest pile),
//!   `"random"` (the default: uniform in `length..=h_max`), `"sum"` (the total number of
//!   bananas, capped at `h_max`: a budget at which speed 1 just fits), or an integer (at least
//!   `n`);
//! - `h_max`: the largest budget (default 10^9, at least `n`).

use super::common::{choice, IntOr};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// The hour budget, when not given as a number.
    Budget { Random = "random", Length = "length", Sum = "sum" }
);

params! {
    size: Size::n(1).clear(&["n_min"]),
    {
        n: i64, n_min: Option<i64>, lo: i64 = 1, hi: i64 = 1_000_000_000, h_max: i64 = 1_000_000_000,
        h: IntOr<Budget> = IntOr::Word(Budget::Random),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n_max = params.n;
    let n_min = params.n_min.unwrap_or(n_max);
    let lo = params.lo;
    let hi = params.hi;
    let h_max = params.h_max;
    if !(1..=1_000_000).contains(&n_max) || n_min < 1 || n_min > n_max {
        return Err(format!(
            "lengths must satisfy 1 <= n_min <= n <= 10^6, got {n_min}..={n_max}"
        ));
    }
    if lo < 1 || lo > hi {
        return Err(format!("pile sizes need 1 <= lo <= hi, got {lo}..={hi}"));
    }
    if h_max < n_max {
        return Err(format!("`h_max` ({h_max}) must be at least `n` ({n_max})"));
    }
    if let IntOr::Int(h) = params.h {
        if h < n_max {
            return Err(format!(
                "`h` must be \"length\", \"random\", \"sum\" or an integer >= n ({n_max}), not {h}"
            ));
        }
    }
    let n = rng.range(n_min, n_max);
    let piles: Vec<i64> = (0..n).map(|_| rng.range(lo, hi)).collect();
    let h = match params.h {
        IntOr::Word(Budget::Length) => n,
        IntOr::Word(Budget::Random) => rng.range(n, h_max),
        IntOr::Word(Budget::Sum) => piles.iter().sum::<i64>().min(h_max),
        IntOr::Int(h) => h,
    };
    Ok(json!({"piles": piles, "h": h}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn budgets_respect_the_bounds() {
        for seed in 0..50 {
            let (piles, h) = case(json!({"n": 40, "n_min": 1, "lo": 3, "hi": 9}), seed);
            assert!((1..=40).contains(&piles.len()));
            assert!(piles.iter().all(|p| (3..=9).contains(p)));
            assert!(h >= piles.len() as i64 && h <= 1_000_000_000);
            let (piles, h) = case(json!({"n": 30, "h": "length"}), seed);
            assert_eq!(h, piles.len() as i64);
            assert!(piles.iter().all(|p| (1..=1_000_000_000).contains(p)));
            let (piles, h) = case(json!({"n": 30, "hi": 100, "h": "sum"}), seed);
            assert_eq!(h, piles.iter().sum::<i64>());
        }
        let (_, h) = case(json!({"n": 1000, "h": "sum"}), 1);
        assert_eq!(h, 1_000_000_000);
        let (_, h) = case(json!({"n": 3, "h": 77}), 1);
        assert_eq!(h, 77);
    }

    #[test]
    fn rejects_bad_parameters() {
        let bad = [
            json!({"n": 0}),
            json!({"n": 5, "lo": 0}),
            json!({"n": 5, "h": 4}),
            json!({"n": 5, "h": "lots"}),
            json!({"n": 5, "h_max": 3}),
            json!({}),
        ];
        for p in bad {
            assert!(generate(&params(p), &mut Rng::new(1)).is_err());
        }
    }

    fn case(p: Value, seed: u64) -> (Vec<i64>, i64) {
        let v = made(p, seed);
        let piles = ints(&v["piles"]);
        (piles, v["h"].as_i64().unwrap())
    }
}
