//! The tools prep's languages and its tests need, and how each platform installs them: one
//! table, `tools.txt`, read here for `prep doctor` (a missing language's install lines) and
//! for the tests (a test that needs an absent tool fails naming it and its install), and by
//! `scripts/test`, which checks and installs the tools of the set it runs.

use std::path::Path;
use std::process::{Command, Stdio};

const TABLE: &str = include_str!("tools.txt");

/// The platforms whose packages the table names, in the order messages list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Debian,
    Fedora,
    Arch,
    MacOs,
}

impl Platform {
    pub const ALL: [Platform; 4] = [
        Platform::Debian,
        Platform::Fedora,
        Platform::Arch,
        Platform::MacOs,
    ];

    /// The key of `prep doctor --json`'s `install` object.
    pub fn key(self) -> &'static str {
        match self {
            Platform::Debian => "debian",
            Platform::Fedora => "fedora",
            Platform::Arch => "arch",
            Platform::MacOs => "macos",
        }
    }

    /// As people name it.
    pub fn label(self) -> &'static str {
        match self {
            Platform::Debian => "Debian/Ubuntu",
            Platform::Fedora => "Fedora",
            Platform::Arch => "Arch",
            Platform::MacOs => "macOS",
        }
    }

    /// The command that installs these packages.
    fn command(self, packages: &[String]) -> String {
        let list = packages.join(" ");
        match self {
            Platform::Debian => format!("sudo apt install {list}"),
            Platform::Fedora => format!("sudo dnf install {list}"),
            Platform::Arch => format!("sudo pacman -S {list}"),
            Platform::MacOs if list == "xcode-select" => "xcode-select --install".into(),
            Platform::MacOs => format!("brew install {list}"),
        }
    }
}

/// Which run of the tests needs a tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    /// Every run, the fast set included.
    Fast,
    /// Only the full set (the heavy tests).
    Full,
    /// The full set where it can be had; its steps are reported as not run without it.
    Optional,
    /// Only the VM group (`scripts/test --vm`, tests/vm/run.sh).
    Vm,
}

/// How a tool is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Every one of these commands on PATH.
    Commands(Vec<String>),
    /// A module python3 imports.
    PythonModule(String),
    /// A file matching a path whose last part may hold one `*`.
    File(String),
    /// Every one of these rustup targets installed.
    RustupTargets(Vec<String>),
    /// Every one of these rustup components installed (`component:A,B` in the table).
    RustupComponents(Vec<String>),
    /// Any one of these checks (`a|b` in the table).
    Any(Vec<Check>),
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    pub name: String,
    pub set: Set,
    pub check: Check,
    /// The packages per platform, in `Platform::ALL`'s order; empty where there is none.
    packages: [Vec<String>; 4],
    /// What needs it.
    pub needed_by: String,
}

/// Every row of the table.
pub fn all() -> Vec<Tool> {
    parse(TABLE).unwrap_or_else(|e| panic!("src/tools.txt: {e}"))
}

/// The row named `name`.
pub fn find(name: &str) -> Option<Tool> {
    all().into_iter().find(|t| t.name == name)
}

fn parse(text: &str) -> Result<Vec<Tool>, String> {
    let mut tools = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let place = |what: &str| format!("line {}: {what}", i + 1);
        let mut rest = line;
        let mut fields = Vec::new();
        for _ in 0..7 {
            let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            fields.push(&rest[..word_end]);
            rest = rest[word_end..].trim_start();
        }
        if fields.iter().any(|f| f.is_empty()) || rest.is_empty() {
            return Err(place("expected eight columns"));
        }
        let set = match fields[1] {
            "fast" => Set::Fast,
            "full" => Set::Full,
            "optional" => Set::Optional,
            "vm" => Set::Vm,
            other => return Err(place(&format!("unknown set `{other}`"))),
        };
        let list = |s: &str| s.split(',').map(str::to_string).collect::<Vec<_>>();
        let mut checks = Vec::new();
        for found_by in fields[2].split('|') {
            checks.push(match found_by.split_once(':') {
                Some(("cmd", names)) => Check::Commands(list(names)),
                Some(("py", module)) => Check::PythonModule(module.into()),
                Some(("file", pattern)) => Check::File(pattern.into()),
                Some(("rustup", targets)) => Check::RustupTargets(list(targets)),
                Some(("component", names)) => Check::RustupComponents(list(names)),
                _ => return Err(place(&format!("unknown check `{found_by}`"))),
            });
        }
        let check = if checks.len() == 1 {
            checks.remove(0)
        } else {
            Check::Any(checks)
        };
        let packages = |s: &str| if s == "-" { Vec::new() } else { list(s) };
        tools.push(Tool {
            name: fields[0].into(),
            set,
            check,
            packages: [
                packages(fields[3]),
                packages(fields[4]),
                packages(fields[5]),
                packages(fields[6]),
            ],
            needed_by: rest.into(),
        });
    }
    Ok(tools)
}

impl Tool {
    /// The command that installs the tool on `platform`, if the table knows one.
    pub fn install(&self, platform: Platform) -> Option<String> {
        match &self.check {
            Check::RustupTargets(targets) => {
                return Some(format!("rustup target add {}", targets.join(" ")));
            }
            Check::RustupComponents(names) => {
                return Some(format!("rustup component add {}", names.join(" ")));
            }
            _ => {}
        }
        let i = Platform::ALL.iter().position(|p| *p == platform)?;
        let packages = &self.packages[i];
        (!packages.is_empty()).then(|| platform.command(packages))
    }

    /// Each platform's install command, where the table knows one.
    pub fn installs(&self) -> Vec<(Platform, String)> {
        Platform::ALL
            .into_iter()
            .filter_map(|p| self.install(p).map(|c| (p, c)))
            .collect()
    }

    /// Whether the tool is here, as the tests and prep would find it.
    pub fn present(&self) -> bool {
        self.check.found()
    }

    /// What to say when the tool is missing: its name, what needs it, and how to install it.
    pub fn missing(&self) -> String {
        let installs: Vec<String> = self
            .installs()
            .into_iter()
            .map(|(p, c)| format!("{}: `{c}`", p.label()))
            .collect();
        let how = if installs.is_empty() {
            String::new()
        } else {
            format!("; install it with {}", installs.join(", "))
        };
        format!(
            "`{}` is not installed (needed by {}){how}; or run `scripts/test`, which installs \
             what the tests need (system packages as root or with --install-system)",
            self.name, self.needed_by
        )
    }
}

/// Whether a file matches `pattern`, whose last part may hold one `*`.
impl Check {
    fn found(&self) -> bool {
        match self {
            Check::Commands(names) => names
                .iter()
                .all(|n| crate::lang::toolchain::which(n).is_some()),
            Check::PythonModule(module) => Command::new("python3")
                .args(["-c", &format!("import {module}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success()),
            Check::File(pattern) => file_matches(pattern),
            Check::Any(checks) => checks.iter().any(Check::found),
            Check::RustupTargets(targets) => Command::new("rustup")
                .args(["target", "list", "--installed"])
                .output()
                .is_ok_and(|out| {
                    let installed = String::from_utf8_lossy(&out.stdout);
                    targets
                        .iter()
                        .all(|t| installed.lines().any(|l| l.trim() == t))
                }),
            // A host tool's component is listed with the host's triple (`rust-analyzer-x86_64-…`),
            // the sources without one (`rust-src`).
            Check::RustupComponents(names) => Command::new("rustup")
                .args(["component", "list", "--installed"])
                .output()
                .is_ok_and(|out| {
                    let installed = String::from_utf8_lossy(&out.stdout);
                    names.iter().all(|n| {
                        installed.lines().any(|l| {
                            let l = l.trim();
                            l == n
                                || l.strip_prefix(n.as_str())
                                    .is_some_and(|r| r.starts_with('-'))
                        })
                    })
                }),
        }
    }
}

/// Whether a file matches `pattern`: `~/` is the home folder, and any part may hold one `*`.
fn file_matches(pattern: &str) -> bool {
    let pattern = match (pattern.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => Path::new(pattern).to_path_buf(),
    };
    let mut paths = vec![std::path::PathBuf::new()];
    for part in pattern.components() {
        let part = part.as_os_str().to_string_lossy();
        paths = match part.split_once('*') {
            None => paths.into_iter().map(|p| p.join(&*part)).collect(),
            Some((prefix, suffix)) => paths
                .iter()
                .filter_map(|p| std::fs::read_dir(p).ok())
                .flat_map(|entries| entries.flatten().map(|e| e.path()))
                .filter(|p| {
                    let n = p.file_name().unwrap_or_default().to_string_lossy();
                    n.len() >= prefix.len() + suffix.len()
                        && n.starts_with(prefix)
                        && n.ends_with(suffix)
                })
                .collect(),
        };
    }
    paths.iter().any(|p| p.exists())
}

/// Fails the calling test, naming the tool and its install, when `name` is missing: a test
/// that needs a tool says so rather than passing or failing obscurely without it.
#[track_caller]
pub fn need(name: &str) {
    let tool = find(name).unwrap_or_else(|| panic!("src/tools.txt has no tool `{name}`"));
    assert!(tool.present(), "{}", tool.missing());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `a|b` is found by either check; a file pattern may have a `*` in a middle part.
    #[test]
    fn alternatives_and_globs_in_any_part() {
        let dir = tempfile::tempdir().unwrap();
        let python = dir.path().join("versions/3.8.18/bin/python3.8");
        let pattern = format!("{}/versions/3.8*/bin/python3.8", dir.path().display());
        let row = |found_by: &str| {
            parse(&format!(
                "python3.8 full {found_by} - - - - the oldest Python"
            ))
            .unwrap()
            .remove(0)
        };
        let either = row(&format!("cmd:no-such-command-here|file:{pattern}"));
        assert!(matches!(&either.check, Check::Any(c) if c.len() == 2));
        assert!(!either.present(), "nothing there yet");
        std::fs::create_dir_all(python.parent().unwrap()).unwrap();
        std::fs::write(&python, "").unwrap();
        assert!(either.present(), "found by the second check");
        assert!(!row("cmd:no-such-command-here").present());
        assert!(!row(&format!(
            "file:{}/versions/3.9*/bin/python3.8",
            dir.path().display()
        ))
        .present());
        assert!(parse("x full cmd:a|nope:b - - - - y").is_err());
    }

    #[test]
    fn the_table_parses_and_names_every_language() {
        let tools = all();
        for id in crate::lang::LangId::ALL {
            let tool = tools
                .iter()
                .find(|t| t.name == id.as_str())
                .unwrap_or_else(|| panic!("no row for {}", id.as_str()));
            assert_eq!(
                tool.installs().len(),
                4,
                "{}: every platform has an install",
                tool.name
            );
        }
        let names: Vec<&str> = tools.iter().map(|t| t.name.as_str()).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "a name twice: {names:?}");
    }

    #[test]
    fn install_commands_per_platform() {
        let java = find("java").unwrap();
        assert_eq!(
            java.install(Platform::Debian).as_deref(),
            Some("sudo apt install default-jdk-headless")
        );
        assert_eq!(
            java.install(Platform::MacOs).as_deref(),
            Some("brew install openjdk")
        );
        let cpp = find("cpp").unwrap();
        assert_eq!(
            cpp.install(Platform::MacOs).as_deref(),
            Some("xcode-select --install")
        );
        let kernel = find("linux-image").unwrap();
        assert_eq!(kernel.installs().len(), 1);
        // The VM's tools are needed by its group alone (scripts/test --vm).
        for name in ["qemu", "mmdebstrap", "linux-image"] {
            assert_eq!(find(name).unwrap().set, Set::Vm, "{name}");
        }
        let targets = find("apple-targets").unwrap();
        assert_eq!(
            targets.install(Platform::Arch).as_deref(),
            Some("rustup target add x86_64-apple-darwin aarch64-apple-darwin")
        );
        let analyzer = find("rust-analyzer").unwrap();
        assert_eq!(
            analyzer.install(Platform::Debian).as_deref(),
            Some("rustup component add rust-analyzer rust-src")
        );
    }

    #[test]
    fn a_bad_line_is_named() {
        let e = parse("# x\nfoo fast cmd:foo - - - -\n").unwrap_err();
        assert_eq!(e, "line 2: expected eight columns");
        let e = parse("foo slow cmd:foo - - - - why\n").unwrap_err();
        assert_eq!(e, "line 1: unknown set `slow`");
        let e = parse("foo fast bin:foo - - - - why\n").unwrap_err();
        assert_eq!(e, "line 1: unknown check `bin:foo`");
    }

    #[test]
    fn a_missing_tool_is_named_with_its_install() {
        let tool = parse("frob full cmd:prep-no-such-frob frob frob - - the frob test\n")
            .unwrap()
            .remove(0);
        assert!(!tool.present());
        let message = tool.missing();
        assert!(
            message.starts_with("`frob` is not installed (needed by the frob test); install it with Debian/Ubuntu: `sudo apt install frob`, Fedora: `sudo dnf install frob`;"),
            "{message}"
        );
        let error = std::panic::catch_unwind(|| need("no-such-tool")).unwrap_err();
        assert_eq!(
            error.downcast_ref::<String>().map(String::as_str),
            Some("src/tools.txt has no tool `no-such-tool`")
        );
    }

    #[test]
    fn present_finds_commands_files_and_modules() {
        let row = |check: &str| {
            parse(&format!("t fast {check} - - - - why\n"))
                .unwrap()
                .remove(0)
        };
        assert!(row("cmd:sh").present());
        assert!(!row("cmd:sh,prep-no-such-command").present());
        assert!(row("file:/etc/host*").present());
        assert!(!row("file:/etc/prep-no-such-*").present());
        assert!(row("py:json").present());
        assert!(!row("py:prep_no_such_module").present());
    }
}
