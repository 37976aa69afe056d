//! Serde types that mirror `problem.json` field for field (docs/contract.md section 1 and
//! docs/design.md). They accept any well-formed JSON of the right shape; `problem.rs` turns
//! them into checked domain types.

use serde::Deserialize;
use serde_json::Value;

/// A whole `problem.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProblem {
    /// Version of this format; prep refuses files newer than it understands.
    pub format_version: u32,
    /// LeetCode's slug, also the folder name.
    pub slug: String,
    /// Title as shown in lists.
    pub title: String,
    /// `easy`, `medium` or `hard`.
    pub difficulty: String,
    /// Topic ids from the vocabulary in docs/design.md; the first is the plan section.
    pub topics: Vec<String>,
    /// Place in the study plan.
    pub plan: RawPlan,
    /// The function or class the user writes; passed to harnesses as written.
    pub signature: Value,
    /// How an answer is compared with the expected one.
    pub checker: RawChecker,
    /// Per-case limits.
    pub limits: RawLimits,
    /// The target complexity of the intended solution.
    pub complexity: RawComplexity,
    /// Progressive hints, first the gentlest.
    pub hints: Vec<String>,
    /// Cases shown with the statement.
    pub examples: Vec<RawCase>,
    /// Hand-written hidden cases.
    #[serde(default)]
    pub tests: Vec<RawCase>,
    /// Large cases made by named generators.
    #[serde(default)]
    pub generated: Vec<RawGenerated>,
    /// Cases that check a better complexity than the constraints force.
    #[serde(default)]
    pub follow_up: Option<RawFollowUp>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlan {
    /// Position in the 150-problem plan (its line in catalogue/neetcode150.tsv).
    pub order: u32,
    /// Part of the Blind 75 list.
    #[serde(default)]
    pub blind75: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecker {
    /// `exact`, `unordered`, `float` or `validator`.
    pub kind: String,
    /// For `unordered`: how many outer levels of arrays may come in any order.
    #[serde(default)]
    pub depth: Option<u32>,
    /// For `float`: the absolute or relative tolerance (default 1e-5).
    #[serde(default)]
    pub tolerance: Option<f64>,
    /// For `validator`: its name in the registry.
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct RawLimits {
    /// CPU milliseconds per case in Python; other languages multiply it.
    pub time_ms: u64,
    /// Memory limit in MiB.
    pub memory_mb: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComplexity {
    /// Time, such as `O(n)`.
    pub time: String,
    /// Extra space, such as `O(1)`.
    pub space: String,
    /// What n is, where `time` and `space` do not say it alone (an addition to the contract:
    /// absent, n is the number of values in the input).
    #[serde(default)]
    pub n: Option<RawSizeN>,
}

/// `complexity.n`: what n is, and the targets in terms of it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSizeN {
    /// What n is, in words (`cells of the grid`, `calls made`).
    pub is: String,
    /// How the complexity probe counts n in an input: `values` (every value of every array,
    /// every character of every string, every call of a design class; the default) or
    /// `size` (the generator's size, for an input that is one number).
    #[serde(default)]
    pub count: Option<String>,
    /// The target time in n, one of the probe's classes, where `time` is not one.
    #[serde(default)]
    pub time: Option<String>,
    /// The target space in n, likewise.
    #[serde(default)]
    pub space: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    /// A short name for the case (hidden tests need one).
    #[serde(default)]
    pub name: Option<String>,
    /// Arguments keyed by parameter name, or `{"ops", "args"}` for a design class.
    pub input: Value,
    /// The expected output; required in the catalogue, optional in a user's cases.json.
    #[serde(default)]
    pub output: Option<Value>,
    /// Why the output is what it is (examples).
    #[serde(default)]
    pub explanation: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGenerated {
    /// A short name for the group.
    pub name: String,
    /// A generator registered in src/catalog/generators.
    pub generator: String,
    /// The generator's parameters.
    #[serde(default)]
    pub params: serde_json::Map<String, Value>,
    /// Seed of case 0; case i uses `seed * 1000003 + i`.
    pub seed: u64,
    /// How many cases.
    pub count: u32,
    /// One expected output per case, in full or as a digest.
    #[serde(default)]
    pub expected: Vec<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFollowUp {
    /// The follow-up question, shown with the statement.
    pub text: String,
    /// Limits of the follow-up cases, when they differ from the problem's.
    #[serde(default)]
    pub limits: Option<RawLimits>,
    /// Hand-written follow-up cases.
    #[serde(default)]
    pub tests: Vec<RawCase>,
    /// Generated follow-up cases.
    #[serde(default)]
    pub generated: Vec<RawGenerated>,
}
