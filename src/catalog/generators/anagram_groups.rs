//! `anagram_groups`: a list of lowercase strings drawn from a chosen number of anagram classes,
//! for group-anagrams.
//!
//! Parameters: `n` (strings, 1 to 10 000), `groups` (classes, 1 to `n`; each class is used at
//! least once, so with `groups == n` and long strings every string is alone in its group, the
//! worst case for comparing strings pairwise), `min_len` and `max_len` (the length of each
//! class, 0 to 100, defaults 0 and 100), `letters` (alphabet size from `a`, 1 to 26, default
//! 26). Each string is a random rearrangement of its class; the list is shuffled. Two classes
//! may happen to have the same letters (likely with a small alphabet), which only merges them.

use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

params! {
    size: Size::n(1).clamp(&["groups"]),
    {
        n: i64, groups: i64, min_len: i64 = 0, max_len: i64 = 100, letters: i64 = 26,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let groups = params.groups;
    let min_len = params.min_len;
    let max_len = params.max_len;
    let letters = params.letters;
    within("n", n, 1..=10_000)?;
    within("groups", groups, 1..=n)?;
    if !(0 <= min_len && min_len <= max_len && max_len <= 100) {
        return Err(format!(
            "need 0 <= min_len <= max_len <= 100, not {min_len}, {max_len}"
        ));
    }
    within("letters", letters, 1..=26)?;
    let letters = letters as u64;
    let bases: Vec<Vec<u8>> = (0..groups)
        .map(|_| {
            let len = rng.range(min_len, max_len);
            (0..len).map(|_| b'a' + rng.below(letters) as u8).collect()
        })
        .collect();
    let mut strs: Vec<String> = (0..n)
        .map(|i| {
            let class = if i < groups {
                i as usize
            } else {
                rng.index(groups as usize)
            };
            let mut word = bases[class].clone();
            rng.shuffle(&mut word);
            word.into_iter().map(char::from).collect()
        })
        .collect();
    rng.shuffle(&mut strs);
    Ok(json!({ "strs": strs }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::HashSet;

    fn key(s: &str) -> Vec<u8> {
        let mut b = s.as_bytes().to_vec();
        b.sort_unstable();
        b
    }

    #[test]
    fn every_class_is_used_and_strings_fit() {
        let p = params(json!({"n": 500, "groups": 40, "min_len": 3, "max_len": 9}));
        let case = generate(&p, &mut Rng::new(11)).unwrap();
        let strs = case["strs"].as_array().unwrap();
        assert_eq!(strs.len(), 500);
        let mut keys = HashSet::new();
        for s in strs {
            let s = s.as_str().unwrap();
            assert!((3..=9).contains(&s.len()));
            assert!(s.bytes().all(|b| b.is_ascii_lowercase()));
            keys.insert(key(s));
        }
        // Random classes of 3+ letters over 26 almost never coincide; with this seed none do.
        assert_eq!(keys.len(), 40);
    }

    #[test]
    fn small_alphabet_and_empty_strings() {
        let p = params(json!({"n": 50, "groups": 50, "max_len": 2, "letters": 1}));
        let case = generate(&p, &mut Rng::new(2)).unwrap();
        for s in case["strs"].as_array().unwrap() {
            let s = s.as_str().unwrap();
            assert!(s.len() <= 2 && s.bytes().all(|b| b == b'a'));
        }
    }

    #[test]
    fn rejects_bad_parameters() {
        for bad in [
            json!({"n": 0, "groups": 1}),
            json!({"n": 10_001, "groups": 1}),
            json!({"n": 5, "groups": 6}),
            json!({"n": 5, "groups": 2, "max_len": 101}),
            json!({"n": 5, "groups": 2, "min_len": 4, "max_len": 3}),
            json!({"n": 5, "groups": 2, "letters": 27}),
        ] {
            assert!(generate(&params(bad), &mut Rng::new(1)).is_err());
        }
    }
}
