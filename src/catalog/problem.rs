//! The checked domain model of a problem, made from the raw serde types by `Problem::from_raw`.
//! Every mistake is reported with the JSON path where it is.

use std::collections::BTreeSet;

use serde_json::Value;

use super::generators;
use super::raw::{RawCase, RawGenerated, RawLimits, RawParam, RawProblem, RawSignature};
use crate::types::Type;

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
    /// The signature exactly as written, handed to harnesses.
    pub signature_json: Value,
    pub checker: Checker,
    pub limits: Limits,
    pub complexity: (String, String),
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
    Validator(String),
}

#[derive(Debug, Clone)]
pub enum Signature {
    Function {
        name: String,
        params: Vec<Param>,
        returns: Type,
        output: Output,
        /// LeetCode's Rust name where it is not the snake_case of `name`.
        rust_name: Option<String>,
    },
    Class {
        name: String,
        constructor: Vec<Param>,
        methods: Vec<Method>,
        roundtrip: Option<[String; 2]>,
    },
}

/// What a function case judges.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    Return,
    Param(String),
    NodeValue,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: Type,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    Passed,
    CycleIn(String),
    NodeIn(String),
}

#[derive(Debug, Clone)]
pub struct Method {
    pub name: String,
    pub params: Vec<Param>,
    pub returns: Type,
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

/// A validation mistake at a JSON path.
#[derive(Debug, Clone)]
pub struct Invalid {
    pub path: String,
    pub message: String,
}

fn invalid(path: impl Into<String>, message: impl Into<String>) -> Invalid {
    Invalid {
        path: path.into(),
        message: message.into(),
    }
}

impl Signature {
    /// A signature from its JSON (as in problem.json).
    pub fn from_json(value: &Value) -> Result<Signature, Invalid> {
        let raw: RawSignature = serde_json::from_value(value.clone()).map_err(|e| Invalid {
            path: "signature".into(),
            message: e.to_string(),
        })?;
        Signature::from_raw(raw)
    }

    fn from_raw(raw: RawSignature) -> Result<Signature, Invalid> {
        let params = |list: Vec<RawParam>, path: &str| -> Result<Vec<Param>, Invalid> {
            let parsed = list
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let ty =
                        Type::parse(&p.ty).map_err(|e| invalid(format!("{path}[{i}].type"), e))?;
                    let role = match (p.cycle_in, p.node_in) {
                        (None, None) => Role::Passed,
                        (Some(list), None) => Role::CycleIn(list),
                        (None, Some(tree)) => Role::NodeIn(tree),
                        _ => {
                            return Err(invalid(
                                format!("{path}[{i}]"),
                                "a parameter takes cycle_in or node_in, not both",
                            ))
                        }
                    };
                    Ok(Param {
                        name: p.name,
                        ty,
                        role,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            for (i, p) in parsed.iter().enumerate() {
                let target = match &p.role {
                    Role::Passed => continue,
                    Role::CycleIn(t) | Role::NodeIn(t) => t,
                };
                let want = if matches!(p.role, Role::CycleIn(_)) {
                    Type::ListNode
                } else {
                    Type::TreeNode
                };
                if !parsed.iter().any(|q| &q.name == target && q.ty == want) {
                    return Err(invalid(
                        format!("{path}[{i}]"),
                        format!("`{target}` must name a {want} parameter"),
                    ));
                }
            }
            Ok(parsed)
        };
        let returns = |text: &str, path: &str| Type::parse(text).map_err(|e| invalid(path, e));
        match (raw.function, raw.class) {
            (Some(name), None) => {
                let params = params(raw.params.unwrap_or_default(), "signature.params")?;
                let returns = returns(
                    raw.returns
                        .as_deref()
                        .ok_or_else(|| invalid("signature", "a function needs `returns`"))?,
                    "signature.returns",
                )?;
                let output = match raw.output {
                    None => Output::Return,
                    Some(o) if o.node_value && o.param.is_none() => Output::NodeValue,
                    Some(o) if !o.node_value => {
                        let p = o.param.unwrap_or_default();
                        if returns != Type::Void {
                            return Err(invalid(
                                "signature.output.param",
                                "an in-place output goes with \"returns\": \"void\"",
                            ));
                        }
                        if !params.iter().any(|q| q.name == p) {
                            return Err(invalid(
                                "signature.output.param",
                                format!("no parameter named `{p}`"),
                            ));
                        }
                        Output::Param(p)
                    }
                    Some(_) => {
                        return Err(invalid(
                            "signature.output",
                            "give either param or node_value",
                        ))
                    }
                };
                Ok(Signature::Function {
                    name,
                    params,
                    returns,
                    output,
                    rust_name: raw.rust_name,
                })
            }
            (None, Some(name)) => {
                let constructor =
                    params(raw.constructor.unwrap_or_default(), "signature.constructor")?;
                let methods = raw
                    .methods
                    .ok_or_else(|| invalid("signature", "a class needs `methods`"))?
                    .into_iter()
                    .enumerate()
                    .map(|(i, m)| {
                        Ok(Method {
                            params: params(m.params, &format!("signature.methods[{i}].params"))?,
                            returns: returns(
                                &m.returns,
                                &format!("signature.methods[{i}].returns"),
                            )?,
                            name: m.name,
                        })
                    })
                    .collect::<Result<Vec<_>, Invalid>>()?;
                if let Some([enc, dec]) = &raw.roundtrip {
                    for m in [enc, dec] {
                        if !methods.iter().any(|x| &x.name == m) {
                            return Err(invalid(
                                "signature.roundtrip",
                                format!("no method named `{m}`"),
                            ));
                        }
                    }
                }
                Ok(Signature::Class {
                    name,
                    constructor,
                    methods,
                    roundtrip: raw.roundtrip,
                })
            }
            _ => Err(invalid(
                "signature",
                "give either `function` (with params and returns) or `class` (with methods)",
            )),
        }
    }

    /// Every type the signature mentions, for scaffolds and harnesses.
    pub fn types(&self) -> Vec<&Type> {
        match self {
            Signature::Function {
                params, returns, ..
            } => params.iter().map(|p| &p.ty).chain([returns]).collect(),
            Signature::Class {
                constructor,
                methods,
                ..
            } => constructor
                .iter()
                .map(|p| &p.ty)
                .chain(
                    methods
                        .iter()
                        .flat_map(|m| m.params.iter().map(|p| &p.ty).chain([&m.returns])),
                )
                .collect(),
        }
    }

    pub fn mentions(&self, node: &Type) -> bool {
        self.types().iter().any(|t| t.mentions(node))
    }

    fn method(&self, name: &str) -> Option<&Method> {
        match self {
            Signature::Class { methods, .. } => methods.iter().find(|m| m.name == name),
            Signature::Function { .. } => None,
        }
    }

    /// The type of the judged value (for a class: of each op's result, see `check_output`).
    pub fn output_type(&self) -> Type {
        match self {
            Signature::Function {
                params,
                returns,
                output,
                ..
            } => match output {
                Output::Return => returns.clone(),
                Output::Param(p) => params
                    .iter()
                    .find(|q| &q.name == p)
                    .map(|q| q.ty.clone())
                    .unwrap_or(Type::Void),
                Output::NodeValue => Type::Int,
            },
            Signature::Class {
                roundtrip: Some([_, dec]),
                ..
            } => self
                .method(dec)
                .map(|m| m.returns.clone())
                .unwrap_or(Type::Void),
            Signature::Class { .. } => Type::Void,
        }
    }

    /// Checks a case input against the signature.
    pub fn check_input(&self, input: &Value, path: &str) -> Result<(), Invalid> {
        let Value::Object(map) = input else {
            return Err(invalid(
                path,
                "an input is an object keyed by parameter name",
            ));
        };
        let check_args = |params: &[Param], path: &str| -> Result<(), Invalid> {
            for key in map.keys() {
                if !params.iter().any(|p| &p.name == key) {
                    return Err(invalid(
                        format!("{path}.{key}"),
                        "no parameter of that name",
                    ));
                }
            }
            for p in params {
                let value = map
                    .get(&p.name)
                    .ok_or_else(|| invalid(path, format!("missing parameter `{}`", p.name)))?;
                let at = format!("{path}.{}", p.name);
                match &p.role {
                    Role::Passed => p.ty.check(value, &at),
                    // The node is given by its value.
                    Role::NodeIn(_) => Type::Int.check(value, &at),
                    Role::CycleIn(_) => Type::Int.check(value, &at),
                }
                .map_err(|m| invalid(m.path, m.message))?;
                if let Role::CycleIn(list) = &p.role {
                    let len = map.get(list).and_then(Value::as_array).map_or(0, Vec::len);
                    crate::types::list::cycle_target(len, value.as_i64().unwrap_or(-2))
                        .map_err(|m| invalid(&at, m))?;
                }
            }
            Ok(())
        };
        match self {
            Signature::Function { params, .. } => check_args(params, path),
            Signature::Class {
                roundtrip: Some([enc, _]),
                ..
            } => {
                let method = self.method(enc).expect("validated");
                check_args(&method.params, path)
            }
            Signature::Class {
                name, constructor, ..
            } => {
                let (Some(Value::Array(ops)), Some(Value::Array(args))) =
                    (map.get("ops"), map.get("args"))
                else {
                    return Err(invalid(
                        path,
                        "a design-class input is {\"ops\": [...], \"args\": [[...], ...]}",
                    ));
                };
                if ops.len() != args.len() {
                    return Err(invalid(
                        path,
                        format!("{} ops but {} args", ops.len(), args.len()),
                    ));
                }
                if ops.first().and_then(Value::as_str) != Some(name.as_str()) {
                    return Err(invalid(
                        format!("{path}.ops[0]"),
                        format!("the first op constructs `{name}`"),
                    ));
                }
                for (i, (op, arg)) in ops.iter().zip(args).enumerate() {
                    let params = if i == 0 {
                        constructor.as_slice()
                    } else {
                        let op = op.as_str().unwrap_or_default();
                        &self
                            .method(op)
                            .ok_or_else(|| {
                                invalid(format!("{path}.ops[{i}]"), format!("no method `{op}`"))
                            })?
                            .params
                    };
                    let Value::Array(arg) = arg else {
                        return Err(invalid(
                            format!("{path}.args[{i}]"),
                            "expected an array of arguments",
                        ));
                    };
                    if arg.len() != params.len() {
                        return Err(invalid(
                            format!("{path}.args[{i}]"),
                            format!("expected {} arguments, found {}", params.len(), arg.len()),
                        ));
                    }
                    for (j, (p, a)) in params.iter().zip(arg).enumerate() {
                        p.ty.check(a, &format!("{path}.args[{i}][{j}]"))
                            .map_err(|m| invalid(m.path, m.message))?;
                    }
                }
                Ok(())
            }
        }
    }

    /// Checks an output (expected or actual) against the signature, given its input.
    pub fn check_output(
        &self,
        input: &Value,
        output: &Value,
        path: &str,
    ) -> Result<(), crate::types::Mismatch> {
        match self {
            Signature::Class {
                roundtrip: None, ..
            } => {
                let none = Vec::new();
                let ops = input.get("ops").and_then(Value::as_array).unwrap_or(&none);
                let Value::Array(items) = output else {
                    return Err(crate::types::Mismatch {
                        path: path.into(),
                        message: format!(
                            "expected one result per op, found {}",
                            crate::types::describe(output)
                        ),
                    });
                };
                if items.len() != ops.len() {
                    return Err(crate::types::Mismatch {
                        path: path.into(),
                        message: format!(
                            "expected {} results (one per op), found {}",
                            ops.len(),
                            items.len()
                        ),
                    });
                }
                for (i, (op, item)) in ops.iter().zip(items).enumerate() {
                    let ty = if i == 0 {
                        Type::Void
                    } else {
                        self.method(op.as_str().unwrap_or_default())
                            .map_or(Type::Void, |m| m.returns.clone())
                    };
                    ty.check(item, &format!("{path}[{i}]"))?;
                }
                Ok(())
            }
            _ => self.output_type().check(output, path),
        }
    }

    /// The canonical form of an output.
    pub fn canonical(&self, input: &Value, output: &Value) -> Value {
        match self {
            Signature::Class {
                roundtrip: None, ..
            } => {
                let ops = input.get("ops").and_then(Value::as_array);
                match (ops, output) {
                    (Some(ops), Value::Array(items)) => Value::Array(
                        items
                            .iter()
                            .enumerate()
                            .map(|(i, item)| {
                                let m = ops
                                    .get(i)
                                    .and_then(Value::as_str)
                                    .and_then(|op| self.method(op));
                                match m {
                                    Some(m) if i > 0 => m.returns.canonical(item),
                                    _ => item.clone(),
                                }
                            })
                            .collect(),
                    ),
                    _ => output.clone(),
                }
            }
            _ => self.output_type().canonical(output),
        }
    }
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
        let raw_signature: RawSignature = serde_json::from_value(raw.signature.clone())
            .map_err(|e| invalid("signature", e.to_string()))?;
        let signature = Signature::from_raw(raw_signature)?;
        let checker = match raw.checker.kind.as_str() {
            "exact" => Checker::Exact,
            "unordered" => Checker::Unordered(raw.checker.depth.unwrap_or(1).max(1)),
            "float" => Checker::Float(raw.checker.tolerance.unwrap_or(1e-5)),
            "validator" => {
                let name = raw.checker.name.unwrap_or_default();
                if !crate::judge::validators::exists(&name) {
                    return Err(invalid(
                        "checker.name",
                        format!(
                            "no validator named `{name}` (known: {})",
                            crate::judge::validators::NAMES.join(", ")
                        ),
                    ));
                }
                Checker::Validator(name)
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
        let limits: Limits = raw.limits.into();
        let examples = cases(&signature, raw.examples, "examples", "example")?;
        let tests = cases(&signature, raw.tests, "tests", "test")?;
        let generated = groups(&signature, &checker, raw.generated, "generated")?;
        let follow_up = raw
            .follow_up
            .map(|f| -> Result<FollowUp, Invalid> {
                Ok(FollowUp {
                    text: f.text,
                    limits: f.limits.map_or(limits, Limits::from),
                    tests: cases(&signature, f.tests, "follow_up.tests", "follow-up")?,
                    generated: groups(&signature, &checker, f.generated, "follow_up.generated")?,
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
            signature_json: raw.signature,
            checker,
            limits,
            complexity: (raw.complexity.time, raw.complexity.space),
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
                    signature
                        .check_output(&c.input, &o, &format!("{at}.output"))
                        .map_err(|m| invalid(m.path, m.message))?;
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
    signature: &Signature,
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
            let _ = signature;
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
