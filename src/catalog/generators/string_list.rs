//! `string_list`: a list of strings under the key `key` (default `"strs"`), as in
//! encode-and-decode-strings.
//!
//! Parameters: `n` (how many strings, required, `0..=100000`); `min_n` (when given, the count
//! is drawn from `min_n..=n`); `min_len`, `max_len` (each string's length is drawn from
//! `min_len..=max_len`, defaults 0 and 200); `alphabet` (the characters to draw from, as a
//! string; repeat one to make it more likely; default: the 256 characters with codes 0 to
//! 255, so separators, digits, `#`, quotes, newlines and the NUL character all turn up).

use super::common::{span};
use super::{Rng, Size};
use serde_json::{json, Value};

params! {
    size: Size::n(1),
    {
        n: i64, min_n: Option<i64>, min_len: i64 = 0, max_len: i64 = 200, key: String = "strs".into(),
        alphabet: Option<String>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let max_n = params.n;
    let min_n = params.min_n.unwrap_or(max_n);
    let min_len = params.min_len;
    let max_len = params.max_len;
    let key = params.key.as_str();
    span(("min_n", "n"), min_n, max_n, 0..=100_000)?;
    span(("min_len", "max_len"), min_len, max_len, 0..=1_000_000)?;
    let alphabet: Vec<char> = match params.alphabet.as_deref() {
        Some(a) => a.chars().collect(),
        None => (0u8..=255).map(char::from).collect(),
    };
    if alphabet.is_empty() && max_len > 0 {
        return Err("`alphabet` must not be empty".to_string());
    }
    let n = rng.range(min_n, max_n);
    let strs: Vec<String> = (0..n)
        .map(|_| {
            let len = rng.range(min_len, max_len);
            (0..len).map(|_| *rng.pick(&alphabet)).collect()
        })
        .collect();
    Ok(json!({ key: strs }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn counts_lengths_and_characters() {
        let v = strs(json!({"n": 200, "min_len": 200}), 1);
        assert_eq!(v.len(), 200);
        assert!(v.iter().all(|s| s.chars().count() == 200));
        assert!(v.iter().flat_map(|s| s.chars()).all(|c| (c as u32) < 256));
        assert!(v.iter().any(|s| s.contains('\0')));
        let v = strs(
            json!({"n": 50, "min_n": 1, "max_len": 3, "alphabet": "#1"}),
            2,
        );
        assert!((1..=50).contains(&v.len()));
        assert!(v
            .iter()
            .all(|s| s.len() <= 3 && s.chars().all(|c| c == '#' || c == '1')));
        assert!(strs(json!({"n": 0}), 3).is_empty());
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(
            &params(json!({"n": 3, "min_len": 5, "max_len": 4})),
            &mut rng
        )
        .is_err());
        assert!(generate(&params(json!({"n": 3, "alphabet": ""})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 3, "alphabet": 7})), &mut rng).is_err());
    }

    fn strs(p: Value, seed: u64) -> Vec<String> {
        strings(&made(p, seed)["strs"])
    }
}
