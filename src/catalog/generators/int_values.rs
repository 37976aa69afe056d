//! `int_values`: a case made of integer scalars only, each drawn uniformly from its own range
//! (counting-bits' `n`, the `uint32` of reverse-bits, the two operands of sum-of-two-integers).
//!
//! Parameters:
//! - `ranges`: an object from parameter name to `[lo, hi]` (required, at least one entry);
//!   the values are drawn in the names' sorted order, so reordering the object changes nothing;
//! - `with`: an object whose entries are copied into the case as they are (default none).

use super::{Rng, Size};
use serde_json::{Map, Value};

params! {
    size: Size::FIXED,
    {
        ranges: Map<String, Value>, with: Option<Map<String, Value>>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let ranges = &params.ranges;
    if ranges.is_empty() {
        return Err("`ranges` must name at least one parameter".to_string());
    }
    let mut names: Vec<&String> = ranges.keys().collect();
    names.sort();
    let mut case = Map::new();
    for name in names {
        let bounds = ranges[name.as_str()]
            .as_array()
            .filter(|b| b.len() == 2)
            .and_then(|b| Some((b[0].as_i64()?, b[1].as_i64()?)))
            .ok_or_else(|| format!("`ranges.{name}` must be `[lo, hi]` with two integers"))?;
        let (lo, hi) = bounds;
        if lo > hi {
            return Err(format!("`ranges.{name}`: `lo` ({lo}) exceeds `hi` ({hi})"));
        }
        case.insert(name.clone(), Value::from(rng.range(lo, hi)));
    }
    if let Some(extra) = params.with.as_ref() {
        for (name, value) in extra {
            case.entry(name.clone()).or_insert_with(|| value.clone());
        }
    }
    Ok(Value::Object(case))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use serde_json::json;

    #[test]
    fn values_stay_in_their_ranges_and_ignore_key_order() {
        for seed in 0..50 {
            let p = params(json!({"ranges": {"b": [-1000, 1000], "a": [0, 4294967295_u64]}}));
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let a = case["a"].as_i64().unwrap();
            let b = case["b"].as_i64().unwrap();
            assert!((0..=4_294_967_295).contains(&a));
            assert!((-1000..=1000).contains(&b));
            let q = params(json!({"ranges": {"a": [0, 4294967295_u64], "b": [-1000, 1000]}}));
            assert_eq!(generate(&q, &mut Rng::new(seed)).unwrap(), case);
        }
        let p = params(json!({"ranges": {"n": [7, 7]}, "with": {"k": 2}}));
        assert_eq!(
            generate(&p, &mut Rng::new(1)).unwrap(),
            json!({"n": 7, "k": 2})
        );
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        for p in [
            json!({}),
            json!({"ranges": {}}),
            json!({"ranges": {"n": [3]}}),
            json!({"ranges": {"n": [5, 1]}}),
            json!({"ranges": {"n": ["a", 1]}}),
            json!({"ranges": {"n": [1, 2]}, "with": 3}),
        ] {
            assert!(generate(&params(p), &mut rng).is_err());
        }
    }
}
