//! The files prep writes at the workspace root so that a language server sees a solution as
//! LeetCode's judge runs it: the names its prelude gives without an import (`List`, `deque`,
//! `ListNode`) are known, and a fresh scaffold shows no error. `FILES` is the one list of
//! them. They are prep's: each starts with a mark line carrying a hash of its text, so prep
//! rewrites a stale one and never touches a file of the same name that the user wrote.
//! The solution files themselves are never changed: what the user pastes into LeetCode stays
//! as it is.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use sha2::{Digest as _, Sha256};

use crate::lang::LangId;

/// One file prep writes at the workspace root for editors.
pub struct EditorFile {
    /// Its name at the workspace root.
    pub name: &'static str,
    /// The language whose solutions it serves: `prep solve` in that language writes it.
    pub lang: LangId,
    /// How a line comment starts in the file (its mark line is one).
    comment: &'static str,
    /// Its text after the mark line.
    body: &'static str,
}

/// Every file prep writes for editors.
pub const FILES: &[EditorFile] = &[
    // pyright and pylance add the names of `__builtins__.pyi` in the project's root to the
    // builtins: LeetCode's prelude and node classes, with nothing imported in the solution.
    EditorFile {
        name: "__builtins__.pyi",
        lang: LangId::Python,
        comment: "#",
        body: include_str!("python_builtins.pyi"),
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
        body: include_str!("pyrightconfig.json"),
    },
];

/// Words on each file's first line that say prep wrote it.
const MARK: &str = "written by prep for editors";

impl EditorFile {
    /// The whole file: the mark line, naming a hash of the body, then the body.
    pub fn text(&self) -> String {
        let hash = Sha256::digest(self.body.as_bytes());
        let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
        format!(
            "{} {MARK} (version {short}); prep rewrites it when it changes, so edits here are lost.\n{}",
            self.comment, self.body
        )
    }
}

/// The state of one of prep's editor files in a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// There, as this prep writes it.
    Current,
    /// Not there.
    Missing,
    /// Written by another version of prep.
    Stale,
    /// A file of the user's own with that name: prep leaves it alone.
    Users,
}

/// What `state` finds at `path` for `file`.
pub fn state(file: &EditorFile, path: &Path) -> State {
    match std::fs::read_to_string(path) {
        Err(_) if !path.exists() => State::Missing,
        Ok(text) if text == file.text() => State::Current,
        Ok(text) if text.lines().next().is_some_and(|l| l.contains(MARK)) => State::Stale,
        _ => State::Users,
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

/// Writes `lang`'s editor files at the root of `workspace` where they are missing or stale.
pub fn set_up(workspace: &Path, lang: LangId) -> Result<Setup> {
    let mut setup = Setup::default();
    for file in FILES.iter().filter(|f| f.lang == lang) {
        let path = workspace.join(file.name);
        match state(file, &path) {
            State::Current => {}
            State::Users => setup.users.push(path),
            State::Missing | State::Stale => {
                crate::paths::write_atomic(&path, file.text().as_bytes())
                    .with_context(|| format!("{}: cannot write it", path.display()))?;
                setup.written.push(path);
            }
        }
    }
    Ok(setup)
}

/// What to tell the user about a setup: the files written, and (only when prep wrote some, so
/// once rather than at every `solve`) the user's own files it left, which may hide its own.
pub fn describe(setup: &Setup, lang: LangId) -> Option<String> {
    if setup.written.is_empty() {
        return None;
    }
    let names = |paths: &[PathBuf]| -> String {
        paths
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(", ")
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
        let first = set_up(root, LangId::Python).unwrap();
        assert_eq!(first.written.len(), 2, "{first:?}");
        assert!(describe(&first, LangId::Python).is_some());
        let again = set_up(root, LangId::Python).unwrap();
        assert!(
            again.written.is_empty() && again.users.is_empty(),
            "{again:?}"
        );
        assert!(describe(&again, LangId::Python).is_none());

        let stub = root.join("__builtins__.pyi");
        std::fs::write(&stub, format!("# {MARK} (version 000000)\nold\n")).unwrap();
        let config = root.join("pyrightconfig.json");
        let users = "{\"typeCheckingMode\": \"strict\"}\n";
        std::fs::write(&config, users).unwrap();
        let setup = set_up(root, LangId::Python).unwrap();
        assert_eq!(setup.written, vec![stub.clone()]);
        assert_eq!(setup.users, vec![config.clone()]);
        assert_eq!(std::fs::read_to_string(&config).unwrap(), users);
        assert_eq!(state(&FILES[0], &stub), State::Current);
        let said = describe(&setup, LangId::Python).unwrap();
        assert!(
            said.contains("your own pyrightconfig.json left as it is"),
            "{said}"
        );
    }

    /// A language without editor files writes nothing.
    #[test]
    fn a_language_without_files_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let setup = set_up(dir.path(), LangId::Go).unwrap();
        assert!(setup.written.is_empty());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
