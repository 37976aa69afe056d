//! `word_set_ops`: a `{"ops", "args"}` run of a class that stores words and answers queries
//! about them (implement-trie-prefix-tree's `Trie`, design-add-and-search-words'
//! `WordDictionary`). The constructor takes no argument; every other call takes one string.
//!
//! Parameters:
//! - `n`: the number of calls after the constructor (required, `1..=1_000_000`);
//! - `class`: the constructor's name (required); `add`: the method that stores a word
//!   (default `"insert"`); `queries`: the query methods, each query picking one uniformly
//!   (default `["search"]`);
//! - `min_len`, `max_len`: word lengths are uniform in `min_len..=max_len` (defaults 1, 10);
//! - `alphabet`: the characters words are drawn from (default the 26 lower-case letters;
//!   repeat one to make it more likely, so that words share long prefixes);
//! - `pattern`: `"random"` (the default: each call stores a word with `add_share` percent
//!   chance, default 50, else queries) or `"adds-then-queries"` (`adds` stores first,
//!   default `n / 2`, then queries only); a query before any word is stored is random;
//! - `hit`: the percent chance (default 50) that a query is made from a stored word: the
//!   whole word or, half of the time, a prefix of it of uniform length (other queries are
//!   fresh random words);
//! - `wildcards`: each query then has `0..=wildcards` of its positions (uniform count,
//!   distinct positions) replaced by `'.'` (default 0).

use super::common::Calls;
use super::common::{within};
use super::common::Script;
use super::{Rng, Size};
use serde_json::{json, Value};

fn word(min_len: i64, max_len: i64, alphabet: &[char], rng: &mut Rng) -> Vec<char> {
    let len = rng.range(min_len, max_len);
    (0..len).map(|_| *rng.pick(alphabet)).collect()
}

params! {
    size: Size::n(1).clamp(&["adds"]),
    {
        class: String, add: String = "insert".into(), alphabet: Option<String>, #[serde(default)] pattern: Calls,
        n: i64, queries: Option<Vec<String>>, min_len: i64 = 1, max_len: i64 = 10,
        add_share: i64 = 50, adds: Option<i64>, hit: i64 = 50, wildcards: i64 = 0,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let class = params.class.as_str();
    let add = params.add.as_str();
    let queries: Vec<&str> = match params.queries.as_ref() {
        None => vec!["search"],
        Some(v) => v.iter().map(String::as_str).collect(),
    };
    let min_len = params.min_len;
    let max_len = params.max_len;
    let alphabet: Vec<char> = params
        .alphabet
        .as_deref()
        .unwrap_or("abcdefghijklmnopqrstuvwxyz")
        .chars()
        .collect();
    let adds = params.adds.unwrap_or(n / 2);
    within("n", n, 1..=1_000_000)?;
    if queries.is_empty() {
        return Err("`queries` must name at least one method".to_string());
    }
    if min_len < 1 || min_len > max_len || max_len > 100_000 {
        return Err(format!(
            "need 1 <= min_len ({min_len}) <= max_len ({max_len}) <= 100000"
        ));
    }
    if alphabet.is_empty() {
        return Err("`alphabet` must not be empty".to_string());
    }
    if !(0..=100).contains(&params.add_share) || !(0..=100).contains(&params.hit) {
        return Err("`add_share` and `hit` are percentages".to_string());
    }
    if !(0..=n).contains(&adds) || params.wildcards < 0 {
        return Err(format!(
            "`adds` ({adds}) must be in 0..=n and `wildcards` >= 0"
        ));
    }
    let mut stored: Vec<Vec<char>> = Vec::new();
    let mut calls = Script::new(class, json!([]));
    for i in 0..n {
        let is_add = match params.pattern {
            Calls::Random => rng.chance(params.add_share as u64, 100),
            Calls::AddsThenQueries => i < adds,
        };
        if is_add {
            let w = word(min_len, max_len, &alphabet, rng);
            calls.call(add, json!([w.iter().collect::<String>()]));
            stored.push(w);
            continue;
        }
        let method = *rng.pick(&queries);
        let mut q = if !stored.is_empty() && rng.chance(params.hit as u64, 100) {
            let w = rng.pick(&stored).clone();
            if rng.chance(1, 2) {
                w
            } else {
                let len = rng.range(1, w.len() as i64) as usize;
                w[..len].to_vec()
            }
        } else {
            word(min_len, max_len, &alphabet, rng)
        };
        let dots = rng.range(0, params.wildcards.min(q.len() as i64)) as usize;
        let mut positions: Vec<usize> = (0..q.len()).collect();
        for k in 0..dots {
            let j = k + rng.below((positions.len() - k) as u64) as usize;
            positions.swap(k, j);
            q[positions[k]] = '.';
        }
        calls.call(method, json!([q.iter().collect::<String>()]));
    }
    Ok(calls.into_case())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn calls_are_well_formed() {
        let p = params(
            json!({"n": 2000, "class": "WordDictionary", "add": "addWord",
                              "min_len": 1, "max_len": 25, "wildcards": 2, "hit": 70}),
        );
        for seed in 0..5 {
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let ops = case["ops"].as_array().unwrap();
            let args = case["args"].as_array().unwrap();
            assert_eq!(ops.len(), 2001);
            assert_eq!(args.len(), 2001);
            assert_eq!(ops[0], json!("WordDictionary"));
            assert_eq!(args[0], json!([]));
            let mut hits = 0;
            for (op, arg) in ops[1..].iter().zip(&args[1..]) {
                let s = arg[0].as_str().unwrap();
                assert!((1..=25).contains(&s.len()));
                match op.as_str().unwrap() {
                    "addWord" => assert!(s.chars().all(|c| c.is_ascii_lowercase())),
                    "search" => {
                        assert!(s.chars().filter(|&c| c == '.').count() <= 2);
                        hits += 1;
                    }
                    other => panic!("unexpected op {other}"),
                }
            }
            assert!(hits > 500);
        }
    }

    #[test]
    fn adds_then_queries_and_several_query_methods() {
        let p = params(
            json!({"n": 100, "class": "Trie", "queries": ["search", "startsWith"],
                              "pattern": "adds-then-queries", "adds": 40, "alphabet": "ab"}),
        );
        let case = generate(&p, &mut Rng::new(3)).unwrap();
        let ops: Vec<&str> = case["ops"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_str().unwrap())
            .collect();
        assert!(ops[1..41].iter().all(|&o| o == "insert"));
        assert!(ops[41..]
            .iter()
            .all(|&o| o == "search" || o == "startsWith"));
        assert!(ops[41..].contains(&"startsWith") && ops[41..].contains(&"search"));
        for a in case["args"].as_array().unwrap()[1..].iter() {
            assert!(a[0].as_str().unwrap().chars().all(|c| c == 'a' || c == 'b'));
        }
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"n": 5})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 0, "class": "T"})), &mut rng).is_err());
        assert!(generate(
            &params(json!({"n": 5, "class": "T", "min_len": 0})),
            &mut rng
        )
        .is_err());
        assert!(generate(
            &params(json!({"n": 5, "class": "T", "queries": []})),
            &mut rng
        )
        .is_err());
        assert!(generate(
            &params(json!({"n": 5, "class": "T", "pattern": "x"})),
            &mut rng
        )
        .is_err());
    }
}
