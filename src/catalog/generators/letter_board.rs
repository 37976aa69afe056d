//! `letter_board`: a board of letters under `"board"` (an array of rows of one-letter
//! strings, a `char[][]`) and a list of distinct words under `"words"`, as in word-search-ii.
//!
//! Parameters:
//! - `m`, `n`: the largest numbers of rows and columns (required, `1..=12`); `min_m`,
//!   `min_n`: when given, the sizes are drawn from `min_m..=m` and `min_n..=n`;
//! - `alphabet`: the letters of the board, as a string (default the 26 lower-case letters;
//!   repeat one to make it more likely);
//! - `words`: how many words (required, `1..=30000`); they are pairwise distinct, and the
//!   generator fails rather than loop when the lengths and alphabet allow too few;
//! - `min_len`, `max_len`: word lengths are uniform in `min_len..=max_len` (defaults 1, 10);
//! - `word_alphabet`: the letters of the words that are not planted (default `alphabet`);
//! - `head`, `head_alphabet`: the first `head` letters of a word that is not planted come
//!   from `head_alphabet` instead (defaults 0 and `alphabet`): many words then share a few
//!   beginnings, which a board of those letters spells along very many paths, and end in
//!   letters the board lacks, the worst case for searching the board once per word;
//! - `planted`: the percent chance (default 50) that a word is read off a random path of the
//!   board (a walk from a random cell to random unvisited neighbours, so it is on the board
//!   unless the walk got stuck before its length: then it is shorter, or redrawn when below
//!   `min_len`); other words are random strings over `word_alphabet`.

use super::common::{within, span};
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

/// The letters along a random self-avoiding walk of up to `len` cells.
fn walk(board: &[Vec<char>], len: usize, rng: &mut Rng) -> String {
    let (m, n) = (board.len(), board[0].len());
    let mut r = rng.index(m);
    let mut c = rng.index(n);
    let mut seen = vec![vec![false; n]; m];
    seen[r][c] = true;
    let mut word = String::from(board[r][c]);
    while word.chars().count() < len {
        let mut next = Vec::with_capacity(4);
        if r > 0 && !seen[r - 1][c] {
            next.push((r - 1, c));
        }
        if r + 1 < m && !seen[r + 1][c] {
            next.push((r + 1, c));
        }
        if c > 0 && !seen[r][c - 1] {
            next.push((r, c - 1));
        }
        if c + 1 < n && !seen[r][c + 1] {
            next.push((r, c + 1));
        }
        if next.is_empty() {
            break;
        }
        (r, c) = *rng.pick(&next);
        seen[r][c] = true;
        word.push(board[r][c]);
    }
    word
}

/// An n-by-n board with at most 8 words a cell: 30000 words beside a one-cell board would
/// keep every small input large.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    lower(raw, "words", 8 * n * n);
}

fn letters(value: Option<&str>, key: &str, default: &str) -> Result<Vec<char>, String> {
    let s: Vec<char> = value.unwrap_or(default).chars().collect();
    if s.is_empty() || !s.iter().all(char::is_ascii_lowercase) {
        return Err(format!("`{key}` must be non-empty lower-case letters"));
    }
    Ok(s)
}

params! {
    size: Size::of(&["m", "n"], 1).clear(&["min_m", "min_n"]).max(12),
    resize: resize,
    {
        alphabet: Option<String>, word_alphabet: Option<String>, head_alphabet: Option<String>,
        m: i64, n: i64, min_m: Option<i64>, min_n: Option<i64>, words: i64, min_len: i64 = 1,
        max_len: i64 = 10, planted: i64 = 50, head: i64 = 0,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let max_m = params.m;
    let max_n = params.n;
    let min_m = params.min_m.unwrap_or(max_m);
    let min_n = params.min_n.unwrap_or(max_n);
    span(("min_m", "m"), min_m, max_m, 1..=12)?;
    span(("min_n", "n"), min_n, max_n, 1..=12)?;
    let count = params.words;
    within("words", count, 1..=30_000)?;
    let min_len = params.min_len;
    let max_len = params.max_len;
    span(("min_len", "max_len"), min_len, max_len, 1..=10)?;
    let planted = params.planted;
    within("planted", planted, 0..=100)?;
    let alphabet = letters(params.alphabet.as_deref(), "alphabet", "abcdefghijklmnopqrstuvwxyz")?;
    let default_words: String = alphabet.iter().collect();
    let word_alphabet = letters(params.word_alphabet.as_deref(), "word_alphabet", &default_words)?;
    let head_alphabet = letters(params.head_alphabet.as_deref(), "head_alphabet", &default_words)?;
    let head = params.head;
    within("head", head, 0..=10)?;
    let head = head as usize;
    let m = rng.range(min_m, max_m) as usize;
    let n = rng.range(min_n, max_n) as usize;
    let board: Vec<Vec<char>> = (0..m)
        .map(|_| (0..n).map(|_| *rng.pick(&alphabet)).collect())
        .collect();
    let count = count as usize;
    let mut seen: HashSet<String> = HashSet::with_capacity(count);
    let mut words: Vec<String> = Vec::with_capacity(count);
    let mut tries = 0usize;
    while words.len() < count {
        tries += 1;
        if tries > 200 * count + 10_000 {
            return Err(format!(
                "could not draw {count} distinct words with these lengths and letters"
            ));
        }
        let len = rng.range(min_len, max_len) as usize;
        let word = if rng.chance(planted as u64, 100) {
            walk(&board, len, rng)
        } else {
            (0..len)
                .map(|i| {
                    if i < head {
                        *rng.pick(&head_alphabet)
                    } else {
                        *rng.pick(&word_alphabet)
                    }
                })
                .collect()
        };
        if word.len() >= min_len as usize && seen.insert(word.clone()) {
            words.push(word);
        }
    }
    let rows: Vec<Vec<String>> = board
        .iter()
        .map(|row| row.iter().map(|c| c.to_string()).collect())
        .collect();
    Ok(json!({ "board": rows, "words": words }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn sizes_letters_and_distinct_words() {
        let (board, words) = case(json!({"m": 12, "n": 12, "words": 30000}), 1);
        assert_eq!((board.len(), board[0].len()), (12, 12));
        assert_eq!(words.len(), 30000);
        let set: HashSet<&String> = words.iter().collect();
        assert_eq!(set.len(), 30000);
        assert!(words.iter().all(|w| (1..=10).contains(&w.len())));
        let (board, words) = case(
            json!({"m": 4, "min_m": 1, "n": 4, "min_n": 1, "alphabet": "ab", "word_alphabet": "c", "words": 5, "min_len": 2, "max_len": 3}),
            2,
        );
        assert!(board.len() <= 4 && board.iter().all(|r| r.iter().all(|c| "ab".contains(*c))));
        assert!(words.iter().all(|w| (2..=3).contains(&w.len())));
    }

    #[test]
    fn planted_words_lie_on_the_board() {
        let (board, words) = case(
            json!({"m": 3, "n": 5, "words": 20, "planted": 100, "min_len": 4}),
            3,
        );
        let cells: HashSet<char> = board.iter().flatten().copied().collect();
        assert!(words
            .iter()
            .all(|w| w.len() >= 4 && w.chars().all(|c| cells.contains(&c))));
        let (_, words) = case(
            json!({"m": 2, "n": 2, "alphabet": "a", "words": 50, "min_len": 5, "max_len": 5, "planted": 0, "head": 3, "head_alphabet": "ab", "word_alphabet": "xyz"}),
            4,
        );
        assert!(words
            .iter()
            .all(|w| w[..3].chars().all(|c| "ab".contains(c))));
        assert!(words
            .iter()
            .all(|w| w[3..].chars().all(|c| "xyz".contains(c))));
        // Too few distinct words possible: an error, not an endless loop.
        let p = params(json!({"m": 2, "n": 2, "alphabet": "a", "words": 3, "max_len": 2}));
        assert!(generate(&p, &mut Rng::new(0)).is_err());
    }

    fn case(p: Value, seed: u64) -> (Vec<Vec<char>>, Vec<String>) {
        let v = made(p, seed);
        let board = super::super::testing::grid_of(&v["board"], |c| {
            c.as_str().unwrap().chars().next().unwrap()
        });
        let words = strings(&v["words"]);
        (board, words)
    }
}
