//! `string_pair`: two strings under the keys `key1` and `key2` (defaults `"text1"` and
//! `"text2"`), for the problems that compare or align two strings (longest-common-subsequence,
//! edit-distance, distinct-subsequences).
//!
//! Parameters:
//! - `n`: the length of the first string (required, `0..=100_000`); `min_n`: when given, the
//!   length is drawn from `min_n..=n`;
//! - `m`: the length of the second string (required for `"independent"` and `"subsequence"`,
//!   `0..=100_000`); `min_m` likewise;
//! - `alphabet`: the characters of the first string, as a string (default the 26 lower-case
//!   letters; repeat one to make it more likely); `alphabet2`: those of the second string
//!   when it is drawn on its own (default `alphabet`);
//! - `relation`: how the second string is made:
//!   - `"independent"` (the default): drawn on its own, each character uniform over
//!     `alphabet2`;
//!   - `"subsequence"`: `m` positions of the first string (`m <= n`) chosen uniformly,
//!     read in order;
//!   - `"edits"`: the first string after `edits` random operations (default 10), each an
//!     insertion, a deletion or a replacement (by a different character when the alphabet has
//!     one) at a uniform place; a deletion on an empty string becomes an insertion. `m` is
//!     not used;
//!   - `"same"`: a copy of the first; `"reversed"`: the first read backwards (`m` not used);
//! - `with`: an object whose entries are copied into the case as they are.

use super::common::{length, need};
use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

const MAX_LEN: i64 = 100_000;

fn draw(alphabet: &[char], len: usize, rng: &mut Rng) -> Vec<char> {
    (0..len)
        .map(|_| alphabet[rng.index(alphabet.len())])
        .collect()
}

choice!(
    /// How the second string is made from the first.
    Relation {
        Independent = "independent",
        Subsequence = "subsequence",
        Edits = "edits",
        Same = "same",
        Reversed = "reversed",
    }
);

params! {
    size: Size::n(1).clamp(&["m", "min_m"]),
    {
        n: i64, min_n: Option<i64>, m: Option<i64>, min_m: Option<i64>, alphabet: Option<String>,
        alphabet2: Option<String>, #[serde(default)] relation: Relation, key1: String = "text1".into(),
        key2: String = "text2".into(), edits: Option<i64>, with: Option<Value>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let alphabet: Vec<char> = params.alphabet.as_deref().unwrap_or("abcdefghijklmnopqrstuvwxyz")
        .chars()
        .collect();
    let alphabet2: Vec<char> = match params.alphabet2.as_ref() {
        None => alphabet.clone(),
        Some(_) => params.alphabet2.as_deref().unwrap_or("").chars().collect(),
    };
    if alphabet.is_empty() || alphabet2.is_empty() {
        return Err("`alphabet` and `alphabet2` must not be empty".to_string());
    }
    let key1 = params.key1.as_str();
    let key2 = params.key2.as_str();
    let n = length(rng, params.n, params.min_n, ("n", "min_n"), MAX_LEN)?;
    let first = draw(&alphabet, n, rng);
    let second: Vec<char> = match params.relation {
        Relation::Independent => {
            let m = length(rng, need(params.m, "m")?, params.min_m, ("m", "min_m"), MAX_LEN)?;
            draw(&alphabet2, m, rng)
        }
        Relation::Subsequence => {
            let m = length(rng, need(params.m, "m")?, params.min_m, ("m", "min_m"), MAX_LEN)?;
            if m > n {
                return Err(format!("a subsequence of length {m} needs `n` >= {m}"));
            }
            // Selection sampling: position i is kept with probability (still needed) / (left).
            let mut out = Vec::with_capacity(m);
            for (i, &c) in first.iter().enumerate() {
                let left = (n - i) as u64;
                if rng.below(left) < (m - out.len()) as u64 {
                    out.push(c);
                }
            }
            out
        }
        Relation::Edits => {
            let edits = params.edits.unwrap_or(10);
            within("edits", edits, 0..=MAX_LEN)?;
            let mut text = first.clone();
            for _ in 0..edits {
                let kind = if text.is_empty() { 0 } else { rng.below(3) };
                match kind {
                    0 => {
                        let at = rng.below(text.len() as u64 + 1) as usize;
                        text.insert(at, *rng.pick(&alphabet));
                    }
                    1 => {
                        let at = rng.index(text.len());
                        text.remove(at);
                    }
                    _ => {
                        let at = rng.index(text.len());
                        let others: Vec<char> = alphabet
                            .iter()
                            .copied()
                            .filter(|&c| c != text[at])
                            .collect();
                        if !others.is_empty() {
                            text[at] = *rng.pick(&others);
                        }
                    }
                }
            }
            text
        }
        Relation::Same => first.clone(),
        Relation::Reversed => first.iter().rev().copied().collect(),
    };
    let mut case = json!({});
    if let Some(extra) = params.with.as_ref() {
        let extra = extra.as_object().ok_or("`with` must be an object")?;
        for (k, v) in extra {
            case[k.as_str()] = v.clone();
        }
    }
    case[key1] = Value::String(first.into_iter().collect());
    case[key2] = Value::String(second.into_iter().collect());
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn is_subsequence(small: &str, big: &str) -> bool {
        let mut it = big.chars();
        small.chars().all(|c| it.any(|d| d == c))
    }

    #[test]
    fn relations() {
        let (a, b) = pair(
            json!({"n": 300, "m": 200, "alphabet": "ab", "alphabet2": "xyz"}),
            1,
        );
        assert_eq!((a.len(), b.len()), (300, 200));
        assert!(a.chars().all(|c| "ab".contains(c)) && b.chars().all(|c| "xyz".contains(c)));
        for seed in 0..10 {
            let (a, b) = pair(json!({"n": 100, "m": 37, "relation": "subsequence"}), seed);
            assert_eq!(b.len(), 37);
            assert!(is_subsequence(&b, &a));
        }
        let (a, b) = pair(json!({"n": 50, "relation": "same"}), 2);
        assert_eq!(a, b);
        let (a, b) = pair(json!({"n": 50, "relation": "reversed"}), 3);
        assert_eq!(a.chars().rev().collect::<String>(), b);
        let (a, b) = pair(json!({"n": 500, "relation": "edits", "edits": 7}), 4);
        assert!(a.len().abs_diff(b.len()) <= 7 && a != b);
        let (a, b) = pair(json!({"n": 0, "relation": "edits", "edits": 3}), 5);
        assert!(a.is_empty() && b.len() <= 3);
    }

    #[test]
    fn keys_lengths_and_errors() {
        let p = params(
            json!({"n": 9, "min_n": 1, "m": 4, "min_m": 0, "key1": "s", "key2": "t",
                              "with": {"k": 2}}),
        );
        for seed in 0..20 {
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            assert!((1..=9).contains(&case["s"].as_str().unwrap().len()));
            assert!(case["t"].as_str().unwrap().len() <= 4);
            assert_eq!(case["k"], json!(2));
        }
        let bad = [
            json!({"m": 3}),
            json!({"n": 3}),
            json!({"n": 3, "m": 4, "relation": "subsequence"}),
            json!({"n": 3, "m": 3, "relation": "sideways"}),
            json!({"n": 3, "m": 3, "alphabet": ""}),
            json!({"n": 3, "min_n": 4, "m": 3}),
        ];
        for b in bad {
            assert!(
                generate(&params(b.clone()), &mut Rng::new(0)).is_err(),
                "{b}"
            );
        }
    }

    fn pair(p: Value, seed: u64) -> (String, String) {
        let case = made(p, seed);
        (
            case["text1"].as_str().unwrap().to_string(),
            case["text2"].as_str().unwrap().to_string(),
        )
    }
}
