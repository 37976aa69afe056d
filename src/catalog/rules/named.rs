//! Named input rules: constraints that tie parameters together or need an algorithm to
//! check, written as code and named in the signature's `rules` list with the parameters they
//! read, such as `"one_pair_sum(nums, target)"`. The names are catalogue data: a problem that
//! names an unknown rule, or gives it parameters of the wrong number or type, is refused when
//! it loads. A design-class rule reads the whole case (its ops and args) and takes no names.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::catalog::problem::Signature;
use crate::types::tree::Tree;
use crate::types::Type;

/// Each rule: its name, the types of the parameters it reads, and what it says.
const TABLE: &[(Named, &str, &[&str], &str)] = &[
    (
        Named::OnePairSum,
        "one_pair_sum",
        &["int[]", "int"],
        "exactly one pair of positions adds up to the target",
    ),
    (
        Named::Bst,
        "bst",
        &["TreeNode"],
        "a binary search tree: left subtree smaller, right subtree larger",
    ),
    (
        Named::AtMostLen,
        "at_most_len",
        &["int", "*"],
        "the number is at most the length of the second parameter",
    ),
    (
        Named::AtMostDistinct,
        "at_most_distinct",
        &["int", "int[]"],
        "the number is at most the count of distinct values",
    ),
    (
        Named::NodeIn,
        "node_in",
        &["int", "TreeNode"],
        "the value names a node of the tree",
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    OnePairSum,
    Bst,
    AtMostLen,
    AtMostDistinct,
    NodeIn,
}

impl Named {
    fn entry(self) -> &'static (Named, &'static str, &'static [&'static str], &'static str) {
        TABLE.iter().find(|e| e.0 == self).unwrap_or(&TABLE[0])
    }

    /// The name in problem.json.
    pub fn name(self) -> &'static str {
        self.entry().1
    }

    /// Every rule with what it says, for the docs and for messages.
    pub fn all() -> impl Iterator<Item = (&'static str, &'static str)> {
        TABLE.iter().map(|e| (e.1, e.3))
    }

    /// Reads `name(param, param)`, resolving the names to parameter indices and checking
    /// their types.
    pub fn parse(text: &str, signature: &Signature) -> Result<(Named, Vec<usize>), String> {
        let (name, args) = match text.split_once('(') {
            Some((name, rest)) => {
                let inner = rest
                    .strip_suffix(')')
                    .ok_or_else(|| format!("`{text}`: expected name(param, ...)"))?;
                let args: Vec<&str> = inner
                    .split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .collect();
                (name.trim(), args)
            }
            None => (text.trim(), Vec::new()),
        };
        let Some(entry) = TABLE.iter().find(|e| e.1 == name) else {
            let known: Vec<&str> = TABLE.iter().map(|e| e.1).collect();
            return Err(format!(
                "no rule named `{name}` (known: {})",
                known.join(", ")
            ));
        };
        if args.len() != entry.2.len() {
            return Err(format!(
                "`{name}` reads {} parameters ({}), given {}",
                entry.2.len(),
                entry.2.join(", "),
                args.len()
            ));
        }
        let params = match signature {
            Signature::Function { params, .. } => params.as_slice(),
            Signature::Class { constructor, .. } => constructor.as_slice(),
        };
        let at = args
            .iter()
            .zip(entry.2)
            .map(|(arg, want)| {
                let i = params
                    .iter()
                    .position(|p| p.name == *arg)
                    .ok_or_else(|| format!("`{name}`: no parameter named `{arg}`"))?;
                if *want != "*" && Type::parse(want).ok().as_ref() != Some(&params[i].ty) {
                    return Err(format!(
                        "`{name}`: `{arg}` is {}, the rule reads {want}",
                        params[i].ty
                    ));
                }
                Ok(i)
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok((entry.0, at))
    }

    /// Checks the rule on an input whose types are already checked.
    pub fn check(self, signature: &Signature, at: &[usize], input: &Value) -> Result<(), String> {
        let params = match signature {
            Signature::Function { params, .. } => params.as_slice(),
            Signature::Class { constructor, .. } => constructor.as_slice(),
        };
        let names: Vec<&str> = at.iter().map(|&i| params[i].name.as_str()).collect();
        let values: Vec<&Value> = names
            .iter()
            .map(|n| input.get(*n).unwrap_or(&Value::Null))
            .collect();
        let ints = |v: &Value| -> Vec<i64> {
            v.as_array()
                .map(|a| a.iter().filter_map(Value::as_i64).collect())
                .unwrap_or_default()
        };
        match self {
            Named::OnePairSum => {
                let nums = ints(values[0]);
                let target = values[1].as_i64().unwrap_or_default();
                let pairs = pair_count(&nums, target);
                if pairs == 1 {
                    Ok(())
                } else {
                    Err(format!(
                        "{}, {}: {pairs} pairs add up to {target}, not exactly one",
                        names[0], names[1]
                    ))
                }
            }
            Named::Bst => bst(&Tree::decode(values[0])?).map_err(|m| format!("{}: {m}", names[0])),
            Named::AtMostLen => {
                let k = values[0].as_i64().unwrap_or_default();
                let len = match values[1] {
                    Value::Array(a) => a.len(),
                    Value::String(s) => s.chars().count(),
                    _ => 0,
                } as i64;
                if k <= len {
                    Ok(())
                } else {
                    Err(format!(
                        "{}: {k} is over the length of {} ({len})",
                        names[0], names[1]
                    ))
                }
            }
            Named::AtMostDistinct => {
                let k = values[0].as_i64().unwrap_or_default();
                let distinct = ints(values[1]).into_iter().collect::<HashSet<_>>().len() as i64;
                if k <= distinct {
                    Ok(())
                } else {
                    Err(format!(
                        "{}: {k} is over the number of distinct values in {} ({distinct})",
                        names[0], names[1]
                    ))
                }
            }
            Named::NodeIn => {
                let v = values[0].as_i64().unwrap_or_default();
                let tree = Tree::decode(values[1])?;
                if tree.nodes.iter().any(|n| n.val == v) {
                    Ok(())
                } else {
                    Err(format!(
                        "{}: {v} is not the value of a node of {}",
                        names[0], names[1]
                    ))
                }
            }
        }
    }
}

/// How many pairs of positions `i < j` have `nums[i] + nums[j] == target`.
fn pair_count(nums: &[i64], target: i64) -> u64 {
    let mut seen: HashMap<i64, u64> = HashMap::new();
    let mut pairs = 0;
    for &x in nums {
        pairs += seen.get(&(target - x)).copied().unwrap_or(0);
        *seen.entry(x).or_default() += 1;
    }
    pairs
}

/// A strict binary search tree, checked without recursion (chains of 10^4 nodes).
fn bst(tree: &Tree) -> Result<(), String> {
    let mut stack: Vec<(usize, Option<i64>, Option<i64>)> =
        tree.root().map(|r| (r, None, None)).into_iter().collect();
    while let Some((id, lo, hi)) = stack.pop() {
        let v = tree.nodes[id].val;
        if lo.is_some_and(|lo| v <= lo) || hi.is_some_and(|hi| v >= hi) {
            return Err(format!(
                "node {v} breaks the search order (it must lie between {} and {})",
                lo.map_or("-inf".into(), |x| x.to_string()),
                hi.map_or("+inf".into(), |x| x.to_string())
            ));
        }
        if let Some(l) = tree.nodes[id].left {
            stack.push((l, lo, Some(v)));
        }
        if let Some(r) = tree.nodes[id].right {
            stack.push((r, Some(v), hi));
        }
    }
    Ok(())
}
