//! C++ (clang++ or g++ in C++23 where they have it; `cpp_compiler.rs` picks the compiler): the
//! user's `class Solution` (or design class) compiled unchanged into a generated main that
//! reads the token stream. `<bits/stdc++.h>` and `using namespace std` come from a header
//! precompiled once per compiler and flags into the cache; a library without
//! `<bits/stdc++.h>` (Apple clang, libc++) gets prep's own, which includes every standard
//! header. `prep test` builds with AddressSanitizer and UBSan, as LeetCode runs C++; `prep
//! submit` times `-O2`.

use std::fmt::Write as _;
use std::path::Path;

use super::compile::{self, CompileSpec, Compiled};
use super::toolchain::Toolchain;
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::types::signature::{Method, Output, Param, Role, Signature};
use crate::types::Type;

use super::cpp_compiler::{self, Family};

const RUNTIME: &str = include_str!("cpp_runtime.h");
const PCH_HEADER: &str = "#include <bits/stdc++.h>\nusing namespace std;\n";
/// prep's `<bits/stdc++.h>`, searched after the system's headers (`-idirafter`).
const STDCPP: &str = include_str!("cpp_stdcpp.h");
/// The file name compile errors show for the generated part.
const HARNESS_NAME: &str = "prep-harness";
/// Room for the binary, the C++ runtime and the stack's growth inside the address-space limit.
const ADDRESS_MARGIN: u64 = 256 << 20;

const LIST_NODE: &str = "struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};
";
const TREE_NODE: &str = "struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
";
const GRAPH_NODE: &str = "class Node {
public:
    int val;
    vector<Node*> neighbors;
    Node() {
        val = 0;
        neighbors = vector<Node*>();
    }
    Node(int _val) {
        val = _val;
        neighbors = vector<Node*>();
    }
    Node(int _val, vector<Node*> _neighbors) {
        val = _val;
        neighbors = _neighbors;
    }
};
";
const RANDOM_NODE: &str = "class Node {
public:
    int val;
    Node* next;
    Node* random;

    Node(int _val) {
        val = _val;
        next = NULL;
        random = NULL;
    }
};
";

pub struct Cpp;

impl Language for Cpp {
    fn id(&self) -> LangId {
        LangId::Cpp
    }

    fn scaffold(&self, problem: &Problem) -> String {
        let mut out = super::scaffold_header(problem, "// ");
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

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        cpp_compiler::find(cache)
    }

    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &Toolchain,
        cache: &Path,
        purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        let family = Family::of(toolchain);
        let headers = compile::stored(
            cache,
            LangId::Cpp,
            &[
                ("prep_pch.h".into(), PCH_HEADER.as_bytes().to_vec()),
                ("include/bits/stdc++.h".into(), STDCPP.as_bytes().to_vec()),
            ],
        )?;
        let mut flags = flags(toolchain, purpose);
        flags.push("-idirafter".into());
        flags.push(headers.join("include").display().to_string());
        let pch = precompiled_header(toolchain, &flags, &headers, cache);
        let main = harness(problem, source, pch.is_some());
        let mut args: Vec<std::ffi::OsString> = flags.iter().map(Into::into).collect();
        if let Some(dir) = &pch {
            match family {
                // g++ takes `<dir>/prep_pch.h.gch` for the header `prep_pch.h` found in <dir>.
                Family::Gcc => {
                    args.push("-I".into());
                    args.push(dir.as_os_str().to_owned());
                    args.push("-include".into());
                    args.push("prep_pch.h".into());
                }
                Family::Clang => {
                    args.push("-include-pch".into());
                    args.push(dir.join(PCH_FILE_CLANG).into_os_string());
                }
            }
        }
        for a in ["main.cpp", "-o", "solution"] {
            args.push(a.into());
        }
        let spec = CompileSpec {
            language: LangId::Cpp,
            key: vec![
                toolchain.version.clone(),
                toolchain.path.display().to_string(),
            ],
            files: vec![("main.cpp".into(), main.into_bytes())],
            program: toolchain.path.clone(),
            args,
            env: Vec::new(),
            timeout: compile::COMPILE_TIMEOUT,
        };
        let dir = match compile::compile(cache, &spec)? {
            Compiled::Ready { dir, .. } => dir,
            Compiled::Failed(text) => {
                return Ok(Build::CompileError(compile_message(&text, problem)));
            }
        };
        let memory = problem
            .limits
            .memory_mb
            .max(problem.follow_up.as_ref().map_or(0, |f| f.limits.memory_mb))
            << 20;
        let sanitized = purpose == Purpose::Test;
        Ok(Build::Ready(Program {
            program: dir.join("solution"),
            args: Vec::new(),
            env: if sanitized {
                vec![
                    (
                        "ASAN_OPTIONS".into(),
                        "detect_leaks=0:allocator_may_return_null=1:quarantine_size_mb=16:malloc_context_size=8:abort_on_error=0"
                            .into(),
                    ),
                    (
                        "UBSAN_OPTIONS".into(),
                        "print_stacktrace=1:halt_on_error=1".into(),
                    ),
                ]
            } else {
                Vec::new()
            },
            files: Vec::new(),
            // AddressSanitizer reserves terabytes of shadow address space: no limit there.
            address_space: (!sanitized).then_some(memory + ADDRESS_MARGIN),
            // The sanitizers' shadow memory and quarantine are theirs, not the solution's.
            memory_allowance_kb: if sanitized { 512 << 10 } else { 0 },
            // C++ gets the Python base limit: an answer of the wrong complexity at the
            // constraints' maximum is still hopeless, and the right one runs in milliseconds.
            // Sanitized code runs about three times slower.
            time_multiplier: if sanitized { 3.0 } else { 1.0 },
            encoding: Encoding::Tokens(Box::new(problem.signature.clone())),
        }))
    }

    fn trial(&self) -> &'static str {
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        unordered_map<int, int> seen;\n        for (int i = 0; i < (int)nums.size(); i++) {\n            auto it = seen.find(target - nums[i]);\n            if (it != seen.end()) return {it->second, i};\n            seen[nums[i]] = i;\n        }\n        return {};\n    }\n};\n"
    }
}

/// The precompiled header's file name: g++ looks for `<header>.gch`, clang is given it.
const PCH_FILE_GCC: &str = "prep_pch.h.gch";
const PCH_FILE_CLANG: &str = "prep_pch.h.pch";

/// The compile flags: the toolchain's standard, then what the build is for.
fn flags(toolchain: &Toolchain, purpose: Purpose) -> Vec<String> {
    let mut flags = toolchain.flags.clone();
    flags.extend(
        [
            "-pipe",
            "-fdiagnostics-color=never",
            match Family::of(toolchain) {
                Family::Gcc => "-fmax-errors=20",
                Family::Clang => "-ferror-limit=20",
            },
        ]
        .map(String::from),
    );
    match purpose {
        Purpose::Submit => flags.push("-O2".into()),
        Purpose::Test => flags.extend(
            [
                "-O1",
                "-g",
                "-fno-omit-frame-pointer",
                "-fsanitize=address,undefined",
                "-fno-sanitize-recover=undefined",
            ]
            .map(String::from),
        ),
    }
    flags
}

/// The folder holding the precompiled `prep_pch.h` for these flags, built once into the
/// cache from the header stored in `headers`; `None` when it cannot be built (the build then
/// includes `<bits/stdc++.h>` itself).
fn precompiled_header(
    toolchain: &Toolchain,
    flags: &[String],
    headers: &Path,
    cache: &Path,
) -> Option<std::path::PathBuf> {
    let output = match Family::of(toolchain) {
        Family::Gcc => PCH_FILE_GCC,
        Family::Clang => PCH_FILE_CLANG,
    };
    let mut args: Vec<std::ffi::OsString> = flags.iter().map(Into::into).collect();
    args.push("-x".into());
    args.push("c++-header".into());
    // clang records the header's path in the PCH and checks it at each use: it is the stored
    // one, which stays where it is.
    args.push(headers.join("prep_pch.h").into_os_string());
    args.push("-o".into());
    args.push(output.into());
    let spec = CompileSpec {
        language: LangId::Cpp,
        key: vec![
            "pch".into(),
            toolchain.version.clone(),
            toolchain.path.display().to_string(),
        ],
        files: Vec::new(),
        program: toolchain.path.clone(),
        args,
        env: Vec::new(),
        timeout: compile::COMPILE_TIMEOUT,
    };
    match compile::compile(cache, &spec) {
        Ok(Compiled::Ready { dir, .. }) => Some(dir),
        _ => None,
    }
}

/// A node type a signature may use: its C++ definition, what LeetCode's comment calls it,
/// and the runtime's switch for its readers and writers.
struct NodeDefinition {
    ty: Type,
    text: &'static str,
    what: &'static str,
    flag: &'static str,
}

const NODES: [NodeDefinition; 4] = [
    NodeDefinition {
        ty: Type::ListNode,
        text: LIST_NODE,
        what: "singly-linked list",
        flag: "PREP_LISTNODE",
    },
    NodeDefinition {
        ty: Type::TreeNode,
        text: TREE_NODE,
        what: "a binary tree node",
        flag: "PREP_TREENODE",
    },
    NodeDefinition {
        ty: Type::Node,
        text: GRAPH_NODE,
        what: "a Node",
        flag: "PREP_GRAPHNODE",
    },
    NodeDefinition {
        ty: Type::RandomNode,
        text: RANDOM_NODE,
        what: "a Node",
        flag: "PREP_RANDOMNODE",
    },
];

/// The node definitions a signature needs.
fn definitions(sig: &Signature) -> impl Iterator<Item = &'static NodeDefinition> + '_ {
    NODES.iter().filter(|n| sig.mentions(&n.ty))
}

/// The generated main.cpp: the prelude (unless precompiled), the node definitions, the runtime, the
/// user's file under its own name and line numbers, then the case dispatch.
fn harness(problem: &Problem, source: &Source, pch: bool) -> String {
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
    out.push_str(
        "int main() {\n    prep_h::start_up();\n    while (prep_h::in().more()) {\n        long long k = prep_h::in().integer();\n        prep_run_case(k);\n    }\n    return 0;\n}\n",
    );
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
fn cpp_type(ty: &Type) -> String {
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

fn decls(params: &[Param]) -> String {
    params
        .iter()
        .filter(|p| !matches!(p.role, Role::CycleIn(_)))
        .map(decl)
        .collect::<Vec<_>>()
        .join(", ")
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

/// The compiler's output trimmed to what a user needs, with a word on the signature when an
/// error is in the generated call rather than in the user's own file.
fn compile_message(text: &str, problem: &Problem) -> String {
    let mut message = compile::trim_lines(text, 40);
    if text.contains(&format!("{HARNESS_NAME}:")) {
        let _ = write!(
            message,
            "\n\nprep calls {} (LeetCode's signature): check your class, method names and parameter types.",
            expected_call(&problem.signature)
        );
    }
    message
}

fn expected_call(sig: &Signature) -> String {
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            ..
        } => format!(
            "`{} {name}({})` on `Solution`",
            cpp_type(returns),
            decls(params)
        ),
        Signature::Class { name, methods, .. } => {
            let list: Vec<String> = methods
                .iter()
                .map(|m| {
                    format!(
                        "`{} {}({})`",
                        cpp_type(&m.returns),
                        m.name,
                        decls(&m.params)
                    )
                })
                .collect();
            format!("{} on `{name}`", list.join(", "))
        }
    }
}
