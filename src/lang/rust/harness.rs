//! `main.rs`, generated from the signature: it reads each case from the token stream, calls
//! the user's code under LeetCode's Rust names and types, and writes the answer; every call into
//! the user's code is remembered by line, so that a rustc error there can be said as the call
//! prep makes (`messages.rs`).

use std::collections::BTreeMap;

use crate::types::signature::{Method, Output, Param, Role, Signature};
use crate::types::Type;

/// LeetCode's Rust name of a function or method: its snake_case (`twoSum` -> `two_sum`,
/// `isValidBST` -> `is_valid_bst`).
pub fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1);
            let boundary = prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
                || (prev.is_some_and(|p| p.is_ascii_uppercase())
                    && next.is_some_and(|n| n.is_ascii_lowercase()));
            if boundary {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A parameter's name in the template: snake_case, and a keyword made usable.
pub(super) fn arg_name(name: &str) -> String {
    let s = snake(name);
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
        "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
        "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
        "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
        "typeof", "unsized", "virtual", "yield", "try", "gen",
    ];
    if matches!(s.as_str(), "self" | "super" | "crate" | "Self") {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// The Rust type of docs/contract.md section 2, as LeetCode writes it.
pub fn rust_type(ty: &Type) -> String {
    match ty {
        Type::Int => "i32".into(),
        Type::Long => "i64".into(),
        Type::Uint32 => "u32".into(),
        Type::Double => "f64".into(),
        Type::Bool => "bool".into(),
        Type::String => "String".into(),
        Type::Char => "char".into(),
        Type::Void => "()".into(),
        Type::Array(inner) | Type::List(inner) => format!("Vec<{}>", rust_type(inner)),
        Type::ListNode => "Option<Box<ListNode>>".into(),
        Type::TreeNode => "Option<Rc<RefCell<TreeNode>>>".into(),
        // Not offered in Rust (docs/contract.md section 2).
        Type::Node | Type::RandomNode => "()".into(),
    }
}

/// The same type with the harness's own paths, immune to the user's names.
fn harness_type(ty: &Type) -> String {
    match ty {
        Type::Array(inner) | Type::List(inner) => format!("Vec<{}>", harness_type(inner)),
        Type::ListNode => "Option<Box<__prep::list_node::ListNode>>".into(),
        Type::TreeNode => {
            "Option<std::rc::Rc<std::cell::RefCell<__prep::tree_node::TreeNode>>>".into()
        }
        other => rust_type(other),
    }
}

pub(super) fn default_value(ty: &Type) -> &'static str {
    match ty {
        Type::Int | Type::Long | Type::Uint32 => "0",
        Type::Double => "0.0",
        Type::Bool => "false",
        Type::String => "String::new()",
        Type::Char => "' '",
        Type::Void | Type::Node | Type::RandomNode => "",
        Type::Array(_) | Type::List(_) => "vec![]",
        Type::ListNode | Type::TreeNode => "None",
    }
}

pub(super) fn returns_suffix(ty: &Type) -> String {
    if *ty == Type::Void {
        String::new()
    } else {
        format!(" -> {}", rust_type(ty))
    }
}

pub(super) fn function_name(sig: &Signature) -> String {
    match sig {
        Signature::Function {
            name, rust_name, ..
        } => rust_name.clone().unwrap_or_else(|| snake(name)),
        Signature::Class { .. } => "new".into(),
    }
}

/// `pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>`
pub(super) fn function_line(
    sig: &Signature,
    params: &[Param],
    returns: &Type,
    output: &Output,
) -> String {
    let args: Vec<String> = params
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_argument())
        .map(|(i, p)| {
            let in_place = *output == Output::Param(i);
            format!(
                "{}: {}{}",
                arg_name(&p.name),
                if in_place { "&mut " } else { "" },
                rust_type(&p.ty)
            )
        })
        .collect();
    format!(
        "pub fn {}({}){}",
        function_name(sig),
        args.join(", "),
        returns_suffix(returns)
    )
}

pub(super) fn constructor_line(params: &[Param]) -> String {
    let args: Vec<String> = params
        .iter()
        .map(|p| format!("{}: {}", arg_name(&p.name), rust_type(&p.ty)))
        .collect();
    format!("fn new({}) -> Self", args.join(", "))
}

pub(super) fn method_line(m: &Method) -> String {
    let args: String = m
        .params
        .iter()
        .map(|p| format!(", {}: {}", arg_name(&p.name), rust_type(&p.ty)))
        .collect();
    format!(
        "fn {}(&self{args}){}",
        snake(&m.name),
        returns_suffix(&m.returns)
    )
}

/// The generated `main.rs` and, per line that calls the user's code, which call it makes.
pub(super) struct Harness {
    pub(super) text: String,
    pub(super) calls: BTreeMap<usize, String>,
}

struct Lines {
    lines: Vec<String>,
    calls: BTreeMap<usize, String>,
}

impl Lines {
    fn push(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }
    /// A line that calls the user's code: `what` is the call prep makes.
    fn call(&mut self, line: impl Into<String>, what: String) {
        self.lines.push(line.into());
        self.calls.insert(self.lines.len(), what);
    }
}

fn decode(ty: &Type) -> String {
    format!("<{} as __prep::Decode>::decode(inp)", harness_type(ty))
}

pub(super) fn generate(sig: &Signature) -> Harness {
    let mut l = Lines {
        lines: Vec::new(),
        calls: BTreeMap::new(),
    };
    l.push("// Generated by prep: reads each case, calls the solution, writes the records.");
    l.push("#![allow(warnings)]");
    l.push("#[path = \"prep_runtime.rs\"]");
    l.push("mod __prep;");
    l.push("#[global_allocator]");
    l.push("static __PREP_ALLOC: __prep::Alloc = __prep::Alloc;");
    l.push("use __prep::prelude::*;");
    if matches!(sig, Signature::Function { .. }) {
        l.push("use __prep::solution::*;");
    }
    if sig.mentions(&Type::ListNode) {
        l.push("use __prep::list_node::*;");
    }
    if sig.mentions(&Type::TreeNode) {
        l.push("use __prep::tree_node::*;");
    }
    l.push("include!(\"solution.rs\");");
    l.push("");
    match sig {
        Signature::Function {
            params,
            returns,
            output,
            ..
        } => {
            let what = format!(
                "`{}` on `Solution`",
                function_line(sig, params, returns, output)
            );
            l.push("fn main() {");
            l.push("    let (run, mut input) = __prep::start();");
            l.push("    while let Some(k) = input.next_case() {");
            l.push("        let inp = &mut input;");
            let trees: Vec<usize> = params
                .iter()
                .filter_map(|p| match p.role {
                    Role::NodeIn(t) => Some(t),
                    _ => None,
                })
                .collect();
            for (i, p) in params.iter().enumerate() {
                let in_place = *output == Output::Param(i);
                let m = if in_place { "mut " } else { "" };
                match &p.role {
                    Role::Passed if trees.contains(&i) => l.push(format!(
                        "        let ({m}a{i}, a{i}_nodes) = __prep::tree_with_nodes(inp);"
                    )),
                    Role::Passed => l.push(format!("        let {m}a{i} = {};", decode(&p.ty))),
                    Role::NodeIn(_) | Role::CycleIn(_) => {
                        l.push(format!("        let a{i}_value = inp.int();"))
                    }
                }
            }
            for (i, p) in params.iter().enumerate() {
                if let Role::NodeIn(t) = p.role {
                    l.push(format!(
                        "        let a{i} = __prep::find_node(&a{t}_nodes, a{i}_value);"
                    ));
                }
            }
            for i in 0..params.len() {
                if trees.contains(&i) {
                    l.push(format!("        drop(a{i}_nodes);"));
                }
            }
            l.push("        run.case(inp, k, None, move |_| {");
            let args: Vec<String> = params
                .iter()
                .enumerate()
                .filter(|(_, p)| p.is_argument())
                .map(|(i, _)| {
                    if *output == Output::Param(i) {
                        format!("&mut a{i}")
                    } else {
                        format!("a{i}")
                    }
                })
                .collect();
            let name = function_name(sig);
            l.call(
                format!("            let r = Solution::{name}({});", args.join(", ")),
                what,
            );
            match output {
                Output::Return => l.push("            __prep::encode(&r)"),
                Output::NodeValue => l.push("            __prep::node_value(&r)"),
                Output::Param(i) => l.push(format!("            __prep::encode(&a{i})")),
            }
            l.push("        });");
            l.push("    }");
            l.push("}");
        }
        Signature::Class {
            name,
            constructor,
            methods,
            roundtrip: Some(codec),
        } => {
            let (enc, dec) = (&methods[codec.encode], &methods[codec.decode]);
            l.push("fn main() {");
            l.push("    let (run, mut input) = __prep::start();");
            l.push("    while let Some(k) = input.next_case() {");
            l.push("        let inp = &mut input;");
            for (i, p) in enc.params.iter().enumerate() {
                l.push(format!("        let a{i} = {};", decode(&p.ty)));
            }
            l.push("        run.case(inp, k, None, move |_| {");
            let ctor = format!("`{}` on `{name}`", constructor_line(constructor));
            l.call(
                format!("            let mut encoder = {name}::new();"),
                ctor.clone(),
            );
            let args: Vec<String> = (0..enc.params.len()).map(|i| format!("a{i}")).collect();
            l.call(
                format!(
                    "            let data = encoder.{}({});",
                    snake(&enc.name),
                    args.join(", ")
                ),
                format!("`{}` on `{name}`", method_line(enc)),
            );
            l.call(
                format!("            let mut decoder = {name}::new();"),
                ctor,
            );
            l.call(
                format!("            let r = decoder.{}(data);", snake(&dec.name)),
                format!("`{}` on `{name}`", method_line(dec)),
            );
            l.push("            __prep::encode(&r)");
            l.push("        });");
            l.push("    }");
            l.push("}");
        }
        Signature::Class {
            name,
            constructor,
            methods,
            roundtrip: None,
        } => {
            l.push("fn __prep_describe(name: &str, inp: &mut __prep::Input) -> String {");
            l.push("    let mut parts: Vec<String> = Vec::new();");
            l.push("    match name {");
            for m in methods {
                l.push(format!("        {:?} => {{", m.name));
                for p in &m.params {
                    l.push(format!(
                        "            parts.push(__prep::encode(&{}).unwrap_or_default());",
                        decode(&p.ty)
                    ));
                }
                l.push("        }");
            }
            l.push("        _ => {}");
            l.push("    }");
            l.push("    parts.join(\", \")");
            l.push("}");
            l.push("");
            l.push("fn main() {");
            l.push("    let (run, mut input) = __prep::start();");
            l.push("    while let Some(k) = input.next_case() {");
            l.push("        let ops = input.len();");
            l.push("        run.case(&mut input, k, Some(__prep_describe), move |inp| {");
            for (i, p) in constructor.iter().enumerate() {
                l.push(format!("            let c{i} = {};", decode(&p.ty)));
            }
            let args: Vec<String> = (0..constructor.len()).map(|i| format!("c{i}")).collect();
            l.call(
                format!(
                    "            let mut obj = {name}::new({});",
                    args.join(", ")
                ),
                format!("`{}` on `{name}`", constructor_line(constructor)),
            );
            l.push("            let mut out = String::from(\"[null\");");
            l.push("            for i in 1..ops {");
            l.push("                __prep::set_call(i, ops, inp.pos);");
            l.push("                let name = inp.string();");
            l.push("                out.push(',');");
            l.push("                match name.as_str() {");
            for m in methods {
                l.push(format!("                    {:?} => {{", m.name));
                for (j, p) in m.params.iter().enumerate() {
                    l.push(format!(
                        "                        let p{j} = {};",
                        decode(&p.ty)
                    ));
                }
                let args: Vec<String> = (0..m.params.len()).map(|j| format!("p{j}")).collect();
                l.call(
                    format!(
                        "                        let r = obj.{}({});",
                        snake(&m.name),
                        args.join(", ")
                    ),
                    format!("`{}` (or with `&mut self`) on `{name}`", method_line(m)),
                );
                l.push("                        __prep::Encode::encode(&r, &mut out)?;");
                l.push("                    }");
            }
            l.push("                    _ => panic!(\"prep: unknown call {name}\"),");
            l.push("                }");
            l.push("            }");
            l.push("            __prep::clear_call();");
            l.push("            out.push(']');");
            l.push("            Ok(out)");
            l.push("        });");
            l.push("    }");
            l.push("}");
        }
    }
    let mut text = l.lines.join("\n");
    text.push('\n');
    Harness {
        text,
        calls: l.calls,
    }
}

#[cfg(test)]
mod tests {
    use super::super::messages::compile_message;
    use super::*;
    use serde_json::json;

    #[test]
    fn names_are_leetcodes_snake_case() {
        assert_eq!(snake("twoSum"), "two_sum");
        assert_eq!(snake("getMin"), "get_min");
        assert_eq!(snake("isValidBST"), "is_valid_bst");
        assert_eq!(snake("evalRPN"), "eval_rpn");
        assert_eq!(snake("search"), "search");
        assert_eq!(snake("numCourses"), "num_courses");
        assert_eq!(arg_name("type"), "r#type");
    }

    #[test]
    fn types_follow_the_contract() {
        let t = |s: &str| rust_type(&Type::parse(s).unwrap());
        assert_eq!(t("int[][]"), "Vec<Vec<i32>>");
        assert_eq!(t("list<list<string>>"), "Vec<Vec<String>>");
        assert_eq!(t("ListNode[]"), "Vec<Option<Box<ListNode>>>");
        assert_eq!(t("TreeNode"), "Option<Rc<RefCell<TreeNode>>>");
        assert_eq!(t("uint32"), "u32");
        assert_eq!(t("long"), "i64");
    }

    #[test]
    fn a_harness_error_names_the_call_prep_makes() {
        let sig = Signature::from_json(&json!({"function": "twoSum",
            "params": [{"name": "nums", "type": "int[]"}, {"name": "target", "type": "int"}],
            "returns": "int[]"}))
        .unwrap();
        let h = generate(&sig);
        let (&line, what) = h.calls.iter().next().unwrap();
        assert!(h
            .text
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("Solution::two_sum(a0, a1)"));
        let output = format!(
            "error[E0308]: mismatched types\n --> main.rs:{line}:40\n  |\nerror: aborting due to 1 previous error\n"
        );
        let message = compile_message(&output, "me/solution.rs", &h.calls);
        assert!(message.starts_with("me/solution.rs: prep calls `pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>` on `Solution` (LeetCode's signature)"), "{message}");
        assert!(!message.contains("aborting"), "{message}");
        assert_eq!(
            what,
            "`pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>` on `Solution`"
        );
        let user = compile_message(
            "error[E0425]: cannot find value `x`\n --> solution.rs:3:9\n",
            "me/solution.rs",
            &h.calls,
        );
        assert_eq!(
            user,
            "error[E0425]: cannot find value `x`\n --> me/solution.rs:3:9"
        );
    }
}
