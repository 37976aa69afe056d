//! `frequent_values`: `{"nums", "k"}` where exactly `k` values are more frequent than all the
//! others, so the `k` most frequent values are one well-defined set (top-k-frequent-elements).
//!
//! Parameters: `n` (length, required, `1..=1_000_000`); `distinct` (how many different values,
//! required, `1..=n`); `k` (`1..=distinct`; default drawn uniformly from the values the length
//! allows); `lo`, `hi` (the values,
//! `distinct` of them drawn without repetition from `lo..=hi`, defaults -10^4 and 10^4).
//! When `k < distinct`, `n` must be at least `distinct + k`.
//!
//! How: a threshold `t` is fixed (about `n / distinct`); the `k` chosen values start with
//! `t + 1` copies and the others with one; the remaining copies go one at a time to random
//! values, except that a value outside the `k` never passes `t` copies (its copy goes to a
//! random chosen value instead). The array is then shuffled.

use super::common::{within};
use super::{lower, RawParams, Rng, Size, common::need};
use serde_json::{json, Value};

params! {
    size: Size::n(2),
    resize: resize,
    {
        n: i64, distinct: i64, lo: i64 = -10_000, hi: i64 = 10_000, k: Option<i64>,
    }
}

/// Values and a `k` that fit in `n`.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    lower(raw, "distinct", n / 2);
    let distinct = raw.get("distinct").and_then(Value::as_u64).unwrap_or(1);
    lower(raw, "k", n - distinct);
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let distinct = params.distinct;
    within("n", n, 1..=1_000_000)?;
    if !(1..=n).contains(&distinct) || i128::from(distinct) > i128::from(params.hi) - i128::from(params.lo) + 1 {
        return Err(format!(
            "`distinct` ({distinct}) must be in 1..=n and fit in `lo..=hi`"
        ));
    }
    let k = match params.k {
        // Drawn among the values of `k` that the length allows.
        None if n - distinct >= distinct => rng.range(1, distinct),
        None if n - distinct >= 1 => rng.range(1, n - distinct),
        None => distinct,
        Some(_) => need(params.k, "k")?,
    };
    within("k", k, 1..=distinct)?;
    if k < distinct && n < distinct + k {
        return Err(format!(
            "`n` ({n}) must be at least `distinct + k` ({})",
            distinct + k
        ));
    }
    let (n, u, k) = (n as usize, distinct as usize, k as usize);
    // Values 0..k are the most frequent ones: each gets more than `t` copies, the others at
    // most `t`.
    let mut t = if k == u { 0 } else { (n / u).max(1) };
    while t > 1 && (u - k) + k * (t + 1) > n {
        t -= 1;
    }
    let mut freq: Vec<usize> = (0..u).map(|i| if i < k { t + 1 } else { 1 }).collect();
    let mut left = n - freq.iter().sum::<usize>();
    while left > 0 {
        let mut i = rng.index(u);
        if i >= k && freq[i] == t {
            i = rng.index(k);
        }
        freq[i] += 1;
        left -= 1;
    }
    let mut values: Vec<i64> = if (params.hi - params.lo) as u64 <= 4 * u as u64 + 16 {
        let mut pool: Vec<i64> = (params.lo..=params.hi).collect();
        rng.shuffle(&mut pool);
        pool.truncate(u);
        pool
    } else {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::with_capacity(u);
        while out.len() < u {
            let x = rng.range(params.lo, params.hi);
            if seen.insert(x) {
                out.push(x);
            }
        }
        out
    };
    values.truncate(u);
    let mut nums: Vec<i64> = Vec::with_capacity(n);
    for (v, f) in values.iter().zip(&freq) {
        nums.extend(std::iter::repeat_n(*v, *f));
    }
    rng.shuffle(&mut nums);
    Ok(json!({"nums": nums, "k": k}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::HashMap;


    #[test]
    fn the_top_k_are_unique() {
        for seed in 0..30 {
            for p in [
                json!({"n": 1000, "distinct": 100}),
                json!({"n": 30, "distinct": 20}),
                json!({"n": 5000, "distinct": 3, "k": 1}),
                json!({"n": 12, "distinct": 6, "k": 6}),
                json!({"n": 20, "distinct": 10, "k": 9}),
            ] {
                let (n, c, k) = counts(p.clone(), seed);
                assert_eq!(n, p["n"].as_u64().unwrap() as usize);
                assert_eq!(c.len(), p["distinct"].as_u64().unwrap() as usize);
                assert!(k >= 1 && k <= c.len());
                if k < c.len() {
                    assert!(c[k - 1] > c[k], "{p} seed {seed}: {c:?} k {k}");
                }
            }
        }
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"n": 5})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "distinct": 6})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "distinct": 4, "k": 2})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "distinct": 4, "k": 5})), &mut rng).is_err());
        assert!(generate(
            &params(json!({"n": 50, "distinct": 4, "lo": 0, "hi": 2})),
            &mut rng
        )
        .is_err());
    }

    /// The counts, most frequent first, and k.
    fn counts(p: Value, seed: u64) -> (usize, Vec<usize>, usize) {
        let v = made(p, seed);
        let nums: Vec<i64> = ints(&v["nums"]);
        assert!(nums.iter().all(|x| (-10_000..=10_000).contains(x)));
        let mut by_value: HashMap<i64, usize> = HashMap::new();
        for x in &nums {
            *by_value.entry(*x).or_default() += 1;
        }
        let mut c: Vec<usize> = by_value.into_values().collect();
        c.sort_unstable_by(|a, b| b.cmp(a));
        (nums.len(), c, v["k"].as_u64().unwrap() as usize)
    }
}
