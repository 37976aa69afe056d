//! Java: the user's file is compiled unchanged (LeetCode's implicit imports prepended on its
//! first line, so line numbers stay right) together with a harness generated from the
//! signature (`PrepMain.java`), a static runtime (`java_runtime.java`: the token reader, the
//! JSON writer, the records) and, only where the signature uses them, LeetCode's node classes
//! with their readers and writers. One JVM runs every case of a batch on one thread with a
//! 64 MiB stack (see `STACK_MIB`).
//!
//! Choices, with their reasons:
//! - CPU per case is the case thread's own CPU time (`ThreadMXBean`), so the JIT compiler
//!   threads and the serial collector do not count against the user; the watchdog still stops
//!   a case at 1.5 L of the whole process's CPU.
//! - `time_multiplier` 1.0: JIT-compiled Java runs the intended complexity far below Python's
//!   limit, and the limit absorbs what Java pays that Python does not (class loading, the
//!   interpreter before the JIT, a first lambda's bootstrap: tens of milliseconds at most);
//!   rejected approaches are several times over it at the sizes the problems use (an O(n^2)
//!   daily-temperatures at n = 10^5 takes seconds in Java too).
//! - `-Xmx` is the problem's memory limit, so a solution gets the heap it would get under
//!   that limit and an `OutOfMemoryError` is MEMORY_LIMIT. The JVM's own memory (metaspace,
//!   code cache, GC structures) and the case thread's stack are the allowance on top.
//! - `-XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto`: a faster start and fewer threads (runs
//!   have a pids cgroup); `-XX:-OmitStackTraceInFastThrow` keeps the user's frames on an
//!   exception that the JIT would otherwise throw without a trace after many cases.
//! - javac runs with `-XDstringConcat=inline`: string `+` compiles to StringBuilder calls
//!   instead of an invokedynamic whose bootstrap costs ~20 ms on first use, in the user's
//!   code too.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::compile::{self, CompileSpec, Compiled};
use super::toolchain::{self, Toolchain};
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::judge::protocol::Header;
use crate::types::signature::{Method, Output, Param, Role, Signature};
use crate::types::Type;

const RUNTIME: &str = include_str!("java_runtime.java");
const LIST_RUNTIME: &str = include_str!("java_list.java");
const TREE_RUNTIME: &str = include_str!("java_tree.java");
const GRAPH_RUNTIME: &str = include_str!("java_graph.java");
const RANDOM_RUNTIME: &str = include_str!("java_random.java");

/// LeetCode's implicit imports, put in front of the user's first line (on that line, so the
/// line numbers of the user's file stay right; a repeated on-demand import is legal).
const IMPORTS: &str =
    "import java.util.*; import java.util.function.*; import java.util.stream.*; ";

/// The case thread's stack, sent in the header (`case_stack`): 1.6 to 4 million frames of a small
/// recursive method once the JIT has compiled it, some 300 000 interpreted ones; LeetCode's
/// deepest recursions (a path-shaped tree or grid of 10^5) need a tenth of it. It is not
/// larger because HotSpot's resource arena grows with every compiled frame an exception
/// unwinds: an endless recursion on a 512 MiB stack takes 16 s and 3.5 GB to unwind, which
/// would be a time or memory verdict instead of the StackOverflowError it is; on 64 MiB it
/// takes under a second and up to 450 MB.
const STACK_MIB: u64 = 64;
/// What the JVM itself keeps resident besides the heap: metaspace, the code cache, the
/// collector's structures, the threads of the VM.
const JVM_OWN_MIB: u64 = 192;
/// The resource arena of an unwinding endless recursion (above).
const UNWIND_MIB: u64 = 320;

const LIST_NODE: &str = "public class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}
";

const TREE_NODE: &str = "public class TreeNode {
    int val;
    TreeNode left;
    TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) {
        this.val = val;
        this.left = left;
        this.right = right;
    }
}
";

const GRAPH_NODE: &str = "class Node {
    public int val;
    public List<Node> neighbors;
    public Node() {
        val = 0;
        neighbors = new ArrayList<Node>();
    }
    public Node(int _val) {
        val = _val;
        neighbors = new ArrayList<Node>();
    }
    public Node(int _val, ArrayList<Node> _neighbors) {
        val = _val;
        neighbors = _neighbors;
    }
}
";

const RANDOM_NODE: &str = "class Node {
    int val;
    Node next;
    Node random;

    public Node(int val) {
        this.val = val;
        this.next = null;
        this.random = null;
    }
}
";

pub struct Java;

impl Language for Java {
    fn id(&self) -> LangId {
        LangId::Java
    }

    fn scaffold(&self, problem: &Problem) -> String {
        scaffold(problem)
    }

    fn header(&self, problem: &Problem) -> Header {
        Header {
            case_stack: Some(STACK_MIB << 20),
            ..Header::new(problem.signature_json.clone())
        }
    }

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        // `java` prints its home only to stderr; a one-line program run by the source launcher
        // (which needs a JDK, as the build does) says where the real `java` is.
        let probe_dir = cache.join("java-probe");
        let probe = probe_dir.join("PrepProbe.java");
        if !probe.is_file() {
            let _ = std::fs::create_dir_all(&probe_dir);
            let _ = std::fs::write(
                &probe,
                "public class PrepProbe { public static void main(String[] a) { System.out.println(System.getProperty(\"java.home\") + \"/bin/java\"); System.out.println(\"Java \" + System.getProperty(\"java.version\")); } }\n",
            );
        }
        let hint =
            "install a JDK, 11 or newer (17 is tested), e.g. `apt install openjdk-17-jdk-headless`";
        let java = toolchain::resolve_first(
            "java",
            java_candidates(),
            &[
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                probe.to_str().unwrap_or_default(),
            ],
            hint,
            cache,
        )?;
        if !javac_of(&java).is_file() {
            return Err(ToolchainError {
                message: format!(
                    "found a Java runtime at {} but no `javac` beside it: {hint}",
                    java.path.display()
                ),
            });
        }
        Ok(java)
    }

    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &Toolchain,
        cache: &Path,
        _purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        let class = public_class(&source.text).unwrap_or_else(|| "Solution".into());
        let user_file = format!("{class}.java");
        let harness = harness(&problem.signature);
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        let sig = &problem.signature;
        let mut sources: Vec<String> = Vec::new();
        let mut add = |name: &str, text: String, files: &mut Vec<(String, Vec<u8>)>| {
            sources.push(name.to_string());
            files.push((name.to_string(), text.into_bytes()));
        };
        add("PrepRt.java", RUNTIME.to_string(), &mut files);
        if sig.mentions(&Type::ListNode) {
            add("ListNode.java", LIST_NODE.to_string(), &mut files);
            add("PrepList.java", LIST_RUNTIME.to_string(), &mut files);
        }
        if sig.mentions(&Type::TreeNode) {
            add("TreeNode.java", TREE_NODE.to_string(), &mut files);
            add("PrepTree.java", TREE_RUNTIME.to_string(), &mut files);
        }
        if sig.mentions(&Type::RandomNode) {
            add("Node.java", RANDOM_NODE.to_string(), &mut files);
            add("PrepRandom.java", RANDOM_RUNTIME.to_string(), &mut files);
        } else if sig.mentions(&Type::Node) {
            add(
                "Node.java",
                format!("import java.util.*;\n\n{GRAPH_NODE}"),
                &mut files,
            );
            add("PrepGraph.java", GRAPH_RUNTIME.to_string(), &mut files);
        }
        add("PrepMain.java", harness.text.clone(), &mut files);
        // The user's file last: a class it declares twice (its own ListNode) is reported there.
        add(&user_file, user_text(&source.text), &mut files);
        let javac = javac_of(toolchain);
        let mut args: Vec<OsString> = [
            "-J-XX:+UseSerialGC",
            "-J-XX:TieredStopAtLevel=1",
            "-J-Xshare:auto",
            "-J-XX:-UsePerfData",
            "-encoding",
            "UTF-8",
            "-g",
            "-nowarn",
            "-Xlint:none",
            "-XDsuppressNotes",
            "-XDstringConcat=inline",
            "-Xmaxerrs",
            "30",
            "-d",
            "classes",
        ]
        .iter()
        .map(OsString::from)
        .collect();
        args.extend(sources.iter().map(OsString::from));
        let spec = CompileSpec {
            language: LangId::Java,
            key: vec![
                "javac".into(),
                toolchain.version.clone(),
                toolchain.path.display().to_string(),
            ],
            files,
            program: javac,
            args,
            env: Vec::new(),
            timeout: compile::COMPILE_TIMEOUT,
        };
        let dir = match compile::compile(cache, &spec)? {
            Compiled::Ready { dir, .. } => dir,
            Compiled::Failed(output) => {
                return Ok(Build::CompileError(compile_message(
                    &output, source, &user_file, &harness,
                )))
            }
        };
        let memory_mb = problem.limits.memory_mb.max(16);
        let args: Vec<OsString> = vec![
            "-XX:+UseSerialGC".into(),
            "-XX:-UsePerfData".into(),
            "-Xshare:auto".into(),
            "-XX:+DisplayVMOutputToStderr".into(),
            "-XX:-OmitStackTraceInFastThrow".into(),
            format!("-Xmx{memory_mb}m").into(),
            "-Dfile.encoding=UTF-8".into(),
            "--add-exports".into(),
            "java.management/sun.management=ALL-UNNAMED".into(),
            "-cp".into(),
            dir.join("classes").into(),
            "PrepMain".into(),
            source.display.clone().into(),
            user_file.into(),
        ];
        Ok(Build::Ready(Program {
            program: toolchain.path.clone(),
            args,
            env: Vec::new(),
            files: Vec::new(),
            address_space: None,
            memory_allowance_kb: (STACK_MIB + JVM_OWN_MIB + UNWIND_MIB) * 1024,
            time_multiplier: 1.0,
            encoding: Encoding::Tokens(Box::new(problem.signature.clone())),
        }))
    }

    fn trial(&self) -> &'static str {
        "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        Map<Integer, Integer> seen = new HashMap<>();\n        for (int i = 0; i < nums.length; i++) {\n            Integer j = seen.get(target - nums[i]);\n            if (j != null) {\n                return new int[] {j, i};\n            }\n            seen.put(nums[i], i);\n        }\n        return new int[0];\n    }\n}\n"
    }
}

/// Where a JDK's `java` may be, in order: `$JAVA_HOME`, PATH, then where a Mac keeps JDKs
/// that are not on PATH (`/usr/libexec/java_home` knows the installed ones; Homebrew's
/// `openjdk` is not linked into PATH by default). macOS's `/usr/bin/java` is a stub that
/// fails without a JDK, so a candidate that does not answer gives way to the next.
fn java_candidates() -> impl Iterator<Item = PathBuf> {
    let home = std::env::var_os("JAVA_HOME").map(|h| PathBuf::from(h).join("bin/java"));
    // Asked only when the candidates before it do not answer.
    let mac_home = std::iter::once_with(|| {
        if !cfg!(target_os = "macos") {
            return None;
        }
        let out = std::process::Command::new("/usr/libexec/java_home")
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
        (out.status.success() && !text.is_empty()).then(|| PathBuf::from(text).join("bin/java"))
    })
    .flatten();
    let brew = cfg!(target_os = "macos")
        .then(|| {
            [
                "/opt/homebrew/opt/openjdk/bin/java",
                "/usr/local/opt/openjdk/bin/java",
            ]
            .map(PathBuf::from)
        })
        .into_iter()
        .flatten();
    home.into_iter()
        .chain(toolchain::which("java"))
        .chain(mac_home)
        .chain(brew)
}

fn javac_of(java: &Toolchain) -> PathBuf {
    java.path.with_file_name("javac")
}

// ---------------------------------------------------------------------------------------------
// The user's file

/// The user's text as compiled: the implicit imports on its first line; a `package` line (an
/// IDE's habit; LeetCode has none) blanked out, keeping the line count.
fn user_text(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut text = text.to_string();
    if let Some((start, end)) = package_statement(&text) {
        let blank: String = text[start..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        text.replace_range(start..end, &blank);
    }
    format!("{IMPORTS}{text}")
}

/// The code of `text` with comments, strings and character literals replaced by spaces (the
/// same byte offsets; newlines kept).
fn code_only(text: &str) -> Vec<u8> {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            let end = b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if b[i..].starts_with(b"/*") {
            let end = b[i + 2..]
                .windows(2)
                .position(|w| w == b"*/")
                .map_or(b.len(), |p| i + 2 + p + 2);
            blank(&mut out, i, end);
            i = end;
        } else if b[i..].starts_with(b"\"\"\"") {
            let end = b[i + 3..]
                .windows(3)
                .position(|w| w == b"\"\"\"")
                .map_or(b.len(), |p| i + 3 + p + 3);
            blank(&mut out, i, end);
            i = end;
        } else if b[i] == b'"' || b[i] == b'\'' {
            let quote = b[i];
            let mut j = i + 1;
            while j < b.len() && b[j] != quote && b[j] != b'\n' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            blank(&mut out, i, end);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The words of the code at brace depth 0, with their byte offsets.
fn top_level_words(text: &str) -> Vec<(usize, String)> {
    let code = code_only(text);
    let mut words = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < code.len() {
        let c = code[i];
        if c == b'{' {
            depth += 1;
            i += 1;
        } else if c == b'}' {
            depth -= 1;
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80 {
            let start = i;
            while i < code.len()
                && (code[i].is_ascii_alphanumeric()
                    || code[i] == b'_'
                    || code[i] == b'$'
                    || code[i] >= 0x80)
            {
                i += 1;
            }
            if depth == 0 {
                words.push((start, String::from_utf8_lossy(&code[start..i]).into_owned()));
            }
        } else {
            if depth == 0 && c == b';' {
                words.push((i, ";".into()));
            }
            i += 1;
        }
    }
    words
}

/// The name of the file's top-level public class (Java requires the file be named after it).
fn public_class(text: &str) -> Option<String> {
    let words = top_level_words(text);
    for (i, (_, w)) in words.iter().enumerate() {
        if w != "public" {
            continue;
        }
        let mut j = i + 1;
        while j < words.len()
            && matches!(
                words[j].1.as_str(),
                "final" | "abstract" | "static" | "strictfp" | "sealed"
            )
        {
            j += 1;
        }
        if j + 1 < words.len()
            && matches!(
                words[j].1.as_str(),
                "class" | "interface" | "enum" | "record"
            )
        {
            return Some(words[j + 1].1.clone());
        }
    }
    None
}

/// The byte range of a leading `package x.y;` statement.
fn package_statement(text: &str) -> Option<(usize, usize)> {
    let words = top_level_words(text);
    let (start, first) = words.first()?;
    if first != "package" {
        return None;
    }
    let (end, _) = words.iter().find(|(_, w)| w == ";")?;
    Some((*start, end + 1))
}

// ---------------------------------------------------------------------------------------------
// Types

fn jtype(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Uint32 => "int".into(),
        Type::Long => "long".into(),
        Type::Double => "double".into(),
        Type::Bool => "boolean".into(),
        Type::String => "String".into(),
        Type::Char => "char".into(),
        Type::Void => "void".into(),
        Type::Array(inner) => format!("{}[]", jtype(inner)),
        Type::List(inner) => format!("List<{}>", boxed(inner)),
        Type::ListNode => "ListNode".into(),
        Type::TreeNode => "TreeNode".into(),
        Type::Node | Type::RandomNode => "Node".into(),
    }
}

fn boxed(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Uint32 => "Integer".into(),
        Type::Long => "Long".into(),
        Type::Double => "Double".into(),
        Type::Bool => "Boolean".into(),
        Type::Char => "Character".into(),
        other => jtype(other),
    }
}

fn mangle(ty: &Type) -> String {
    match ty {
        Type::Int => "int".into(),
        Type::Uint32 => "u32".into(),
        Type::Long => "long".into(),
        Type::Double => "dbl".into(),
        Type::Bool => "bool".into(),
        Type::String => "str".into(),
        Type::Char => "chr".into(),
        Type::Void => "void".into(),
        Type::Array(inner) => format!("A_{}", mangle(inner)),
        Type::List(inner) => format!("L_{}", mangle(inner)),
        Type::ListNode => "ln".into(),
        Type::TreeNode => "tn".into(),
        Type::Node => "gn".into(),
        Type::RandomNode => "rn".into(),
    }
}

/// `new T[n]` for an array of `elem`, legal also where `elem` is generic.
fn new_array(elem: &str, n: &str) -> String {
    let (base, dims) = match elem.find('[') {
        Some(i) => (&elem[..i], &elem[i..]),
        None => (elem, ""),
    };
    match base.find('<') {
        Some(i) => format!("({elem}[]) new {}[{n}]{dims}", &base[..i]),
        None => format!("new {base}[{n}]{dims}"),
    }
}

// ---------------------------------------------------------------------------------------------
// The generated harness

/// PrepMain.java and what each of its calls into the user's code is.
struct Harness {
    text: String,
    /// By the `// prep-call N` marker on the line of each call: what prep calls there.
    calls: Vec<String>,
}

#[derive(Default)]
struct Gen {
    helpers: std::collections::BTreeMap<String, String>,
    calls: Vec<String>,
}

impl Gen {
    /// An expression that reads one value of `ty` from the token stream.
    fn read(&mut self, ty: &Type) -> String {
        match ty {
            Type::Int => "PrepRt.i32()".into(),
            Type::Uint32 => "PrepRt.u32()".into(),
            Type::Long => "PrepRt.i64()".into(),
            Type::Double => "PrepRt.f64()".into(),
            Type::Bool => "PrepRt.bool()".into(),
            Type::String => "PrepRt.str()".into(),
            Type::Char => "PrepRt.chr()".into(),
            Type::Void => "null".into(),
            Type::ListNode => "PrepList.read()".into(),
            Type::TreeNode => "PrepTree.read(null)".into(),
            Type::Node => "PrepGraph.read()".into(),
            Type::RandomNode => "PrepRandom.read()".into(),
            Type::Array(inner) | Type::List(inner) => {
                let name = format!("r_{}", mangle(ty));
                if !self.helpers.contains_key(&name) {
                    let element = self.read(inner);
                    let t = jtype(ty);
                    let body = if matches!(ty, Type::Array(_)) {
                        format!(
                            "        {t} a = {};\n        for (int i = 0; i < n; i++) {{\n            a[i] = {element};\n        }}\n",
                            new_array(&jtype(inner), "n")
                        )
                    } else {
                        format!(
                            "        {t} a = new ArrayList<{}>(n);\n        for (int i = 0; i < n; i++) {{\n            a.add({element});\n        }}\n",
                            boxed(inner)
                        )
                    };
                    self.helpers.insert(
                        name.clone(),
                        format!("    static {t} {name}() {{\n        int n = PrepRt.len();\n{body}        return a;\n    }}\n"),
                    );
                }
                format!("{name}()")
            }
        }
    }

    /// A statement that appends the JSON of `v` (of type `ty`) to `o`.
    fn write(&mut self, ty: &Type, o: &str, v: &str) -> String {
        match ty {
            Type::Uint32 => format!("PrepRt.wu32({o}, {v});"),
            Type::Int | Type::Long | Type::Double | Type::Bool | Type::String | Type::Char => {
                format!("PrepRt.w({o}, {v});")
            }
            Type::Void => format!("{o}.append(\"null\");"),
            Type::ListNode => format!("PrepList.write({o}, {v});"),
            Type::TreeNode => format!("PrepTree.write({o}, {v});"),
            Type::Node => format!("PrepGraph.write({o}, {v});"),
            Type::RandomNode => format!("PrepRandom.write({o}, {v});"),
            Type::Array(inner) | Type::List(inner) => {
                let name = format!("w_{}", mangle(ty));
                if !self.helpers.contains_key(&name) {
                    let t = jtype(ty);
                    let (each, element) = if matches!(ty, Type::Array(_)) {
                        let e = self.write(inner, "o", "v[i]");
                        ("for (int i = 0; i < v.length; i++) {\n            if (i > 0) {\n                o.append(',');\n            }".to_string(), e)
                    } else {
                        let e = self.write(inner, "o", "x");
                        (format!("boolean first = true;\n        for ({} x : v) {{\n            if (!first) {{\n                o.append(',');\n            }}\n            first = false;", boxed(inner)), e)
                    };
                    self.helpers.insert(
                        name.clone(),
                        format!("    static void {name}(StringBuilder o, {t} v) {{\n        if (v == null) {{\n            o.append(\"null\");\n            return;\n        }}\n        o.append('[');\n        {each}\n            {element}\n        }}\n        o.append(']');\n    }}\n"),
                    );
                }
                format!("{name}({o}, {v});")
            }
        }
    }

    /// Registers a call into the user's code; returns its line marker.
    fn call(&mut self, what: String) -> String {
        self.calls.push(what);
        format!(" // prep-call {}", self.calls.len() - 1)
    }
}

fn java_params(params: &[Param]) -> String {
    params
        .iter()
        .filter(|p| !matches!(p.role, Role::CycleIn(_)))
        .map(|p| format!("{} {}", jtype(&p.ty), p.name))
        .collect::<Vec<_>>()
        .join(", ")
}

fn harness(sig: &Signature) -> Harness {
    let mut g = Gen::default();
    let mut body = String::new();
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            output,
            ..
        } => {
            // Every value is read in signature order; node references and cycles after.
            let mut resolve = String::new();
            for (i, p) in params.iter().enumerate() {
                let t = jtype(&p.ty);
                match &p.role {
                    Role::Passed => {
                        let wants_map = params.iter().any(|q| q.role == Role::NodeIn(i));
                        if wants_map {
                            let _ = writeln!(
                                body,
                                "        HashMap<Integer, TreeNode> nodes{i} = new HashMap<Integer, TreeNode>();\n        {t} a{i} = PrepTree.read(nodes{i});"
                            );
                        } else {
                            let _ = writeln!(body, "        {t} a{i} = {};", g.read(&p.ty));
                        }
                    }
                    Role::NodeIn(j) => {
                        let _ = writeln!(body, "        int v{i} = PrepRt.i32();");
                        let _ = writeln!(resolve, "        {t} a{i} = nodes{j}.get(v{i});");
                    }
                    Role::CycleIn(j) => {
                        let _ = writeln!(body, "        int v{i} = PrepRt.i32();");
                        let _ = writeln!(resolve, "        PrepList.link(a{j}, v{i});");
                    }
                }
            }
            body.push_str(&resolve);
            let args: Vec<String> = params
                .iter()
                .enumerate()
                .filter(|(_, p)| !matches!(p.role, Role::CycleIn(_)))
                .map(|(i, _)| format!("a{i}"))
                .collect();
            let what = format!(
                "`{} {name}({})` on `Solution`",
                jtype(returns),
                java_params(params)
            );
            let marker = g.call(what);
            let call = format!("new Solution().{name}({})", args.join(", "));
            body.push_str("        PrepRt.begin();\n");
            if *returns == Type::Void {
                let _ = writeln!(body, "        try {{ {call}; }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{marker}");
            } else {
                let _ = writeln!(body, "        {} r; try {{ r = {call}; }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{marker}", jtype(returns));
            }
            body.push_str("        PrepRt.stop();\n        StringBuilder o = PrepRt.out;\n");
            let written = match output {
                Output::Return => g.write(returns, "o", "r"),
                Output::Param(i) => g.write(&params[*i].ty, "o", &format!("a{i}")),
                Output::NodeValue => {
                    "if (r == null) { o.append(\"null\"); } else { o.append(r.val); }".into()
                }
            };
            let _ = writeln!(body, "        {written}");
        }
        Signature::Class {
            name,
            methods,
            roundtrip: Some(codec),
            ..
        } => {
            let (enc, dec) = (&methods[codec.encode], &methods[codec.decode]);
            for (i, p) in enc.params.iter().enumerate() {
                let _ = writeln!(body, "        {} a{i} = {};", jtype(&p.ty), g.read(&p.ty));
            }
            let args: Vec<String> = (0..enc.params.len()).map(|i| format!("a{i}")).collect();
            body.push_str("        PrepRt.begin();\n");
            let m1 = g.call(format!(
                "`{} {}({})` on `{name}`",
                jtype(&enc.returns),
                enc.name,
                java_params(&enc.params)
            ));
            let m2 = g.call(format!(
                "`{} {}({})` on a second `{name}`",
                jtype(&dec.returns),
                dec.name,
                java_params(&dec.params)
            ));
            let _ = writeln!(
                body,
                "        {} d; try {{ d = new {name}().{}({}); }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{m1}",
                jtype(&enc.returns),
                enc.name,
                args.join(", ")
            );
            let _ = writeln!(
                body,
                "        {} r; try {{ r = new {name}().{}(d); }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{m2}",
                jtype(&dec.returns),
                dec.name
            );
            body.push_str("        PrepRt.stop();\n        StringBuilder o = PrepRt.out;\n");
            let _ = writeln!(body, "        {}", g.write(&dec.returns, "o", "r"));
        }
        Signature::Class {
            name,
            constructor,
            methods,
            roundtrip: None,
        } => class_case(&mut g, &mut body, name, constructor, methods),
    }
    let mut text = String::from("import java.util.*;\n\n@SuppressWarnings({\"unchecked\", \"rawtypes\"})\nfinal class PrepMain implements Runnable {\n    public static void main(String[] args) throws Exception {\n        PrepRt.start(args);\n        Thread cases = new Thread(null, new PrepMain(), \"main\", PrepRt.STACK);\n        cases.start();\n        cases.join();\n        PrepRt.exit();\n    }\n\n    @Override\n    public void run() {\n        while (PrepRt.next()) {\n            try {\n                one();\n            } catch (Throwable e) {\n                PrepRt.badOutput(e);\n            }\n            PrepRt.finish();\n        }\n    }\n\n");
    text.push_str("    static void one() {\n");
    text.push_str(&body);
    text.push_str("    }\n");
    for helper in g.helpers.values() {
        text.push('\n');
        text.push_str(helper);
    }
    text.push_str("}\n");
    Harness {
        text,
        calls: g.calls,
    }
}

fn class_case(
    g: &mut Gen,
    body: &mut String,
    name: &str,
    constructor: &[Param],
    methods: &[Method],
) {
    body.push_str("        int n = PrepRt.len();\n");
    for (i, p) in constructor.iter().enumerate() {
        let _ = writeln!(body, "        {} c{i} = {};", jtype(&p.ty), g.read(&p.ty));
    }
    body.push_str("        int[] op = new int[n];\n        Object[][] av = new Object[n][];\n        for (int i = 1; i < n; i++) {\n            String name = PrepRt.str();\n            switch (name) {\n");
    for (m, method) in methods.iter().enumerate() {
        let reads: Vec<String> = method.params.iter().map(|p| g.read(&p.ty)).collect();
        let _ = writeln!(
            body,
            "                case \"{}\": op[i] = {m}; av[i] = new Object[] {{{}}}; break;",
            method.name,
            reads.join(", ")
        );
    }
    body.push_str("                default: op[i] = -1; av[i] = new Object[0]; break;\n            }\n        }\n");
    let cargs: Vec<String> = (0..constructor.len()).map(|i| format!("c{i}")).collect();
    let marker = g.call(format!("`new {name}({})`", java_params(constructor)));
    body.push_str("        StringBuilder o = PrepRt.out;\n        PrepRt.begin();\n");
    let _ = writeln!(
        body,
        "        {name} obj; try {{ obj = new {name}({}); }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{marker}",
        cargs.join(", ")
    );
    body.push_str("        o.append(\"[null\");\n        for (int i = 1; i < n; i++) {\n            Object[] a = av[i];\n            try {\n                switch (op[i]) {\n");
    for (m, method) in methods.iter().enumerate() {
        let args: Vec<String> = method
            .params
            .iter()
            .enumerate()
            .map(|(j, p)| format!("({}) a[{j}]", boxed(&p.ty)))
            .collect();
        let marker = g.call(format!(
            "`{} {}({})` on `{name}`",
            jtype(&method.returns),
            method.name,
            java_params(&method.params)
        ));
        let call = format!("obj.{}({})", method.name, args.join(", "));
        if method.returns == Type::Void {
            let _ = writeln!(body, "                    case {m}: {{ {call};{marker}\n                        o.append(\",null\"); break; }}");
        } else {
            let w = g.write(&method.returns, "o", "r");
            let _ = writeln!(
                body,
                "                    case {m}: {{ {} r = {call};{marker}\n                        o.append(','); {w} break; }}",
                jtype(&method.returns)
            );
        }
    }
    body.push_str("                    default: throw new IllegalStateException(\"no such method\");\n                }\n            } catch (PrepBadOutput e) {\n                throw e;\n            } catch (Throwable e) {\n                PrepRt.fail(e, e instanceof OutOfMemoryError ? null : describe(i, op[i], a));\n                return;\n            }\n        }\n        PrepRt.stop();\n        o.append(']');\n    }\n\n");
    // The call an exception happened in, as `in call 3: push(5)`.
    body.push_str("    static String describe(int i, int op, Object[] a) {\n        StringBuilder o = new StringBuilder(\"in call \");\n        o.append(i).append(\": \");\n        switch (op) {\n");
    for (m, method) in methods.iter().enumerate() {
        let _ = writeln!(
            body,
            "            case {m}:\n                o.append(\"{}(\");",
            method.name
        );
        for (j, p) in method.params.iter().enumerate() {
            if j > 0 {
                body.push_str("                o.append(\", \");\n");
            }
            let w = g.write(&p.ty, "o", &format!("({}) a[{j}]", boxed(&p.ty)));
            let _ = writeln!(body, "                {w}");
        }
        body.push_str("                o.append(')');\n                break;\n");
    }
    body.push_str(
        "            default:\n                break;\n        }\n        return o.toString();\n",
    );
}

// ---------------------------------------------------------------------------------------------
// Compile errors

/// javac's output made readable: the user's file under its own path (with the implicit
/// imports taken out of line 1), and an error in the generated harness said as the call prep
/// makes (the user's signature differs from LeetCode's).
fn compile_message(output: &str, source: &Source, user_file: &str, harness: &Harness) -> String {
    let lines: Vec<&str> = output.lines().collect();
    let mut user = Vec::new();
    let mut ours: Vec<String> = Vec::new();
    let mut other = Vec::new();
    let harness_lines: Vec<&str> = harness.text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let Some((file, rest)) = error_head(line) else {
            i += 1;
            continue;
        };
        // The lines of this message: up to the next `File.java:N: ` line or the count.
        let mut j = i + 1;
        while j < lines.len() && error_head(lines[j]).is_none() && !is_count(lines[j]) {
            j += 1;
        }
        let block = &lines[i + 1..j];
        if file == user_file {
            let (lineno, msg) = rest;
            let mut text = format!("{}:{lineno}: {msg}", source.display);
            for (n, l) in block.iter().enumerate() {
                let mut l = l.to_string();
                if lineno == 1 {
                    if n == 0 {
                        if let Some(s) = l.strip_prefix(IMPORTS) {
                            l = s.to_string();
                        }
                    } else if l.trim() == "^" && l.len() > IMPORTS.len() {
                        l = l[IMPORTS.len()..].to_string();
                    }
                }
                text.push('\n');
                text.push_str(&l);
            }
            user.push(text);
        } else if file == "PrepMain.java" {
            let (lineno, msg) = rest;
            let call = harness_lines
                .get(lineno.saturating_sub(1))
                .and_then(|l| l.split("// prep-call ").nth(1))
                .and_then(|n| n.trim().parse::<usize>().ok())
                .and_then(|n| harness.calls.get(n));
            let mut text = match call {
                Some(what) => format!(
                    "{}: prep calls {what} (LeetCode's signature), and your code does not fit it:\n  {msg}",
                    source.display
                ),
                None => format!(
                    "{}: your code does not fit the calls prep makes (LeetCode's signature: {}):\n  {msg}",
                    source.display,
                    harness.calls.join(", ")
                ),
            };
            // javac's details (symbol, required, found, reason), not the generated line.
            for l in block {
                let t = l.trim_start();
                if l.starts_with("  ")
                    && !t.starts_with('^')
                    && t.split_once(':').is_some_and(|(w, _)| {
                        !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic())
                    })
                {
                    text.push_str("\n    ");
                    text.push_str(t);
                }
            }
            if !ours.contains(&text) {
                ours.push(text);
            }
        } else {
            let mut text = line.to_string();
            for l in block {
                text.push('\n');
                text.push_str(l);
            }
            other.push(text);
        }
        i = j;
    }
    let mut parts = if !user.is_empty() {
        user
    } else if !ours.is_empty() {
        ours
    } else {
        other
    };
    if parts.is_empty() {
        parts.push(output.trim().to_string());
    }
    compile::trim_lines(&parts.join("\n"), 60)
}

/// `File.java:12: error: message` as (file, (12, "error: message")).
fn error_head(line: &str) -> Option<(&str, (usize, &str))> {
    let (file, rest) = line.split_once(".java:")?;
    if file.contains(' ') {
        return None;
    }
    let (n, msg) = rest.split_once(": ")?;
    let n = n.parse().ok()?;
    let file = &line[..file.len() + 5];
    Some((file, (n, msg)))
}

fn is_count(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() == 2
        && words[0].chars().all(|c| c.is_ascii_digit())
        && matches!(words[1], "error" | "errors" | "warning" | "warnings")
}

// ---------------------------------------------------------------------------------------------
// The scaffold

fn scaffold(problem: &Problem) -> String {
    let mut out = super::scaffold_header(problem, "// ");
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_public_class_names_the_file() {
        assert_eq!(public_class("class Solution {}"), None);
        assert_eq!(
            public_class("// public class X\nimport java.util.*;\npublic final class LRUCache {\n class Node {}\n public class Inner {}\n}"),
            Some("LRUCache".into())
        );
        assert_eq!(
            public_class("class A { String s = \"public class B\"; }\npublic class C {}"),
            Some("C".into())
        );
    }

    #[test]
    fn imports_go_on_the_first_line_and_a_package_is_blanked() {
        let text = user_text("package foo.bar;\nclass Solution {}\n");
        assert!(text.starts_with(IMPORTS));
        assert_eq!(text.lines().count(), 2);
        assert!(!text.contains("package"));
        assert_eq!(user_text("class S {}"), format!("{IMPORTS}class S {{}}"));
    }

    #[test]
    fn generic_arrays_are_made_with_a_cast() {
        assert_eq!(new_array("int", "n"), "new int[n]");
        assert_eq!(new_array("int[]", "n"), "new int[n][]");
        assert_eq!(
            new_array("List<Integer>", "n"),
            "(List<Integer>[]) new List[n]"
        );
    }

    #[test]
    fn javac_errors_point_at_the_users_file_and_the_call() {
        let sig = Signature::from_json(&json!({"function": "twoSum", "params": [
            {"name": "nums", "type": "int[]"}, {"name": "target", "type": "int"}], "returns": "int[]"}))
        .unwrap();
        let harness = harness(&sig);
        let call_line = harness
            .text
            .lines()
            .position(|l| l.contains("// prep-call 0"))
            .unwrap()
            + 1;
        let source = Source {
            display: "/home/u/two-sum/Solution.java".into(),
            text: String::new(),
        };
        let out = format!("Solution.java:1: error: ';' expected\n{IMPORTS}class Solution {{ int x }}\n{}^\nPrepMain.java:{call_line}: error: incompatible types\n        int[] r = x;\n              ^\n2 errors\n", " ".repeat(IMPORTS.len() + 22));
        let message = compile_message(&out, &source, "Solution.java", &harness);
        assert_eq!(
            message,
            format!(
                "/home/u/two-sum/Solution.java:1: error: ';' expected\nclass Solution {{ int x }}\n{}^",
                " ".repeat(22)
            )
        );
        let out = format!("PrepMain.java:{call_line}: error: method twoSum in class Solution cannot be applied to given types;\n        int[] r = new Solution().twoSum(a0, a1);\n                                ^\n  required: int[]\n  found:    int[],int\n  reason: actual and formal argument lists differ in length\n1 error\n");
        let message = compile_message(&out, &source, "Solution.java", &harness);
        assert!(
            message.contains("prep calls `int[] twoSum(int[] nums, int target)` on `Solution` (LeetCode's signature)"),
            "{message}"
        );
        assert!(message.contains("required: int[]"), "{message}");
        assert!(!message.contains("a0, a1"), "{message}");
    }
}
