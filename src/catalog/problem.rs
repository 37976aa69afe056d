//! The checked domain model of a problem, made from the raw serde types by `Problem::from_raw`.
//! Every mistake is reported with the JSON path where it is.

use std::collections::BTreeSet;

use serde_json::Value;

use super::complexity::{Class, Complexity, Count, SizeN};
use super::generators;
use super::raw::{RawCase, RawComplexity, RawGenerated, RawLimits, RawProblem};
use super::rules::Rules;
pub use crate::types::signature::{Method, Output, Param, Role, Roundtrip, Signature};
/// A validation mistake at a JSON path.
pub use crate::types::Mismatch as Invalid;

/// The topic vocabulary (docs/design.md).
pub const TOPICS: &[&str] = &[
    "arrays",
    "strings",
    "hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "advanced-graphs",
    "dynamic-programming",
    "greedy",
    "intervals",
    "math",
    "bits",
    "design",
    "matrix",
    "sorting",
    "recursion",
];

/// The newest `format_version` this prep reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn parse(text: &str) -> Option<Difficulty> {
        match text.to_ascii_lowercase().as_str() {
            "easy" => Some(Difficulty::Easy),
            "medium" => Some(Difficulty::Medium),
            "hard" => Some(Difficulty::Hard),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Problem {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub topics: Vec<String>,
    pub order: u32,
    pub blind75: bool,
    pub signature: Signature,
    /// The signature as written less its input rules, handed to harnesses.
    pub signature_json: Value,
    /// The constraints every input must meet (`rules::check_input`).
    pub rules: Rules,
    pub checker: Checker,
    pub limits: Limits,
    pub complexity: Complexity,
    pub hints: Vec<String>,
    pub examples: Vec<Case>,
    pub tests: Vec<Case>,
    pub generated: Vec<Generated>,
    pub follow_up: Option<FollowUp>,
    /// statement.md
    pub statement: String,
    /// Where it was read from, for messages.
    pub origin: String,
    /// A user's own problem folder rather than the embedded catalogue.
    pub local: bool,
    pub solutions: Vec<SolutionFile>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub time_ms: u64,
    pub memory_mb: u64,
}

impl From<RawLimits> for Limits {
    fn from(raw: RawLimits) -> Self {
        Limits {
            time_ms: raw.time_ms,
            memory_mb: raw.memory_mb,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub input: Value,
    pub output: Option<Expected>,
    pub explanation: Option<String>,
}

/// An expected output: the value, or a digest of a large one.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    Value(Value),
    Digest(Digest),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Digest {
    pub sha256: String,
    pub len: u64,
    pub head: Value,
    pub tail: Value,
}

impl Expected {
    pub fn from_json(value: Value) -> Result<Expected, String> {
        match value {
            Value::Object(map) => {
                let digest: Digest = (|| {
                    Some(Digest {
                        sha256: map.get("sha256")?.as_str()?.to_string(),
                        len: map.get("len")?.as_u64()?,
                        head: map.get("head")?.clone(),
                        tail: map.get("tail")?.clone(),
                    })
                })()
                .ok_or("an object output must be a digest {sha256, len, head, tail}")?;
                Ok(Expected::Digest(digest))
            }
            other => Ok(Expected::Value(other)),
        }
    }

    pub fn to_json(&self) -> Value {
        match self {
            Expected::Value(v) => v.clone(),
            Expected::Digest(d) => serde_json::json!({
                "sha256": d.sha256, "len": d.len, "head": d.head, "tail": d.tail
            }),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Generated {
    pub name: String,
    /// The generator with its parameters, checked when the problem loads.
    pub spec: generators::Spec,
    pub seed: u64,
    pub count: u32,
    /// One per case once blessed; empty before.
    pub expected: Vec<Expected>,
}

impl Generated {
    /// The input of case `index`.
    pub fn input(&self, index: u64) -> Result<Value, String> {
        self.spec.case(self.seed, index)
    }
}

#[derive(Debug, Clone)]
pub struct FollowUp {
    pub text: String,
    pub limits: Limits,
    pub tests: Vec<Case>,
    pub generated: Vec<Generated>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Checker {
    Exact,
    Unordered(u32),
    Float(f64),
    Validator(Validator),
}

/// The answer checks written as code (`judge::validators`), for problems with many valid
/// answers, by the name problem.json's `checker.name` gives. The names are catalogue data: a
/// problem is checked against this list when it loads, and the judge matches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    TopologicalOrder,
    DeepCopy,
    AlienOrder,
    LongestPalindrome,
}

impl Validator {
    pub const ALL: [Validator; 4] = [
        Validator::TopologicalOrder,
        Validator::DeepCopy,
        Validator::AlienOrder,
        Validator::LongestPalindrome,
    ];

    /// The name in problem.json.
    pub fn name(self) -> &'static str {
        match self {
            Validator::TopologicalOrder => "topological_order",
            Validator::DeepCopy => "deep_copy",
            Validator::AlienOrder => "alien_order",
            Validator::LongestPalindrome => "longest_palindrome",
        }
    }

    pub fn from_name(name: &str) -> Option<Validator> {
        Validator::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// A reference solution shipped with a problem.
#[derive(Debug, Clone)]
pub struct SolutionFile {
    /// The folder: `accepted`, `brute_force`, `wrong_answer`, ...
    pub kind: String,
    pub file_name: String,
    pub source: String,
}

/// The reference folders and what they promise (docs/contract.md section 1).
pub const SOLUTION_KINDS: &[&str] = &[
    "accepted",
    "brute_force",
    "wrong_answer",
    "time_limit_exceeded",
    "runtime_error",
    "follow_up_not_met",
];

fn invalid(path: impl Into<String>, message: impl Into<String>) -> Invalid {
    Invalid {
        path: path.into(),
        message: message.into(),
    }
}

/// `complexity`, with its `n` checked: a known way to count, classes among the probe's.
fn complexity(raw: RawComplexity) -> Result<Complexity, Invalid> {
    let n = raw
        .n
        .map(|n| -> Result<SizeN, Invalid> {
            let count = match n.count.as_deref() {
                None | Some("values") => Count::Values,
                Some("size") => Count::Size,
                Some(other) => {
                    return Err(invalid(
                        "complexity.n.count",
                        format!("unknown count `{other}` (values, size)"),
                    ))
                }
            };
            let class = |field: &str, text: Option<String>| {
                text.map(|t| {
                    Class::parse(&t).ok_or_else(|| {
                        let known: Vec<&str> = Class::ALL.iter().map(|c| c.as_str()).collect();
                        invalid(
                            format!("complexity.n.{field}"),
                            format!("`{t}` is not one of {}", known.join(", ")),
                        )
                    })
                })
                .transpose()
            };
            Ok(SizeN {
                is: n.is,
                count,
                time: class("time", n.time)?,
                space: class("space", n.space)?,
            })
        })
        .transpose()?;
    Ok(Complexity {
        time: raw.time,
        space: raw.space,
        n,
    })
}

impl Problem {
    /// Validates a raw problem. `statement` and `solutions` come from the folder.
    pub fn from_raw(
        raw: RawProblem,
        statement: String,
        solutions: Vec<SolutionFile>,
        origin: String,
        local: bool,
    ) -> Result<Problem, Invalid> {
        if raw.format_version > FORMAT_VERSION {
            return Err(invalid(
                "format_version",
                format!(
                    "version {} is newer than this prep understands ({FORMAT_VERSION}); update prep",
                    raw.format_version
                ),
            ));
        }
        if raw.slug.is_empty()
            || !raw
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(invalid(
                "slug",
                "a slug is lowercase letters, digits and dashes",
            ));
        }
        let difficulty = Difficulty::parse(&raw.difficulty)
            .ok_or_else(|| invalid("difficulty", "expected easy, medium or hard"))?;
        if raw.topics.is_empty() {
            return Err(invalid("topics", "at least one topic"));
        }
        for (i, t) in raw.topics.iter().enumerate() {
            if !TOPICS.contains(&t.as_str()) {
                return Err(invalid(
                    format!("topics[{i}]"),
                    format!("unknown topic `{t}` (known: {})", TOPICS.join(", ")),
                ));
            }
        }
        let mut signature_json = raw.signature;
        // The rule keys are ours alone: the harnesses read the signature without them.
        let rules = Rules::strip(&mut signature_json)?;
        let signature = Signature::from_json(&signature_json)?;
        let rules = rules.check(&signature)?;
        let checker = match raw.checker.kind.as_str() {
            "exact" => Checker::Exact,
            "unordered" => Checker::Unordered(raw.checker.depth.unwrap_or(1).max(1)),
            "float" => Checker::Float(raw.checker.tolerance.unwrap_or(1e-5)),
            "validator" => {
                let name = raw.checker.name.unwrap_or_default();
                let validator = Validator::from_name(&name).ok_or_else(|| {
                    let known: Vec<&str> = Validator::ALL.iter().map(|v| v.name()).collect();
                    invalid(
                        "checker.name",
                        format!("no validator named `{name}` (known: {})", known.join(", ")),
                    )
                })?;
                Checker::Validator(validator)
            }
            other => {
                return Err(invalid(
                    "checker.kind",
                    format!("unknown checker `{other}` (exact, unordered, float, validator)"),
                ))
            }
        };
        for (field, limits) in [
            ("limits", Some(raw.limits)),
            (
                "follow_up.limits",
                raw.follow_up.as_ref().and_then(|f| f.limits),
            ),
        ] {
            if let Some(l) = limits {
                if l.time_ms == 0 || l.time_ms > 60_000 || l.memory_mb < 16 || l.memory_mb > 4096 {
                    return Err(invalid(
                        field,
                        "time_ms must be 1..60000 and memory_mb 16..4096",
                    ));
                }
            }
        }
        if raw.hints.is_empty() {
            return Err(invalid("hints", "at least one hint"));
        }
        if raw.examples.is_empty() {
            return Err(invalid("examples", "at least one example"));
        }
        let complexity = complexity(raw.complexity)?;
        let limits: Limits = raw.limits.into();
        let examples = cases(&signature, raw.examples, "examples", "example")?;
        let tests = cases(&signature, raw.tests, "tests", "test")?;
        let generated = groups(&checker, raw.generated, "generated")?;
        let follow_up = raw
            .follow_up
            .map(|f| -> Result<FollowUp, Invalid> {
                Ok(FollowUp {
                    text: f.text,
                    limits: f.limits.map_or(limits, Limits::from),
                    tests: cases(&signature, f.tests, "follow_up.tests", "follow-up")?,
                    generated: groups(&checker, f.generated, "follow_up.generated")?,
                })
            })
            .transpose()?;
        Ok(Problem {
            slug: raw.slug,
            title: raw.title,
            difficulty,
            topics: raw.topics,
            order: raw.plan.order,
            blind75: raw.plan.blind75,
            signature,
            signature_json,
            rules,
            checker,
            limits,
            complexity,
            hints: raw.hints,
            examples,
            tests,
            generated,
            follow_up,
            statement,
            origin,
            local,
            solutions,
        })
    }

    /// The accepted Python reference, which computes expected outputs.
    pub fn reference(&self) -> Option<&SolutionFile> {
        self.solutions
            .iter()
            .find(|s| s.kind == "accepted" && s.file_name.ends_with(".py"))
    }
}

/// Validates a list of hand-written cases (also used for a user's cases.json).
pub fn cases(
    signature: &Signature,
    raw: Vec<RawCase>,
    path: &str,
    default_name: &str,
) -> Result<Vec<Case>, Invalid> {
    let mut names = BTreeSet::new();
    raw.into_iter()
        .enumerate()
        .map(|(i, c)| {
            let at = format!("{path}[{i}]");
            signature.check_input(&c.input, &format!("{at}.input"))?;
            let output = c
                .output
                .map(|o| -> Result<Expected, Invalid> {
                    signature.check_output(&c.input, &o, &format!("{at}.output"))?;
                    Ok(Expected::Value(o))
                })
                .transpose()?;
            let name = c
                .name
                .unwrap_or_else(|| format!("{default_name} {}", i + 1));
            if !names.insert(name.clone()) {
                return Err(invalid(
                    format!("{at}.name"),
                    format!("the name `{name}` is used twice"),
                ));
            }
            Ok(Case {
                name,
                input: c.input,
                output,
                explanation: c.explanation,
            })
        })
        .collect()
}

fn groups(
    checker: &Checker,
    raw: Vec<RawGenerated>,
    path: &str,
) -> Result<Vec<Generated>, Invalid> {
    raw.into_iter()
        .enumerate()
        .map(|(i, g)| {
            let at = format!("{path}[{i}]");
            let spec = generators::Spec::new(&g.generator, &g.params).map_err(|message| {
                let field = if message.starts_with("no generator") {
                    "generator"
                } else {
                    "params"
                };
                invalid(
                    format!("{at}.{field}"),
                    format!("group `{}`: {message}", g.name),
                )
            })?;
            if g.count == 0 {
                return Err(invalid(format!("{at}.count"), "at least one case"));
            }
            if !g.expected.is_empty() && g.expected.len() != g.count as usize {
                return Err(invalid(
                    format!("{at}.expected"),
                    format!(
                        "{} cases but {} expected outputs",
                        g.count,
                        g.expected.len()
                    ),
                ));
            }
            let expected = g
                .expected
                .into_iter()
                .enumerate()
                .map(|(j, e)| {
                    let e = Expected::from_json(e)
                        .map_err(|m| invalid(format!("{at}.expected[{j}]"), m))?;
                    if matches!(e, Expected::Digest(_)) && matches!(checker, Checker::Float(_)) {
                        return Err(invalid(
                            format!("{at}.expected[{j}]"),
                            "a digest cannot be checked with a float tolerance",
                        ));
                    }
                    Ok(e)
                })
                .collect::<Result<Vec<_>, Invalid>>()?;
            Ok(Generated {
                name: g.name,
                spec,
                seed: g.seed,
                count: g.count,
                expected,
            })
        })
        .collect()
}
