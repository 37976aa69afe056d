//! The file a user starts from: LeetCode's C++ template for the signature, with the node
//! definitions in a comment and LeetCode's usage comment under a design class.

use std::fmt::Write as _;

use super::harness::{cpp_type, decls, definitions};
use crate::catalog::Problem;
use crate::types::signature::{Method, Param, Signature};
use crate::types::Type;

/// A fresh solution file for `problem`.
pub(super) fn scaffold(problem: &Problem) -> String {
    let mut out = crate::lang::scaffold_header(problem, "// ");
    for node in definitions(&problem.signature) {
        let _ = writeln!(out, "/**\n * Definition for {}.", node.what);
        for line in node.text.lines() {
            let _ = writeln!(out, " * {line}");
        }
        out.push_str(" */\n");
    }
    match &problem.signature {
        Signature::Function {
            name,
            params,
            returns,
            ..
        } => {
            out.push_str("class Solution {\npublic:\n");
            out.push_str(&method(name, params, returns, "    "));
            out.push_str("};\n");
        }
        Signature::Class {
            name,
            constructor,
            methods,
            roundtrip,
        } => {
            let _ = writeln!(out, "class {name} {{\npublic:");
            if roundtrip.is_none() {
                let _ = writeln!(
                    out,
                    "    {name}({}) {{\n        \n    }}",
                    decls(constructor)
                );
            }
            for (i, m) in methods.iter().enumerate() {
                if i > 0 || roundtrip.is_none() {
                    out.push_str("    \n");
                }
                out.push_str(&method(&m.name, &m.params, &m.returns, "    "));
            }
            out.push_str("};\n\n");
            out.push_str(&usage_comment(
                &problem.signature,
                name,
                constructor,
                methods,
            ));
        }
    }
    out
}

fn method(name: &str, params: &[Param], returns: &Type, indent: &str) -> String {
    let body = if *returns == Type::Void {
        String::new()
    } else {
        format!("{indent}    return {{}};\n")
    };
    format!(
        "{indent}{} {name}({}) {{\n{indent}    \n{body}{indent}}}\n",
        cpp_type(returns),
        decls(params)
    )
}

/// LeetCode's comment under a design class: how the judge calls it.
fn usage_comment(sig: &Signature, name: &str, constructor: &[Param], methods: &[Method]) -> String {
    let mut out = String::from("/**\n");
    if let Some((first, second)) = sig.codec() {
        let args = first
            .params
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let (enc, dec) = (&first.name, &second.name);
        let _ = writeln!(
            out,
            " * Your {name} object will be instantiated and called as such:"
        );
        let _ = writeln!(out, " * {name} ser, deser;");
        let _ = writeln!(out, " * auto ans = deser.{dec}(ser.{enc}({args}));");
    } else {
        let _ = writeln!(
            out,
            " * Your {name} object will be instantiated and called as such:"
        );
        let ctor: Vec<&str> = constructor.iter().map(|p| p.name.as_str()).collect();
        let _ = writeln!(out, " * {name}* obj = new {name}({});", ctor.join(", "));
        for (i, m) in methods.iter().enumerate() {
            let args: Vec<&str> = m.params.iter().map(|p| p.name.as_str()).collect();
            if m.returns == Type::Void {
                let _ = writeln!(out, " * obj->{}({});", m.name, args.join(", "));
            } else {
                let _ = writeln!(
                    out,
                    " * {} param_{} = obj->{}({});",
                    cpp_type(&m.returns),
                    i + 1,
                    m.name,
                    args.join(", ")
                );
            }
        }
    }
    out.push_str(" */\n");
    out
}
