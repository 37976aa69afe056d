//! `covering_window`: `{"s", "t"}` of English letters where the shortest substring of `s`
//! holding every character of `t` (with its multiplicity) is unique, or does not exist, as in
//! minimum-window-substring.
//!
//! `t` is drawn first. One of its letters, the key, appears in `s` only inside a planted
//! block: a shuffled copy of `t` with `spread` filler characters mixed in. Every other
//! character of `s` is filler: a letter of `t` other than the key with probability `decoy`
//! percent (a decoy), else a letter not in `t`. Every window covering `t` therefore meets the
//! block; the case is redrawn (up to 200 times) until the shortest covering window is unique.
//!
//! Parameters:
//! - `s_len`, `t_len`: the lengths (required, `1..=100_000`); `min_s_len`, `min_t_len`: when
//!   given, each length is drawn from `min..=max`;
//! - `letters`: the alphabet, the first `letters` of `a..z` then `A..Z` (2 to 52, default 52);
//!   `t_letters`: `t` uses the first `t_letters` of them (1 to `letters`, default `letters`);
//! - `spread`: filler characters inside the block (default 0); `decoy`: percent, 0 to 100
//!   (default 50);
//! - `place`: `"random"` (the default), `"start"` or `"end"` (the block at the very end of `s`
//!   makes every start of `s` scan to it, the worst case for growing a window from each start);
//! - `found`: 1 (the default) or 0: one key letter of the block is replaced by filler, so `s`
//!   holds one key letter too few and the answer is `""`. When `t` is longer than `s` (possible
//!   only with `found: 0`), `s` is all filler.

use super::common::Place;
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};

const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The number of shortest windows of `s` covering `t` (0 when none covers it).
pub fn shortest_windows(s: &[u8], t: &[u8]) -> usize {
    let mut need = [0i64; 128];
    for &c in t {
        need[usize::from(c)] += 1;
    }
    let mut missing = t.len();
    let mut left = 0;
    let mut best = usize::MAX;
    let mut count = 0;
    for (right, &c) in s.iter().enumerate() {
        let c = usize::from(c);
        if need[c] > 0 {
            missing -= 1;
        }
        need[c] -= 1;
        if missing > 0 {
            continue;
        }
        // Drop surplus characters: the shortest covering window ending at `right`.
        while need[usize::from(s[left])] < 0 {
            need[usize::from(s[left])] += 1;
            left += 1;
        }
        let len = right - left + 1;
        if len < best {
            best = len;
            count = 1;
        } else if len == best {
            count += 1;
        }
    }
    count
}

params! {
    size: Size::of(&["s_len"], 1).clear(&["min_s_len"]),
    resize: resize,
    {
        s_len: i64, min_s_len: Option<i64>, t_len: i64, min_t_len: Option<i64>,
        letters: i64 = 52, t_letters: Option<i64>, spread: i64 = 0, decoy: i64 = 50,
        found: i64 = 1, #[serde(default)] place: Place,
    }
}

/// A block (`t` and its filler) that fits in `s`.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    lower(raw, "spread", n / 2);
    let spread = raw.get("spread").and_then(Value::as_u64).unwrap_or(0);
    lower(raw, "t_len", n - spread);
    lower(raw, "min_t_len", n - spread);
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let s_max = params.s_len;
    let s_min = params.min_s_len.unwrap_or(s_max);
    let t_max = params.t_len;
    let t_min = params.min_t_len.unwrap_or(t_max);
    let t_letters = params.t_letters.unwrap_or(params.letters);
    let spread = params.spread;
    for (name, lo, hi) in [("s_len", s_min, s_max), ("t_len", t_min, t_max)] {
        if !(1..=100_000).contains(&hi) || !(1..=hi).contains(&lo) {
            return Err(format!("need 1 <= `min_{name}` <= `{name}` <= 100000"));
        }
    }
    if !(2..=52).contains(&params.letters) || !(1..=params.letters).contains(&t_letters) {
        return Err("need 2 <= `letters` <= 52 and 1 <= `t_letters` <= `letters`".to_string());
    }
    if spread < 0 || !(0..=100).contains(&params.decoy) || (params.found != 0 && params.found != 1) {
        return Err("need `spread` >= 0, `decoy` in 0..=100 and `found` 0 or 1".to_string());
    }
    if params.found == 1 && t_max + spread > s_min {
        return Err("`found: 1` needs `t_len + spread <= min_s_len`".to_string());
    }
    let alphabet = &ALPHABET[..params.letters as usize];
    let spread = spread as usize;
    for _ in 0..200 {
        let s_len = rng.range(s_min, s_max) as usize;
        let t_len = rng.range(t_min, t_max) as usize;
        let t: Vec<u8> = (0..t_len)
            .map(|_| alphabet[rng.index(t_letters as usize)])
            .collect();
        let key = t[rng.index(t_len)];
        let mut decoys: Vec<u8> = t.iter().copied().filter(|&c| c != key).collect();
        decoys.sort_unstable();
        decoys.dedup();
        let others: Vec<u8> = alphabet
            .iter()
            .copied()
            .filter(|c| !t.contains(c))
            .collect();
        let others = if others.is_empty() {
            alphabet.iter().copied().filter(|&c| c != key).collect()
        } else {
            others
        };
        let filler = |rng: &mut Rng| {
            if !decoys.is_empty() && rng.chance(params.decoy as u64, 100) {
                *rng.pick(&decoys)
            } else {
                *rng.pick(&others)
            }
        };
        let mut s: Vec<u8> = (0..s_len).map(|_| filler(rng)).collect();
        if t_len + spread <= s_len {
            let mut block = t.clone();
            if params.found == 0 {
                let i = block.iter().position(|&c| c == key).unwrap_or(0);
                block[i] = filler(rng);
            }
            block.extend((0..spread).map(|_| filler(rng)));
            rng.shuffle(&mut block);
            let room = s_len - block.len();
            let at = params.place.at(room, rng);
            s[at..at + block.len()].copy_from_slice(&block);
        }
        let windows = shortest_windows(&s, &t);
        if (params.found == 1 && windows == 1) || (params.found == 0 && windows == 0) {
            let text = |v: &[u8]| String::from_utf8(v.to_vec()).unwrap_or_default();
            return Ok(json!({"s": text(&s), "t": text(&t)}));
        }
    }
    Err("could not draw a case with a unique shortest window in 200 tries".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Every shortest covering window, by brute force.
    fn brute(s: &[u8], t: &[u8]) -> Vec<(usize, usize)> {
        let mut need = [0i64; 128];
        for &c in t {
            need[usize::from(c)] += 1;
        }
        let mut all = Vec::new();
        for i in 0..s.len() {
            for j in i..s.len() {
                let mut have = [0i64; 128];
                for &c in &s[i..=j] {
                    have[usize::from(c)] += 1;
                }
                if (0..128).all(|c| have[c] >= need[c]) {
                    all.push((i, j));
                    break;
                }
            }
        }
        let best = all.iter().map(|(i, j)| j - i).min();
        all.into_iter()
            .filter(|(i, j)| Some(j - i) == best)
            .collect()
    }

    #[test]
    fn unique_window_or_none_by_brute_force() {
        for seed in 0..60 {
            let p = json!({"s_len": 40, "min_s_len": 8, "t_len": 5, "min_t_len": 1,
                           "letters": 5, "spread": 2, "decoy": 70});
            let c = generate(&params(p), &mut Rng::new(seed)).unwrap();
            let (s, t) = (c["s"].as_str().unwrap(), c["t"].as_str().unwrap());
            assert_eq!(brute(s.as_bytes(), t.as_bytes()).len(), 1, "{s} {t}");
            let p = json!({"s_len": 30, "min_s_len": 1, "t_len": 6, "min_t_len": 1,
                           "letters": 4, "found": 0});
            let c = generate(&params(p), &mut Rng::new(seed)).unwrap();
            let (s, t) = (c["s"].as_str().unwrap(), c["t"].as_str().unwrap());
            assert!(brute(s.as_bytes(), t.as_bytes()).is_empty(), "{s} {t}");
        }
    }

    #[test]
    fn large_block_at_end() {
        let p = json!({"s_len": 100000, "t_len": 20, "place": "end"});
        let c = generate(&params(p), &mut Rng::new(1)).unwrap();
        let (s, t) = (c["s"].as_str().unwrap(), c["t"].as_str().unwrap());
        assert_eq!((s.len(), t.len()), (100000, 20));
        assert!(s.bytes().chain(t.bytes()).all(|b| b.is_ascii_alphabetic()));
        assert_eq!(shortest_windows(s.as_bytes(), t.as_bytes()), 1);
    }

    #[test]
    fn rejects_bad_parameters() {
        assert!(generate(&params(json!({"s_len": 5})), &mut Rng::new(1)).is_err());
        assert!(generate(&params(json!({"s_len": 5, "t_len": 6})), &mut Rng::new(1)).is_err());
        assert!(generate(
            &params(json!({"s_len": 5, "t_len": 2, "letters": 1})),
            &mut Rng::new(1)
        )
        .is_err());
        assert!(generate(
            &params(json!({"s_len": 5, "t_len": 2, "place": "mid"})),
            &mut Rng::new(1)
        )
        .is_err());
    }
}
