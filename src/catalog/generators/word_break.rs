//! `word_break`: a string `s` and a dictionary `wordDict` of distinct words, as in word-break:
//! `s` is made of dictionary words laid end to end, then optionally spoiled.
//!
//! Parameters:
//! - `n`: the most characters in `s` (required, `1..=100000`); words are appended while they
//!   fit, so `s` is at most `n` long and shorter only by less than a word;
//! - `words`: the dictionary size (required, `1..=100000`); the words are distinct, in random
//!   order, with lengths drawn from `min_len..=max_len` (defaults 1 and 20);
//! - `alphabet`: the characters words are drawn from (default the 26 lower-case letters);
//! - `flip`: this many positions of `s` are then set to a random character of the alphabet
//!   (default 0), which usually makes `s` impossible to split.

use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

params! {
    size: Size::n(100).clamp(&["flip", "words"]),
    {
        n: i64, words: i64, min_len: i64 = 1, max_len: i64 = 20, flip: i64 = 0,
        alphabet: Option<String>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let count = params.words;
    let alphabet: Vec<char> = params.alphabet.as_deref().unwrap_or("abcdefghijklmnopqrstuvwxyz")
        .chars()
        .collect();
    if !(1..=100_000).contains(&n) || !(1..=100_000).contains(&count) {
        return Err(format!(
            "need 1 <= `n` <= 10^5 and 1 <= `words` <= 10^5, got {n} and {count}"
        ));
    }
    if !(1..=params.max_len).contains(&params.min_len) || params.max_len > 1000 || !(0..=n).contains(&params.flip) {
        return Err("need 1 <= `min_len` <= `max_len` <= 1000 and 0 <= `flip` <= `n`".into());
    }
    if alphabet.is_empty() {
        return Err("`alphabet` must not be empty".into());
    }
    // How many distinct words the lengths and alphabet allow (capped, to refuse a hopeless ask).
    let size = alphabet.len() as u128;
    let room: u128 = (params.min_len..=params.max_len)
        .map(|l| size.saturating_pow(l as u32).min(1 << 40))
        .sum();
    if room < 2 * count as u128 {
        return Err(format!(
            "{count} distinct words need more room than `alphabet` and the lengths give"
        ));
    }
    let mut seen = HashSet::new();
    let mut words: Vec<String> = Vec::with_capacity(count as usize);
    while words.len() < count as usize {
        let len = rng.range(params.min_len, params.max_len) as usize;
        let word: String = (0..len)
            .map(|_| alphabet[rng.index(size as usize)])
            .collect();
        if seen.insert(word.clone()) {
            words.push(word);
        }
    }
    let n = n as usize;
    let mut s: Vec<char> = Vec::with_capacity(n);
    // Append random words while they fit; a few misses in a row end the string.
    let mut misses = 0;
    while misses < 50 {
        let word = rng.pick(&words);
        if s.len() + word.len() <= n {
            s.extend(word.chars());
            misses = 0;
        } else {
            misses += 1;
        }
    }
    if s.is_empty() {
        return Err("no word is short enough for `n`".into());
    }
    for _ in 0..params.flip {
        let at = rng.index(s.len());
        s[at] = alphabet[rng.index(size as usize)];
    }
    rng.shuffle(&mut words);
    Ok(json!({ "s": s.into_iter().collect::<String>(), "wordDict": words }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn splits(s: &str, words: &[String]) -> bool {
        let mut ok = vec![false; s.len() + 1];
        ok[0] = true;
        for i in 1..=s.len() {
            ok[i] = words
                .iter()
                .any(|w| w.len() <= i && ok[i - w.len()] && s[i - w.len()..i] == **w);
        }
        ok[s.len()]
    }

    #[test]
    fn made_of_distinct_words_and_within_length() {
        for seed in 0..20 {
            let (s, words) = case(json!({"n": 300, "words": 1000}), seed);
            assert!(
                !s.is_empty() && s.len() <= 300 && s.len() > 280,
                "{}",
                s.len()
            );
            assert_eq!(words.len(), 1000);
            let set: HashSet<&String> = words.iter().collect();
            assert_eq!(set.len(), 1000);
            assert!(words.iter().all(|w| (1..=20).contains(&w.len())));
            assert!(splits(&s, &words));
        }
        let (s, words) = case(
            json!({"n": 100, "words": 6, "alphabet": "ab", "min_len": 2, "max_len": 3}),
            3,
        );
        assert!(s.chars().all(|c| c == 'a' || c == 'b'));
        assert!(splits(&s, &words));
    }

    #[test]
    fn flips_and_bad_parameters() {
        let (s, _) = case(json!({"n": 50, "words": 20, "flip": 5}), 1);
        assert!(s.len() <= 50);
        let p = |v: Value| generate(&params(v), &mut Rng::new(1));
        assert!(p(json!({"n": 10})).is_err());
        assert!(p(json!({"n": 10, "words": 50, "alphabet": "a", "max_len": 5})).is_err());
        assert!(p(json!({"n": 10, "words": 5, "min_len": 4, "max_len": 3})).is_err());
        assert!(p(json!({"n": 3, "words": 5, "min_len": 4, "max_len": 5})).is_err());
    }

    fn case(p: Value, seed: u64) -> (String, Vec<String>) {
        let v = made(p, seed);
        let words = strings(&v["wordDict"]);
        (v["s"].as_str().unwrap().to_string(), words)
    }
}
