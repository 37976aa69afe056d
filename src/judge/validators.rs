//! Named validators for problems with many valid answers. Each gets the case input, the
//! stored expected output (one valid answer), the actual output, and whether the actual output
//! shares nodes with the input; it answers `Ok` or why the answer is wrong.

use serde_json::Value;

use crate::catalog::problem::Validator;

/// What a validator is given.
pub struct Answer<'a> {
    pub input: &'a Value,
    pub expected: Option<&'a Value>,
    pub actual: &'a Value,
    /// The harness saw a returned node that is also a node of the input.
    pub aliased: bool,
}

pub fn validate(validator: Validator, answer: &Answer<'_>) -> Result<(), String> {
    match validator {
        Validator::TopologicalOrder => topological_order(answer),
        Validator::DeepCopy => deep_copy(answer),
        Validator::AlienOrder => alien_order(answer),
        Validator::LongestPalindrome => longest_palindrome(answer),
    }
}

/// course-schedule-ii: any order of `0..numCourses` in which every `[a, b]` has `b` before
/// `a`; `[]` exactly when no such order exists.
fn topological_order(answer: &Answer<'_>) -> Result<(), String> {
    let n = answer.input["numCourses"].as_u64().unwrap_or(0) as usize;
    let edges: Vec<(usize, usize)> = answer.input["prerequisites"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| Some((e[0].as_u64()? as usize, e[1].as_u64()? as usize)))
                .filter(|(a, b)| *a < n && *b < n)
                .collect()
        })
        .unwrap_or_default();
    let possible = has_order(n, &edges);
    let Some(order) = answer.actual.as_array() else {
        return Err("expected an array of courses".into());
    };
    if !possible {
        return if order.is_empty() {
            Ok(())
        } else {
            Err("the prerequisites contain a cycle, so the answer is [] (no order exists)".into())
        };
    }
    if order.len() != n {
        return Err(format!(
            "expected all {n} courses in some order, found {} entries",
            order.len()
        ));
    }
    let mut position = vec![usize::MAX; n];
    for (i, c) in order.iter().enumerate() {
        let c = c
            .as_u64()
            .map(|c| c as usize)
            .filter(|c| *c < n)
            .ok_or_else(|| {
                format!(
                    "entry {i} ({c}) is not a course number 0..{}",
                    n.saturating_sub(1)
                )
            })?;
        if position[c] != usize::MAX {
            return Err(format!(
                "course {c} appears twice (at {} and {i})",
                position[c]
            ));
        }
        position[c] = i;
    }
    for (a, b) in edges {
        if position[b] > position[a] {
            return Err(format!(
                "course {a} comes at position {} before its prerequisite {b} (position {})",
                position[a], position[b]
            ));
        }
    }
    Ok(())
}

fn has_order(n: usize, edges: &[(usize, usize)]) -> bool {
    let mut indegree = vec![0usize; n];
    let mut after = vec![Vec::new(); n];
    for &(a, b) in edges {
        indegree[a] += 1;
        after[b].push(a);
    }
    let mut ready: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
    let mut seen = 0;
    while let Some(c) = ready.pop() {
        seen += 1;
        for &a in &after[c] {
            indegree[a] -= 1;
            if indegree[a] == 0 {
                ready.push(a);
            }
        }
    }
    seen == n
}

/// alien-dictionary: a string holding each letter of `words` exactly once, in an order that
/// puts `a` before `b` wherever two neighbouring words first differ in `a` against `b`; `""`
/// exactly when no such order exists (those rules contradict each other, or a word is followed
/// by a proper prefix of itself).
fn alien_order(answer: &Answer<'_>) -> Result<(), String> {
    let words: Vec<Vec<char>> = answer.input["words"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(|w| w.chars().collect())
                .collect()
        })
        .unwrap_or_default();
    let mut letters: Vec<char> = words.iter().flatten().copied().collect();
    letters.sort_unstable();
    letters.dedup();
    let index = |c: char| letters.binary_search(&c).ok();
    let Some(actual) = answer.actual.as_str() else {
        return Err("expected a string of letters".into());
    };
    let mut rules: Vec<(usize, usize)> = Vec::new();
    let mut impossible: Option<String> = None;
    for pair in words.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        match a.iter().zip(b).find(|(x, y)| x != y) {
            Some((&x, &y)) => rules.push((index(x).unwrap_or(0), index(y).unwrap_or(0))),
            None if a.len() > b.len() => {
                let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
                impossible = Some(format!("\"{a}\" is followed by its own prefix \"{b}\""));
            }
            None => {}
        }
    }
    let n = letters.len();
    if impossible.is_none()
        && !has_order(n, &rules.iter().map(|&(x, y)| (y, x)).collect::<Vec<_>>())
    {
        impossible = Some("the word list implies a circular order of letters".into());
    }
    if let Some(why) = impossible {
        return if actual.is_empty() {
            Ok(())
        } else {
            Err(format!("no order exists ({why}), so the answer is \"\""))
        };
    }
    let mut position = vec![usize::MAX; n];
    let mut count = 0;
    for (i, c) in actual.chars().enumerate() {
        let k = index(c).ok_or_else(|| format!("'{c}' does not appear in the words"))?;
        if position[k] != usize::MAX {
            return Err(format!("'{c}' appears twice"));
        }
        position[k] = i;
        count += 1;
    }
    if count != n {
        let missing: String = (0..n)
            .filter(|&k| position[k] == usize::MAX)
            .map(|k| letters[k])
            .collect();
        return Err(format!(
            "every letter of the words must appear once; missing: \"{missing}\""
        ));
    }
    for (x, y) in rules {
        if position[x] > position[y] {
            return Err(format!(
                "'{}' must come before '{}' (two neighbouring words first differ there)",
                letters[x], letters[y]
            ));
        }
    }
    Ok(())
}

/// clone-graph, copy-list-with-random-pointer: the same structure, and no node shared with
/// the original.
fn deep_copy(answer: &Answer<'_>) -> Result<(), String> {
    if answer.aliased {
        return Err(
            "the answer shares nodes with the input: a deep copy must create new nodes".into(),
        );
    }
    match answer.expected {
        Some(expected) if expected != answer.actual => {
            Err("the copy does not have the same structure as the original".into())
        }
        _ => Ok(()),
    }
}

/// longest-palindromic-substring: any substring of `s` that reads the same both ways and is
/// as long as the expected answer (several may tie). Without a stored expectation (a digest),
/// the longest length is computed here.
fn longest_palindrome(answer: &Answer<'_>) -> Result<(), String> {
    let s: Vec<char> = answer.input["s"]
        .as_str()
        .unwrap_or_default()
        .chars()
        .collect();
    let Some(actual) = answer.actual.as_str() else {
        return Err("expected a string".into());
    };
    let text: String = s.iter().collect();
    if !text.contains(actual) {
        return Err(format!("\"{actual}\" is not a substring of s"));
    }
    let chars: Vec<char> = actual.chars().collect();
    if chars.iter().ne(chars.iter().rev()) {
        return Err(format!("\"{actual}\" is not a palindrome"));
    }
    let longest = match answer.expected.and_then(Value::as_str) {
        Some(e) => e.chars().count(),
        None => longest_palindrome_length(&s),
    };
    match chars.len().cmp(&longest) {
        std::cmp::Ordering::Less => Err(format!(
            "\"{actual}\" is a palindrome of length {}, but s has one of length {longest}",
            chars.len()
        )),
        std::cmp::Ordering::Greater => Err(format!(
            "internal: \"{actual}\" (length {}) is longer than the stored answer (length {longest})",
            chars.len()
        )),
        std::cmp::Ordering::Equal => Ok(()),
    }
}

/// The length of the longest palindromic substring, by expanding around every centre.
fn longest_palindrome_length(s: &[char]) -> usize {
    let n = s.len();
    let mut best = 0;
    // An even centre is the character s[c / 2]; an odd one the gap after it.
    for centre in 0..(2 * n).saturating_sub(1) {
        let (mut lo, mut hi) = (centre / 2, centre.div_ceil(2));
        if s[lo] != s[hi] {
            continue;
        }
        while lo > 0 && hi + 1 < n && s[lo - 1] == s[hi + 1] {
            lo -= 1;
            hi += 1;
        }
        best = best.max(hi - lo + 1);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn topo(input: Value, actual: Value) -> Result<(), String> {
        validate(
            Validator::TopologicalOrder,
            &Answer {
                input: &input,
                expected: None,
                actual: &actual,
                aliased: false,
            },
        )
    }

    #[test]
    fn any_valid_order_passes() {
        let input = json!({"numCourses": 4, "prerequisites": [[1, 0], [2, 0], [3, 1], [3, 2]]});
        assert!(topo(input.clone(), json!([0, 1, 2, 3])).is_ok());
        assert!(topo(input.clone(), json!([0, 2, 1, 3])).is_ok());
        let err = topo(input.clone(), json!([1, 0, 2, 3])).unwrap_err();
        assert!(err.contains("before its prerequisite 0"), "{err}");
        assert!(topo(input.clone(), json!([0, 1, 2]))
            .unwrap_err()
            .contains("all 4"));
        assert!(topo(input, json!([0, 1, 1, 3]))
            .unwrap_err()
            .contains("twice"));
    }

    #[test]
    fn cycles_need_an_empty_answer() {
        let input = json!({"numCourses": 2, "prerequisites": [[0, 1], [1, 0]]});
        assert!(topo(input.clone(), json!([])).is_ok());
        assert!(topo(input, json!([0, 1])).unwrap_err().contains("cycle"));
        let lone = json!({"numCourses": 1, "prerequisites": []});
        assert!(topo(lone.clone(), json!([0])).is_ok());
        assert!(topo(lone, json!([])).is_err());
    }

    fn alien(words: Value, actual: &str) -> Result<(), String> {
        validate(
            Validator::AlienOrder,
            &Answer {
                input: &json!({ "words": words }),
                expected: None,
                actual: &json!(actual),
                aliased: false,
            },
        )
    }

    #[test]
    fn alien_order_accepts_any_fitting_order() {
        let words = json!(["wrt", "wrf", "er", "ett", "rftt"]);
        assert!(alien(words.clone(), "wertf").is_ok());
        assert!(alien(words.clone(), "wetrf")
            .unwrap_err()
            .contains("'r' must come before 't'"));
        assert!(alien(words.clone(), "wert")
            .unwrap_err()
            .contains("missing: \"f\""));
        assert!(alien(words.clone(), "wertfx").unwrap_err().contains("'x'"));
        assert!(alien(words.clone(), "wertff")
            .unwrap_err()
            .contains("twice"));
        assert!(alien(words, "").is_err());
        // Unconstrained letters may go anywhere.
        assert!(alien(json!(["z", "x"]), "zx").is_ok());
        assert!(alien(json!(["ab", "ab"]), "ba").is_ok());
        assert!(alien(json!(["abc"]), "cab").is_ok());
    }

    #[test]
    fn alien_order_needs_empty_when_impossible() {
        let cycle = json!(["z", "x", "z"]);
        assert!(alien(cycle.clone(), "").is_ok());
        assert!(alien(cycle, "zx").unwrap_err().contains("circular"));
        let prefix = json!(["abc", "ab"]);
        assert!(alien(prefix.clone(), "").is_ok());
        assert!(alien(prefix, "abc").unwrap_err().contains("prefix"));
        assert!(alien(json!(["ab", "abc"]), "").is_err());
    }

    #[test]
    fn deep_copy_refuses_shared_nodes() {
        let graph = json!([[2], [1]]);
        let ok = Answer {
            input: &json!({}),
            expected: Some(&graph),
            actual: &graph,
            aliased: false,
        };
        assert!(validate(Validator::DeepCopy, &ok).is_ok());
        let shared = Answer {
            aliased: true,
            ..ok
        };
        assert!(validate(Validator::DeepCopy, &shared)
            .unwrap_err()
            .contains("shares nodes"));
        let other = json!([[]]);
        let wrong = Answer {
            actual: &other,
            aliased: false,
            ..shared
        };
        assert!(validate(Validator::DeepCopy, &wrong).is_err());
    }

    fn palindrome(s: &str, expected: Option<&str>, actual: &str) -> Result<(), String> {
        let expected = expected.map(|e| json!(e));
        validate(
            Validator::LongestPalindrome,
            &Answer {
                input: &json!({ "s": s }),
                expected: expected.as_ref(),
                actual: &json!(actual),
                aliased: false,
            },
        )
    }

    #[test]
    fn any_longest_palindrome_passes() {
        assert!(palindrome("babad", Some("bab"), "bab").is_ok());
        assert!(palindrome("babad", Some("bab"), "aba").is_ok());
        assert!(palindrome("abcd", Some("a"), "c").is_ok());
        assert!(palindrome("babad", Some("bab"), "b")
            .unwrap_err()
            .contains("length 3"));
        assert!(palindrome("babad", Some("bab"), "abab")
            .unwrap_err()
            .contains("not a substring"));
        assert!(palindrome("abcab", Some("a"), "ab")
            .unwrap_err()
            .contains("not a palindrome"));
        assert!(palindrome("ab", Some("a"), "aa")
            .unwrap_err()
            .contains("not a substring"));
        assert!(palindrome("ab", Some("a"), "").is_err());
    }

    #[test]
    fn without_an_expectation_the_length_is_computed() {
        assert!(palindrome("cbbd", None, "bb").is_ok());
        assert!(palindrome("cbbd", None, "c").is_err());
        assert!(palindrome("xabacabay", None, "abacaba").is_ok());
        assert!(palindrome("xabacabay", None, "aba").is_err());
        assert_eq!(longest_palindrome_length(&[]), 0);
        assert_eq!(longest_palindrome_length(&['z']), 1);
        let aaaa: Vec<char> = "aaaa".chars().collect();
        assert_eq!(longest_palindrome_length(&aaaa), 4);
        let mixed: Vec<char> = "abccbx".chars().collect();
        assert_eq!(longest_palindrome_length(&mixed), 4);
    }
}
