//! The generated main.cpp: the prelude, the node definitions the signature needs, the runtime
//! (`runtime.h`), the user's file under its own name and line numbers, then the case dispatch
//! generated from the signature.

use std::fmt::Write as _;

use super::{HARNESS_NAME, PCH_HEADER};
use crate::catalog::Problem;
use crate::lang::Source;
use crate::types::signature::{Output, Param, Role, Signature};
use crate::types::Type;

pub(super) const RUNTIME: &str = include_str!("runtime.h");
/// The generated file's `main`: reads case after case and runs each.
const MAIN: &str = include_str!("main.cpp");
const LIST_NODE: &str = include_str!("list_node.h");
const TREE_NODE: &str = include_str!("tree_node.h");
const GRAPH_NODE: &str = include_str!("graph_node.h");
const RANDOM_NODE: &str = include_str!("random_node.h");

/// A node type a signature may use: its C++ definition, what LeetCode's comment calls it,
/// and the runtime's switch for its readers and writers.
pub(super) struct NodeDefinition {
    ty: Type,
    pub(super) text: &'static str,
    pub(super) what: &'static str,
    flag: &'static str,
    /// Its header among the workspace's editor files (`.prep/cpp/`).
    pub(super) header: &'static str,
}

const NODES: [NodeDefinition; 4] = [
    NodeDefinition {
        ty: Type::ListNode,
        text: LIST_NODE,
        what: "singly-linked list",
        flag: "PREP_LISTNODE",
        header: "list_node.h",
    },
    NodeDefinition {
        ty: Type::TreeNode,
        text: TREE_NODE,
        what: "a binary tree node",
        flag: "PREP_TREENODE",
        header: "tree_node.h",
    },
    NodeDefinition {
        ty: Type::Node,
        text: GRAPH_NODE,
        what: "a Node",
        flag: "PREP_GRAPHNODE",
        header: "graph_node.h",
    },
    NodeDefinition {
        ty: Type::RandomNode,
        text: RANDOM_NODE,
        what: "a Node",
        flag: "PREP_RANDOMNODE",
        header: "random_node.h",
    },
];

/// The definition of a node type, `""` for another type.
pub(super) fn node_definition(ty: &Type) -> &'static str {
    NODES.iter().find(|n| n.ty == *ty).map_or("", |n| n.text)
}

/// The header file name of a node type (`None` for a type that is no node).
pub(super) fn node_header(ty: &Type) -> Option<&'static str> {
    NODES.iter().find(|n| n.ty == *ty).map(|n| n.header)
}

/// The node definitions a signature needs.
pub(super) fn definitions(sig: &Signature) -> impl Iterator<Item = &'static NodeDefinition> + '_ {
    NODES.iter().filter(|n| sig.mentions(&n.ty))
}

/// The generated main.cpp: the prelude (unless precompiled), the node definitions, the runtime, the
/// user's file under its own name and line numbers, then the case dispatch.
pub(super) fn harness(problem: &Problem, source: &Source, pch: bool) -> String {
    let sig = &problem.signature;
    let mut out = String::new();
    // With a precompiled header, the compile command includes it (`-include`,
    // `-include-pch`).
    if !pch {
        out.push_str(PCH_HEADER);
    }
    for node in definitions(sig) {
        let _ = writeln!(out, "#define {} 1", node.flag);
        out.push_str(node.text);
    }
    out.push_str(RUNTIME);
    let display = source.display.replace('\\', "\\\\").replace('"', "\\\"");
    let _ = writeln!(out, "#line 1 \"{display}\"");
    out.push_str(&source.text);
    if !source.text.ends_with('\n') {
        out.push('\n');
    }
    let _ = writeln!(out, "#line 1 \"{HARNESS_NAME}\"");
    out.push_str(&dispatch(sig));
    out.push_str(MAIN);
    out
}

/// `debug.cpp`, `prep debug`'s program: prep's headers from the workspace's editor files in
/// `headers` (`.prep/cpp`: the prelude, the node definitions, this runtime), the user's file
/// included by its own path (so a debugger shows its lines), the same case dispatch as the
/// judge's, and a `main` that runs the one case whose token record (`tokens`, after its index)
/// is written into it, then says the `expected` answer. Built without the sanitizers; the
/// case's stdout is not captured, and its end record goes to stderr (`PREP_DEBUG`).
pub(crate) fn debug_driver(
    problem: &Problem,
    headers: &std::path::Path,
    solution: &std::path::Path,
    tokens: &[u8],
    expected: &str,
    note: &str,
) -> String {
    let sig = &problem.signature;
    let quoted = |path: &std::path::Path| c_string(path.display().to_string().as_bytes());
    let mut out = String::from(note);
    out.push_str(
        "#define PREP_DEBUG 1
",
    );
    let _ = writeln!(out, "#include {}", quoted(&headers.join("prelude.h")));
    for node in definitions(sig) {
        let _ = writeln!(out, "#define {} 1", node.flag);
        let _ = writeln!(out, "#include {}", quoted(&headers.join(node.header)));
    }
    let _ = writeln!(out, "#include {}", quoted(&headers.join("runtime.h")));
    out.push_str("\n// Your solution, as it is.\n");
    let _ = writeln!(out, "#include {}", quoted(solution));
    out.push_str(
        "\n// prep's harness: reads the case's arguments, calls your code, records the answer.\n",
    );
    out.push_str(&dispatch(sig));
    let _ = writeln!(
        out,
        "\n// The case's arguments as the judge sends them.\nstatic const char prep_case[] = {};\n",
        c_string(tokens)
    );
    let _ = writeln!(
        out,
        "int main() {{\n    prep_h::in().buf.assign(prep_case, sizeof prep_case - 1);\n    prep_run_case(1);\n    fputs({}, stderr);\n    return 0;\n}}",
        c_string(format!("expected: {expected}\n").as_bytes())
    );
    out
}

/// A C string literal of `bytes`: printable ASCII as it is, the rest escaped in octal.
fn c_string(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for &b in bytes {
        match b {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            b'?' => out.push_str("\\?"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\{b:03o}");
            }
        }
    }
    out.push('"');
    out
}

/// `prep_run_case(k)`: reads one case, runs it, writes its record.
fn dispatch(sig: &Signature) -> String {
    let mut out = String::from("static void prep_run_case(long long k) {\n");
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            output,
            ..
        } => {
            read_params(&mut out, params);
            let args: Vec<String> = params
                .iter()
                .filter(|p| !matches!(p.role, Role::CycleIn(_)))
                .map(|p| format!("a_{}", p.name))
                .collect();
            let call = format!("prep_s->{name}({})", args.join(", "));
            out.push_str("    prep_h::begin(k);\n    prep_h::guarded([&] {\n");
            out.push_str("        Solution* prep_s = new Solution();\n");
            match output {
                Output::Param(i) => {
                    let p = &params[*i].name;
                    let _ = writeln!(out, "        {call};");
                    let _ = writeln!(
                        out,
                        "        prep_h::Json j;\n        prep_h::put(j, a_{p});"
                    );
                }
                Output::NodeValue => {
                    let _ = writeln!(out, "        auto r = {call};");
                    out.push_str("        prep_h::Json j;\n        if (r) prep_h::put(j, r->val); else j.out = \"null\";\n");
                }
                Output::Return if *returns == Type::Void => {
                    let _ = writeln!(out, "        {call};");
                    out.push_str("        prep_h::Json j;\n        j.out = \"null\";\n");
                }
                Output::Return => {
                    let _ = writeln!(out, "        auto r = {call};");
                    out.push_str("        prep_h::Json j;\n        prep_h::put(j, r);\n");
                }
            }
            out.push_str(FINISH_VALUE);
            out.push_str("    });\n");
        }
        Signature::Class {
            name,
            methods,
            roundtrip: Some(codec),
            ..
        } => {
            let (first, second) = (&methods[codec.encode], &methods[codec.decode]);
            let (enc, dec) = (&first.name, &second.name);
            read_params(&mut out, &first.params);
            let args: Vec<String> = first
                .params
                .iter()
                .map(|p| format!("a_{}", p.name))
                .collect();
            out.push_str("    prep_h::begin(k);\n    prep_h::guarded([&] {\n");
            let _ = writeln!(
                out,
                "        {name}* prep_enc = new {name}();\n        {name}* prep_dec = new {name}();"
            );
            let _ = writeln!(
                out,
                "        auto prep_data = prep_enc->{enc}({});",
                args.join(", ")
            );
            let _ = writeln!(out, "        auto r = prep_dec->{dec}(prep_data);");
            out.push_str("        prep_h::Json j;\n        prep_h::put(j, r);\n");
            out.push_str(FINISH_VALUE);
            out.push_str("    });\n");
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            out.push_str("    long long prep_ops = prep_h::in().integer();\n");
            read_params(&mut out, constructor);
            let ctor: Vec<String> = constructor
                .iter()
                .map(|p| format!("a_{}", p.name))
                .collect();
            out.push_str("    long long prep_i = 0;\n    std::string prep_op;\n    size_t prep_at = prep_h::in().pos;\n");
            out.push_str("    prep_h::call_desc() = [&]() { return prep_describe(prep_i, prep_op, prep_at); };\n");
            out.push_str("    prep_h::begin(k);\n    bool prep_ok = prep_h::guarded([&] {\n");
            let _ = writeln!(
                out,
                "        {name}* prep_obj = new {name}({});",
                ctor.join(", ")
            );
            out.push_str("        std::string prep_out = \"[null\";\n");
            out.push_str("        for (prep_i = 1; prep_i < prep_ops; prep_i++) {\n");
            out.push_str("            prep_op = prep_h::in().bytes();\n            prep_at = prep_h::in().pos;\n            prep_out += \",\";\n");
            for (i, m) in methods.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "            {}if (prep_op == \"{}\") {{",
                    if i == 0 { "" } else { "else " },
                    m.name
                );
                let mut names = Vec::new();
                for (j, p) in m.params.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "                auto p{j} = prep_h::Read<{}>::get();",
                        cpp_type(&p.ty)
                    );
                    names.push(format!("p{j}"));
                }
                let call = format!("prep_obj->{}({})", m.name, names.join(", "));
                if m.returns == Type::Void {
                    let _ = writeln!(
                        out,
                        "                {call};\n                prep_out += \"null\";"
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "                auto r = {call};\n                prep_out += prep_h::json_of(r);"
                    );
                }
                out.push_str("            }\n");
            }
            out.push_str("        }\n        prep_out += \"]\";\n        prep_h::finish(\"\\\"value\\\":\" + prep_out);\n    });\n");
            // A call that threw leaves the rest of the case unread: skip it, so that the next
            // case is read from its start.
            out.push_str("    if (!prep_ok) {\n        prep_h::in().pos = prep_at;\n        if (prep_i >= 1) prep_read_args(prep_op);\n        for (long long j = prep_i + 1; j < prep_ops; j++) prep_read_args(prep_h::in().bytes());\n    }\n");
            // The arguments of a call, read again as JSON: for an error's message and to skip.
            let mut describe = String::from(
                "static std::string prep_read_args(const std::string& op) {\n    std::string args;\n",
            );
            for m in methods {
                let _ = writeln!(describe, "    if (op == \"{}\") {{", m.name);
                for (j, p) in m.params.iter().enumerate() {
                    let _ = writeln!(
                        describe,
                        "        {}args += prep_h::json_of(prep_h::Read<{}>::get());",
                        if j == 0 { "" } else { "args += \", \"; " },
                        cpp_type(&p.ty)
                    );
                }
                describe.push_str("    }\n");
            }
            describe.push_str("    return args;\n}\n");
            let _ = writeln!(
                describe,
                "static std::string prep_describe(long long i, const std::string& op, size_t at) {{\n    if (i == 0) return \"in the constructor {name}(...)\";\n    prep_h::in().pos = at;\n    return \"in call \" + std::to_string(i) + \": \" + op + \"(\" + prep_read_args(op) + \")\";\n}}"
            );
            out.push_str("}\n");
            return format!("{describe}{out}");
        }
    }
    out.push_str("}\n");
    out
}

const FINISH_VALUE: &str = "        prep_h::finish(\"\\\"value\\\":\" + j.out + (j.aliased ? \",\\\"aliased\\\":true\" : \"\"));\n";

/// Reads each parameter into `a_<name>`, links cycles and resolves node parameters.
fn read_params(out: &mut String, params: &[Param]) {
    for p in params {
        match &p.role {
            Role::Passed => {
                let _ = writeln!(
                    out,
                    "    auto a_{} = prep_h::Read<{}>::get();",
                    p.name,
                    cpp_type(&p.ty)
                );
                if p.ty == Type::TreeNode {
                    let _ = writeln!(out, "    auto made_{} = prep_h::tree_made();", p.name);
                }
            }
            Role::CycleIn(_) | Role::NodeIn(_) => {
                let _ = writeln!(out, "    long long v_{} = prep_h::in().integer();", p.name);
            }
        }
    }
    for p in params {
        match &p.role {
            Role::Passed => {}
            Role::CycleIn(list) => {
                let list = &params[*list].name;
                let _ = writeln!(
                    out,
                    "    if (v_{pos} >= 0) {{\n        ListNode* prep_tail = nullptr;\n        ListNode* prep_target = nullptr;\n        long long prep_j = 0;\n        for (ListNode* n = a_{list}; n; n = n->next, prep_j++) {{\n            if (prep_j == v_{pos}) prep_target = n;\n            prep_tail = n;\n        }}\n        if (prep_tail) prep_tail->next = prep_target;\n    }}",
                    pos = p.name
                );
            }
            Role::NodeIn(tree) => {
                let tree = &params[*tree].name;
                let _ = writeln!(
                    out,
                    "    TreeNode* a_{} = prep_h::find_node(made_{tree}, v_{});",
                    p.name, p.name
                );
            }
        }
    }
}

/// The C++ type of a value.
pub(super) fn cpp_type(ty: &Type) -> String {
    match ty {
        Type::Int => "int".into(),
        Type::Long => "long long".into(),
        Type::Uint32 => "uint32_t".into(),
        Type::Double => "double".into(),
        Type::Bool => "bool".into(),
        Type::String => "string".into(),
        Type::Char => "char".into(),
        Type::Void => "void".into(),
        Type::Array(inner) | Type::List(inner) => format!("vector<{}>", cpp_type(inner)),
        Type::ListNode => "ListNode*".into(),
        Type::TreeNode => "TreeNode*".into(),
        Type::Node | Type::RandomNode => "Node*".into(),
    }
}

/// A parameter as LeetCode declares it: vectors by reference, the rest by value.
fn decl(p: &Param) -> String {
    match &p.ty {
        Type::Array(_) | Type::List(_) => format!("{}& {}", cpp_type(&p.ty), p.name),
        ty => format!("{} {}", cpp_type(ty), p.name),
    }
}

pub(super) fn decls(params: &[Param]) -> String {
    params
        .iter()
        .filter(|p| !matches!(p.role, Role::CycleIn(_)))
        .map(decl)
        .collect::<Vec<_>>()
        .join(", ")
}
