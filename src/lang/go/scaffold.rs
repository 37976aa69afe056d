//! The file a user starts from: LeetCode's Go template for the signature, with the node
//! definitions in comments as LeetCode shows them. It compiles as it is (each function
//! returns its type's zero value).

use super::harness::{
    arg_name, constructor_line, function_line, method_line, method_name, zero_value,
};
use crate::catalog::Problem;
use crate::types::signature::Signature;
use crate::types::Type;

/// A fresh solution file for `problem`.
pub(super) fn scaffold(problem: &Problem) -> String {
    let mut out = crate::lang::scaffold_header(problem, "// ");
    let sig = &problem.signature;
    for (ty, comment) in [
        (Type::ListNode, LIST_NODE_COMMENT),
        (Type::TreeNode, TREE_NODE_COMMENT),
        (Type::Node, GRAPH_NODE_COMMENT),
        (Type::RandomNode, RANDOM_NODE_COMMENT),
    ] {
        if sig.mentions(&ty) {
            out.push_str(comment);
            out.push('\n');
        }
    }
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            ..
        } => {
            out.push_str(&format!(
                "{} {{\n{}}}\n",
                function_line(name, params, returns),
                body(returns)
            ));
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            out.push_str(&format!("type {name} struct {{\n\n}}\n\n\n"));
            out.push_str(&format!(
                "{} {{\n    return {name}{{}}\n}}\n\n",
                constructor_line(name, constructor)
            ));
            for m in methods {
                out.push_str(&format!(
                    "\n{} {{\n{}}}\n\n",
                    method_line(sig, name, m),
                    body(&m.returns)
                ));
            }
            out.push_str(&format!(
                "\n/**\n * Your {name} object will be instantiated and called as such:\n"
            ));
            let args: Vec<String> = constructor.iter().map(|p| arg_name(&p.name)).collect();
            out.push_str(&format!(" * obj := Constructor({});\n", args.join(", ")));
            for (i, m) in methods.iter().enumerate() {
                let args: Vec<String> = m.params.iter().map(|p| arg_name(&p.name)).collect();
                let call = format!("obj.{}({})", method_name(sig, m), args.join(", "));
                if m.returns == Type::Void {
                    out.push_str(&format!(" * {call};\n"));
                } else {
                    out.push_str(&format!(" * param_{} := {call};\n", i + 1));
                }
            }
            out.push_str(" */\n");
        }
    }
    out
}

/// A body that compiles: the zero value of the return type.
fn body(returns: &Type) -> String {
    if *returns == Type::Void {
        "    \n".into()
    } else {
        format!("    return {}\n", zero_value(returns))
    }
}

const LIST_NODE_COMMENT: &str = "/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */";

const TREE_NODE_COMMENT: &str = "/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */";

const GRAPH_NODE_COMMENT: &str = "/**
 * Definition for a Node.
 * type Node struct {
 *     Val int
 *     Neighbors []*Node
 * }
 */";

const RANDOM_NODE_COMMENT: &str = "/**
 * Definition for a Node.
 * type Node struct {
 *     Val int
 *     Next *Node
 *     Random *Node
 * }
 */";
