//! `anagram_pair`: two lowercase strings of the same length `n` for valid-anagram.
//!
//! Parameters: `n` (1 to 50 000), `letters` (alphabet size from `a`, 1 to 26, default 26),
//! `anagram` (1: `t` is a rearrangement of `s`; 0: one letter of that rearrangement is then
//! changed to a different one, so the answer is false; default 1), `sorted` (1: `s` in
//! ascending order and `t` descending, the worst case for removing letters one by one from the
//! front; 0: `t` is a random shuffle; default 0).

use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

params! {
    size: Size::n(1),
    {
        n: i64, letters: i64 = 26, anagram: i64 = 1, sorted: i64 = 0,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let letters = params.letters;
    within("n", n, 1..=50_000)?;
    within("letters", letters, 1..=26)?;
    if params.anagram == 0 && letters < 2 {
        return Err("`anagram: 0` needs `letters` >= 2".to_string());
    }
    let letters = letters as u64;
    let mut s: Vec<u8> = (0..n).map(|_| rng.below(letters) as u8).collect();
    let mut t: Vec<u8>;
    if params.sorted != 0 {
        s.sort_unstable();
        t = s.iter().rev().copied().collect();
    } else {
        t = s.clone();
        rng.shuffle(&mut t);
    }
    if params.anagram == 0 {
        let pos = rng.index(t.len());
        let shift = 1 + rng.below(letters - 1);
        t[pos] = ((u64::from(t[pos]) + shift) % letters) as u8;
    }
    let text = |v: &[u8]| v.iter().map(|&c| char::from(b'a' + c)).collect::<String>();
    Ok(json!({"s": text(&s), "t": text(&t)}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn letter_counts(s: &str) -> [usize; 26] {
        let mut counts = [0; 26];
        for b in s.bytes() {
            counts[usize::from(b - b'a')] += 1;
        }
        counts
    }

    #[test]
    fn anagrams_and_near_misses() {
        for (anagram, sorted) in [(1, 0), (0, 0), (1, 1), (0, 1)] {
            let p = params(json!({"n": 1000, "anagram": anagram, "sorted": sorted}));
            let case = generate(&p, &mut Rng::new(3)).unwrap();
            let (s, t) = (case["s"].as_str().unwrap(), case["t"].as_str().unwrap());
            assert_eq!((s.len(), t.len()), (1000, 1000));
            assert!(s.bytes().chain(t.bytes()).all(|b| b.is_ascii_lowercase()));
            assert_eq!(letter_counts(s) == letter_counts(t), anagram == 1);
        }
    }

    #[test]
    fn sorted_is_ascending_then_descending() {
        let p = params(json!({"n": 300, "sorted": 1}));
        let case = generate(&p, &mut Rng::new(1)).unwrap();
        let s = case["s"].as_str().unwrap().as_bytes();
        assert!(s.windows(2).all(|w| w[0] <= w[1]));
        let t: Vec<u8> = case["t"].as_str().unwrap().bytes().rev().collect();
        assert_eq!(s, t.as_slice());
    }

    #[test]
    fn rejects_bad_parameters() {
        assert!(generate(&params(json!({"n": 0})), &mut Rng::new(1)).is_err());
        assert!(generate(&params(json!({"n": 50_001})), &mut Rng::new(1)).is_err());
        let one_letter_miss = params(json!({"n": 5, "letters": 1, "anagram": 0}));
        assert!(generate(&one_letter_miss, &mut Rng::new(1)).is_err());
    }
}
