//! `square_matrix`: an `n` x `n` grid of integers drawn uniformly from `lo..=hi`.
//!
//! Parameters: `n` (required, >= 1), `lo` and `hi` (default -1000 and 1000), and `key`, the
//! name of the parameter the grid is passed as (default `"matrix"`).

use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

params! {
    size: Size::n(1),
    {
        n: i64, lo: i64 = -1000, hi: i64 = 1000, key: String = "matrix".into(),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let lo = params.lo;
    let hi = params.hi;
    let key = params.key.as_str();
    within("n", n, 1..=1000)?;
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let grid: Vec<Vec<i64>> = (0..n)
        .map(|_| (0..n).map(|_| rng.range(lo, hi)).collect())
        .collect();
    Ok(json!({ key: grid }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn makes_a_square_grid_in_range() {
        let p = params(json!({"n": 20, "lo": -3, "hi": 3}));
        let case = generate(&p, &mut Rng::new(1)).unwrap();
        let grid = case["matrix"].as_array().unwrap();
        assert_eq!(grid.len(), 20);
        for row in grid {
            let row = row.as_array().unwrap();
            assert_eq!(row.len(), 20);
            assert!(row.iter().all(|x| (-3..=3).contains(&x.as_i64().unwrap())));
        }
    }

    #[test]
    fn same_seed_same_grid_and_custom_key() {
        let p = params(json!({"n": 5, "key": "grid"}));
        let a = generate(&p, &mut Rng::new(9)).unwrap();
        let b = generate(&p, &mut Rng::new(9)).unwrap();
        assert_eq!(a, b);
        assert!(a.get("grid").is_some());
    }

    #[test]
    fn rejects_bad_parameters() {
        assert!(generate(&params(json!({"n": 0})), &mut Rng::new(1)).is_err());
        assert!(generate(&params(json!({"n": 3, "lo": 5, "hi": 1})), &mut Rng::new(1)).is_err());
        assert!(generate(&params(json!({})), &mut Rng::new(1)).is_err());
    }
}
