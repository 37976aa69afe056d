//! The shapes a generated binary tree takes, shared by the tree generators: which slot each
//! new node hangs from, drawn node by node so that a generator may draw a node's value
//! between two placements and keep its own order of draws.

use super::common::choice;
use super::Rng;
use serde_json::Value;
use std::collections::VecDeque;

choice!(
    /// How a binary tree grows.
    TreeShape {
        /// Each new node takes a uniformly chosen free child slot (depth about logarithmic).
        Random = "random",
        /// Every node has one child, on a random side.
        Chain = "chain",
        LeftChain = "left-chain",
        RightChain = "right-chain",
        /// Every level full but the last, filled from the left.
        Complete = "complete",
    }
);

/// Places nodes `0, 1, 2, …` one at a time in a tree of one shape.
pub struct Grower {
    shape: TreeShape,
    /// Free child slots as (parent, is_right), for `Random`.
    free: Vec<(usize, bool)>,
    placed: usize,
}

impl Grower {
    pub fn new(shape: TreeShape) -> Grower {
        Grower {
            shape,
            free: Vec::new(),
            placed: 0,
        }
    }

    /// Where the next node hangs: its parent and whether it is the right child; `None` for
    /// the root (node 0).
    pub fn place(&mut self, rng: &mut Rng) -> Option<(usize, bool)> {
        let node = self.placed;
        self.placed += 1;
        let slot = (node > 0).then(|| match self.shape {
            TreeShape::Random => self.free.swap_remove(rng.index(self.free.len())),
            TreeShape::Chain => (node - 1, rng.chance(1, 2)),
            TreeShape::LeftChain => (node - 1, false),
            TreeShape::RightChain => (node - 1, true),
            TreeShape::Complete => ((node - 1) / 2, node.is_multiple_of(2)),
        });
        if self.shape == TreeShape::Random {
            self.free.push((node, false));
            self.free.push((node, true));
        }
        slot
    }
}

/// The child links of the nodes of a tree (or a forest), by index.
#[derive(Default)]
pub struct Links {
    pub left: Vec<Option<usize>>,
    pub right: Vec<Option<usize>>,
}

impl Links {
    /// Adds a node with no children; returns its index.
    pub fn add(&mut self) -> usize {
        self.left.push(None);
        self.right.push(None);
        self.left.len() - 1
    }

    /// Hangs `child` below `parent`, on the right or the left.
    pub fn attach(&mut self, parent: usize, is_right: bool, child: usize) {
        let side = if is_right {
            &mut self.right
        } else {
            &mut self.left
        };
        side[parent] = Some(child);
    }

    /// Nodes reachable from `root`, in level order.
    pub fn bfs(&self, root: Option<usize>) -> Vec<usize> {
        let mut out = Vec::new();
        let mut queue: VecDeque<usize> = root.into_iter().collect();
        while let Some(u) = queue.pop_front() {
            out.push(u);
            queue.extend(self.left[u]);
            queue.extend(self.right[u]);
        }
        out
    }

    /// An `n`-node tree of this shape; node 0 is the root.
    pub fn grow(shape: TreeShape, n: usize, rng: &mut Rng) -> Links {
        let mut links = Links {
            left: vec![None; n],
            right: vec![None; n],
        };
        let mut grower = Grower::new(shape);
        for node in 0..n {
            if let Some((parent, is_right)) = grower.place(rng) {
                links.attach(parent, is_right, node);
            }
        }
        links
    }
}

impl Links {
    /// The tree at `root` in LeetCode's level order: `null` for a missing child, trailing
    /// `null`s trimmed, `[]` for no tree; `value` gives a node's value.
    pub fn level_order(&self, root: Option<usize>, value: impl Fn(usize) -> Value) -> Value {
        let mut out: Vec<Value> = Vec::new();
        let mut queue: VecDeque<Option<usize>> = root.into_iter().map(Some).collect();
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push(Value::Null),
                Some(node) => {
                    out.push(value(node));
                    queue.push_back(self.left[node]);
                    queue.push_back(self.right[node]);
                }
            }
        }
        while out.last() == Some(&Value::Null) {
            out.pop();
        }
        Value::Array(out)
    }
}
