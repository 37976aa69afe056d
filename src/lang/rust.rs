//! Rust: LeetCode's template (`impl Solution { pub fn two_sum(...) }`, design classes with
//! `fn new(..) -> Self`), compiled with rustc alone (no cargo, no crates). The harness is a
//! generated `main.rs` (the few lines that read each parameter and call the user's method),
//! the static runtime `rust_runtime.rs` (token reader, JSON writer, records, stdout capture,
//! CPU clock, panics, out-of-memory) and the user's file, pulled in with `include!` so that
//! rustc's errors and panic locations name the user's own file and lines.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::compile::{self, CompileSpec, Compiled};
use super::toolchain::{self, Toolchain};
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::types::signature::{Method, Output, Param, Role, Signature};
use crate::types::Type;

const RUNTIME: &str = include_str!("rust_runtime.rs");

/// The CPU limit against the Python base limit. The base limits are written for CPython,
/// which runs this kind of code 10-50x slower than optimised Rust: half of it still leaves
/// an intended Rust solution a wide margin (a hundred-fold at least on the seed problems),
/// while a solution of the wrong complexity stays far over it at the problems' input sizes.
const TIME_MULTIPLIER: f64 = 0.5;
/// The harness holds the whole token stream of the run (all cases' inputs) in memory, and a
/// Rust process itself needs ~2 MiB resident; allowed on top of the problem's limit.
const MEMORY_ALLOWANCE_KB: u64 = 16 << 10;
/// Address space beyond the memory limit: the binary, libc, the loader and their mappings
/// (about 10 MiB), with room to spare, so that an allocation fails only past the limit.
const ADDRESS_MARGIN: u64 = 96 << 20;

const INSTALL_HINT: &str =
    "install Rust (rustc 1.70 or newer), e.g. from https://rustup.rs or `apt install rustc`";

/// rustc's flags: LeetCode's edition; optimised; warnings are not shown (LeetCode shows
/// none). Overflow checks come from `overflow_checks`.
const FLAGS: &[&str] = &[
    "--edition",
    "2021",
    "-O",
    "--color",
    "never",
    "-A",
    "warnings",
    "--crate-name",
    "solution",
    "-o",
    "solution",
    "main.rs",
];

pub struct Rust;

impl Language for Rust {
    fn id(&self) -> LangId {
        LangId::Rust
    }

    fn not_offered(&self, problem: &Problem) -> Option<String> {
        super::rust_not_offered(problem)
    }

    fn scaffold(&self, problem: &Problem) -> String {
        let mut out = super::scaffold_header(problem, "// ");
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
                out.push_str("}\n\n/**\n");
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

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        resolve_rustc(cache)
    }

    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &Toolchain,
        cache: &Path,
        purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        if let Some(why) = super::rust_not_offered(problem) {
            return Ok(Build::CompileError(why));
        }
        let harness = generate(&problem.signature);
        let spec = CompileSpec {
            language: LangId::Rust,
            key: vec![
                "rust harness 1".into(),
                toolchain.version.clone(),
                toolchain.path.display().to_string(),
            ],
            files: vec![
                ("main.rs".into(), harness.text.into_bytes()),
                ("prep_runtime.rs".into(), RUNTIME.as_bytes().to_vec()),
                // An item after the user's code, as on LeetCode (which appends its driver):
                // the template's closing `/** ... */` comment documents it instead of nothing.
                (
                    "solution.rs".into(),
                    format!("{}\nconst _: () = ();\n", source.text).into_bytes(),
                ),
            ],
            program: toolchain.path.clone(),
            args: ["-C", overflow_checks(purpose)]
                .iter()
                .chain(FLAGS)
                .map(Into::into)
                .collect(),
            env: Vec::new(),
            timeout: compile::COMPILE_TIMEOUT,
        };
        let dir = match compile::compile(cache, &spec)? {
            Compiled::Ready { dir, .. } => dir,
            Compiled::Failed(output) => {
                let mut message = String::new();
                for node in ["ListNode", "TreeNode"] {
                    if source.text.contains(&format!("struct {node}"))
                        && problem
                            .signature
                            .mentions(&Type::parse(node).expect("a type"))
                    {
                        message.push_str(&format!(
                            "{}: prep provides LeetCode's `{node}` (as LeetCode does): remove your own definition of it\n\n",
                            source.display
                        ));
                    }
                }
                message.push_str(&compile_message(&output, &source.display, &harness.calls));
                return Ok(Build::CompileError(message));
            }
        };
        let limit = problem
            .limits
            .memory_mb
            .max(problem.follow_up.as_ref().map_or(0, |f| f.limits.memory_mb))
            << 20;
        Ok(Build::Ready(Program {
            program: dir.join("solution"),
            args: vec![source.display.clone().into()],
            env: Vec::new(),
            files: Vec::new(),
            address_space: Some(limit + (MEMORY_ALLOWANCE_KB << 10) + ADDRESS_MARGIN),
            memory_allowance_kb: MEMORY_ALLOWANCE_KB,
            time_multiplier: TIME_MULTIPLIER,
            encoding: Encoding::Tokens(Box::new(problem.signature.clone())),
        }))
    }

    fn debug_only_failure(&self, message: &str) -> Option<String> {
        // The panics `overflow-checks` adds; division by zero and `i32::MIN / -1` panic
        // in every build, on LeetCode too.
        let what = message.lines().nth(1)?;
        let checked = [
            "attempt to add with overflow",
            "attempt to subtract with overflow",
            "attempt to multiply with overflow",
            "attempt to negate with overflow",
            "attempt to shift left with overflow",
            "attempt to shift right with overflow",
        ];
        checked.contains(&what.trim()).then(|| {
            let place = message.lines().next().unwrap_or_default().trim_end_matches(':');
            format!(
                "{place}: {what} (overflow checks are on in `prep test`); LeetCode builds without them, so the value wraps there: the result shown is from such a build"
            )
        })
    }

    fn trial(&self) -> &'static str {
        "use std::collections::HashMap;\n\nimpl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        let mut seen = HashMap::new();\n        for (i, &x) in nums.iter().enumerate() {\n            if let Some(&j) = seen.get(&(target - x)) {\n                return vec![j as i32, i as i32];\n            }\n            seen.insert(x, i);\n        }\n        vec![]\n    }\n}\n"
    }
}

/// `-C overflow-checks`: off as on LeetCode for `submit`; on for `test`, where an overflow
/// panic points at its line (`debug_only_failure` then re-runs the case as LeetCode would).
fn overflow_checks(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Submit => "overflow-checks=off",
        Purpose::Test => "overflow-checks=on",
    }
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
fn arg_name(name: &str) -> String {
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

fn default_value(ty: &Type) -> &'static str {
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

fn returns_suffix(ty: &Type) -> String {
    if *ty == Type::Void {
        String::new()
    } else {
        format!(" -> {}", rust_type(ty))
    }
}

fn function_name(sig: &Signature) -> String {
    match sig {
        Signature::Function {
            name, rust_name, ..
        } => rust_name.clone().unwrap_or_else(|| snake(name)),
        Signature::Class { .. } => "new".into(),
    }
}

/// `pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>`
fn function_line(sig: &Signature, params: &[Param], returns: &Type, output: &Output) -> String {
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

fn constructor_line(params: &[Param]) -> String {
    let args: Vec<String> = params
        .iter()
        .map(|p| format!("{}: {}", arg_name(&p.name), rust_type(&p.ty)))
        .collect();
    format!("fn new({}) -> Self", args.join(", "))
}

fn method_line(m: &Method) -> String {
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
struct Harness {
    text: String,
    calls: BTreeMap<usize, String>,
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

fn generate(sig: &Signature) -> Harness {
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

/// rustc's output made readable: the build folder's `solution.rs` is the user's file, the
/// closing summary lines go, and an error in the generated harness says which call prep makes.
fn compile_message(output: &str, display: &str, calls: &BTreeMap<usize, String>) -> String {
    let mut harness_calls: Vec<&str> = Vec::new();
    let mut lines = Vec::new();
    for line in output.lines() {
        let t = line.trim_start();
        if t.starts_with("error: aborting due to")
            || t.starts_with("For more information about")
            || t.starts_with("Some errors have detailed explanations")
        {
            continue;
        }
        let mut line = line
            .replace("--> solution.rs:", &format!("--> {display}:"))
            .replace("::: solution.rs:", &format!("::: {display}:"));
        for marker in ["--> main.rs:", "::: main.rs:"] {
            if let Some(at) = line.find(marker) {
                let rest = &line[at + marker.len()..];
                let n: usize = rest
                    .split(':')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                // The nearest call at or before the line (a call may span a few lines).
                if let Some((_, what)) = calls.range(..=n).next_back() {
                    if !harness_calls.contains(&what.as_str()) {
                        harness_calls.push(what);
                    }
                }
                line = format!("{}{}prep's harness", &line[..at], &marker[..4]);
            }
        }
        lines.push(line);
    }
    let body = compile::trim_lines(&lines.join("\n"), 80);
    if harness_calls.is_empty() {
        return body;
    }
    let calls: Vec<String> = harness_calls
        .iter()
        .map(|what| format!("prep calls {what} (LeetCode's signature)"))
        .collect();
    format!(
        "{display}: {}; your code does not fit it:\n\n{body}",
        calls.join("; ")
    )
}

/// rustc's real path (past rustup's proxy, which costs a start-up each run) and version,
/// cached with the other toolchains. rustc prints its sysroot and its version only in
/// separate runs.
fn resolve_rustc(cache: &Path) -> Result<Toolchain, ToolchainError> {
    toolchain::resolve_with("rustc", INSTALL_HINT, cache, |hit| {
        let sysroot = toolchain::output_of(hit, &["--print", "sysroot"], INSTALL_HINT)?;
        let real: PathBuf = Path::new(sysroot.lines().next().unwrap_or_default()).join("bin/rustc");
        let path = if real.is_file() {
            real
        } else {
            hit.to_path_buf()
        };
        let version = toolchain::output_of(&path, &["--version"], INSTALL_HINT)?;
        Ok(Toolchain {
            path,
            version: version.lines().next().unwrap_or_default().to_string(),
            ..Toolchain::default()
        })
    })
}

#[cfg(test)]
mod tests {
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
