//! The files prep writes in the workspace so that a language server sees a solution as
//! LeetCode's judge runs it: the names its prelude gives without an import (`List`, `deque`,
//! `vector`, `ListNode`) are known, and a fresh scaffold shows no error. `FILES` is the one
//! list of them. They are prep's: each starts with a mark line carrying a hash of its text, so
//! prep rewrites a stale one and never touches a file of the same name that the user wrote.
//! The solution files themselves are never changed: what the user pastes into LeetCode stays
//! as it is.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use sha2::{Digest as _, Sha256};

use crate::catalog::Problem;
use crate::lang::LangId;
use crate::types::Type;

/// What a file's text may depend on.
pub struct Place<'a> {
    /// The workspace's folder, absolute.
    pub workspace: &'a Path,
    /// The problems the workspace may hold (the catalogue and the user's own).
    pub problems: &'a [Problem],
}

/// One file prep writes in the workspace for editors.
pub struct EditorFile {
    /// Its path under the workspace.
    pub name: &'static str,
    /// The language whose solutions it serves: `prep solve` in that language writes it.
    pub lang: LangId,
    /// How a line comment starts in the file (its mark line is one); `JSON` for a JSON file
    /// without comments, whose mark is its first key.
    comment: &'static str,
    /// Its text after the mark line.
    body: fn(&Place) -> String,
}

/// The `comment` of a JSON file that takes no comments (rust-project.json).
const JSON: &str = "{";

/// Every file prep writes for editors, but for the per-problem ones (`per_problem`).
pub const FILES: &[EditorFile] = &[
    // pyright and pylance add the names of `__builtins__.pyi` in the project's root to the
    // builtins: LeetCode's prelude and node classes, with nothing imported in the solution.
    EditorFile {
        name: "__builtins__.pyi",
        lang: LangId::Python,
        comment: "#",
        body: |_| include_str!("python_builtins.pyi").into(),
    },
    // Makes the workspace pyright's project root (so the file above is read) and keeps as
    // errors what LeetCode would reject (an unknown name, a bad call, a missing import),
    // showing as warnings the rules idiomatic accepted solutions trip (a `head.next` on an
    // `Optional[ListNode]`, `float('inf')` returned as an `int`): 38 such warnings over
    // the catalogue's accepted Python references.
    EditorFile {
        name: "pyrightconfig.json",
        lang: LangId::Python,
        comment: "//",
        body: |_| include_str!("pyrightconfig.json").into(),
    },
    // `prep debug`'s driver (`debug.py` beside the solution) runs a case through the judge's
    // own harness and prelude, imported from here (pyright leaves dot-folders out).
    EditorFile {
        name: ".prep/python/prep_harness.py",
        lang: LangId::Python,
        comment: "#",
        body: |_| crate::lang::python::HARNESS.into(),
    },
    EditorFile {
        name: ".prep/python/prep_prelude.py",
        lang: LangId::Python,
        comment: "#",
        body: |_| crate::lang::python::PRELUDE.into(),
    },
    // clangd reads `.clangd` in a folder above the file: every solution pre-includes the
    // prelude, and a problem's folder the node structs its signature uses (never others: a
    // user's own `Node` in an LRU cache must not clash with a graph's).
    EditorFile {
        name: ".clangd",
        lang: LangId::Cpp,
        comment: "#",
        body: clangd,
    },
    EditorFile {
        name: ".prep/cpp/prelude.h",
        lang: LangId::Cpp,
        comment: "//",
        body: |_| format!("#pragma once\n{}", crate::lang::cpp::PCH_HEADER),
    },
    // Found after the system's headers: only a library without its own (libc++) uses it.
    EditorFile {
        name: ".prep/cpp/include/bits/stdc++.h",
        lang: LangId::Cpp,
        comment: "//",
        body: |_| crate::lang::cpp::STDCPP.into(),
    },
    EditorFile {
        name: ".prep/cpp/list_node.h",
        lang: LangId::Cpp,
        comment: "//",
        body: |_| node_header(&Type::ListNode),
    },
    EditorFile {
        name: ".prep/cpp/tree_node.h",
        lang: LangId::Cpp,
        comment: "//",
        body: |_| node_header(&Type::TreeNode),
    },
    EditorFile {
        name: ".prep/cpp/graph_node.h",
        lang: LangId::Cpp,
        comment: "//",
        body: |_| node_header(&Type::Node),
    },
    EditorFile {
        name: ".prep/cpp/random_node.h",
        lang: LangId::Cpp,
        comment: "//",
        body: |_| node_header(&Type::RandomNode),
    },
    // tsserver (VS Code, typescript-language-server) reads `jsconfig.json`: JavaScript checked
    // with its JSDoc types (`checkJs`), each solution a module of its own (two problems' helper
    // functions of one name do not clash), and the names LeetCode's harness gives declared.
    EditorFile {
        name: "jsconfig.json",
        lang: LangId::JavaScript,
        comment: "//",
        body: |_| include_str!("jsconfig.json").into(),
    },
    EditorFile {
        name: ".prep/javascript/leetcode.d.ts",
        lang: LangId::JavaScript,
        comment: "//",
        body: |_| {
            format!(
                "{}{}",
                crate::lang::typescript::GLOBALS,
                include_str!("javascript_nodes.d.ts")
            )
        },
    },
    // rust-analyzer reads `rust-project.json`: a crate per solved problem, rooted at
    // `.prep/rust/<slug>.rs` (`per_problem`), which gives the solution what the judge's
    // harness gives it (`struct Solution`, the node types, the prelude) and `include!`s it.
    EditorFile {
        name: "rust-project.json",
        lang: LangId::Rust,
        comment: JSON,
        body: rust_project,
    },
    EditorFile {
        name: ".prep/rust/prep_runtime.rs",
        lang: LangId::Rust,
        comment: "//",
        body: |_| crate::lang::rust::RUNTIME.into(),
    },
    // The judge's runtime, which `prep debug`'s program (`debug.cpp` beside the solution)
    // includes after the headers above.
    EditorFile {
        name: ".prep/cpp/runtime.h",
        lang: LangId::Cpp,
        comment: "//",
        body: |_| format!("#pragma once\n{}", crate::lang::cpp::RUNTIME),
    },
];

/// The C++ header of a node type: the harness's own definition.
fn node_header(ty: &Type) -> String {
    format!(
        "#pragma once\n#include \"prelude.h\"\n{}",
        crate::lang::cpp::node_definition(ty)
    )
}

/// `.clangd`: one fragment for every C++ file, then one per problem that uses node structs.
/// Its paths are absolute (clangd does not resolve an added flag's path against the file); a
/// workspace that moves makes it stale, and the next `solve` rewrites it.
fn clangd(place: &Place) -> String {
    let dir = place.workspace.join(".prep/cpp");
    let dir = dir.display();
    let mut out = format!(
        "CompileFlags:\n  Add: [-xc++, -std=gnu++2b, -idirafter, \"{dir}/include\", -include, \"{dir}/prelude.h\"]\n"
    );
    for problem in place.problems {
        let headers: Vec<String> = [Type::ListNode, Type::TreeNode, Type::Node, Type::RandomNode]
            .iter()
            .filter(|ty| problem.signature.mentions(ty))
            .filter_map(crate::lang::cpp::node_header)
            .map(|name| format!("-include, \"{dir}/{name}\""))
            .collect();
        if !headers.is_empty() {
            out.push_str(&format!(
                "---\nIf:\n  PathMatch: {}/.*\nCompileFlags:\n  Add: [{}]\n",
                regex_escape(&problem.slug),
                headers.join(", ")
            ));
        }
    }
    out
}

/// A slug as a regular expression that matches it alone (`.` and the like escaped).
fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = !c.is_ascii_alphanumeric() && c != '-' && c != '_';
            special.then_some('\\').into_iter().chain(Some(c))
        })
        .collect()
}

/// Words on each file's first line that say prep wrote it.
const MARK: &str = "written by prep for editors";

impl EditorFile {
    /// The whole file: the mark line, naming a hash of the body, then the body.
    pub fn text(&self, place: &Place) -> String {
        marked(self.comment, &(self.body)(place))
    }
}

/// A file's whole text: the mark line, naming a hash of the body, then the body. A JSON file
/// (`comment` is `JSON`, its body an object whose `{` stands alone on the first line) has the
/// mark as its first key instead.
fn marked(comment: &str, body: &str) -> String {
    let hash = Sha256::digest(body.as_bytes());
    let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
    let mark = format!(
        "{MARK} (version {short}); prep rewrites it when it changes, so edits here are lost."
    );
    match body.strip_prefix("{\n") {
        Some(rest) if comment == JSON => format!("{{\"_prep\": \"{mark}\",\n{rest}"),
        _ => format!("{comment} {mark}\n{body}"),
    }
}

/// The problems of the workspace whose Rust solution is there, and Rust is offered for.
fn rust_solved<'a>(place: &'a Place) -> impl Iterator<Item = &'a Problem> + 'a {
    let rust = crate::lang::language(LangId::Rust);
    place.problems.iter().filter(move |p| {
        rust.not_offered(p).is_none()
            && place
                .workspace
                .join(&p.slug)
                .join(LangId::Rust.file_name())
                .is_file()
    })
}

/// `rust-project.json`: the toolchain's sources (rust-analyzer reads the standard library from
/// `rustup component add rust-src`) and a crate per solved problem.
fn rust_project(place: &Place) -> String {
    let rust = place.workspace.join(".prep/rust");
    let crates: Vec<serde_json::Value> = rust_solved(place)
        .map(|p| {
            serde_json::json!({
                "display_name": p.slug,
                "root_module": rust.join(format!("{}.rs", p.slug)),
                "edition": "2021",
                "deps": [],
                "cfg": [],
                "is_workspace_member": true,
                "source": {
                    "include_dirs": [&rust, place.workspace.join(&p.slug)],
                    "exclude_dirs": [],
                },
            })
        })
        .collect();
    let mut project = serde_json::Map::new();
    if let Some(sysroot) = std::process::Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
    {
        let source = Path::new(&sysroot).join("lib/rustlib/src/rust/library");
        project.insert("sysroot".into(), sysroot.into());
        project.insert("sysroot_src".into(), source.display().to_string().into());
    }
    project.insert("crates".into(), crates.into());
    let mut text = serde_json::to_string_pretty(&project).unwrap_or_default();
    text.push('\n');
    text
}

/// The crate root of a solved problem's Rust solution: what the judge's harness puts before
/// the solution (`harness::generate`), then the solution itself by `include!`.
fn rust_crate_root(problem: &Problem) -> String {
    let mut out = String::from("#![allow(warnings)]\n#[path = \"prep_runtime.rs\"]\nmod __prep;\nuse __prep::prelude::*;\n");
    if matches!(
        problem.signature,
        crate::types::signature::Signature::Function { .. }
    ) {
        out.push_str("use __prep::solution::*;\n");
    }
    if problem.signature.mentions(&Type::ListNode) {
        out.push_str("use __prep::list_node::*;\n");
    }
    if problem.signature.mentions(&Type::TreeNode) {
        out.push_str("use __prep::tree_node::*;\n");
    }
    out.push_str(&format!(
        "include!(\"../../{}/{}\");\n",
        problem.slug,
        LangId::Rust.file_name()
    ));
    out
}

/// The files of `lang` whose name depends on the workspace (a Rust crate root per solved
/// problem), with their whole text.
fn per_problem(place: &Place, lang: LangId) -> Vec<(PathBuf, String)> {
    if lang != LangId::Rust {
        return Vec::new();
    }
    rust_solved(place)
        .map(|p| {
            let path = place.workspace.join(format!(".prep/rust/{}.rs", p.slug));
            (path, marked("//", &rust_crate_root(p)))
        })
        .collect()
}

/// Every editor file of `lang`, with its whole text.
fn files(place: &Place, lang: LangId) -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = (FILES.iter().filter(|f| f.lang == lang))
        .map(|f| (place.workspace.join(f.name), f.text(place)))
        .collect();
    out.extend(per_problem(place, lang));
    out
}

/// The state of one of prep's editor files in a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// There, as this prep writes it.
    Current,
    /// Not there.
    Missing,
    /// Written by another version of prep, or for another place.
    Stale,
    /// A file of the user's own with that name: prep leaves it alone.
    Users,
}

/// What is at `path` for `file`, whose text there would be `text`.
fn state_of(path: &Path, text: &str) -> State {
    match std::fs::read_to_string(path) {
        Err(_) if !path.exists() => State::Missing,
        Ok(there) if there == text => State::Current,
        Ok(there) if there.lines().next().is_some_and(|l| l.contains(MARK)) => State::Stale,
        _ => State::Users,
    }
}

/// The state of each of `lang`'s editor files in the workspace.
pub fn states(place: &Place, lang: LangId) -> Vec<(PathBuf, State)> {
    files(place, lang)
        .into_iter()
        .map(|(path, text)| {
            let state = state_of(&path, &text);
            (path, state)
        })
        .collect()
}

/// The language servers `prep doctor` looks for, by language: the commands on PATH.
pub const SERVERS: &[(LangId, &[&str])] = &[
    (
        LangId::Python,
        &["pyright-langserver", "pyright", "basedpyright", "pylsp"],
    ),
    (LangId::Cpp, &["clangd", "clangd-19"]),
    (
        LangId::JavaScript,
        &["typescript-language-server", "vtsls", "tsserver"],
    ),
    (LangId::Rust, &["rust-analyzer"]),
];

/// In words, for `prep doctor`: whether `lang`'s editor files in the workspace are set up.
pub fn summary(place: &Place, lang: LangId) -> String {
    let states = states(place, lang);
    let name = |path: &Path| {
        path.strip_prefix(place.workspace)
            .unwrap_or(path)
            .display()
            .to_string()
    };
    if let Some((path, _)) = states.iter().find(|(_, s)| *s == State::Users) {
        format!(
            "your own {} stands where prep's would (prep's setup may not apply)",
            name(path)
        )
    } else if states.iter().all(|(_, s)| *s == State::Current) {
        "workspace set up".into()
    } else if states.iter().all(|(_, s)| *s == State::Missing) {
        format!("workspace not set up (`prep solve <slug> --lang {lang}` writes it)")
    } else {
        "workspace files out of date (the next `prep solve` rewrites them)".into()
    }
}

/// What `set_up` did.
#[derive(Debug, Default)]
pub struct Setup {
    /// The files it wrote (missing or stale before).
    pub written: Vec<PathBuf>,
    /// The user's own files of those names, left as they are.
    pub users: Vec<PathBuf>,
}

/// Writes `lang`'s editor files in the workspace where they are missing or stale.
pub fn set_up(place: &Place, lang: LangId) -> Result<Setup> {
    let mut setup = Setup::default();
    for (path, text) in files(place, lang) {
        match state_of(&path, &text) {
            State::Current => {}
            State::Users => setup.users.push(path),
            State::Missing | State::Stale => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)
                        .with_context(|| format!("{}: cannot create the folder", dir.display()))?;
                }
                crate::paths::write_atomic(&path, text.as_bytes())
                    .with_context(|| format!("{}: cannot write it", path.display()))?;
                setup.written.push(path);
            }
        }
    }
    Ok(setup)
}

/// What to tell the user about a setup: the files written, and (only when prep wrote some, so
/// once rather than at every `solve`) the user's own files it left, which may hide its own.
pub fn describe(workspace: &Path, setup: &Setup, lang: LangId) -> Option<String> {
    if setup.written.is_empty() {
        return None;
    }
    // Each file or folder at the workspace's root once (`.prep/` for the C++ headers).
    let names = |paths: &[PathBuf]| -> String {
        let mut names: Vec<String> = Vec::new();
        for path in paths {
            let below = path.strip_prefix(workspace).unwrap_or(path);
            let mut parts = below.components();
            let first = parts
                .next()
                .map(|c| c.as_os_str().to_string_lossy().into_owned());
            let name = match (first, parts.next()) {
                (Some(first), None) => first,
                (Some(first), Some(_)) => format!("{first}/"),
                (None, _) => continue,
            };
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names.join(", ")
    };
    let mut text = format!(
        "Set up the workspace for {} editors: {} (prep's own files; open the workspace folder in your editor)",
        lang.title(),
        names(&setup.written)
    );
    if !setup.users.is_empty() {
        text.push_str(&format!(
            "\nnote: your own {} left as it is: prep's editor setup for {} may not apply until you merge it",
            names(&setup.users),
            lang.title()
        ));
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A missing file is written, a current one left, a stale one rewritten, and the user's
    /// own file of the same name never touched.
    #[test]
    fn writes_missing_and_stale_files_and_leaves_the_users() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let place = Place {
            workspace: root,
            problems: &[],
        };
        let first = set_up(&place, LangId::Python).unwrap();
        let python = FILES.iter().filter(|f| f.lang == LangId::Python).count();
        assert_eq!(first.written.len(), python, "{first:?}");
        assert!(describe(root, &first, LangId::Python).is_some());
        let again = set_up(&place, LangId::Python).unwrap();
        assert!(
            again.written.is_empty() && again.users.is_empty(),
            "{again:?}"
        );
        assert!(describe(root, &again, LangId::Python).is_none());

        let stub = root.join("__builtins__.pyi");
        std::fs::write(&stub, format!("# {MARK} (version 000000)\nold\n")).unwrap();
        let config = root.join("pyrightconfig.json");
        let users = "{\"typeCheckingMode\": \"strict\"}\n";
        std::fs::write(&config, users).unwrap();
        let setup = set_up(&place, LangId::Python).unwrap();
        assert_eq!(setup.written, vec![stub.clone()]);
        assert_eq!(setup.users, vec![config.clone()]);
        assert_eq!(std::fs::read_to_string(&config).unwrap(), users);
        assert!(states(&place, LangId::Python).contains(&(stub.clone(), State::Current)));
        let said = describe(root, &setup, LangId::Python).unwrap();
        assert!(
            said.contains("your own pyrightconfig.json left as it is"),
            "{said}"
        );
    }

    /// `.clangd` pre-includes the prelude everywhere and a problem's node structs in its own
    /// folder alone.
    #[test]
    fn clangd_includes_a_problems_node_structs_in_its_folder_only() {
        let catalog = crate::catalog::Catalog::load(None).unwrap();
        let place = Place {
            workspace: Path::new("/ws"),
            problems: &catalog.problems,
        };
        let file = FILES.iter().find(|f| f.name == ".clangd").unwrap();
        let text = file.text(&place);
        assert!(
            text.contains("-include, \"/ws/.prep/cpp/prelude.h\""),
            "{text}"
        );
        assert!(text.contains("PathMatch: reverse-linked-list/.*\nCompileFlags:\n  Add: [-include, \"/ws/.prep/cpp/list_node.h\"]\n"), "{text}");
        assert!(!text.contains("PathMatch: lru-cache/"), "{text}");
        assert_eq!(regex_escape("a.b-c"), "a\\.b-c");
    }

    /// rust-project.json takes no comments: its mark is its first key, and it stays JSON.
    #[test]
    fn a_json_file_carries_its_mark_as_a_key_and_stays_json() {
        let dir = tempfile::tempdir().unwrap();
        let place = Place {
            workspace: dir.path(),
            problems: &[],
        };
        let setup = set_up(&place, LangId::Rust).unwrap();
        let project = dir.path().join("rust-project.json");
        assert!(setup.written.contains(&project));
        let text = std::fs::read_to_string(&project).unwrap();
        assert!(
            text.starts_with("{\"_prep\": \"written by prep for editors"),
            "{text}"
        );
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["crates"], serde_json::json!([]));
        // Written once; a user's own (no mark) is left as it is.
        assert!(set_up(&place, LangId::Rust).unwrap().written.is_empty());
        std::fs::write(&project, "{\"crates\": []}\n").unwrap();
        let setup = set_up(&place, LangId::Rust).unwrap();
        assert_eq!(setup.users, vec![project.clone()]);
        assert_eq!(
            std::fs::read_to_string(&project).unwrap(),
            "{\"crates\": []}\n"
        );
    }

    /// A language without editor files writes nothing.
    #[test]
    fn a_language_without_files_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let place = Place {
            workspace: dir.path(),
            problems: &[],
        };
        let setup = set_up(&place, LangId::Go).unwrap();
        assert!(setup.written.is_empty());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
