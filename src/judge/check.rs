//! Checkers: is an actual output right, given the expected one? A wrong answer comes back as
//! a `Diff` naming the first place where the two differ.

use serde_json::Value;
use sha2::{Digest as _, Sha256};

use super::validators::{self, Answer};
use crate::catalog::problem::{Checker, Digest, Expected, Signature};

/// Why an answer is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    /// What differs, in words.
    pub message: String,
    /// The JSON path of the first difference, such as `[3][1]` (empty for the whole value).
    pub path: String,
}

/// Judges `actual` against `expected` for one case.
pub fn check(
    signature: &Signature,
    checker: &Checker,
    input: &Value,
    expected: &Expected,
    actual: &Value,
    aliased: bool,
) -> Result<(), Diff> {
    signature
        .check_output(input, actual, "")
        .map_err(|m| Diff {
            message: if actual.is_null() {
                "the function returned nothing (None / null): is a `return` missing?".into()
            } else {
                format!("the answer has the wrong shape: {}", m.message)
            },
            path: m.path,
        })?;
    let actual = signature.canonical(input, actual);
    if let Checker::Validator(validator) = checker {
        let expected = match expected {
            Expected::Value(v) => Some(signature.canonical(input, v)),
            Expected::Digest(_) => None,
        };
        return validators::validate(
            *validator,
            &Answer {
                input,
                expected: expected.as_ref(),
                actual: &actual,
                aliased,
            },
        )
        .map_err(|message| Diff {
            message,
            path: String::new(),
        });
    }
    let depth = match checker {
        Checker::Unordered(d) => *d,
        _ => 0,
    };
    let actual = sorted(&actual, depth);
    match expected {
        Expected::Value(expected) => {
            let expected = sorted(&signature.canonical(input, expected), depth);
            if let (true, Value::Array(e), Value::Array(a)) = (depth > 0, &expected, &actual) {
                // Sorted lists compared element by element point at a neighbour of the real
                // difference: name what is missing and what is extra instead.
                if e != a {
                    return Err(Diff {
                        message: multiset_difference(e, a),
                        path: String::new(),
                    });
                }
            }
            let tolerance = match checker {
                Checker::Float(t) => Some(*t),
                _ => None,
            };
            first_difference(&expected, &actual, tolerance, String::new()).map_or(Ok(()), Err)
        }
        Expected::Digest(digest) => check_digest(digest, &actual),
    }
}

/// The canonical text of a value, as digests hash it.
pub fn canonical_text(value: &Value) -> String {
    value.to_string()
}

/// Builds the digest form of a canonical value (docs/design.md).
pub fn digest_of(canonical: &Value) -> Digest {
    let sha256 = hex(&Sha256::digest(canonical_text(canonical).as_bytes()));
    match canonical {
        Value::Array(items) => Digest {
            sha256,
            len: items.len() as u64,
            head: Value::Array(items.iter().take(10).cloned().collect()),
            tail: Value::Array(items[items.len().saturating_sub(10)..].to_vec()),
        },
        Value::String(s) => {
            let chars: Vec<char> = s.chars().collect();
            Digest {
                sha256,
                len: chars.len() as u64,
                head: Value::String(chars.iter().take(100).collect()),
                tail: Value::String(chars[chars.len().saturating_sub(100)..].iter().collect()),
            }
        }
        other => Digest {
            sha256,
            len: 1,
            head: other.clone(),
            tail: other.clone(),
        },
    }
}

/// Sorts the arrays of the outer `depth` levels (inner levels first) by their canonical text.
pub fn sorted(value: &Value, depth: u32) -> Value {
    if depth == 0 {
        return value.clone();
    }
    match value {
        Value::Array(items) => {
            let mut items: Vec<Value> = items.iter().map(|v| sorted(v, depth - 1)).collect();
            items.sort_by_cached_key(canonical_text);
            Value::Array(items)
        }
        other => other.clone(),
    }
}

fn check_digest(digest: &Digest, actual: &Value) -> Result<(), Diff> {
    let got = digest_of(actual);
    if got.sha256 == digest.sha256 {
        return Ok(());
    }
    let message = if got.len != digest.len {
        format!("expected {} elements, found {}", digest.len, got.len)
    } else if got.head != digest.head {
        return first_difference(&digest.head, &got.head, None, String::new()).map_or(Ok(()), Err);
    } else if got.tail != digest.tail {
        format!(
            "the last elements differ: expected ...{}, found ...{}",
            digest.tail, got.tail
        )
    } else {
        "the output differs from the expected one somewhere in the middle (the expected value \
         is stored as a digest; the first and last elements match)"
            .to_string()
    };
    Err(Diff {
        message,
        path: String::new(),
    })
}

/// `count` elements, in words.
fn elements(count: usize) -> String {
    format!("{count} element{}", if count == 1 { "" } else { "s" })
}

/// How two lists compared in any order differ: the elements missing from `actual` and the
/// ones it has in excess.
fn multiset_difference(expected: &[Value], actual: &[Value]) -> String {
    let mut left: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for a in actual {
        *left.entry(a.to_string()).or_default() += 1;
    }
    let mut missing = Vec::new();
    for e in expected {
        match left.get_mut(&e.to_string()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => missing.push(e),
        }
    }
    let extra: Vec<&Value> = actual
        .iter()
        .filter(|a| {
            let n = left.get_mut(&a.to_string()).expect("counted above");
            let keep = *n > 0;
            *n = n.saturating_sub(1);
            keep
        })
        .collect();
    let some = |what: &str, values: &[&Value]| {
        let mut text = format!(
            "{what} {}",
            values
                .iter()
                .take(3)
                .map(|v| short(v))
                .collect::<Vec<_>>()
                .join(", ")
        );
        if values.len() > 3 {
            text += &format!(" and {} more", values.len() - 3);
        }
        text
    };
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(some("missing", &missing));
    }
    if !extra.is_empty() {
        parts.push(some("unexpected", &extra));
    }
    format!(
        "expected {}, found {} (in any order); {}",
        elements(expected.len()),
        actual.len(),
        parts.join("; ")
    )
}

/// The first place where `actual` differs from `expected`.
fn first_difference(
    expected: &Value,
    actual: &Value,
    tolerance: Option<f64>,
    path: String,
) -> Option<Diff> {
    let differ = |message: String| {
        Some(Diff {
            message,
            path: path.clone(),
        })
    };
    match (expected, actual) {
        (Value::Array(e), Value::Array(a)) => {
            let first =
                e.iter().zip(a).enumerate().find_map(|(i, (x, y))| {
                    first_difference(x, y, tolerance, format!("{path}[{i}]"))
                });
            if let (Some(d), true) = (&first, e.len() != a.len()) {
                // A wrong length says more than the first element it shifted.
                return Some(Diff {
                    message: format!(
                        "expected {}, found {}; the first difference is at {}: {}",
                        elements(e.len()),
                        a.len(),
                        d.path,
                        d.message
                    ),
                    path: path.clone(),
                });
            }
            if first.is_some() {
                return first;
            }
            if e.len() != a.len() {
                let (longer, which) = if a.len() > e.len() {
                    (a, "extra")
                } else {
                    (e, "missing")
                };
                let at = e.len().min(a.len());
                return differ(format!(
                    "expected {}, found {}; first {which} element at [{at}]: {}",
                    elements(e.len()),
                    a.len(),
                    short(&longer[at])
                ));
            }
            None
        }
        (Value::Number(e), Value::Number(a)) if tolerance.is_some() => {
            let (e, a) = (
                e.as_f64().unwrap_or(f64::NAN),
                a.as_f64().unwrap_or(f64::NAN),
            );
            let t = tolerance.unwrap_or_default();
            let close = (e - a).abs() <= t || (e - a).abs() <= t * e.abs().max(a.abs());
            (!close).then(|| Diff {
                message: format!("expected {e} (within {t}), found {a}"),
                path,
            })
        }
        (Value::String(e), Value::String(a)) if e != a => {
            let at = e.chars().zip(a.chars()).take_while(|(x, y)| x == y).count();
            differ(format!(
                "expected {}, found {} (they differ from character {at})",
                short(expected),
                short(actual)
            ))
        }
        (e, a) if e != a => differ(format!("expected {}, found {}", short(e), short(a))),
        _ => None,
    }
}

/// A value shortened for one line of a message.
pub fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 80 {
        format!("{}...", text.chars().take(77).collect::<String>())
    } else {
        text
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Type;
    use serde_json::json;

    fn function(returns: &str) -> Signature {
        Signature::Function {
            name: "f".into(),
            params: vec![],
            returns: Type::parse(returns).unwrap(),
            output: crate::catalog::problem::Output::Return,
            rust_name: None,
        }
    }

    fn run(returns: &str, checker: Checker, expected: Value, actual: Value) -> Result<(), Diff> {
        check(
            &function(returns),
            &checker,
            &json!({}),
            &Expected::Value(expected),
            &actual,
            false,
        )
    }

    #[test]
    fn exact_points_at_the_first_difference() {
        assert!(run("int[]", Checker::Exact, json!([1, 2, 3]), json!([1, 2, 3])).is_ok());
        let d = run(
            "int[][]",
            Checker::Exact,
            json!([[1, 2], [3, 4]]),
            json!([[1, 2], [3, 5]]),
        )
        .unwrap_err();
        assert_eq!(d.path, "[1][1]");
        assert_eq!(d.message, "expected 4, found 5");
        let d = run("int[]", Checker::Exact, json!([1, 2]), json!([1, 2, 9])).unwrap_err();
        assert_eq!(
            d.message,
            "expected 2 elements, found 3; first extra element at [2]: 9"
        );
    }

    #[test]
    fn wrong_shape_is_named() {
        let d = run("int[]", Checker::Exact, json!([0, 1]), json!(null)).unwrap_err();
        assert!(d.message.contains("returned nothing"), "{}", d.message);
        let d = run("int[]", Checker::Exact, json!([0, 1]), json!("x")).unwrap_err();
        assert!(d.message.contains("wrong shape"), "{}", d.message);
        let d = run("int", Checker::Exact, json!(5), json!(5.0)).unwrap_err();
        assert!(d.message.contains("expected an int"), "{}", d.message);
    }

    #[test]
    fn unordered_by_depth() {
        assert!(run("int[]", Checker::Unordered(1), json!([0, 1]), json!([1, 0])).is_ok());
        let groups = json!([["eat", "tea"], ["bat"]]);
        assert!(run(
            "list<list<string>>",
            Checker::Unordered(2),
            groups.clone(),
            json!([["bat"], ["tea", "eat"]])
        )
        .is_ok());
        // Depth 1 keeps the inner order significant.
        assert!(run(
            "list<list<string>>",
            Checker::Unordered(1),
            groups.clone(),
            json!([["bat"], ["tea", "eat"]])
        )
        .is_err());
        assert!(run(
            "list<list<string>>",
            Checker::Unordered(2),
            groups,
            json!([["bat"], ["tea"]])
        )
        .is_err());
    }

    #[test]
    fn unordered_names_what_is_missing_and_extra() {
        let all = json!([[], [1], [2], [1, 2]]);
        let d = run(
            "int[][]",
            Checker::Unordered(2),
            all.clone(),
            json!([[], [2], [1]]),
        )
        .unwrap_err();
        assert_eq!(
            d.message,
            "expected 4 elements, found 3 (in any order); missing [1,2]"
        );
        let d = run(
            "int[][]",
            Checker::Unordered(2),
            all,
            json!([[2, 1], [1], [1], []]),
        )
        .unwrap_err();
        assert_eq!(
            d.message,
            "expected 4 elements, found 4 (in any order); missing [2]; unexpected [1]"
        );
        let d = run("int[]", Checker::Unordered(1), json!([0, 3]), json!([])).unwrap_err();
        assert_eq!(
            d.message,
            "expected 2 elements, found 0 (in any order); missing 0, 3"
        );
    }

    #[test]
    fn float_tolerance() {
        assert!(run("double", Checker::Float(1e-5), json!(2.5), json!(2.500001)).is_ok());
        assert!(run(
            "double",
            Checker::Float(1e-5),
            json!(1e9),
            json!(1.000001e9)
        )
        .is_ok());
        assert!(run("double", Checker::Float(1e-5), json!(2.5), json!(2.51)).is_err());
        assert!(run("double", Checker::Float(1e-5), json!(2), json!(2.0)).is_ok());
    }

    #[test]
    fn trees_compare_in_canonical_form() {
        assert!(run(
            "TreeNode",
            Checker::Exact,
            json!([1, null, 2, null, null]),
            json!([1, null, 2])
        )
        .is_ok());
    }

    #[test]
    fn digests() {
        let big: Vec<i64> = (0..50).collect();
        let digest = digest_of(&json!(big));
        assert_eq!(digest.len, 50);
        assert_eq!(digest.head, json!((0..10).collect::<Vec<i64>>()));
        assert_eq!(digest.tail, json!((40..50).collect::<Vec<i64>>()));
        let expected = Expected::Digest(digest);
        let f = function("int[]");
        assert!(check(
            &f,
            &Checker::Exact,
            &json!({}),
            &expected,
            &json!(big),
            false
        )
        .is_ok());
        let mut wrong = big.clone();
        wrong[3] = -1;
        let d = check(
            &f,
            &Checker::Exact,
            &json!({}),
            &expected,
            &json!(wrong),
            false,
        )
        .unwrap_err();
        assert_eq!(d.path, "[3]");
        let mut wrong = big.clone();
        wrong[25] = -1;
        let d = check(
            &f,
            &Checker::Exact,
            &json!({}),
            &expected,
            &json!(wrong),
            false,
        )
        .unwrap_err();
        assert!(d.message.contains("middle"), "{}", d.message);
        let d = check(
            &f,
            &Checker::Exact,
            &json!({}),
            &expected,
            &json!([1]),
            false,
        )
        .unwrap_err();
        assert_eq!(d.message, "expected 50 elements, found 1");
    }
}
