//! `bracket_string`: a string of `()[]{}` for valid-parentheses.
//!
//! Parameters: `n` (length, 1 to 10 000), `valid` (1: a correctly nested string, `n` must be
//! even; 0: one that is not, default 1), `nested` (1: all openers first, then their closers,
//! nesting `n / 2` deep; 0: a random walk, default 0), `max_depth` (cap on the random walk's
//! depth, default `n / 2` and at least 1), `kinds` (how many bracket kinds the correct string
//! uses, 1 to 3, default 3).
//!
//! An invalid string is a valid one with a single flaw: for odd `n`, one extra random bracket
//! inserted into a valid string of length `n - 1`; for even `n`, one character replaced by a
//! different bracket. Either change always breaks validity (it unbalances the count of some
//! kind), so the answer is known to be false.

use super::common::{within};
use super::{RawParams, Rng, Size};
use serde_json::{json, Value};

const OPEN: &[u8; 3] = b"([{";
const CLOSE: &[u8; 3] = b")]}";
const ALL: &[u8; 6] = b"()[]{}";

params! {
    size: Size::n(2),
    resize: resize,
    {
        n: i64, valid: Option<i64>, nested: Option<i64>, kinds: i64 = 3, max_depth: Option<i64>,
    }
}

/// An even length, which a balanced string needs.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n & !1);
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let valid = params.valid.unwrap_or(1) != 0;
    let nested = params.nested.unwrap_or(0) != 0;
    let kinds = params.kinds;
    let max_depth = params.max_depth.unwrap_or((n / 2).max(1));
    within("n", n, 1..=10_000)?;
    if valid && n % 2 == 1 {
        return Err(format!("a valid string needs an even `n`, not {n}"));
    }
    within("kinds", kinds, 1..=3)?;
    if max_depth < 1 {
        return Err(format!("`max_depth` must be at least 1, not {max_depth}"));
    }
    let (n, kinds, max_depth) = (n as usize, kinds as u64, max_depth as usize);
    let m = n - n % 2;
    let mut out: Vec<u8> = Vec::with_capacity(n);
    let mut stack: Vec<usize> = Vec::with_capacity(m / 2);
    if nested {
        for _ in 0..m / 2 {
            let k = rng.below(kinds) as usize;
            out.push(OPEN[k]);
            stack.push(k);
        }
        while let Some(k) = stack.pop() {
            out.push(CLOSE[k]);
        }
    } else {
        for i in 0..m {
            let remaining = m - i;
            let can_open = stack.len() < max_depth && stack.len() + 2 <= remaining;
            if can_open && (stack.is_empty() || rng.chance(1, 2)) {
                let k = rng.below(kinds) as usize;
                out.push(OPEN[k]);
                stack.push(k);
            } else {
                // Cannot be empty here: with an even number of characters left and nothing
                // open, opening is always allowed.
                let k = stack.pop().ok_or("internal: closing with nothing open")?;
                out.push(CLOSE[k]);
            }
        }
    }
    if !valid {
        let pos = rng.index(n);
        if n % 2 == 1 {
            out.insert(pos, ALL[rng.below(6) as usize]);
        } else {
            let c = ALL.iter().position(|&b| b == out[pos]).unwrap_or(0);
            out[pos] = ALL[(c + 1 + rng.below(5) as usize) % 6];
        }
    }
    Ok(json!({ "s": String::from_utf8(out).map_err(|e| e.to_string())? }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn is_valid(s: &str) -> bool {
        let mut stack = Vec::new();
        for b in s.bytes() {
            match b {
                b'(' | b'[' | b'{' => stack.push(b),
                _ => {
                    let want = match b {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    if stack.pop() != Some(want) {
                        return false;
                    }
                }
            }
        }
        stack.is_empty()
    }

    #[test]
    fn valid_and_invalid_strings() {
        for seed in 0..20 {
            for (n, nested) in [(2, 0), (100, 0), (100, 1), (1000, 0)] {
                let s = make(json!({"n": n, "nested": nested}), seed);
                assert_eq!(s.len(), n);
                assert!(is_valid(&s), "{s}");
                let s = make(json!({"n": n, "valid": 0, "nested": nested}), seed);
                assert_eq!(s.len(), n);
                assert!(!is_valid(&s), "{s}");
            }
            let s = make(json!({"n": 999, "valid": 0}), seed);
            assert_eq!(s.len(), 999);
            assert!(!is_valid(&s));
            assert_eq!(make(json!({"n": 1, "valid": 0}), seed).len(), 1);
        }
    }

    #[test]
    fn depth_cap_and_kinds() {
        let s = make(json!({"n": 40, "max_depth": 1, "kinds": 1}), 5);
        assert_eq!(s, "()".repeat(20));
        let s = make(json!({"n": 10, "nested": 1, "kinds": 2}), 5);
        assert!(s[..5].bytes().all(|b| b == b'(' || b == b'['));
        assert!(is_valid(&s));
    }

    #[test]
    fn rejects_bad_parameters() {
        for bad in [
            json!({"n": 0}),
            json!({"n": 10_001}),
            json!({"n": 7}),
            json!({"n": 8, "kinds": 4}),
            json!({"n": 8, "max_depth": 0}),
        ] {
            assert!(generate(&params(bad), &mut Rng::new(1)).is_err());
        }
    }

    fn make(v: Value, seed: u64) -> String {
        made(v, seed)["s"].as_str().unwrap().to_string()
    }
}
