//! `sorted_pair`: two arrays of integers, each sorted in non-decreasing order.
//!
//! Parameters: `m` and `n`, the largest lengths of the first and second array (required);
//! `m_min` and `n_min`, their smallest lengths (default: `m` and `n`, i.e. fixed lengths; a
//! length is drawn uniformly in `min..=max`); `lo` and `hi`, the value range (default -10^6
//! and 10^6); `min_total`, the least combined length the parameters must guarantee (default
//! 1); `key1` and `key2`, the parameter names (default `"nums1"` and `"nums2"`).

use super::{Rng, Size};
use serde_json::{json, Value};

fn sorted_array(len: i64, lo: i64, hi: i64, rng: &mut Rng) -> Vec<i64> {
    let mut values: Vec<i64> = (0..len).map(|_| rng.range(lo, hi)).collect();
    values.sort_unstable();
    values
}

params! {
    size: Size::of(&["m", "n"], 1).clear(&["m_min", "n_min"]),
    {
        m: i64, n: i64, m_min: Option<i64>, n_min: Option<i64>, lo: i64 = -1_000_000, hi: i64 = 1_000_000,
        min_total: i64 = 1, key1: String = "nums1".into(), key2: String = "nums2".into(),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let m_max = params.m;
    let n_max = params.n;
    let m_min = params.m_min.unwrap_or(m_max);
    let n_min = params.n_min.unwrap_or(n_max);
    let lo = params.lo;
    let hi = params.hi;
    let min_total = params.min_total;
    let key1 = params.key1.as_str();
    let key2 = params.key2.as_str();
    if m_min < 0 || n_min < 0 || m_min > m_max || n_min > n_max {
        return Err(format!(
            "lengths must satisfy 0 <= m_min <= m and 0 <= n_min <= n, got m {m_min}..={m_max}, n {n_min}..={n_max}"
        ));
    }
    if m_max > 1_000_000 || n_max > 1_000_000 {
        return Err("lengths above 10^6 are not supported".to_string());
    }
    if m_min + n_min < min_total {
        return Err(format!(
            "m_min + n_min ({}) is below min_total ({min_total})",
            m_min + n_min
        ));
    }
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let m = rng.range(m_min, m_max);
    let n = rng.range(n_min, n_max);
    let first = sorted_array(m, lo, hi, rng);
    let second = sorted_array(n, lo, hi, rng);
    Ok(json!({ key1: first, key2: second }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn fixed_lengths_sorted_and_in_range() {
        let p = params(json!({"m": 1000, "n": 0, "lo": -5, "hi": 5}));
        let case = generate(&p, &mut Rng::new(3)).unwrap();
        let a = ints(&case["nums1"]);
        assert_eq!(a.len(), 1000);
        assert!(a.windows(2).all(|w| w[0] <= w[1]));
        assert!(a.iter().all(|x| (-5..=5).contains(x)));
        assert!(ints(&case["nums2"]).is_empty());
    }

    #[test]
    fn random_lengths_stay_in_bounds() {
        let p = params(json!({"m_min": 0, "m": 10, "n_min": 1, "n": 10}));
        for seed in 0..200 {
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let (a, b) = (ints(&case["nums1"]), ints(&case["nums2"]));
            assert!(a.len() <= 10 && (1..=10).contains(&b.len()));
            assert!(b.windows(2).all(|w| w[0] <= w[1]));
        }
    }

    #[test]
    fn rejects_bad_parameters() {
        let bad = [
            json!({"m": 0, "n": 0}),
            json!({"m": 3, "n": 3, "lo": 2, "hi": 1}),
            json!({"m_min": 4, "m": 3, "n": 3}),
            json!({"m": 3}),
        ];
        for p in bad {
            assert!(generate(&params(p), &mut Rng::new(1)).is_err());
        }
    }
}
