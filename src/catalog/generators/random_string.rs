//! `random_string`: one string drawn from a given alphabet, under the key `key`, plus any fixed
//! extra parameters.
//!
//! Parameters:
//! - `n`: the length (required, `0..=1_000_000`); `min_n`: when given, the length is drawn
//!   uniformly from `min_n..=n`;
//! - `alphabet`: the characters to draw from, as a string (default the 26 lower-case letters;
//!   repeat a character to make it more likely);
//! - `pattern`: `"random"` (the default: each character uniform over the alphabet), `"cycle"`
//!   (the alphabet repeated in order from its first character: every window of
//!   `alphabet.len()` characters is distinct), `"runs"` (runs of one random character, each of
//!   a length uniform in `1..=run`, `run` defaulting to 10), or `"sorted"` (random characters
//!   in ascending order);
//! - `key`: the parameter name (default `"s"`);
//! - `chars`: 1 to give the text as an array of one-character strings (a `char[]` such as
//!   task-scheduler's `tasks`) instead of one string (default 0; draws the same text);
//! - `with`: an object whose entries are copied into the case as they are (e.g. `{"k": 3}` for
//!   a problem that takes another fixed argument).

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// How the characters follow each other.
    Pattern { Random = "random", Sorted = "sorted", Cycle = "cycle", Runs = "runs" }
);

params! {
    size: Size::n(1),
    {
        n: i64, min_n: Option<i64>, alphabet: Option<String>, #[serde(default)] pattern: Pattern,
        run: i64 = 10, key: String = "s".into(), with: Option<Value>, chars: Option<i64>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n_max = params.n;
    let n_min = params.min_n.unwrap_or(n_max);
    within("n", n_max, 0..=1_000_000)?;
    within("min_n", n_min, 0..=n_max)?;
    let alphabet: Vec<char> = params.alphabet.as_deref().unwrap_or("abcdefghijklmnopqrstuvwxyz")
        .chars()
        .collect();
    if alphabet.is_empty() {
        return Err("`alphabet` must not be empty".to_string());
    }
    let run = params.run;
    if run < 1 {
        return Err(format!("`run` must be at least 1, not {run}"));
    }
    let key = params.key.as_str();
    let n = rng.range(n_min, n_max) as usize;
    let size = alphabet.len() as u64;
    let mut text: Vec<char> = Vec::with_capacity(n);
    match params.pattern {
        Pattern::Random | Pattern::Sorted => {
            for _ in 0..n {
                text.push(alphabet[rng.below(size) as usize]);
            }
            if params.pattern == Pattern::Sorted {
                text.sort_unstable();
            }
        }
        Pattern::Cycle => text.extend((0..n).map(|i| alphabet[i % alphabet.len()])),
        Pattern::Runs => {
            while text.len() < n {
                let c = alphabet[rng.below(size) as usize];
                let len = rng.range(1, run) as usize;
                text.extend(std::iter::repeat_n(c, len.min(n - text.len())));
            }
        }
    }
    let mut case = json!({});
    if let Some(extra) = params.with.as_ref() {
        let extra = extra
            .as_object()
            .ok_or("parameter `with` must be an object")?;
        for (k, v) in extra {
            case[k.as_str()] = v.clone();
        }
    }
    case[key] = if params.chars.unwrap_or(0) == 1 {
        Value::Array(
            text.into_iter()
                .map(|c| Value::String(c.to_string()))
                .collect(),
        )
    } else {
        Value::String(text.into_iter().collect())
    };
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn random_string_in_alphabet_with_extras() {
        let p = params(json!({"n": 500, "alphabet": "AB ", "with": {"k": 7}}));
        let case = generate(&p, &mut Rng::new(4)).unwrap();
        let s = case["s"].as_str().unwrap();
        assert_eq!(s.chars().count(), 500);
        assert!(s.chars().all(|c| "AB ".contains(c)));
        assert_eq!(case["k"], json!(7));
        assert_eq!(case, generate(&p, &mut Rng::new(4)).unwrap());
    }

    #[test]
    fn chars_gives_the_same_text_as_an_array() {
        let p = params(json!({"n": 50, "alphabet": "AB", "key": "tasks", "with": {"n": 2}}));
        let text = generate(&p, &mut Rng::new(9)).unwrap();
        let mut pc = p.clone();
        pc.insert("chars".to_string(), json!(1));
        let chars = generate(&pc, &mut Rng::new(9)).unwrap();
        let joined: String = chars["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert_eq!(joined, text["tasks"].as_str().unwrap());
        assert_eq!(chars["n"], json!(2));
    }

    #[test]
    fn patterns() {
        let cycle = generate(
            &params(json!({"n": 7, "alphabet": "xyz", "pattern": "cycle"})),
            &mut Rng::new(1),
        )
        .unwrap();
        assert_eq!(cycle["s"], json!("xyzxyzx"));
        let sorted = generate(
            &params(json!({"n": 300, "pattern": "sorted", "key": "t"})),
            &mut Rng::new(2),
        )
        .unwrap();
        let t = sorted["t"].as_str().unwrap().as_bytes();
        assert!(t.windows(2).all(|w| w[0] <= w[1]));
        let runs = generate(
            &params(json!({"n": 1000, "pattern": "runs", "run": 50})),
            &mut Rng::new(3),
        )
        .unwrap();
        assert_eq!(runs["s"].as_str().unwrap().len(), 1000);
        let sized = params(json!({"n": 20, "min_n": 0}));
        for i in 0..50 {
            let len = generate(&sized, &mut Rng::new(i)).unwrap()["s"]
                .as_str()
                .unwrap()
                .len();
            assert!(len <= 20);
        }
    }

    #[test]
    fn rejects_bad_parameters() {
        assert!(generate(&params(json!({})), &mut Rng::new(1)).is_err());
        assert!(generate(&params(json!({"n": 5, "alphabet": ""})), &mut Rng::new(1)).is_err());
        assert!(generate(
            &params(json!({"n": 5, "pattern": "zigzag"})),
            &mut Rng::new(1)
        )
        .is_err());
        assert!(generate(&params(json!({"n": 5, "min_n": 6})), &mut Rng::new(1)).is_err());
        assert!(generate(&params(json!({"n": 5, "with": 3})), &mut Rng::new(1)).is_err());
    }
}
