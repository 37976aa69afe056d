//! `palindrome_string`: a string of printable ASCII whose letters and digits, read with case
//! ignored, form a palindrome (or miss being one by a single character), as in valid-palindrome.
//!
//! Parameters: `n` (length, 1 to 200 000); `noise` (the chance in percent, 0 to 100, that a
//! position holds a space or punctuation mark rather than a letter or digit, default 30);
//! `upper` (the chance in percent that a letter is upper case, default 50); `palindrome` (1:
//! the letters and digits read the same both ways; 0: one of them is then changed to another
//! letter or digit, ignoring case, so the answer is false; default 1); `flaw`: where that
//! change goes, `"random"` (the default: any mirrored pair) or `"middle"` (the innermost pair,
//! the last one a two-pointer scan compares). The noise sits at random positions, so the
//! letters and digits are not mirrored position by position in the raw string.

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

/// Letters (lower case here) and digits.
const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// Every printable ASCII character that is neither a letter nor a digit (space included).
fn noise_chars() -> Vec<u8> {
    (32u8..127).filter(|c| !c.is_ascii_alphanumeric()).collect()
}

choice!(
    /// Where the one mismatch of a non-palindrome is.
    Flaw { Random = "random", Middle = "middle" }
);

params! {
    size: Size::n(4),
    {
        n: i64, noise: i64 = 30, upper: i64 = 50, palindrome: i64 = 1,
        #[serde(default)] flaw: Flaw,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let noise = params.noise;
    let upper = params.upper;
    let palindrome = params.palindrome;
    let middle = params.flaw == Flaw::Middle;
    within("n", n, 1..=200_000)?;
    if !(0..=100).contains(&noise) || !(0..=100).contains(&upper) {
        return Err(format!(
            "`noise` and `upper` must be percentages, not {noise} and {upper}"
        ));
    }
    within("palindrome", palindrome, 0..=1)?;
    let noise_set = noise_chars();
    let is_noise: Vec<bool> = (0..n).map(|_| rng.chance(noise as u64, 100)).collect();
    let k = is_noise.iter().filter(|x| !**x).count();
    // The letters and digits in order, lower case: a palindrome of length k.
    let mut core = vec![0u8; k];
    for i in 0..k.div_ceil(2) {
        let c = *rng.pick(ALNUM);
        core[i] = c;
        core[k - 1 - i] = c;
    }
    if palindrome == 0 {
        if k < 2 {
            return Err("too few letters and digits to break the palindrome: lower `noise`".into());
        }
        let i = if middle {
            k / 2 - 1
        } else {
            rng.below((k / 2) as u64) as usize
        };
        let j = k - 1 - i;
        let mut c = *rng.pick(ALNUM);
        while c == core[i] {
            c = *rng.pick(ALNUM);
        }
        core[j] = c;
    }
    let mut letters = core.into_iter();
    let s: String = is_noise
        .iter()
        .map(|&noisy| {
            if noisy {
                *rng.pick(&noise_set) as char
            } else {
                let c = letters.next().unwrap_or(b'a');
                if c.is_ascii_alphabetic() && rng.chance(upper as u64, 100) {
                    c.to_ascii_uppercase() as char
                } else {
                    c as char
                }
            }
        })
        .collect();
    Ok(json!({ "s": s }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn is_palindrome(s: &str) -> bool {
        let kept: Vec<u8> = s
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        kept.iter().eq(kept.iter().rev())
    }

    #[test]
    fn palindromes_and_near_misses() {
        for seed in 0..100 {
            let s = case(json!({"n": 300}), seed);
            assert_eq!(s.len(), 300);
            assert!(s.bytes().all(|c| (32..127).contains(&c)));
            assert!(is_palindrome(&s), "seed {seed}: {s}");
            let s = case(json!({"n": 301, "palindrome": 0, "noise": 60}), seed);
            assert!(!is_palindrome(&s), "seed {seed}: {s}");
            let s = case(json!({"n": 50, "palindrome": 0, "flaw": "middle"}), seed);
            assert!(!is_palindrome(&s), "seed {seed}: {s}");
        }
    }

    #[test]
    fn extremes() {
        let s = case(json!({"n": 200_000, "noise": 0, "upper": 100}), 1);
        assert!(s
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
        assert!(is_palindrome(&s));
        let s = case(json!({"n": 1000, "noise": 100}), 2);
        assert!(s.bytes().all(|c| !c.is_ascii_alphanumeric()));
        assert_eq!(case(json!({"n": 1, "noise": 0}), 3).len(), 1);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        for p in [
            json!({}),
            json!({"n": 0}),
            json!({"n": 200_001}),
            json!({"n": 5, "noise": 101}),
            json!({"n": 5, "palindrome": 2}),
            json!({"n": 5, "flaw": "end"}),
            json!({"n": 1, "palindrome": 0}),
        ] {
            assert!(generate(&params(p), &mut rng).is_err());
        }
    }

    fn case(p: Value, seed: u64) -> String {
        made(p, seed)["s"].as_str().unwrap().to_string()
    }
}
