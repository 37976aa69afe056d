//! `linked_list_values`: the values of a linked list `head` for reverse-linked-list.
//!
//! Parameters: `n` (number of nodes, 0 to 5000), `min` and `max` (the range of the values,
//! defaults -5000 and 5000, within -5000..=5000). Values are uniform in the range.

use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

params! {
    size: Size::n(1),
    {
        n: i64, min: i64 = -5000, max: i64 = 5000,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let min = params.min;
    let max = params.max;
    within("n", n, 0..=5000)?;
    if !(-5000 <= min && min <= max && max <= 5000) {
        return Err(format!(
            "need -5000 <= min <= max <= 5000, not {min}, {max}"
        ));
    }
    let values: Vec<i64> = (0..n).map(|_| rng.range(min, max)).collect();
    Ok(json!({ "head": values }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn length_and_range() {
        let case = generate(&params(json!({"n": 5000})), &mut Rng::new(9)).unwrap();
        let values = case["head"].as_array().unwrap();
        assert_eq!(values.len(), 5000);
        assert!(values
            .iter()
            .all(|v| (-5000..=5000).contains(&v.as_i64().unwrap())));
        let case = generate(
            &params(json!({"n": 20, "min": 7, "max": 7})),
            &mut Rng::new(9),
        );
        assert_eq!(case.unwrap()["head"], json!(vec![7; 20]));
        let empty = generate(&params(json!({"n": 0})), &mut Rng::new(9)).unwrap();
        assert_eq!(empty["head"], json!([]));
    }

    #[test]
    fn rejects_bad_parameters() {
        for bad in [
            json!({"n": -1}),
            json!({"n": 5001}),
            json!({"n": 3, "min": -5001}),
            json!({"n": 3, "max": 5001}),
            json!({"n": 3, "min": 2, "max": 1}),
        ] {
            assert!(generate(&params(bad), &mut Rng::new(1)).is_err());
        }
    }
}
