//! `alien_words`: a list of lowercase words under the key `"words"`, sorted by a hidden order
//! of the letters they use, as in alien-dictionary.
//!
//! `letters` letters are chosen at random and put in a random order. Each word either starts
//! with a prefix of an earlier word (half the time, so that neighbours in the sorted list share
//! prefixes and the order is revealed letter by letter) or not, and is then filled up with
//! random letters to a length drawn from `min_len..=max_len`. The words are sorted by the
//! hidden order (a word before its longer extensions).
//!
//! Parameters: `n` (words, required, `1..=1000`); `letters` (`1..=26`, default 26); `min_len`,
//! `max_len` (default 1 and 100); `invalid`: `"none"` (the default) or `"prefix"` (a word with
//! at least two letters is followed at once by a proper prefix of itself, so no order fits).

use super::common::choice;
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// Whether the order is broken, and how.
    Invalid { None = "none", Prefix = "prefix" }
);

params! {
    size: Size::n(1),
    {
        n: i64, letters: i64 = 26, min_len: i64 = 1, max_len: i64 = 100,
        #[serde(default)] invalid: Invalid,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    if !(1..=1000).contains(&n) || !(1..=26).contains(&params.letters) {
        return Err("need 1 <= `n` <= 1000 and 1 <= `letters` <= 26".to_string());
    }
    if params.min_len < 1 || params.min_len > params.max_len {
        return Err("need 1 <= `min_len` <= `max_len`".to_string());
    }
    let mut alphabet: Vec<u8> = (b'a'..=b'z').collect();
    rng.shuffle(&mut alphabet);
    alphabet.truncate(params.letters as usize);
    let mut rank = [0usize; 26];
    for (i, &c) in alphabet.iter().enumerate() {
        rank[(c - b'a') as usize] = i;
    }
    let mut words: Vec<Vec<u8>> = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let len = rng.range(params.min_len, params.max_len) as usize;
        let mut w: Vec<u8> = Vec::with_capacity(len);
        if !words.is_empty() && rng.chance(1, 2) {
            let from = &words[rng.index(words.len())];
            let keep = rng.below(from.len().min(len) as u64 + 1) as usize;
            w.extend_from_slice(&from[..keep]);
        }
        while w.len() < len {
            w.push(*rng.pick(&alphabet));
        }
        words.push(w);
    }
    words.sort_by_key(|w| {
        w.iter()
            .map(|&c| rank[(c - b'a') as usize])
            .collect::<Vec<_>>()
    });
    match params.invalid {
        Invalid::None => {}
        Invalid::Prefix => {
            let long: Vec<usize> = (0..words.len()).filter(|&i| words[i].len() >= 2).collect();
            if long.is_empty() {
                return Err("`prefix` needs a word of at least two letters".to_string());
            }
            let i = *rng.pick(&long);
            let cut = rng.range(1, words[i].len() as i64 - 1) as usize;
            let prefix = words[i][..cut].to_vec();
            words.insert(i + 1, prefix);
        }
    }
    let words: Vec<String> = words
        .into_iter()
        .map(|w| String::from_utf8(w).expect("ascii"))
        .collect();
    Ok(json!({ "words": words }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn words_use_the_chosen_letters_and_lengths() {
        let w = words(
            json!({"n": 100, "letters": 5, "min_len": 2, "max_len": 9}),
            1,
        );
        assert_eq!(w.len(), 100);
        let used: std::collections::HashSet<char> = w.iter().flat_map(|s| s.chars()).collect();
        assert!(used.len() <= 5);
        assert!(w.iter().all(|s| (2..=9).contains(&s.len())));
        // Sorted: no word is followed by a proper prefix of itself.
        assert!(w
            .windows(2)
            .all(|p| !(p[0].starts_with(&p[1]) && p[0] != p[1])));
    }

    #[test]
    fn prefix_makes_the_list_impossible() {
        let w = words(
            json!({"n": 50, "letters": 4, "max_len": 6, "invalid": "prefix"}),
            2,
        );
        assert_eq!(w.len(), 51);
        assert!(w
            .windows(2)
            .any(|p| p[0].starts_with(&p[1]) && p[0].len() > p[1].len()));
    }

    fn words(p: Value, seed: u64) -> Vec<String> {
        serde_json::from_value(made(p, seed)["words"].clone()).unwrap()
    }
}
