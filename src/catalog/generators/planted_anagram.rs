//! `planted_anagram`: a short lowercase pattern and a longer text, where a rearrangement of the
//! pattern does or does not occur in the text as a contiguous block (permutation-in-string).
//!
//! Parameters:
//! - `m`: the pattern length (required, `1..=100_000`); `min_m`: when given, drawn from
//!   `min_m..=m`;
//! - `n`: the text length (required, `1..=100_000`); `min_n`: when given, drawn from
//!   `min_n..=n`;
//! - `letters`: the alphabet size from `a` (1 to 26, default 26);
//! - `found`: 1 (the default): a shuffled copy of the pattern is written over the text at
//!   `place`, so the answer is true (needs `m <= n`); 0: the same block is written with one
//!   letter changed to another (a near miss), and the case is redrawn until no block of the
//!   text is a rearrangement of the pattern (up to 200 draws), so the answer is false;
//! - `place`: `"random"` (the default), `"start"` or `"end"` (the block's position);
//! - `pattern_key`, `text_key`: the parameter names (defaults `"s1"` and `"s2"`).

use super::common::Place;
use super::common::{within, span};
use super::{Rng, Size};
use serde_json::{json, Value};

/// Whether some block of `text` of the pattern's length has the pattern's letter counts.
fn contains_anagram(pattern: &[u8], text: &[u8]) -> bool {
    let m = pattern.len();
    if m > text.len() {
        return false;
    }
    let mut need = [0i64; 26];
    for &c in pattern {
        need[usize::from(c)] += 1;
    }
    let mut have = [0i64; 26];
    for (i, &c) in text.iter().enumerate() {
        have[usize::from(c)] += 1;
        if i >= m {
            have[usize::from(text[i - m])] -= 1;
        }
        if i + 1 >= m && have == need {
            return true;
        }
    }
    false
}

params! {
    size: Size::n(1).clamp(&["m", "min_m"]),
    {
        m: i64, min_m: Option<i64>, n: i64, min_n: Option<i64>, letters: i64 = 26,
        found: i64 = 1, #[serde(default)] place: Place, pattern_key: String = "s1".into(),
        text_key: String = "s2".into(),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let m_max = params.m;
    let m_min = params.min_m.unwrap_or(m_max);
    let n_max = params.n;
    let n_min = params.min_n.unwrap_or(n_max);
    let letters = params.letters;
    let found = params.found;
    let pattern_key = params.pattern_key.as_str();
    let text_key = params.text_key.as_str();
    span(("min_m", "m"), m_min, m_max, 1..=100_000)?;
    span(("min_n", "n"), n_min, n_max, 1..=100_000)?;
    within("letters", letters, 1..=26)?;
    if found != 0 && found != 1 {
        return Err(format!("`found` must be 0 or 1, not {found}"));
    }
    if found == 1 && m_max > n_min {
        return Err("`found: 1` needs every pattern to fit in the text (`m` <= `min_n`)".into());
    }
    if found == 0 && letters < 2 {
        return Err("`found: 0` needs `letters` >= 2".to_string());
    }
    let size = letters as u64;
    for _ in 0..200 {
        let m = rng.range(m_min, m_max) as usize;
        let n = rng.range(n_min, n_max) as usize;
        let pattern: Vec<u8> = (0..m).map(|_| rng.below(size) as u8).collect();
        let mut text: Vec<u8> = (0..n).map(|_| rng.below(size) as u8).collect();
        if m <= n {
            let mut block = pattern.clone();
            rng.shuffle(&mut block);
            if found == 0 {
                let i = rng.index(m);
                let shift = 1 + rng.below(size - 1) as u8;
                block[i] = (block[i] + shift) % letters as u8;
            }
            let at = params.place.at(n - m, rng);
            text[at..at + m].copy_from_slice(&block);
        }
        if contains_anagram(&pattern, &text) == (found == 1) {
            let word = |v: &[u8]| v.iter().map(|&c| char::from(b'a' + c)).collect::<String>();
            return Ok(json!({ pattern_key: word(&pattern), text_key: word(&text) }));
        }
    }
    Err("could not draw a text without a rearrangement of the pattern in 200 tries".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn found_and_not_found() {
        for seed in 0..30 {
            let (p, t) = case(json!({"m": 6, "min_m": 1, "n": 30, "letters": 3}), seed);
            assert!(contains_anagram(&p, &t));
            let (p, t) = case(
                json!({"m": 6, "min_m": 1, "n": 30, "min_n": 1, "letters": 3, "found": 0}),
                seed,
            );
            assert!(!contains_anagram(&p, &t));
        }
        let (p, t) = case(json!({"m": 500, "n": 10000, "place": "end"}), 1);
        assert_eq!((p.len(), t.len()), (500, 10000));
        let mut a = p.clone();
        let mut b = t[9500..].to_vec();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
    }

    #[test]
    fn brute_force_agrees_on_the_checker() {
        let sorted = |v: &[u8]| {
            let mut v = v.to_vec();
            v.sort_unstable();
            v
        };
        for seed in 0..50 {
            let (p, t) = case(
                json!({"m": 4, "min_m": 1, "n": 12, "min_n": 1, "letters": 2, "found": 0}),
                seed,
            );
            let brute = p.len() <= t.len() && t.windows(p.len()).any(|w| sorted(w) == sorted(&p));
            assert!(!brute);
        }
    }

    #[test]
    fn rejects_bad_parameters() {
        assert!(generate(&params(json!({"m": 5})), &mut Rng::new(1)).is_err());
        assert!(generate(&params(json!({"m": 5, "n": 4})), &mut Rng::new(1)).is_err());
        assert!(generate(
            &params(json!({"m": 2, "n": 4, "letters": 1, "found": 0})),
            &mut Rng::new(1)
        )
        .is_err());
        assert!(generate(
            &params(json!({"m": 2, "n": 4, "place": "middle"})),
            &mut Rng::new(1)
        )
        .is_err());
    }

    fn case(v: Value, seed: u64) -> (Vec<u8>, Vec<u8>) {
        let c = made(v, seed);
        let bytes = |k: &str| c[k].as_str().unwrap().bytes().map(|b| b - b'a').collect();
        (bytes("s1"), bytes("s2"))
    }
}
