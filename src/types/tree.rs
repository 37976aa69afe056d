//! Binary trees in LeetCode's level order: `[1, null, 2, 3]`, `null` for a missing child,
//! trailing `null`s trimmed, `[]` for no tree.

use std::collections::VecDeque;

use serde_json::Value;

/// A decoded tree: nodes in level order, each with its value and children.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tree {
    pub nodes: Vec<TreeNode>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i64,
    pub left: Option<usize>,
    pub right: Option<usize>,
}

impl Tree {
    /// Decodes level order. Node 0 is the root when there is one.
    pub fn decode(value: &Value) -> Result<Tree, String> {
        let Value::Array(items) = value else {
            return Err(format!(
                "expected a tree in level order (an array), found {}",
                super::describe(value)
            ));
        };
        let mut tree = Tree::default();
        let mut items = items.iter().enumerate();
        let Some((_, first)) = items.next() else {
            return Ok(tree);
        };
        if first.is_null() {
            // LeetCode writes an empty tree as `[]`; `[null]` means the same.
            return match items.find(|(_, v)| !v.is_null()) {
                Some((i, _)) => Err(format!("tree value at index {i} has no parent")),
                None => Ok(tree),
            };
        }
        tree.push(first, 0)?;
        let mut parents = VecDeque::from([0usize]);
        while let Some((i, item)) = items.next() {
            let Some(parent) = parents.pop_front() else {
                return Err(format!("tree value at index {i} has no parent"));
            };
            if !item.is_null() {
                let id = tree.push(item, i)?;
                tree.nodes[parent].left = Some(id);
                parents.push_back(id);
            }
            let Some((i, item)) = items.next() else { break };
            if !item.is_null() {
                let id = tree.push(item, i)?;
                tree.nodes[parent].right = Some(id);
                parents.push_back(id);
            }
        }
        Ok(tree)
    }

    fn push(&mut self, item: &Value, index: usize) -> Result<usize, String> {
        let val = item
            .as_i64()
            .filter(|v| i32::try_from(*v).is_ok())
            .ok_or_else(|| {
                format!(
                    "tree value at index {index}: expected an int or null, found {}",
                    super::describe(item)
                )
            })?;
        self.nodes.push(TreeNode {
            val,
            left: None,
            right: None,
        });
        Ok(self.nodes.len() - 1)
    }

    /// Encodes in level order with trailing `null`s trimmed.
    pub fn encode(&self) -> Value {
        let mut out = Vec::new();
        if self.nodes.is_empty() {
            return Value::Array(out);
        }
        let mut queue = VecDeque::from([Some(0usize)]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push(Value::Null),
                Some(id) => {
                    let node = &self.nodes[id];
                    out.push(Value::from(node.val));
                    queue.push_back(node.left);
                    queue.push_back(node.right);
                }
            }
        }
        while out.last().is_some_and(Value::is_null) {
            out.pop();
        }
        Value::Array(out)
    }

    /// The root's id, `None` for an empty tree.
    pub fn root(&self) -> Option<usize> {
        (!self.nodes.is_empty()).then_some(0)
    }

    /// The height (0 for an empty tree), without recursion so chains of 10^5 are fine.
    pub fn height(&self) -> usize {
        let mut best = 0;
        let mut stack: Vec<(usize, usize)> = self.root().map(|r| (r, 1)).into_iter().collect();
        while let Some((id, depth)) = stack.pop() {
            best = best.max(depth);
            let node = &self.nodes[id];
            stack.extend(node.left.map(|c| (c, depth + 1)));
            stack.extend(node.right.map(|c| (c, depth + 1)));
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round(value: Value) -> Value {
        Tree::decode(&value).unwrap().encode()
    }

    #[test]
    fn empty_tree() {
        assert_eq!(round(json!([])), json!([]));
        assert_eq!(round(json!([null])), json!([]));
        assert_eq!(Tree::decode(&json!([])).unwrap().height(), 0);
    }

    #[test]
    fn level_order_round_trip() {
        let value = json!([4, 2, 7, 1, 3, 6, 9]);
        let tree = Tree::decode(&value).unwrap();
        assert_eq!(tree.nodes.len(), 7);
        assert_eq!(tree.height(), 3);
        assert_eq!(tree.encode(), value);
    }

    #[test]
    fn nulls_inside_and_all_null_levels() {
        // 1 has only a right child 2, whose left child is 3.
        let value = json!([1, null, 2, 3]);
        let tree = Tree::decode(&value).unwrap();
        assert_eq!(tree.nodes[0].left, None);
        assert_eq!(tree.nodes[0].right, Some(1));
        assert_eq!(tree.nodes[1].left, Some(2));
        assert_eq!(tree.encode(), value);
        // A last level made only of nulls is trimmed away.
        assert_eq!(
            round(json!([1, 2, 3, null, null, null, null])),
            json!([1, 2, 3])
        );
    }

    #[test]
    fn trailing_nulls_are_trimmed() {
        assert_eq!(round(json!([5, 3, null, null, null])), json!([5, 3]));
    }

    #[test]
    fn deep_chain_without_recursion() {
        let mut items = vec![json!(0)];
        for i in 1..100_000 {
            items.push(Value::Null);
            items.push(json!(i));
        }
        let value = Value::Array(items);
        let tree = Tree::decode(&value).unwrap();
        assert_eq!(tree.height(), 100_000);
        assert_eq!(tree.encode(), value);
    }

    #[test]
    fn orphans_and_bad_values_are_refused() {
        assert_eq!(
            Tree::decode(&json!([1, null, null, 4])).unwrap_err(),
            "tree value at index 3 has no parent"
        );
        assert!(Tree::decode(&json!([null, 1])).is_err());
        assert!(Tree::decode(&json!([1, "x"]))
            .unwrap_err()
            .contains("index 1"));
        assert!(Tree::decode(&json!({"root": 1})).is_err());
    }
}
