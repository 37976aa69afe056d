//! A problem's signature (docs/contract.md section 2): the function or design class the user
//! writes, read from its JSON and checked, with the checks of case inputs and outputs against
//! it.
//!
//! Every name that refers to another part of the signature (a node parameter's tree, a cycle's
//! list, an in-place output, a codec's two methods) is resolved here, once, into an index, so
//! the harness generators and the checks downstream never look a name up again and cannot
//! meet a dangling one.

use serde::Deserialize;
use serde_json::Value;

use super::{describe, Mismatch, Type};

/// The signature as written in problem.json; checked into a `Signature`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignature {
    /// A function's name (function shape).
    #[serde(default)]
    function: Option<String>,
    /// A function's parameters.
    #[serde(default)]
    params: Option<Vec<RawParam>>,
    /// A function's return type.
    #[serde(default)]
    returns: Option<String>,
    /// What is judged instead of the return value.
    #[serde(default)]
    output: Option<RawOutput>,
    /// A design class's name (class shape).
    #[serde(default)]
    class: Option<String>,
    /// The constructor's parameters.
    #[serde(default)]
    constructor: Option<Vec<RawParam>>,
    /// The class's methods.
    #[serde(default)]
    methods: Option<Vec<RawMethod>>,
    /// A codec: `[encode, decode]` method names.
    #[serde(default)]
    roundtrip: Option<[String; 2]>,
    /// The function's name in LeetCode's Rust template where it is not the snake_case of
    /// `function` (number-of-1-bits keeps `hammingWeight`).
    #[serde(default)]
    rust_name: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParam {
    /// The parameter's name, as LeetCode's signature has it.
    name: String,
    /// Its type (`int`, `int[][]`, `list<string>`, `TreeNode`, ...).
    #[serde(rename = "type")]
    ty: String,
    /// Harness-only: the index closing a cycle in the named list parameter.
    #[serde(default)]
    cycle_in: Option<String>,
    /// The value names a node of the named tree parameter.
    #[serde(default)]
    node_in: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMethod {
    /// The method's name.
    name: String,
    /// Its parameters.
    #[serde(default)]
    params: Vec<RawParam>,
    /// Its return type (`void` for none).
    returns: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutput {
    /// In place: the parameter judged after the call.
    #[serde(default)]
    param: Option<String>,
    /// A returned node is judged by its value.
    #[serde(default)]
    node_value: bool,
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
        roundtrip: Option<Roundtrip>,
    },
}

/// What a function case judges.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    Return,
    /// In place: the parameter at this index, after the call.
    Param(usize),
    NodeValue,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: Type,
    pub role: Role,
}

impl Param {
    /// Whether the user's code receives this parameter (a cycle's position is the harness's
    /// alone: it links the list before the call).
    pub fn is_argument(&self) -> bool {
        !matches!(self.role, Role::CycleIn(_))
    }
}

/// How a parameter reaches the user's code. The indices are of the same parameter list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Passed,
    /// The position the tail of the `ListNode` parameter at this index links back to (-1:
    /// no cycle).
    CycleIn(usize),
    /// The value of a node of the `TreeNode` parameter at this index; the node is passed.
    NodeIn(usize),
}

#[derive(Debug, Clone)]
pub struct Method {
    pub name: String,
    pub params: Vec<Param>,
    pub returns: Type,
}

/// A codec class: a case calls `encode` on one object and `decode` on a second with the
/// result. The indices are of the class's methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roundtrip {
    pub encode: usize,
    pub decode: usize,
}

fn invalid(path: impl Into<String>, message: impl Into<String>) -> Mismatch {
    Mismatch {
        path: path.into(),
        message: message.into(),
    }
}

/// Checks a parameter list at `path`, resolving `cycle_in` and `node_in` to indices.
fn params_from_raw(list: Vec<RawParam>, path: &str) -> Result<Vec<Param>, Mismatch> {
    let names: Vec<String> = list.iter().map(|p| p.name.clone()).collect();
    let types = list
        .iter()
        .enumerate()
        .map(|(i, p)| Type::parse(&p.ty).map_err(|e| invalid(format!("{path}[{i}].type"), e)))
        .collect::<Result<Vec<_>, _>>()?;
    list.into_iter()
        .zip(types.iter().cloned())
        .enumerate()
        .map(|(i, (p, ty))| {
            let target = |name: &str, want: Type| -> Result<usize, Mismatch> {
                names
                    .iter()
                    .zip(&types)
                    .position(|(n, t)| n == name && *t == want)
                    .ok_or_else(|| {
                        invalid(
                            format!("{path}[{i}]"),
                            format!("`{name}` must name a {want} parameter"),
                        )
                    })
            };
            let role = match (p.cycle_in, p.node_in) {
                (None, None) => Role::Passed,
                (Some(list), None) => Role::CycleIn(target(&list, Type::ListNode)?),
                (None, Some(tree)) => Role::NodeIn(target(&tree, Type::TreeNode)?),
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
        .collect()
}

impl Signature {
    /// A signature from its JSON (as in problem.json).
    pub fn from_json(value: &Value) -> Result<Signature, Mismatch> {
        let raw: RawSignature = serde_json::from_value(value.clone())
            .map_err(|e| invalid("signature", e.to_string()))?;
        Signature::from_raw(raw)
    }

    fn from_raw(raw: RawSignature) -> Result<Signature, Mismatch> {
        let returns = |text: &str, path: &str| Type::parse(text).map_err(|e| invalid(path, e));
        match (raw.function, raw.class) {
            (Some(name), None) => {
                let params = params_from_raw(raw.params.unwrap_or_default(), "signature.params")?;
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
                        let index = params.iter().position(|q| q.name == p).ok_or_else(|| {
                            invalid(
                                "signature.output.param",
                                format!("no parameter named `{p}`"),
                            )
                        })?;
                        Output::Param(index)
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
                    params_from_raw(raw.constructor.unwrap_or_default(), "signature.constructor")?;
                let methods = raw
                    .methods
                    .ok_or_else(|| invalid("signature", "a class needs `methods`"))?
                    .into_iter()
                    .enumerate()
                    .map(|(i, m)| {
                        Ok(Method {
                            params: params_from_raw(
                                m.params,
                                &format!("signature.methods[{i}].params"),
                            )?,
                            returns: returns(
                                &m.returns,
                                &format!("signature.methods[{i}].returns"),
                            )?,
                            name: m.name,
                        })
                    })
                    .collect::<Result<Vec<_>, Mismatch>>()?;
                let roundtrip = raw
                    .roundtrip
                    .map(|[enc, dec]| -> Result<Roundtrip, Mismatch> {
                        let find = |m: &str| {
                            methods.iter().position(|x| x.name == m).ok_or_else(|| {
                                invalid("signature.roundtrip", format!("no method named `{m}`"))
                            })
                        };
                        Ok(Roundtrip {
                            encode: find(&enc)?,
                            decode: find(&dec)?,
                        })
                    })
                    .transpose()?;
                Ok(Signature::Class {
                    name,
                    constructor,
                    methods,
                    roundtrip,
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

    /// A codec's encode and decode methods.
    pub fn codec(&self) -> Option<(&Method, &Method)> {
        match self {
            Signature::Class {
                methods,
                roundtrip: Some(r),
                ..
            } => Some((&methods[r.encode], &methods[r.decode])),
            _ => None,
        }
    }

    /// The method a design-class op names (ops are input data, so looked up by name).
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
                Output::Param(i) => params[*i].ty.clone(),
                Output::NodeValue => Type::Int,
            },
            Signature::Class { .. } => self
                .codec()
                .map_or(Type::Void, |(_, dec)| dec.returns.clone()),
        }
    }

    /// Checks a case input against the signature.
    pub fn check_input(&self, input: &Value, path: &str) -> Result<(), Mismatch> {
        let Value::Object(map) = input else {
            return Err(invalid(
                path,
                "an input is an object keyed by parameter name",
            ));
        };
        let check_args = |params: &[Param], path: &str| -> Result<(), Mismatch> {
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
                    Role::NodeIn(_) | Role::CycleIn(_) => Type::Int.check(value, &at),
                }?;
                if let Role::CycleIn(list) = p.role {
                    let len = map
                        .get(&params[list].name)
                        .and_then(Value::as_array)
                        .map_or(0, Vec::len);
                    super::list::cycle_target(len, value.as_i64().unwrap_or(-2))
                        .map_err(|m| invalid(&at, m))?;
                }
            }
            Ok(())
        };
        if let Some((encode, _)) = self.codec() {
            return check_args(&encode.params, path);
        }
        match self {
            Signature::Function { params, .. } => check_args(params, path),
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
                        p.ty.check(a, &format!("{path}.args[{i}][{j}]"))?;
                    }
                }
                Ok(())
            }
        }
    }

    /// Checks an output (expected or actual) against the signature, given its input.
    pub fn check_output(&self, input: &Value, output: &Value, path: &str) -> Result<(), Mismatch> {
        if !self.is_design_class() {
            return self.output_type().check(output, path);
        }
        let none = Vec::new();
        let ops = input.get("ops").and_then(Value::as_array).unwrap_or(&none);
        let Value::Array(items) = output else {
            return Err(invalid(
                path,
                format!("expected one result per op, found {}", describe(output)),
            ));
        };
        if items.len() != ops.len() {
            return Err(invalid(
                path,
                format!(
                    "expected {} results (one per op), found {}",
                    ops.len(),
                    items.len()
                ),
            ));
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

    /// The canonical form of an output.
    pub fn canonical(&self, input: &Value, output: &Value) -> Value {
        if !self.is_design_class() {
            return self.output_type().canonical(output);
        }
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

    /// A design class run as a sequence of ops (a class that is not a codec).
    pub fn is_design_class(&self) -> bool {
        matches!(
            self,
            Signature::Class {
                roundtrip: None,
                ..
            }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn references_resolve_to_indices_when_read() {
        let sig = Signature::from_json(&json!({"function": "f", "params": [
            {"name": "head", "type": "ListNode"}, {"name": "pos", "type": "int", "cycle_in": "head"},
            {"name": "root", "type": "TreeNode"}, {"name": "p", "type": "int", "node_in": "root"},
            {"name": "nums", "type": "int[]"}],
            "returns": "void", "output": {"param": "nums"}}))
        .unwrap();
        let Signature::Function { params, output, .. } = &sig else {
            panic!("a function")
        };
        assert_eq!(params[1].role, Role::CycleIn(0));
        assert_eq!(params[3].role, Role::NodeIn(2));
        assert_eq!(*output, Output::Param(4));
        assert_eq!(sig.output_type(), Type::Array(Box::new(Type::Int)));
        let codec = Signature::from_json(&json!({"class": "Codec", "methods": [
            {"name": "serialize", "params": [{"name": "root", "type": "TreeNode"}], "returns": "string"},
            {"name": "deserialize", "params": [{"name": "data", "type": "string"}], "returns": "TreeNode"}],
            "roundtrip": ["serialize", "deserialize"]}))
        .unwrap();
        let (enc, dec) = codec.codec().unwrap();
        assert_eq!(
            (enc.name.as_str(), dec.name.as_str()),
            ("serialize", "deserialize")
        );
        assert_eq!(codec.output_type(), Type::TreeNode);
    }

    #[test]
    fn a_dangling_name_is_refused_at_its_path() {
        let err = |v: Value| Signature::from_json(&v).unwrap_err();
        let e = err(json!({"function": "f", "params": [
            {"name": "pos", "type": "int", "cycle_in": "head"}], "returns": "bool"}));
        assert_eq!(e.path, "signature.params[0]");
        assert!(e.message.contains("`head` must name a ListNode"), "{e}");
        let e = err(
            json!({"function": "f", "params": [{"name": "a", "type": "int[]"}],
            "returns": "void", "output": {"param": "b"}}),
        );
        assert_eq!(e.path, "signature.output.param");
        let e = err(json!({"class": "C", "methods": [
            {"name": "enc", "params": [], "returns": "string"}], "roundtrip": ["enc", "dec"]}));
        assert_eq!(e.path, "signature.roundtrip");
        assert!(e.message.contains("`dec`"), "{e}");
    }
}
