//! The file a user starts from: LeetCode's Java template for the signature, with the node
//! classes in comments as LeetCode shows them and the statement on top.

use super::harness::{java_params, jtype, new_array};
use super::{GRAPH_NODE, LIST_NODE, RANDOM_NODE, TREE_NODE};
use crate::catalog::Problem;
use crate::types::signature::Signature;
use crate::types::Type;

pub(super) fn scaffold(problem: &Problem) -> String {
    let mut out = crate::lang::scaffold_header(problem, "// ");
    let sig = &problem.signature;
    let star = |def: &str| -> String {
        def.lines()
            .map(|l| format!(" * {l}").trim_end().to_string() + "\n")
            .collect()
    };
    if sig.mentions(&Type::ListNode) {
        out.push_str("/**\n * Definition for singly-linked list.\n");
        out.push_str(&star(LIST_NODE));
        out.push_str(" */\n");
    }
    if sig.mentions(&Type::TreeNode) {
        out.push_str("/**\n * Definition for a binary tree node.\n");
        out.push_str(&star(TREE_NODE));
        out.push_str(" */\n");
    }
    if sig.mentions(&Type::RandomNode) {
        out.push_str("/*\n// Definition for a Node.\n");
        out.push_str(RANDOM_NODE);
        out.push_str("*/\n\n");
    } else if sig.mentions(&Type::Node) {
        out.push_str("/*\n// Definition for a Node.\n");
        out.push_str(GRAPH_NODE);
        out.push_str("*/\n\n");
    }
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            ..
        } => {
            out.push_str("class Solution {\n");
            out.push_str(&format!(
                "    public {} {name}({}) {{\n{}    }}\n}}\n",
                jtype(returns),
                java_params(params),
                default_return(returns)
            ));
        }
        Signature::Class {
            name,
            constructor,
            methods,
            roundtrip,
        } => {
            let codec = roundtrip.is_some();
            out.push_str(&format!(
                "{}class {name} {{\n\n",
                if codec { "public " } else { "" }
            ));
            if !codec {
                out.push_str(&format!(
                    "    public {name}({}) {{\n        \n    }}\n",
                    java_params(constructor)
                ));
            }
            for (i, m) in methods.iter().enumerate() {
                if i > 0 || !codec {
                    out.push_str("    \n");
                }
                out.push_str(&format!(
                    "    public {} {}({}) {{\n{}    }}\n",
                    jtype(&m.returns),
                    m.name,
                    java_params(&m.params),
                    default_return(&m.returns)
                ));
            }
            out.push_str("}\n\n");
            if let Some((enc, dec)) = sig.codec() {
                let dec_ty = jtype(&dec.returns);
                let arg = enc.params.first().map_or("x", |p| p.name.as_str());
                let (enc, dec) = (&enc.name, &dec.name);
                out.push_str(&format!(
                    "// Your {name} object will be instantiated and called as such:\n// {name} ser = new {name}();\n// {name} deser = new {name}();\n// {dec_ty} ans = deser.{dec}(ser.{enc}({arg}));\n"
                ));
            } else {
                out.push_str(&format!(
                    "/**\n * Your {name} object will be instantiated and called as such:\n * {name} obj = new {name}({});\n",
                    constructor
                        .iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                ));
                for (i, m) in methods.iter().enumerate() {
                    let args = m
                        .params
                        .iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join(",");
                    if m.returns == Type::Void {
                        out.push_str(&format!(" * obj.{}({args});\n", m.name));
                    } else {
                        out.push_str(&format!(
                            " * {} param_{} = obj.{}({args});\n",
                            jtype(&m.returns),
                            i + 1,
                            m.name
                        ));
                    }
                }
                out.push_str(" */\n");
            }
        }
    }
    out
}

/// A body that compiles (and gets WRONG_ANSWER) for a fresh scaffold.
fn default_return(ty: &Type) -> String {
    let value = match ty {
        Type::Void => return "        \n".into(),
        Type::Int | Type::Uint32 | Type::Long => "0".to_string(),
        Type::Double => "0.0".into(),
        Type::Bool => "false".into(),
        Type::String => "\"\"".into(),
        Type::Char => "' '".into(),
        Type::Array(inner) => new_array(&jtype(inner), "0"),
        Type::List(_) => "new ArrayList<>()".into(),
        Type::ListNode | Type::TreeNode | Type::Node | Type::RandomNode => "null".into(),
    };
    format!("        return {value};\n")
}
