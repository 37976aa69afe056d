//! C++ (clang++ or g++ in C++23 where they have it; `compiler.rs` picks the compiler): the
//! user's `class Solution` (or design class) compiled unchanged into a generated main that
//! reads the token stream. `<bits/stdc++.h>` and `using namespace std` come from a header
//! precompiled once per compiler and flags into the cache; a library without
//! `<bits/stdc++.h>` (Apple clang, libc++) gets prep's own, which includes every standard
//! header. `prep test` builds with AddressSanitizer and UBSan, as LeetCode runs C++; `prep
//! submit` times `-O2`.
//!
//! The folder by concern: `compiler.rs` picks the compiler, `harness.rs` generates the main
//! that runs the cases, `messages.rs` says a compile error in prep's part as the call prep
//! makes, `scaffold.rs` writes the starting file; the fixed C++ parts are files beside them
//! (`runtime.h`, `stdcpp.h`, the node definitions, the generated file's `main.cpp`).

mod compiler;
mod harness;
mod messages;
mod scaffold;

use std::path::Path;

use super::compile::{self, CompileSpec, Compiled};
use super::toolchain::Toolchain;
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;

use compiler::Family;
use harness::harness;
use messages::compile_message;

pub(crate) const PCH_HEADER: &str = "#include <bits/stdc++.h>\nusing namespace std;\n";
/// prep's `<bits/stdc++.h>`, searched after the system's headers (`-idirafter`).
pub(crate) const STDCPP: &str = include_str!("stdcpp.h");
/// The file name compile errors show for the generated part.
pub(super) const HARNESS_NAME: &str = "prep-harness";
/// Room for the binary, the C++ runtime and the stack's growth inside the address-space limit.
const ADDRESS_MARGIN: u64 = 256 << 20;

pub struct Cpp;

/// The harness's definition of a node type (`""` for a type that is no node), which the
/// workspace's editor headers reuse.
pub(crate) fn node_definition(ty: &crate::types::Type) -> &'static str {
    harness::node_definition(ty)
}

/// The file name of a node type's header among the workspace's editor files.
pub(crate) fn node_header(ty: &crate::types::Type) -> Option<&'static str> {
    harness::node_header(ty)
}

/// The harness's runtime, which `prep debug`'s program includes from the editor files.
pub(crate) const RUNTIME: &str = harness::RUNTIME;

pub(crate) use harness::debug_driver;

impl Language for Cpp {
    fn id(&self) -> LangId {
        LangId::Cpp
    }

    fn scaffold(&self, problem: &Problem) -> String {
        scaffold::scaffold(problem)
    }

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        compiler::find(cache)
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
