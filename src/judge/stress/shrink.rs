//! One-step reductions of an input, by the types of the signature: each candidate is the
//! input with one part made smaller (an array element or a run of them dropped, a string
//! trimmed, a tree leaf or subtree pruned, a graph edge or vertex dropped, a design-class call
//! dropped, a number moved toward 0). The finder keeps a candidate only when it is still valid
//! and still fails; this module only proposes.

use serde_json::{Map, Value};

use crate::types::graph::Graph;
use crate::types::signature::{Param, Role, Signature};
use crate::types::tree::Tree;
use crate::types::Type;

/// How large an input is, for "smaller": its numbers and string characters, where an array
/// element counts at least 1 (a `null` in a tree, an empty row). A design class's calls count
/// by their arguments. The tests compare the finder's inputs with hand-found ones by this.
pub fn size(value: &Value) -> u64 {
    match value {
        Value::Array(items) => items.iter().map(|v| size(v).max(1)).sum(),
        Value::String(s) => s.chars().count() as u64,
        Value::Object(map) => map.values().map(size).sum(),
        Value::Number(_) => 1,
        _ => 0,
    }
}

/// The sum of the numbers' magnitudes: between two inputs of one size, the one nearer 0.
pub fn weight(value: &Value) -> u128 {
    match value {
        Value::Array(items) => items.iter().map(weight).sum(),
        Value::Object(map) => map.values().map(weight).sum(),
        Value::Number(n) => n
            .as_i64()
            .map(|x| u128::from(x.unsigned_abs()))
            .or_else(|| n.as_u64().map(u128::from))
            .unwrap_or_else(|| n.as_f64().map_or(0, |f| f.abs().min(1e30) as u128)),
        Value::String(s) => s.chars().map(|c| u128::from(c as u32)).sum(),
        _ => 0,
    }
}

/// Every one-step reduction of `input` under `signature`, in no particular order.
pub fn candidates(signature: &Signature, input: &Value) -> Vec<Value> {
    let Value::Object(map) = input else {
        return Vec::new();
    };
    if let Some((encode, _)) = signature.codec() {
        return of_params(&encode.params, map);
    }
    match signature {
        Signature::Function { params, .. } => of_params(params, map),
        Signature::Class {
            constructor,
            methods,
            ..
        } => of_calls(constructor, methods, map),
    }
}

/// Sequences at most this long have their pairs of elements dropped in two-step reductions
/// (a local minimum is small; a long one would give thousands of candidates).
const PAIRED: usize = 24;

/// Every two-step reduction of `input`, tried when no one-step reduction still fails (a local
/// minimum of the greedy search): one element dropped from each of two sequence parameters
/// (arrays, lists, strings) at once, or two elements not side by side from one (side by side
/// is a run, a one-step reduction). Letters compared as sets, say: from s = "aba", t = "ba",
/// dropping a "b" from either alone gives a right answer, from both gives "aa" and "a", which
/// still fails.
pub fn two_step(signature: &Signature, input: &Value) -> Vec<Value> {
    let Value::Object(map) = input else {
        return Vec::new();
    };
    let params = match (signature.codec(), signature) {
        (Some((encode, _)), _) => &encode.params,
        (None, Signature::Function { params, .. }) => params,
        (None, Signature::Class { .. }) => return Vec::new(),
    };
    let sequences: Vec<(&str, &Value, usize)> = params
        .iter()
        .filter(|p| {
            p.role == Role::Passed
                && matches!(
                    p.ty,
                    Type::Array(_) | Type::List(_) | Type::ListNode | Type::String
                )
        })
        .filter_map(|p| {
            let value = map.get(&p.name)?;
            let len = match value {
                Value::Array(items) => items.len(),
                Value::String(s) => s.chars().count(),
                _ => return None,
            };
            (1..=PAIRED)
                .contains(&len)
                .then_some((p.name.as_str(), value, len))
        })
        .collect();
    let with = |changes: &[(&str, Value)]| {
        let mut next = map.clone();
        for (name, value) in changes {
            next.insert((*name).to_string(), value.clone());
        }
        Value::Object(next)
    };
    let mut out = Vec::new();
    for (a, &(name, value, len)) in sequences.iter().enumerate() {
        for i in 0..len {
            for j in i + 2..len {
                out.push(with(&[(name, without(value, &[i, j]))]));
            }
        }
        for &(other, other_value, other_len) in &sequences[a + 1..] {
            for i in 0..len {
                for j in 0..other_len {
                    out.push(with(&[
                        (name, without(value, &[i])),
                        (other, without(other_value, &[j])),
                    ]));
                }
            }
        }
    }
    out
}

/// An array or a string without the elements at `gone`.
fn without(value: &Value, gone: &[usize]) -> Value {
    match value {
        Value::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .filter(|(i, _)| !gone.contains(i))
                .map(|(_, v)| v.clone())
                .collect(),
        ),
        Value::String(s) => Value::String(
            s.chars()
                .enumerate()
                .filter(|(i, _)| !gone.contains(i))
                .map(|(_, c)| c)
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Reductions of a function's arguments: each parameter by its type, and a vertex dropped
/// from a count with its edge lists.
fn of_params(params: &[Param], map: &Map<String, Value>) -> Vec<Value> {
    let mut out = Vec::new();
    for p in params {
        let Some(value) = map.get(&p.name) else {
            continue;
        };
        let smaller = match p.role {
            Role::Passed => of_value(&p.ty, value),
            // A cycle's position: no cycle, or an earlier node; a node named by value: a
            // smaller value (kept only when the tree still has it).
            Role::CycleIn(_) | Role::NodeIn(_) => of_number(value),
        };
        for v in smaller {
            let mut next = map.clone();
            next.insert(p.name.clone(), v);
            out.push(Value::Object(next));
        }
    }
    out.extend(vertex_drops(params, map));
    out
}

/// `n` with edge lists (`[[u, v], ...]` or `[[u, v, w], ...]`): vertex `x` dropped, its edges
/// with it and the labels above it moved down, for labels from 0 and from 1 both (validity
/// decides which the problem means).
fn vertex_drops(params: &[Param], map: &Map<String, Value>) -> Vec<Value> {
    let mut out = Vec::new();
    let lists: Vec<&Param> = params
        .iter()
        .filter(|p| p.ty == Type::Array(Box::new(Type::Array(Box::new(Type::Int)))))
        .collect();
    for count in params.iter().filter(|p| p.ty == Type::Int) {
        let Some(n) = map.get(&count.name).and_then(Value::as_i64) else {
            continue;
        };
        if !(1..=64).contains(&n) {
            continue;
        }
        for list in &lists {
            let Some(Value::Array(rows)) = map.get(&list.name) else {
                continue;
            };
            for x in 0..=n {
                let kept: Option<Vec<Value>> = rows
                    .iter()
                    .filter(|row| !endpoints(row).contains(&x))
                    .map(|row| relabel(row, x))
                    .collect();
                let Some(kept) = kept else { continue };
                let mut next = map.clone();
                next.insert(count.name.clone(), Value::from(n - 1));
                next.insert(list.name.clone(), Value::Array(kept));
                out.push(Value::Object(next));
            }
        }
    }
    out
}

/// The first two numbers of an edge row.
fn endpoints(row: &Value) -> Vec<i64> {
    row.as_array()
        .map(|r| r.iter().take(2).filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

/// An edge row with its endpoints above `x` moved down by one.
fn relabel(row: &Value, x: i64) -> Option<Value> {
    let items = row.as_array()?;
    Some(Value::Array(
        items
            .iter()
            .enumerate()
            .map(|(i, v)| match v.as_i64() {
                Some(e) if i < 2 && e > x => Value::from(e - 1),
                _ => v.clone(),
            })
            .collect(),
    ))
}

/// Reductions of a design-class case: calls dropped (the constructor kept), alone and in
/// runs, then each call's arguments by their types.
fn of_calls(
    constructor: &[Param],
    methods: &[crate::types::signature::Method],
    map: &Map<String, Value>,
) -> Vec<Value> {
    let (Some(Value::Array(ops)), Some(Value::Array(args))) = (map.get("ops"), map.get("args"))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let with = |ops: Vec<Value>, args: Vec<Value>| {
        let mut next = map.clone();
        next.insert("ops".into(), Value::Array(ops));
        next.insert("args".into(), Value::Array(args));
        Value::Object(next)
    };
    let calls = ops.len().saturating_sub(1);
    for (start, len) in runs(calls) {
        let keep = |i: &usize| *i == 0 || !(start + 1..start + 1 + len).contains(i);
        let ops: Vec<Value> = (0..ops.len())
            .filter(keep)
            .map(|i| ops[i].clone())
            .collect();
        let args: Vec<Value> = (0..args.len())
            .filter(keep)
            .map(|i| args[i].clone())
            .collect();
        out.push(with(ops, args));
    }
    for (i, (op, arg)) in ops.iter().zip(args).enumerate() {
        let params = if i == 0 {
            constructor
        } else {
            match methods
                .iter()
                .find(|m| Some(m.name.as_str()) == op.as_str())
            {
                Some(m) => &m.params,
                None => continue,
            }
        };
        let Value::Array(values) = arg else { continue };
        for (j, (p, v)) in params.iter().zip(values).enumerate() {
            for smaller in of_value(&p.ty, v) {
                let mut call = values.clone();
                call[j] = smaller;
                let mut all = args.clone();
                all[i] = Value::Array(call);
                out.push(with(ops.clone(), all));
            }
        }
    }
    out
}

/// Runs `(start, len)` to drop from a sequence of `n`: all of it, halves, quarters, ...,
/// single items.
fn runs(n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut len = n;
    while len > 0 {
        let mut start = 0;
        while start < n {
            out.push((start, len.min(n - start)));
            start += len;
        }
        if len == 1 {
            break;
        }
        len = len.div_ceil(2);
    }
    out.dedup();
    out
}

/// Reductions of one value of type `ty`.
pub fn of_value(ty: &Type, value: &Value) -> Vec<Value> {
    match (ty, value) {
        (Type::Int | Type::Long | Type::Uint32 | Type::Double, _) => of_number(value),
        (Type::Bool, Value::Bool(true)) => vec![Value::Bool(false)],
        (Type::String, Value::String(s)) => of_string(s),
        (Type::Array(inner) | Type::List(inner), Value::Array(items)) => of_array(inner, items),
        (Type::ListNode, Value::Array(items)) => of_array(&Type::Int, items),
        (Type::TreeNode, _) => of_tree(value),
        (Type::Node, _) => of_graph(value),
        (Type::RandomNode, Value::Array(items)) => of_random_list(items),
        _ => Vec::new(),
    }
}

/// A number moved toward 0: 0 itself, half of it, one step nearer.
fn of_number(value: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(x) = value.as_i64() {
        for y in [0, x / 2, x - x.signum()] {
            if y != x && !out.contains(&Value::from(y)) {
                out.push(Value::from(y));
            }
        }
    } else if let Some(x) = value.as_f64() {
        for y in [0.0, x.trunc(), x / 2.0] {
            if y != x && y.is_finite() {
                if let Some(n) = serde_json::Number::from_f64(y) {
                    let v = Value::Number(n);
                    if !out.contains(&v) {
                        out.push(v);
                    }
                }
            }
        }
    }
    out
}

/// A string trimmed: runs of characters dropped, and one of its letters written as a smaller
/// one it already has (the alphabet stays the string's own).
fn of_string(s: &str) -> Vec<Value> {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<Value> = runs(chars.len())
        .into_iter()
        .map(|(start, len)| {
            let kept: String = chars[..start].iter().chain(&chars[start + len..]).collect();
            Value::String(kept)
        })
        .collect();
    let mut letters: Vec<char> = chars.clone();
    letters.sort_unstable();
    letters.dedup();
    for (i, &big) in letters.iter().enumerate().skip(1) {
        for &small in &letters[..i] {
            out.push(Value::String(
                chars
                    .iter()
                    .map(|&c| if c == big { small } else { c })
                    .collect(),
            ));
        }
    }
    out
}

/// An array with runs of elements dropped, a column dropped from a rectangular grid, and each
/// element reduced by its own type.
fn of_array(inner: &Type, items: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = runs(items.len())
        .into_iter()
        .map(|(start, len)| {
            Value::Array(
                items[..start]
                    .iter()
                    .chain(&items[start + len..])
                    .cloned()
                    .collect(),
            )
        })
        .collect();
    let width = items.first().and_then(Value::as_array).map(Vec::len);
    let rectangular = matches!(inner, Type::Array(_) | Type::List(_))
        && width
            .is_some_and(|w| w > 0 && items.iter().all(|r| r.as_array().map(Vec::len) == Some(w)));
    if let (true, Some(width)) = (rectangular, width) {
        for (start, len) in runs(width) {
            out.push(Value::Array(
                items
                    .iter()
                    .map(|row| {
                        let row = row.as_array().expect("rectangular");
                        Value::Array(
                            row[..start]
                                .iter()
                                .chain(&row[start + len..])
                                .cloned()
                                .collect(),
                        )
                    })
                    .collect(),
            ));
        }
    }
    for (i, item) in items.iter().enumerate() {
        for smaller in of_value(inner, item) {
            let mut next = items.to_vec();
            next[i] = smaller;
            out.push(Value::Array(next));
        }
    }
    out
}

/// A tree pruned: each subtree (a leaf is one) cut off, each child made the root, each value
/// moved toward 0.
fn of_tree(value: &Value) -> Vec<Value> {
    let Ok(tree) = Tree::decode(value) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if tree.nodes.is_empty() {
        return out;
    }
    out.push(Value::Array(Vec::new()));
    for (id, node) in tree.nodes.iter().enumerate() {
        for child in [node.left, node.right].into_iter().flatten() {
            let mut cut = tree.clone();
            if cut.nodes[id].left == Some(child) {
                cut.nodes[id].left = None;
            } else {
                cut.nodes[id].right = None;
            }
            out.push(cut.encode());
            if id == 0 {
                out.push(rooted_at(&tree, child).encode());
            }
        }
        for smaller in of_number(&Value::from(node.val)) {
            let mut next = tree.clone();
            next.nodes[id].val = smaller.as_i64().unwrap_or(0);
            out.push(next.encode());
        }
    }
    out
}

/// The subtree of `tree` under `root`, as a tree of its own.
fn rooted_at(tree: &Tree, root: usize) -> Tree {
    let mut out = Tree::default();
    let mut ids = std::collections::HashMap::new();
    let mut order = vec![root];
    let mut i = 0;
    while i < order.len() {
        let node = &tree.nodes[order[i]];
        order.extend(node.left.into_iter().chain(node.right));
        i += 1;
    }
    for (new, &old) in order.iter().enumerate() {
        ids.insert(old, new);
    }
    for &old in &order {
        let node = &tree.nodes[old];
        out.nodes.push(crate::types::tree::TreeNode {
            val: node.val,
            left: node.left.map(|c| ids[&c]),
            right: node.right.map(|c| ids[&c]),
        });
    }
    out
}

/// A graph of `Node`s with one edge dropped, or one vertex (the values above it move down).
fn of_graph(value: &Value) -> Vec<Value> {
    let Ok(graph) = Graph::decode(value) else {
        return Vec::new();
    };
    let encode = |adjacency: &[Vec<usize>]| {
        Value::Array(
            adjacency
                .iter()
                .map(|row| Value::Array(row.iter().map(|&j| Value::from(j + 1)).collect()))
                .collect(),
        )
    };
    let adjacency = &graph.adjacency;
    let mut out = Vec::new();
    if !adjacency.is_empty() {
        out.push(Value::Array(Vec::new()));
    }
    for x in 0..adjacency.len() {
        let rest: Vec<Vec<usize>> = adjacency
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != x)
            .map(|(_, row)| {
                row.iter()
                    .filter(|&&j| j != x)
                    .map(|&j| if j > x { j - 1 } else { j })
                    .collect()
            })
            .collect();
        out.push(encode(&rest));
    }
    for (i, row) in adjacency.iter().enumerate() {
        for &j in row.iter().filter(|&&j| j > i) {
            let mut cut = adjacency.clone();
            cut[i].retain(|&k| k != j);
            cut[j].retain(|&k| k != i);
            out.push(encode(&cut));
        }
    }
    out
}

/// A list with random pointers (`[[val, random or null], ...]`): a node dropped (pointers to
/// it cleared, later ones moved down), a pointer cleared, a value moved toward 0.
fn of_random_list(items: &[Value]) -> Vec<Value> {
    let pair = |v: &Value| -> Option<(Value, Option<u64>)> {
        let p = v.as_array()?;
        Some((p.first()?.clone(), p.get(1).and_then(Value::as_u64)))
    };
    let Some(nodes) = items.iter().map(pair).collect::<Option<Vec<_>>>() else {
        return Vec::new();
    };
    let encode = |nodes: &[(Value, Option<u64>)]| {
        Value::Array(
            nodes
                .iter()
                .map(|(v, r)| Value::Array(vec![v.clone(), r.map_or(Value::Null, Value::from)]))
                .collect(),
        )
    };
    let mut out = Vec::new();
    for x in 0..nodes.len() as u64 {
        let rest: Vec<_> = nodes
            .iter()
            .enumerate()
            .filter(|(i, _)| *i as u64 != x)
            .map(|(_, (v, r))| {
                let r = r.filter(|&r| r != x).map(|r| if r > x { r - 1 } else { r });
                (v.clone(), r)
            })
            .collect();
        out.push(encode(&rest));
    }
    for i in 0..nodes.len() {
        if nodes[i].1.is_some() {
            let mut next = nodes.clone();
            next[i].1 = None;
            out.push(encode(&next));
        }
        for smaller in of_number(&nodes[i].0) {
            let mut next = nodes.clone();
            next[i].0 = smaller;
            out.push(encode(&next));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn signature(v: Value) -> Signature {
        Signature::from_json(&v).unwrap()
    }

    #[test]
    fn size_counts_elements_characters_and_numbers() {
        assert_eq!(size(&json!({"nums": [3, 1], "target": 4})), 3);
        assert_eq!(size(&json!({"s": "abc"})), 3);
        assert_eq!(size(&json!({"root": [1, null, 2]})), 3);
        assert_eq!(size(&json!({"grid": [["1", "0"], []]})), 3);
    }

    #[test]
    fn arrays_lose_runs_and_elements_and_numbers_move_toward_zero() {
        let sig = signature(json!({"function": "f",
            "params": [{"name": "nums", "type": "int[]"}], "returns": "int"}));
        let all = candidates(&sig, &json!({"nums": [5, -3, 7]}));
        assert!(all.contains(&json!({"nums": []})));
        assert!(all.contains(&json!({"nums": [-3, 7]})));
        assert!(all.contains(&json!({"nums": [5, 7]})));
        assert!(all.contains(&json!({"nums": [5, -1, 7]})));
        assert!(all.contains(&json!({"nums": [0, -3, 7]})));
        assert!(all.iter().all(|c| size(c) < 3 || weight(c) < 15), "{all:?}");
    }

    #[test]
    fn grids_lose_rows_and_columns() {
        let all = of_value(
            &Type::parse("char[][]").unwrap(),
            &json!([["1", "0"], ["0", "1"]]),
        );
        assert!(all.contains(&json!([["0", "1"]])));
        assert!(all.contains(&json!([["0"], ["1"]])));
    }

    #[test]
    fn strings_are_trimmed_within_their_alphabet() {
        let all = of_string("bab");
        assert!(all.contains(&json!("ab")));
        assert!(all.contains(&json!("")));
        assert!(all.contains(&json!("aaa")));
        assert!(!all.iter().any(|v| v.as_str().unwrap().contains('c')));
    }

    #[test]
    fn trees_lose_leaves_and_subtrees_and_may_rise_to_a_child() {
        let all = of_value(&Type::TreeNode, &json!([1, 2, 3, null, 4]));
        assert!(all.contains(&json!([1, 2, 3])));
        assert!(all.contains(&json!([1, null, 3])));
        assert!(all.contains(&json!([2, null, 4])));
        assert!(all.contains(&json!([1, 2, null, null, 4])));
    }

    #[test]
    fn graphs_lose_edges_and_vertices() {
        let all = of_value(&Type::Node, &json!([[2, 3], [1, 3], [1, 2]]));
        assert!(all.contains(&json!([[3], [3], [1, 2]])));
        assert!(all.contains(&json!([[2], [1]])));
    }

    #[test]
    fn design_calls_are_dropped_keeping_the_constructor() {
        let sig = signature(json!({"class": "MinStack", "constructor": [], "methods": [
            {"name": "push", "params": [{"name": "val", "type": "int"}], "returns": "void"},
            {"name": "getMin", "params": [], "returns": "int"}]}));
        let input = json!({"ops": ["MinStack", "push", "getMin"], "args": [[], [-2], []]});
        let all = candidates(&sig, &input);
        assert!(all.contains(&json!({"ops": ["MinStack"], "args": [[]]})));
        assert!(all.contains(&json!({"ops": ["MinStack", "getMin"], "args": [[], []]})));
        assert!(
            all.contains(&json!({"ops": ["MinStack", "push", "getMin"], "args": [[], [-1], []]}))
        );
        assert!(all.iter().all(|c| c["ops"][0] == "MinStack"));
    }

    #[test]
    fn two_steps_drop_an_element_from_two_sequences_or_two_from_one() {
        let sig = signature(json!({"function": "f", "params": [
            {"name": "s", "type": "string"}, {"name": "t", "type": "string"}], "returns": "bool"}));
        let all = two_step(&sig, &json!({"s": "aba", "t": "ba"}));
        // One from each: the "b"s, leaving "aa" and "a".
        assert!(all.contains(&json!({"s": "aa", "t": "a"})));
        assert!(all.contains(&json!({"s": "ba", "t": "a"})));
        // Two not side by side from one: the "a"s of "aba".
        assert!(all.contains(&json!({"s": "b", "t": "ba"})));
        // Side by side is a one-step run, not repeated here.
        assert!(!all.contains(&json!({"s": "a", "t": "ba"})));
        assert!(all.iter().all(|c| size(c) == 3), "{all:?}");
        let sig = signature(json!({"function": "f",
            "params": [{"name": "nums", "type": "int[]"}, {"name": "k", "type": "int"}],
            "returns": "int"}));
        let all = two_step(&sig, &json!({"nums": [1, 2, 3, 4], "k": 2}));
        assert!(all.contains(&json!({"nums": [2, 4], "k": 2})));
        assert!(all.contains(&json!({"nums": [2, 3], "k": 2})));
        assert_eq!(all.len(), 3, "{all:?}");
    }

    #[test]
    fn a_vertex_leaves_with_its_edges() {
        let sig = signature(json!({"function": "f", "params": [
            {"name": "n", "type": "int"}, {"name": "edges", "type": "int[][]"}], "returns": "int"}));
        let all = candidates(&sig, &json!({"n": 3, "edges": [[0, 1], [1, 2]]}));
        // Vertex 0 or 2 dropped leaves one edge; vertex 1 leaves none.
        assert!(all.contains(&json!({"n": 2, "edges": [[0, 1]]})));
        assert!(all.contains(&json!({"n": 2, "edges": []})));
    }
}
