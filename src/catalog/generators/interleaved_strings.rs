//! `interleaved_strings`: `{"s1", "s2", "s3"}` where `s3` is a merge of `s1` and `s2` (each
//! string's characters kept in their order), or misses being one by a single character, as in
//! interleaving-string.
//!
//! Parameters:
//! - `n1`, `n2`: the lengths of `s1` and `s2` (required, `0..=10_000`); `min_n1`, `min_n2`:
//!   when given, each length is drawn from `min..=max`;
//! - `alphabet`: the characters of `s1` and `s2` (default the 26 lower-case letters; repeat
//!   one to make it more likely; `"a"` alone gives the strings of one letter where a search
//!   without memory has the most paths to follow);
//! - `valid`: 1 (the default): `s3` is a merge chosen uniformly among all merges (at each
//!   step the next character comes from `s1` with probability proportional to what is left
//!   of `s1`); 0: then one character of `s3` is replaced by a different one (another
//!   character of `alphabet` when it has one, else the next letter after it, `z` wrapping to
//!   `a`), so the letter counts no longer match and the answer is false (needs
//!   `n1 + n2 >= 1`);
//! - `flaw`: where that character is, `"random"` (the default) or `"last"`.

use super::common::length;
use super::common::choice;
use super::{Rng, Size};
use serde_json::{json, Value};

const MAX_LEN: i64 = 10_000;

choice!(
    /// Where the one wrong character of an invalid merge is.
    Flaw { Random = "random", Last = "last" }
);

params! {
    size: Size::of(&["n1", "n2"], 1).clear(&["min_n1", "min_n2"]),
    {
        n1: i64, n2: i64, min_n1: Option<i64>, min_n2: Option<i64>, alphabet: Option<String>,
        valid: Option<i64>, #[serde(default)] flaw: Flaw,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let alphabet: Vec<char> = params.alphabet.as_deref().unwrap_or("abcdefghijklmnopqrstuvwxyz")
        .chars()
        .collect();
    if alphabet.is_empty() {
        return Err("`alphabet` must not be empty".to_string());
    }
    let valid = params.valid.unwrap_or(1) == 1;
    let n1 = length(rng, params.n1, params.min_n1, ("n1", "min_n1"), MAX_LEN)?;
    let n2 = length(rng, params.n2, params.min_n2, ("n2", "min_n2"), MAX_LEN)?;
    let s1: Vec<char> = (0..n1).map(|_| *rng.pick(&alphabet)).collect();
    let s2: Vec<char> = (0..n2).map(|_| *rng.pick(&alphabet)).collect();
    let (mut i, mut j) = (0, 0);
    let mut s3 = Vec::with_capacity(n1 + n2);
    while i + j < n1 + n2 {
        let left1 = (n1 - i) as u64;
        let left2 = (n2 - j) as u64;
        if rng.below(left1 + left2) < left1 {
            s3.push(s1[i]);
            i += 1;
        } else {
            s3.push(s2[j]);
            j += 1;
        }
    }
    if !valid {
        if s3.is_empty() {
            return Err("`valid: 0` needs `n1 + n2 >= 1`".to_string());
        }
        let at = match params.flaw {
            Flaw::Last => s3.len() - 1,
            Flaw::Random => rng.index(s3.len()),
        };
        let old = s3[at];
        let others: Vec<char> = alphabet.iter().copied().filter(|&c| c != old).collect();
        s3[at] = if others.is_empty() {
            match old {
                'z' => 'a',
                c => char::from_u32(c as u32 + 1).unwrap_or('a'),
            }
        } else {
            *rng.pick(&others)
        };
    }
    let text = |v: Vec<char>| Value::String(v.into_iter().collect());
    Ok(json!({"s1": text(s1), "s2": text(s2), "s3": text(s3)}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Whether `c` is a merge of `a` and `b` (a small table, for the tests).
    fn interleaves(a: &str, b: &str, c: &str) -> bool {
        let (a, b, c) = (a.as_bytes(), b.as_bytes(), c.as_bytes());
        if a.len() + b.len() != c.len() {
            return false;
        }
        let mut ok = vec![vec![false; b.len() + 1]; a.len() + 1];
        for i in 0..=a.len() {
            for j in 0..=b.len() {
                ok[i][j] = (i == 0 && j == 0)
                    || (i > 0 && ok[i - 1][j] && a[i - 1] == c[i + j - 1])
                    || (j > 0 && ok[i][j - 1] && b[j - 1] == c[i + j - 1]);
            }
        }
        ok[a.len()][b.len()]
    }

    #[test]
    fn valid_and_flawed_merges() {
        for seed in 0..20 {
            let (a, b, c) = case(json!({"n1": 40, "n2": 30, "alphabet": "ab"}), seed);
            assert_eq!((a.len(), b.len()), (40, 30));
            assert!(interleaves(&a, &b, &c));
            let (a, b, c) = case(
                json!({"n1": 40, "n2": 30, "alphabet": "ab", "valid": 0}),
                seed,
            );
            assert!(!interleaves(&a, &b, &c));
        }
        let (a, b, c) = case(
            json!({"n1": 100, "n2": 100, "alphabet": "a", "valid": 0, "flaw": "last"}),
            1,
        );
        assert_eq!(a, "a".repeat(100));
        assert_eq!(b, "a".repeat(100));
        assert_eq!(c, format!("{}b", "a".repeat(199)));
        let (a, b, c) = case(json!({"n1": 0, "n2": 5}), 2);
        assert!(a.is_empty() && b == c);
    }

    #[test]
    fn bad_parameters() {
        for p in [
            json!({"n1": 3}),
            json!({"n1": 0, "n2": 0, "valid": 0}),
            json!({"n1": 3, "n2": 3, "flaw": "first"}),
            json!({"n1": 3, "n2": 3, "alphabet": ""}),
            json!({"n1": 30000, "n2": 3}),
        ] {
            assert!(
                generate(&params(p.clone()), &mut Rng::new(0)).is_err(),
                "{p}"
            );
        }
    }

    fn case(p: Value, seed: u64) -> (String, String, String) {
        let v = made(p, seed);
        let s = |k: &str| v[k].as_str().unwrap().to_string();
        (s("s1"), s("s2"), s("s3"))
    }
}
