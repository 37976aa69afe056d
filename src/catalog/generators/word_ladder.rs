//! `word_ladder`: a word-ladder case, `{"beginWord", "endWord", "wordList"}`, with a planted
//! ladder from the first word to the last.
//!
//! Parameters: `len` (letters per word, `1..=10`, required); `words` (the size of
//! `wordList`, `1..=5000`, required); `ladder` (the planted ladder's steps, `1..=words`,
//! default 1): a walk from `beginWord` that changes one letter a step, never the same
//! position twice in a row, and ends at `endWord`; `alphabet` (the first so many lowercase
//! letters are used, `2..=26`, default 26: a small alphabet makes the words' graph dense);
//! `filler`: `"random"` (the default: the other words are random) or `"near"` (each other
//! word is one letter away from a word already made, so the graph has big clusters);
//! `end`: `"present"` (the default) or `"missing"` (the ladder's last word is left out of
//! the list, so no ladder reaches `endWord` unless another route does); `begin_in_list`
//! (1: `beginWord` is one of the words; default 0). The list is shuffled; all its words
//! are distinct.

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// The words off the ladder: random, or one letter from a ladder word.
    Filler { Random = "random", Near = "near" }
);

choice!(
    /// Whether the end word is in the list.
    End { Present = "present", Missing = "missing" }
);

params! {
    size: Size::of(&["words"], 1).clamp(&["ladder"]),
    {
        len: i64, words: i64, ladder: i64 = 1, alphabet: i64 = 26,
        begin_in_list: Option<i64>, #[serde(default)] filler: Filler,
        #[serde(default)] end: End,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let len = params.len;
    let words = params.words;
    let ladder = params.ladder;
    let alphabet = params.alphabet;
    let begin_in_list = params.begin_in_list.unwrap_or(0) != 0;
    within("len", len, 1..=10)?;
    within("words", words, 1..=5000)?;
    within("ladder", ladder, 1..=words)?;
    within("alphabet", alphabet, 2..=26)?;
    let room = (alphabet as f64).powi(len as i32);
    if room < 2.0 * (words as f64 + 1.0) {
        return Err(format!(
            "{alphabet} letters make only {room} words of length {len}: too few for {words}"
        ));
    }
    let near = params.filler == Filler::Near;
    let missing = params.end == End::Missing;
    let (len, words, ladder, alphabet) = (
        len as usize,
        words as usize,
        ladder as usize,
        alphabet as u64,
    );
    let letter = |rng: &mut Rng| b'a' + rng.below(alphabet) as u8;

    let begin: Vec<u8> = (0..len).map(|_| letter(rng)).collect();
    let mut used: HashSet<Vec<u8>> = HashSet::from([begin.clone()]);
    let mut path: Vec<Vec<u8>> = Vec::with_capacity(ladder);
    let mut current = begin.clone();
    let mut last_position = usize::MAX;
    let mut tries = 0;
    while path.len() < ladder {
        tries += 1;
        if tries > 100 * (ladder + 10) {
            return Err("could not plant a ladder that long: try a larger alphabet".into());
        }
        let mut position = rng.index(len);
        if len > 1 && position == last_position {
            position = (position + 1 + rng.below(len as u64 - 1) as usize) % len;
        }
        let mut next = current.clone();
        let c = letter(rng);
        if c == next[position] {
            continue;
        }
        next[position] = c;
        if used.insert(next.clone()) {
            path.push(next.clone());
            current = next;
            last_position = position;
        }
    }
    let end = path.last().cloned().expect("ladder >= 1");
    let mut list: Vec<Vec<u8>> = if missing {
        path[..ladder - 1].to_vec()
    } else {
        path.clone()
    };
    if begin_in_list && list.len() < words {
        list.push(begin.clone());
    }
    while list.len() < words {
        let word: Vec<u8> = if near {
            let mut w = if list.is_empty() {
                begin.clone()
            } else {
                rng.pick(&list).clone()
            };
            let position = rng.index(len);
            w[position] = letter(rng);
            w
        } else {
            (0..len).map(|_| letter(rng)).collect()
        };
        if used.insert(word.clone()) {
            list.push(word);
        }
    }
    rng.shuffle(&mut list);
    let text = |w: &[u8]| String::from_utf8(w.to_vec()).expect("ascii");
    Ok(json!({
        "beginWord": text(&begin),
        "endWord": text(&end),
        "wordList": list.iter().map(|w| text(w)).collect::<Vec<_>>(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::{HashMap, VecDeque};

    /// Shortest ladder length (words counted), 0 when none.
    fn ladder(begin: &str, end: &str, list: &[String]) -> usize {
        let words: HashSet<&str> = list.iter().map(String::as_str).collect();
        let mut dist: HashMap<String, usize> = HashMap::from([(begin.to_string(), 1)]);
        let mut queue = VecDeque::from([begin.to_string()]);
        while let Some(w) = queue.pop_front() {
            let d = dist[&w];
            if w == end {
                return d;
            }
            let bytes = w.as_bytes();
            for i in 0..bytes.len() {
                for c in b'a'..=b'z' {
                    let mut next = bytes.to_vec();
                    next[i] = c;
                    let next = String::from_utf8(next).unwrap();
                    if words.contains(next.as_str()) && !dist.contains_key(&next) {
                        dist.insert(next.clone(), d + 1);
                        queue.push_back(next);
                    }
                }
            }
        }
        0
    }

    #[test]
    fn planted_ladders() {
        let (b, e, list) = case(json!({"len": 10, "words": 5000, "ladder": 300}), 1);
        assert_eq!(list.len(), 5000);
        assert_eq!(list.iter().collect::<HashSet<_>>().len(), 5000);
        assert!(list.iter().all(|w| w.len() == 10) && b.len() == 10);
        assert!(!list.contains(&b) && list.contains(&e));
        let steps = ladder(&b, &e, &list);
        assert!(steps > 100 && steps <= 301, "{steps}");
        let (b, e, list) = case(
            json!({"len": 6, "words": 3000, "ladder": 40, "alphabet": 5, "filler": "near",
                   "begin_in_list": 1}),
            2,
        );
        assert!(list.contains(&b));
        assert!(list
            .iter()
            .all(|w| w.bytes().all(|c| (b'a'..b'f').contains(&c))));
        assert!(ladder(&b, &e, &list) >= 2);
        let (b, e, list) = case(
            json!({"len": 8, "words": 100, "ladder": 30, "end": "missing"}),
            3,
        );
        assert!(!list.contains(&e) && b != e);
        assert_eq!(ladder(&b, &e, &list), 0);
        let (b, e, list) = case(json!({"len": 1, "words": 3, "ladder": 1}), 4);
        assert_eq!((b.len(), e.len(), list.len()), (1, 1, 3));
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        for bad in [
            json!({"len": 0, "words": 5}),
            json!({"len": 3, "words": 5001}),
            json!({"len": 3, "words": 5, "ladder": 6}),
            json!({"len": 2, "words": 5000}),
            json!({"len": 3, "words": 5, "filler": "far"}),
            json!({"len": 3, "words": 5, "alphabet": 1}),
        ] {
            assert!(generate(&params(bad.clone()), &mut rng).is_err(), "{bad}");
        }
    }

    fn case(p: Value, seed: u64) -> (String, String, Vec<String>) {
        let v = made(p, seed);
        (
            v["beginWord"].as_str().unwrap().to_string(),
            v["endWord"].as_str().unwrap().to_string(),
            serde_json::from_value(v["wordList"].clone()).unwrap(),
        )
    }
}
