//! The declarative constraints of one parameter, written beside its `name` and `type` in the
//! signature:
//!
//! | key | applies to | means |
//! |---|---|---|
//! | `len: [lo, hi]` | arrays, lists, strings, `ListNode`, `TreeNode`, `Node`, `RandomNode` | element, character or node count |
//! | `range: [lo, hi]` | anything holding numbers | every number inside (node values too) |
//! | `sum: [lo, hi]` | arrays of numbers | the sum of every number inside |
//! | `chars: "a-z0-9 "` | anything holding strings or chars | every character is in the set (`x-y` a range; `-` first or last is itself) |
//! | `items: {...}` | arrays, lists | these keys hold for each element |
//! | `distinct: true` | arrays, lists, strings, `ListNode`, `TreeNode` | no element, character or node value twice |
//! | `sorted: "asc"`, `"asc_strict"`, `"desc"` | arrays, lists, strings, `ListNode` | non-decreasing, increasing, non-increasing |
//! | `rect: true`, `square: true` | arrays of arrays or strings | every row as long as the first; and as many rows as columns |
//!
//! `follow_up: {...}` gives the keys that differ for the follow-up's cases (a follow-up may ask
//! about larger or other inputs), `null` dropping a key.
//!
//! Each is checked against the parameter's type when the problem loads, so a rule that cannot
//! apply (`chars` on an `int[]`) is refused there, not ignored.

use serde_json::{Map, Value};

use super::invalid;
use crate::catalog::problem::Invalid;
use crate::types::graph::Graph;
use crate::types::list::{self, RandomList};
use crate::types::tree::Tree;
use crate::types::Type;

/// The rule keys a parameter may carry.
const KEYS: &[&str] = &[
    "len",
    "range",
    "sum",
    "chars",
    "items",
    "distinct",
    "sorted",
    "rect",
    "square",
    "follow_up",
];

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Spec {
    pub len: Option<(f64, f64)>,
    pub range: Option<(f64, f64)>,
    pub sum: Option<(f64, f64)>,
    /// The set as written (for messages) and as inclusive ranges.
    pub chars: Option<(String, Vec<(char, char)>)>,
    pub items: Option<Box<Spec>>,
    pub distinct: bool,
    pub sorted: Option<Order>,
    pub rect: bool,
    pub square: bool,
    /// The spec of the follow-up's cases, where it differs.
    pub follow_up: Option<Box<Spec>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Asc,
    AscStrict,
    Desc,
}

impl Order {
    fn holds(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::{Greater, Less};
        match self {
            Order::Asc => ord != Greater,
            Order::AscStrict => ord == Less,
            Order::Desc => ord != Less,
        }
    }

    fn words(self) -> &'static str {
        match self {
            Order::Asc => "sorted ascending",
            Order::AscStrict => "strictly increasing",
            Order::Desc => "sorted descending",
        }
    }
}

/// `[lo, hi]` at `path`.
pub fn bounds(value: &Value, path: &str) -> Result<(f64, f64), Invalid> {
    let pair = value.as_array().filter(|a| a.len() == 2).and_then(|a| {
        let lo = a[0].as_f64()?;
        let hi = a[1].as_f64()?;
        (lo <= hi).then_some((lo, hi))
    });
    pair.ok_or_else(|| invalid(path, "expected [lo, hi] with lo <= hi"))
}

/// A bound as a person writes it: `10^9`, `-2^31`, else the number.
pub fn number(x: f64) -> String {
    let sign = if x < 0.0 { "-" } else { "" };
    let a = x.abs();
    if a >= 1e4 && a.fract() == 0.0 {
        let k = a.log10().round();
        if (10f64.powf(k) - a).abs() < 0.5 {
            return format!("{sign}10^{k}");
        }
        for (k, text) in [(31, "2^31"), (32, "2^32"), (63, "2^63")] {
            let p = 2f64.powi(k);
            if a == p {
                return format!("{sign}{text}");
            }
            if a == p - 1.0 {
                return format!("{sign}({text} - 1)");
            }
        }
    }
    plain(x)
}

/// The sum of every number in a value.
fn leaf_sum(value: &Value) -> f64 {
    match value {
        Value::Number(n) => n.as_f64().unwrap_or(0.0),
        Value::Array(items) => items.iter().map(leaf_sum).sum(),
        _ => 0.0,
    }
}

/// A value as it was given.
fn plain(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e17 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    }
}

/// A character set such as `a-zA-Z0-9 ,`.
fn char_set(text: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if i + 2 < chars.len() && chars[i + 1] == '-' {
            out.push((chars[i], chars[i + 2]));
            i += 3;
        } else {
            out.push((chars[i], chars[i]));
            i += 1;
        }
    }
    out
}

/// What a type holds, for deciding which keys fit it.
fn holds_numbers(ty: &Type) -> bool {
    match ty {
        Type::Int | Type::Long | Type::Uint32 | Type::Double => true,
        Type::ListNode | Type::TreeNode | Type::RandomNode => true,
        Type::Array(inner) | Type::List(inner) => holds_numbers(inner),
        _ => false,
    }
}

fn holds_text(ty: &Type) -> bool {
    match ty {
        Type::String | Type::Char => true,
        Type::Array(inner) | Type::List(inner) => holds_text(inner),
        _ => false,
    }
}

fn has_len(ty: &Type) -> bool {
    matches!(
        ty,
        Type::Array(_)
            | Type::List(_)
            | Type::String
            | Type::ListNode
            | Type::TreeNode
            | Type::Node
            | Type::RandomNode
    )
}

impl Spec {
    /// Reads the rule keys of a parameter of type `ty` found at `path`.
    pub fn from_keys(keys: Map<String, Value>, ty: &Type, path: &str) -> Result<Spec, Invalid> {
        let mut spec = Spec::default();
        let mut main = keys.clone();
        main.remove("follow_up");
        for (key, value) in keys {
            let at = format!("{path}.{key}");
            let refuse = |what: &str| {
                Err(invalid(
                    &at,
                    format!("`{key}` applies to {what}, not to {ty}"),
                ))
            };
            let flag = |v: &Value| {
                v.as_bool()
                    .ok_or_else(|| invalid(&at, format!("`{key}` is true or false")))
            };
            match key.as_str() {
                "len" if has_len(ty) => spec.len = Some(bounds(&value, &at)?),
                "len" => return refuse("arrays, strings and nodes"),
                "range" if holds_numbers(ty) => spec.range = Some(bounds(&value, &at)?),
                "range" => return refuse("numbers"),
                "sum" if ty.element().is_some() && holds_numbers(ty) => {
                    spec.sum = Some(bounds(&value, &at)?);
                }
                "sum" => return refuse("arrays of numbers"),
                "chars" if holds_text(ty) => {
                    let text = value
                        .as_str()
                        .filter(|t| !t.is_empty())
                        .ok_or_else(|| invalid(&at, "a set of characters such as \"a-z\""))?;
                    spec.chars = Some((text.to_string(), char_set(text)));
                }
                "chars" => return refuse("strings and chars"),
                "items" => {
                    let Some(inner) = ty.element() else {
                        return refuse("arrays and lists");
                    };
                    let Value::Object(map) = value else {
                        return Err(invalid(&at, "an object of rule keys"));
                    };
                    spec.items = Some(Box::new(Spec::from_keys(map, inner, &at)?));
                }
                "distinct"
                    if matches!(
                        ty,
                        Type::Array(_)
                            | Type::List(_)
                            | Type::String
                            | Type::ListNode
                            | Type::TreeNode
                    ) =>
                {
                    spec.distinct = flag(&value)?;
                }
                "distinct" => return refuse("arrays, strings, lists and trees"),
                "sorted"
                    if matches!(
                        ty,
                        Type::Array(_) | Type::List(_) | Type::String | Type::ListNode
                    ) =>
                {
                    spec.sorted = Some(match value.as_str() {
                        Some("asc") => Order::Asc,
                        Some("asc_strict") => Order::AscStrict,
                        Some("desc") => Order::Desc,
                        _ => {
                            return Err(invalid(
                                &at,
                                "`sorted` is \"asc\", \"asc_strict\" or \"desc\"",
                            ))
                        }
                    });
                }
                "sorted" => return refuse("arrays, strings and lists"),
                "rect" | "square"
                    if ty
                        .element()
                        .is_some_and(|e| e.element().is_some() || *e == Type::String) =>
                {
                    if key == "rect" {
                        spec.rect = flag(&value)?;
                    } else {
                        spec.square = flag(&value)?;
                    }
                }
                "rect" | "square" => return refuse("arrays of rows"),
                "follow_up" => {
                    let Value::Object(changes) = value else {
                        return Err(invalid(&at, "an object of rule keys"));
                    };
                    let mut keys = main.clone();
                    for (k, v) in changes {
                        if k == "follow_up" {
                            return Err(invalid(&at, "a follow-up has no follow-up"));
                        }
                        if v.is_null() {
                            keys.remove(&k);
                        } else {
                            keys.insert(k, v);
                        }
                    }
                    spec.follow_up = Some(Box::new(Spec::from_keys(keys, ty, &at)?));
                }
                _ => {
                    return Err(invalid(
                        &at,
                        format!("unknown rule `{key}` (known: {})", KEYS.join(", ")),
                    ))
                }
            }
        }
        Ok(spec)
    }

    /// The spec of a main case, or of a follow-up case.
    pub fn of_case(&self, follow_up: bool) -> &Spec {
        match &self.follow_up {
            Some(spec) if follow_up => spec,
            _ => self,
        }
    }

    /// Checks `value` (of type `ty`, already type-checked) at `path`.
    pub fn check(&self, ty: &Type, value: &Value, path: &str) -> Result<(), String> {
        match ty {
            Type::Array(inner) | Type::List(inner) => {
                let items = value.as_array().map_or(&[][..], Vec::as_slice);
                self.check_len(items.len(), path)?;
                if let Some((lo, hi)) = self.sum {
                    let total = leaf_sum(value);
                    if total < lo || total > hi {
                        return Err(format!(
                            "{path}: the sum {} is outside {} to {}",
                            plain(total),
                            number(lo),
                            number(hi)
                        ));
                    }
                }
                self.check_rows(items, path)?;
                self.check_sequence(items.iter().map(Key::of), path)?;
                for (i, item) in items.iter().enumerate() {
                    let at = format!("{path}[{i}]");
                    if let Some(spec) = &self.items {
                        spec.check(inner, item, &at)?;
                    }
                    self.check_leaves(inner, item, &at)?;
                }
                Ok(())
            }
            Type::String | Type::Char => {
                let text = value.as_str().unwrap_or_default();
                let chars: Vec<char> = text.chars().collect();
                if *ty == Type::String {
                    self.check_len(chars.len(), path)?;
                    self.check_sequence(chars.iter().map(|&c| Key::Char(c)), path)?;
                }
                self.check_text(&chars, path, *ty == Type::String)
            }
            Type::ListNode => {
                let values = list::values(value)?;
                self.check_len(values.len(), path)?;
                self.check_sequence(values.iter().map(|&v| Key::Int(v)), path)?;
                self.check_numbers(values.iter().map(|&v| v as f64), path, true)
            }
            Type::TreeNode => {
                let tree = Tree::decode(value)?;
                self.check_len(tree.nodes.len(), path)?;
                // Node values in level order, as the tree's array shows them.
                let values: Vec<i64> = tree.nodes.iter().map(|n| n.val).collect();
                self.check_sequence(values.iter().map(|&v| Key::Int(v)), path)?;
                // A node's place in the array is not its index among nodes: name no index.
                self.check_numbers(values.iter().map(|&v| v as f64), path, false)
            }
            Type::RandomNode => {
                let nodes = RandomList::decode(value)?.nodes;
                self.check_len(nodes.len(), path)?;
                self.check_numbers(nodes.iter().map(|n| n.0 as f64), path, true)
            }
            Type::Node => self.check_len(Graph::decode(value)?.adjacency.len(), path),
            _ => self.check_leaves(ty, value, path),
        }
    }

    fn check_len(&self, len: usize, path: &str) -> Result<(), String> {
        let Some((lo, hi)) = self.len else {
            return Ok(());
        };
        let n = len as f64;
        if n < lo {
            return Err(format!("{path}: length {len} is under {}", number(lo)));
        }
        if n > hi {
            return Err(format!("{path}: length {len} is over {}", number(hi)));
        }
        Ok(())
    }

    /// `range` and `chars` on a number or string below an array (of type `ty`).
    fn check_leaves(&self, ty: &Type, value: &Value, path: &str) -> Result<(), String> {
        match (ty, value) {
            (_, Value::Number(n)) => self.check_numbers(n.as_f64(), path, false),
            (Type::Char, Value::String(s)) => {
                self.check_text(&s.chars().collect::<Vec<_>>(), path, false)
            }
            (_, Value::String(s)) => self.check_text(&s.chars().collect::<Vec<_>>(), path, true),
            (Type::Array(inner) | Type::List(inner), Value::Array(items)) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, item)| self.check_leaves(inner, item, &format!("{path}[{i}]"))),
            _ => Ok(()),
        }
    }

    /// `range` over numbers; `indexed`: they are a sequence's (a list's or tree's nodes), so
    /// the message names the index.
    fn check_numbers(
        &self,
        values: impl IntoIterator<Item = f64>,
        path: &str,
        indexed: bool,
    ) -> Result<(), String> {
        let Some((lo, hi)) = self.range else {
            return Ok(());
        };
        for (i, v) in values.into_iter().enumerate() {
            let at = || {
                if indexed {
                    format!("{path}[{i}]")
                } else {
                    path.to_string()
                }
            };
            if v < lo {
                return Err(format!("{}: {} is under {}", at(), plain(v), number(lo)));
            }
            if v > hi {
                return Err(format!("{}: {} is over {}", at(), plain(v), number(hi)));
            }
        }
        Ok(())
    }

    fn check_text(&self, chars: &[char], path: &str, indexed: bool) -> Result<(), String> {
        let Some((text, set)) = &self.chars else {
            return Ok(());
        };
        for (i, c) in chars.iter().enumerate() {
            if !set.iter().any(|(a, b)| (a..=b).contains(&c)) {
                let at = if indexed {
                    format!("{path}[{i}]")
                } else {
                    path.to_string()
                };
                return Err(format!("{at}: {c:?} is not one of \"{text}\""));
            }
        }
        Ok(())
    }

    /// `distinct` and `sorted` over a sequence.
    fn check_sequence(&self, keys: impl Iterator<Item = Key>, path: &str) -> Result<(), String> {
        if !self.distinct && self.sorted.is_none() {
            return Ok(());
        }
        let keys: Vec<Key> = keys.collect();
        if let Some(order) = self.sorted {
            for i in 1..keys.len() {
                if !order.holds(keys[i - 1].cmp(&keys[i])) {
                    return Err(format!(
                        "{path}[{i}]: {} after {}: not {}",
                        keys[i],
                        keys[i - 1],
                        order.words()
                    ));
                }
            }
        }
        if self.distinct {
            let mut seen = std::collections::HashMap::new();
            for (i, k) in keys.iter().enumerate() {
                if let Some(first) = seen.insert(k, i) {
                    return Err(format!(
                        "{path}[{i}]: {k} repeats {path}[{first}]: values must be distinct"
                    ));
                }
            }
        }
        Ok(())
    }

    fn check_rows(&self, rows: &[Value], path: &str) -> Result<(), String> {
        if !self.rect && !self.square {
            return Ok(());
        }
        let width = |v: &Value| match v {
            Value::Array(a) => a.len(),
            Value::String(s) => s.chars().count(),
            _ => 0,
        };
        let Some(first) = rows.first().map(width) else {
            return Ok(());
        };
        for (i, row) in rows.iter().enumerate() {
            if width(row) != first {
                return Err(format!(
                    "{path}[{i}]: {} columns, but {path}[0] has {first}: rows must be equally long",
                    width(row)
                ));
            }
        }
        if self.square && first != rows.len() {
            return Err(format!(
                "{path}: {} rows of {first} columns: the grid must be square",
                rows.len()
            ));
        }
        Ok(())
    }
}

/// A sequence element compared for `sorted` and `distinct`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Int(i64),
    /// A double, by its bits made orderable (finite values only reach here).
    Float(i64),
    Char(char),
    Text(String),
    /// Anything else, by its JSON (distinct only).
    Json(String),
}

impl Key {
    fn of(value: &Value) -> Key {
        match value {
            Value::Number(n) => n.as_i64().map_or_else(
                || {
                    let bits = n.as_f64().unwrap_or(0.0).to_bits() as i64;
                    Key::Float(bits ^ (((bits >> 63) as u64) >> 1) as i64)
                },
                Key::Int,
            ),
            Value::String(s) => Key::Text(s.clone()),
            other => Key::Json(other.to_string()),
        }
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Int(v) => write!(f, "{v}"),
            Key::Float(bits) => {
                let bits = bits ^ (((bits >> 63) as u64) >> 1) as i64;
                write!(f, "{}", f64::from_bits(bits as u64))
            }
            Key::Char(c) => write!(f, "{c:?}"),
            Key::Text(s) => write!(f, "{s:?}"),
            Key::Json(s) => f.write_str(s),
        }
    }
}
