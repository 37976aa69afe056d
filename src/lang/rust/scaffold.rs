//! The file a user starts from: LeetCode's Rust template for the signature, with the node
//! definitions in comments as LeetCode shows them.

use super::harness::{
    arg_name, constructor_line, default_value, function_line, method_line, rust_type, snake,
};
use crate::catalog::Problem;
use crate::types::signature::Signature;
use crate::types::Type;

/// A fresh solution file for `problem`.
pub(super) fn scaffold(problem: &Problem) -> String {
    let mut out = crate::lang::scaffold_header(problem, "// ");
    let sig = &problem.signature;
    if sig.mentions(&Type::ListNode) {
        out.push_str(LIST_NODE_COMMENT);
    }
    if sig.mentions(&Type::TreeNode) {
        out.push_str(TREE_NODE_COMMENT);
    }
    match sig {
        Signature::Function {
            params,
            returns,
            output,
            ..
        } => {
            out.push_str("impl Solution {\n");
            out.push_str(&format!(
                "    {} {{\n        {}\n    }}\n}}\n",
                function_line(sig, params, returns, output),
                default_value(returns)
            ));
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            out.push_str(&format!("struct {name} {{\n\n}}\n\n\n"));
            out.push_str("/**\n * `&self` means the method takes an immutable reference.\n * If you need a mutable reference, change it to `&mut self` instead.\n */\n");
            out.push_str(&format!("impl {name} {{\n\n"));
            out.push_str(&format!(
                "    {} {{\n        Self {{}}\n    }}\n",
                constructor_line(constructor)
            ));
            for m in methods {
                out.push_str(&format!(
                    "\n    {} {{\n        {}\n    }}\n",
                    method_line(m),
                    default_value(&m.returns)
                ));
            }
            // A plain comment, not LeetCode's `/**`: a doc comment that documents nothing at the
            // end of the file is an error to rust-analyzer when the editor's crate root
            // `include!`s the file (rustc lets it pass).
            out.push_str("}\n\n/*\n");
            out.push_str(&format!(
                " * Your {name} object will be instantiated and called as such:\n"
            ));
            let args: Vec<String> = constructor.iter().map(|p| arg_name(&p.name)).collect();
            out.push_str(&format!(" * let obj = {name}::new({});\n", args.join(", ")));
            for (i, m) in methods.iter().enumerate() {
                let args: Vec<String> = m.params.iter().map(|p| arg_name(&p.name)).collect();
                let call = format!("obj.{}({})", snake(&m.name), args.join(", "));
                if m.returns == Type::Void {
                    out.push_str(&format!(" * {call};\n"));
                } else {
                    out.push_str(&format!(
                        " * let ret_{}: {} = {call};\n",
                        i + 2,
                        rust_type(&m.returns)
                    ));
                }
            }
            out.push_str(" */\n");
        }
    }
    out
}

const LIST_NODE_COMMENT: &str = "// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
";

const TREE_NODE_COMMENT: &str = "// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
";
