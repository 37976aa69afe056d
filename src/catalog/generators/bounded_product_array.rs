//! `bounded_product_array`: an array of small integers whose product stays within a 32-bit
//! signed integer, as product-of-array-except-self requires, under the key `key` (default
//! `"nums"`).
//!
//! Parameters: `n` (length, required, `1..=1_000_000`); `min_n` (when given, the length is
//! drawn from `min_n..=n`); `max_abs` (largest magnitude, `1..=1000`, default 30); `factors`
//! (at most this many elements have a magnitude of 2 or more, default 30); `zeros` (exactly
//! this many elements are 0, default 0). The product of the absolute values of all non-zero
//! elements is at most 2^31 - 1, so every prefix, suffix and "all but one" product fits. The
//! big factors are drawn one by one, each capped so the product stays in bounds, and stop at
//! `factors` or when no factor of 2 or more fits; every other element is 1 or -1. Signs are
//! random, and the array is shuffled.

use super::common::{span};
use super::{Rng, Size};
use serde_json::{json, Value};

const LIMIT: i64 = i32::MAX as i64;

params! {
    size: Size::n(2).clamp(&["zeros"]),
    {
        n: i64, min_n: Option<i64>, max_abs: i64 = 30, factors: i64 = 30, zeros: i64 = 0,
        key: String = "nums".into(),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let max_n = params.n;
    let min_n = params.min_n.unwrap_or(max_n);
    let zeros = params.zeros;
    let key = params.key.as_str();
    span(("min_n", "n"), min_n, max_n, 1..=1_000_000)?;
    if !(1..=1000).contains(&params.max_abs) || params.factors < 0 || !(0..=min_n).contains(&zeros) {
        return Err("need 1 <= `max_abs` <= 1000, `factors` >= 0, 0 <= `zeros` <= length".into());
    }
    let n = rng.range(min_n, max_n) as usize;
    let zeros = zeros as usize;
    let mut nums: Vec<i64> = vec![0; zeros];
    let mut product: i64 = 1;
    while nums.len() < n && (nums.len() - zeros) < params.factors as usize {
        let cap = params.max_abs.min(LIMIT / product);
        if cap < 2 {
            break;
        }
        let v = rng.range(2, cap);
        product *= v;
        nums.push(if rng.chance(1, 2) { -v } else { v });
    }
    while nums.len() < n {
        nums.push(if rng.chance(1, 2) { -1 } else { 1 });
    }
    rng.shuffle(&mut nums);
    Ok(json!({ key: nums }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn product_fits_and_counts_hold() {
        for seed in 0..40 {
            let v = nums(json!({"n": 2000, "zeros": 2}), seed);
            assert_eq!(v.len(), 2000);
            assert_eq!(v.iter().filter(|x| **x == 0).count(), 2);
            assert!(v.iter().all(|x| (-30..=30).contains(x)));
            let p: i128 = v
                .iter()
                .filter(|x| **x != 0)
                .map(|x| i128::from(x.abs()))
                .product();
            assert!(p <= i128::from(LIMIT));
            assert!(v.iter().filter(|x| x.abs() >= 2).count() <= 30);
        }
        let v = nums(json!({"n": 50, "factors": 3, "max_abs": 5}), 1);
        assert!(v.iter().filter(|x| x.abs() >= 2).count() <= 3);
        let v = nums(json!({"n": 2, "zeros": 2}), 1);
        assert_eq!(v, vec![0, 0]);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 0})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 3, "zeros": 4})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 3, "max_abs": 0})), &mut rng).is_err());
    }

    fn nums(p: Value, seed: u64) -> Vec<i64> {
        ints(&made(p, seed)["nums"])
    }
}
