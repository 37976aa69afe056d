//! A problem's input constraints as code (Kattis-style input validators): what a valid input
//! is, beyond fitting the signature's types. `prep verify` holds every example, test and
//! generated input to them, `prep test` warns about a user's case that breaks them, and
//! `prep stress` keeps its shrunk inputs inside them.
//!
//! The constraints are written in the signature (whose fields are ours, docs/contract.md
//! section 1), as a small declarative vocabulary on each parameter (`spec.rs`: length, value
//! range, alphabet, distinct, sorted, grid shape, nested items) plus, for a design class, the
//! number of calls; rules that tie parameters together or need an algorithm (exactly one
//! answer, a BST, a permutation) are named and written as code (`named.rs`), as checkers and
//! generators are. `strip` takes these keys out of the signature when a problem loads, so the
//! signature the harnesses read is the same as before and an unknown rule key or name is
//! refused there, with its JSON path.
//!
//! The one entry point for other modules is [`check_input`].

mod named;
mod spec;

use serde_json::{Map, Value};

use super::problem::{Invalid, Param, Problem, Role, Signature};
use crate::types::Type;
pub use named::Named;
pub use spec::Spec;

/// Keys of a parameter object that belong to the signature, not to the rules.
const PARAM_KEYS: &[&str] = &["name", "type", "cycle_in", "node_in"];

/// The constraints of one problem's inputs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rules {
    /// One per parameter of the function (or of the constructor), in order.
    pub params: Vec<Spec>,
    /// A design class: per method (in the signature's order), its parameters' specs.
    pub methods: Vec<MethodRules>,
    /// A design class: the number of method calls after the constructor.
    pub calls: Option<(u64, u64)>,
    /// The named rules, each with the indices of the parameters it reads.
    pub named: Vec<(Named, Vec<usize>)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MethodRules {
    pub name: String,
    pub params: Vec<Spec>,
    /// How many times this method may be called in one case.
    pub calls: Option<(u64, u64)>,
}

/// Whether a problem's input is valid: it fits the signature's types (an int in int range, a
/// tree's level order well formed, a design case's ops and args matching the class) and every
/// declared constraint. The error names the parameter, the place and the rule broken, such as
/// `nums[3]: 2000000000 is over 10^9`.
pub fn check_input(problem: &Problem, input: &Value) -> Result<(), String> {
    check_case(problem, input, false)
}

/// [`check_input`] for a case of the main groups or (`follow_up`) of the follow-up group,
/// whose rules may differ (a parameter's `follow_up` keys).
pub fn check_case(problem: &Problem, input: &Value, follow_up: bool) -> Result<(), String> {
    problem
        .signature
        .check_input(input, "input")
        .map_err(|m| format!("{}: {}", m.path.trim_start_matches("input."), m.message))?;
    problem.rules.check(&problem.signature, input, follow_up)
}

impl Rules {
    /// Takes the rule keys out of a signature's JSON (leaving what `Signature` reads) and
    /// checks them against the signature read from what is left.
    pub fn strip(signature: &mut Value) -> Result<RawRules, Invalid> {
        let mut raw = RawRules::default();
        let Value::Object(map) = signature else {
            return Ok(raw);
        };
        raw.named = map.remove("rules");
        raw.calls = map.remove("calls");
        for key in ["params", "constructor"] {
            if let Some(Value::Array(params)) = map.get_mut(key) {
                raw.params = params
                    .iter_mut()
                    .enumerate()
                    .map(|(i, p)| (format!("signature.{key}[{i}]"), take_rule_keys(p)))
                    .collect();
            }
        }
        if let Some(Value::Array(methods)) = map.get_mut("methods") {
            for (i, m) in methods.iter_mut().enumerate() {
                let calls = m.as_object_mut().and_then(|o| o.remove("calls"));
                let params = match m.get_mut("params") {
                    Some(Value::Array(params)) => params
                        .iter_mut()
                        .enumerate()
                        .map(|(j, p)| {
                            (
                                format!("signature.methods[{i}].params[{j}]"),
                                take_rule_keys(p),
                            )
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                raw.methods.push((calls, params));
            }
        }
        Ok(raw)
    }

    /// Checks one input (already known to fit the signature's types) against the rules.
    pub fn check(
        &self,
        signature: &Signature,
        input: &Value,
        follow_up: bool,
    ) -> Result<(), String> {
        match signature {
            Signature::Function { params, .. } => {
                for (p, spec) in params.iter().zip(&self.params) {
                    if let Some(value) = input.get(&p.name) {
                        spec.of_case(follow_up)
                            .check(&value_type(p), value, &p.name)?;
                    }
                }
            }
            Signature::Class {
                constructor,
                methods,
                roundtrip,
                ..
            } => {
                if let Some(r) = roundtrip {
                    // A codec's input is its encode method's arguments.
                    let encode = &methods[r.encode];
                    for (p, spec) in encode.params.iter().zip(&self.methods[r.encode].params) {
                        if let Some(value) = input.get(&p.name) {
                            spec.of_case(follow_up).check(&p.ty, value, &p.name)?;
                        }
                    }
                } else {
                    self.check_calls(constructor, methods, input, follow_up)?;
                }
            }
        }
        for (rule, at) in &self.named {
            rule.check(signature, at, input)?;
        }
        Ok(())
    }

    fn check_calls(
        &self,
        constructor: &[crate::catalog::problem::Param],
        methods: &[crate::catalog::problem::Method],
        input: &Value,
        follow_up: bool,
    ) -> Result<(), String> {
        let empty = Vec::new();
        let ops = input.get("ops").and_then(Value::as_array).unwrap_or(&empty);
        let args = input
            .get("args")
            .and_then(Value::as_array)
            .unwrap_or(&empty);
        let calls = ops.len().saturating_sub(1) as u64;
        if let Some((lo, hi)) = self.calls {
            if calls < lo || calls > hi {
                return Err(format!(
                    "ops: {calls} calls, outside {} to {}",
                    spec::number(lo as f64),
                    spec::number(hi as f64)
                ));
            }
        }
        let mut per_method = vec![0u64; methods.len()];
        for (i, (op, arg)) in ops.iter().zip(args).enumerate() {
            let (name, params, specs): (&str, &[crate::catalog::problem::Param], &[Spec]) =
                if i == 0 {
                    ("constructor", constructor, &self.params)
                } else {
                    let op = op.as_str().unwrap_or_default();
                    let Some(m) = methods.iter().position(|m| m.name == op) else {
                        continue;
                    };
                    per_method[m] += 1;
                    (op, &methods[m].params, &self.methods[m].params)
                };
            for (j, (p, spec)) in params.iter().zip(specs).enumerate() {
                if let Some(value) = arg.get(j) {
                    spec.of_case(follow_up).check(
                        &p.ty,
                        value,
                        &format!("args[{i}][{j}] ({name} {})", p.name),
                    )?;
                }
            }
        }
        for (m, count) in self.methods.iter().zip(per_method) {
            if let Some((lo, hi)) = m.calls {
                if count < lo || count > hi {
                    return Err(format!(
                        "ops: {count} calls of {}, outside {} to {}",
                        m.name,
                        spec::number(lo as f64),
                        spec::number(hi as f64)
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Parameters' rule keys, each with the JSON path of its parameter.
type RawSpecs = Vec<(String, Map<String, Value>)>;

/// The rule keys taken out of a signature, not yet checked.
#[derive(Debug, Default)]
pub struct RawRules {
    /// `rules`: the named rules.
    named: Option<Value>,
    /// `calls`: a design class's number of calls.
    calls: Option<Value>,
    /// Per function or constructor parameter: its path and its rule keys.
    params: RawSpecs,
    /// Per method: its `calls` and its parameters' paths and rule keys.
    methods: Vec<(Option<Value>, RawSpecs)>,
}

impl RawRules {
    /// Checks the rule keys against the signature read without them.
    pub fn check(self, signature: &Signature) -> Result<Rules, Invalid> {
        let specs = |list: RawSpecs,
                     params: &[crate::catalog::problem::Param]|
         -> Result<Vec<Spec>, Invalid> {
            list.into_iter()
                .zip(params)
                .map(|((path, keys), p)| Spec::from_keys(keys, &value_type(p), &path))
                .collect()
        };
        let mut rules = Rules::default();
        match signature {
            Signature::Function { params, .. } => {
                rules.params = specs(self.params, params)?;
                if self.calls.is_some() {
                    return Err(invalid("signature.calls", "only a design class has calls"));
                }
            }
            Signature::Class {
                constructor,
                methods,
                ..
            } => {
                rules.params = specs(self.params, constructor)?;
                rules.calls = self
                    .calls
                    .map(|v| spec::bounds(&v, "signature.calls"))
                    .transpose()?
                    .map(|(lo, hi)| (lo as u64, hi as u64));
                for (i, ((calls, list), m)) in self.methods.into_iter().zip(methods).enumerate() {
                    rules.methods.push(MethodRules {
                        name: m.name.clone(),
                        params: specs(list, &m.params)?,
                        calls: calls
                            .map(|v| spec::bounds(&v, &format!("signature.methods[{i}].calls")))
                            .transpose()?
                            .map(|(lo, hi)| (lo as u64, hi as u64)),
                    });
                }
            }
        }
        if let Some(list) = self.named {
            let Value::Array(list) = list else {
                return Err(invalid(
                    "signature.rules",
                    "a list of named rules such as \"one_answer(nums, target)\"",
                ));
            };
            for (i, item) in list.iter().enumerate() {
                let path = format!("signature.rules[{i}]");
                let text = item
                    .as_str()
                    .ok_or_else(|| invalid(&path, "a named rule is a string"))?;
                rules
                    .named
                    .push(Named::parse(text, signature).map_err(|m| invalid(&path, m))?);
            }
        }
        Ok(rules)
    }
}

/// The type of a parameter's value in a case: a node or a cycle's position is given as an int.
fn value_type(p: &Param) -> Type {
    match p.role {
        Role::Passed => p.ty.clone(),
        Role::NodeIn(_) | Role::CycleIn(_) => Type::Int,
    }
}

/// Removes the rule keys from one parameter object and returns them.
fn take_rule_keys(param: &mut Value) -> Map<String, Value> {
    let Value::Object(map) = param else {
        return Map::new();
    };
    let keys: Vec<String> = map
        .keys()
        .filter(|k| !PARAM_KEYS.contains(&k.as_str()))
        .cloned()
        .collect();
    keys.into_iter()
        .filter_map(|k| map.remove(&k).map(|v| (k, v)))
        .collect()
}

fn invalid(path: impl Into<String>, message: impl Into<String>) -> Invalid {
    Invalid {
        path: path.into(),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests;
