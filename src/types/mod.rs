//! The value and type system of signatures (docs/contract.md section 2): parsing type names,
//! checking that a JSON value fits a type, and the canonical form the checkers compare.
//!
//! `signature` holds the function or class a problem asks for, with its checks of inputs and
//! outputs.
//!
//! Values travel as `serde_json::Value` in the encodings of docs/design.md; the node
//! encodings (lists, trees, graphs, random-pointer lists) are decoded by their own modules.

pub mod graph;
pub mod list;
pub mod signature;
pub mod tree;

use std::fmt;

use serde_json::Value;

/// A type named in a signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    Int,
    Long,
    Uint32,
    Double,
    Bool,
    String,
    Char,
    Void,
    /// `T[]`: a Java array, a C++ vector.
    Array(Box<Type>),
    /// `list<T>`: a Java `List<T>`.
    List(Box<Type>),
    ListNode,
    TreeNode,
    /// A graph node with `neighbors`.
    Node,
    /// A list node with `next` and `random`.
    RandomNode,
}

impl Type {
    /// Parses a type name such as `int[][]`, `list<list<string>>` or `TreeNode`.
    pub fn parse(text: &str) -> Result<Type, String> {
        let text = text.trim();
        if let Some(inner) = text.strip_suffix("[]") {
            return Ok(Type::Array(Box::new(Type::parse(inner)?)));
        }
        if let Some(inner) = text.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
            return Ok(Type::List(Box::new(Type::parse(inner)?)));
        }
        Ok(match text {
            "int" => Type::Int,
            "long" => Type::Long,
            "uint32" => Type::Uint32,
            "double" => Type::Double,
            "bool" => Type::Bool,
            "string" => Type::String,
            "char" => Type::Char,
            "void" => Type::Void,
            "ListNode" => Type::ListNode,
            "TreeNode" => Type::TreeNode,
            "Node" => Type::Node,
            "RandomNode" => Type::RandomNode,
            _ => {
                return Err(format!(
                    "unknown type `{text}` (expected int, long, uint32, double, bool, string, \
                     char, void, ListNode, TreeNode, Node, RandomNode, T[] or list<T>)"
                ))
            }
        })
    }

    /// The element type of an array or list.
    pub fn element(&self) -> Option<&Type> {
        match self {
            Type::Array(inner) | Type::List(inner) => Some(inner),
            _ => None,
        }
    }

    /// True when this type or a part of it is a node type (decides which definitions a
    /// scaffold and harness provide).
    pub fn mentions(&self, node: &Type) -> bool {
        self == node || self.element().is_some_and(|e| e.mentions(node))
    }

    /// Checks that `value` fits this type; the error names the JSON path below `path`.
    pub fn check(&self, value: &Value, path: &str) -> Result<(), Mismatch> {
        let fail = |expected: &str| {
            Err(Mismatch {
                path: path.to_string(),
                message: format!("expected {expected}, found {}", describe(value)),
            })
        };
        match self {
            Type::Int => match value.as_i64() {
                Some(n) if i32::try_from(n).is_ok() => Ok(()),
                _ => fail("an int (32-bit integer)"),
            },
            Type::Long => match value.as_i64() {
                Some(_) => Ok(()),
                None => fail("a long (64-bit integer)"),
            },
            Type::Uint32 => match value.as_u64() {
                Some(n) if u32::try_from(n).is_ok() => Ok(()),
                _ => fail("a uint32 (0 to 4294967295)"),
            },
            Type::Double => match value {
                Value::Number(_) => Ok(()),
                _ => fail("a number"),
            },
            Type::Bool => match value {
                Value::Bool(_) => Ok(()),
                _ => fail("true or false"),
            },
            Type::String => match value {
                Value::String(_) => Ok(()),
                _ => fail("a string"),
            },
            Type::Char => match value {
                Value::String(s) if s.chars().count() == 1 => Ok(()),
                _ => fail("a one-character string"),
            },
            Type::Void => match value {
                Value::Null => Ok(()),
                _ => fail("null (void)"),
            },
            Type::Array(inner) | Type::List(inner) => match value {
                Value::Array(items) => items
                    .iter()
                    .enumerate()
                    .try_for_each(|(i, item)| inner.check(item, &format!("{path}[{i}]"))),
                _ => fail("an array"),
            },
            Type::ListNode => list::values(value).map(drop).map_err(|message| Mismatch {
                path: path.to_string(),
                message,
            }),
            Type::TreeNode => tree::Tree::decode(value)
                .map(drop)
                .map_err(|message| Mismatch {
                    path: path.to_string(),
                    message,
                }),
            Type::Node => graph::Graph::decode(value)
                .map(drop)
                .map_err(|message| Mismatch {
                    path: path.to_string(),
                    message,
                }),
            Type::RandomNode => list::RandomList::decode(value)
                .map(drop)
                .map_err(|message| Mismatch {
                    path: path.to_string(),
                    message,
                }),
        }
    }

    /// The canonical form of a value of this type: trees lose trailing `null`s, everything
    /// else is already canonical. Values that do not fit the type are returned unchanged.
    pub fn canonical(&self, value: &Value) -> Value {
        match (self, value) {
            // 3 and 3.0 are the same double.
            (Type::Double, Value::Number(n)) => n
                .as_f64()
                .and_then(serde_json::Number::from_f64)
                .map_or_else(|| value.clone(), Value::Number),
            (Type::TreeNode, _) => tree::Tree::decode(value)
                .map(|t| t.encode())
                .unwrap_or_else(|_| value.clone()),
            (Type::Array(inner) | Type::List(inner), Value::Array(items)) => {
                Value::Array(items.iter().map(|v| inner.canonical(v)).collect())
            }
            _ => value.clone(),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int => f.write_str("int"),
            Type::Long => f.write_str("long"),
            Type::Uint32 => f.write_str("uint32"),
            Type::Double => f.write_str("double"),
            Type::Bool => f.write_str("bool"),
            Type::String => f.write_str("string"),
            Type::Char => f.write_str("char"),
            Type::Void => f.write_str("void"),
            Type::Array(inner) => write!(f, "{inner}[]"),
            Type::List(inner) => write!(f, "list<{inner}>"),
            Type::ListNode => f.write_str("ListNode"),
            Type::TreeNode => f.write_str("TreeNode"),
            Type::Node => f.write_str("Node"),
            Type::RandomNode => f.write_str("RandomNode"),
        }
    }
}

/// A value that does not fit its type, with the JSON path where it went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at {}: {}", self.path, self.message)
        }
    }
}

/// A short description of a JSON value for messages: its kind and, when short, itself.
pub fn describe(value: &Value) -> String {
    let text = value.to_string();
    let kind = match value {
        Value::Null => return "null".into(),
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    if text.chars().count() <= 40 {
        format!("{kind} {text}")
    } else {
        kind.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn t(s: &str) -> Type {
        Type::parse(s).unwrap()
    }

    #[test]
    fn parses_and_prints_every_shape() {
        for name in [
            "int",
            "long",
            "uint32",
            "double",
            "bool",
            "string",
            "char",
            "void",
            "int[]",
            "int[][]",
            "char[][]",
            "list<int>",
            "list<list<string>>",
            "ListNode",
            "ListNode[]",
            "TreeNode",
            "Node",
            "RandomNode",
        ] {
            assert_eq!(t(name).to_string(), name);
        }
        assert!(Type::parse("integer")
            .unwrap_err()
            .contains("unknown type `integer`"));
    }

    #[test]
    fn integer_ranges() {
        assert!(t("int").check(&json!(2147483647), "").is_ok());
        assert!(t("int").check(&json!(-2147483648), "").is_ok());
        assert!(t("int").check(&json!(2147483648_i64), "").is_err());
        assert!(t("int").check(&json!(1.5), "").is_err());
        assert!(t("long").check(&json!(i64::MAX), "").is_ok());
        assert!(t("long").check(&json!(i64::MIN), "").is_ok());
        assert!(t("long").check(&json!(u64::MAX), "").is_err());
        assert!(t("uint32").check(&json!(4294967295_u64), "").is_ok());
        assert!(t("uint32").check(&json!(4294967296_u64), "").is_err());
        assert!(t("uint32").check(&json!(-1), "").is_err());
    }

    #[test]
    fn extremes_survive_a_json_round_trip() {
        let value = json!([i64::MAX, i64::MIN, 4294967295_u64, 0.1, -2.5e-300, 1e308]);
        let back: Value = serde_json::from_str(&value.to_string()).unwrap();
        assert_eq!(back, value);
        assert!(t("double[]")
            .check(&json!([0.1, -2.5e-300, 1e308, 3]), "")
            .is_ok());
    }

    #[test]
    fn strings_and_chars() {
        let s = json!("héllo \"quoted\"\n\t🙂 中文");
        assert!(t("string").check(&s, "").is_ok());
        let back: Value = serde_json::from_str(&s.to_string()).unwrap();
        assert_eq!(back, s);
        assert!(t("char").check(&json!("🙂"), "").is_ok());
        assert!(t("char").check(&json!("ab"), "").is_err());
        assert!(t("char").check(&json!(""), "").is_err());
    }

    #[test]
    fn nested_mismatch_names_the_path() {
        let err = t("int[][]")
            .check(&json!([[1, 2], [3, "x"]]), "nums")
            .unwrap_err();
        assert_eq!(err.path, "nums[1][1]");
        assert_eq!(
            err.message,
            "expected an int (32-bit integer), found string \"x\""
        );
    }

    #[test]
    fn canonical_trims_trees_inside_arrays() {
        let value = json!([[1, null, 2, null, null], []]);
        assert_eq!(t("TreeNode[]").canonical(&value), json!([[1, null, 2], []]));
        assert_eq!(t("double[]").canonical(&json!([3, 0.5])), json!([3.0, 0.5]));
    }

    #[test]
    fn mentions_finds_nested_nodes() {
        assert!(t("ListNode[]").mentions(&Type::ListNode));
        assert!(!t("int[]").mentions(&Type::ListNode));
    }
}
