//! Java: the user's file is compiled unchanged (LeetCode's implicit imports prepended on its
//! first line, so line numbers stay right) together with a harness generated from the
//! signature (`PrepMain.java`), a static runtime (`runtime.java`: the token reader, the
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

//!
//! The folder by concern: `lexer.rs` reads the user's file (its public class, a package line),
//! `harness.rs` generates `PrepMain.java` from the signature, `messages.rs` rewrites javac's
//! errors, `scaffold.rs` writes the starting file; the fixed Java parts are template files
//! beside them (`runtime.java` and the node runtimes, the node classes, `main_head.java`).

mod harness;
mod lexer;
mod messages;
mod scaffold;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::compile::{self, CompileSpec, Compiled};
use super::toolchain::{self, Toolchain};
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::judge::protocol::Header;
use crate::types::Type;
use harness::harness;
use lexer::{public_class, user_text};
use messages::compile_message;
use scaffold::scaffold;

const RUNTIME: &str = include_str!("runtime.java");
const LIST_RUNTIME: &str = include_str!("list.java");
const TREE_RUNTIME: &str = include_str!("tree.java");
const GRAPH_RUNTIME: &str = include_str!("graph.java");
const RANDOM_RUNTIME: &str = include_str!("random.java");

/// LeetCode's node classes, compiled beside the user's file and shown in scaffolds.
const LIST_NODE: &str = include_str!("ListNode.java");
const TREE_NODE: &str = include_str!("TreeNode.java");
const GRAPH_NODE: &str = include_str!("GraphNode.java");
const RANDOM_NODE: &str = include_str!("RandomNode.java");

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
