//! The cached compile step shared by the compiled languages. A build is keyed by the hash of
//! everything that decides its artefact (the user's source, the generated harness, the
//! toolchain's version and the flags), so a second `prep test` of an unchanged file does not
//! compile again. The compiler is trusted (it runs with the user's environment), but its time
//! and output are capped: a template bomb or an error flood cannot hang prep or fill memory.

use std::ffi::OsString;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::{LangId, ToolchainError};

/// The wall-clock backstop of a compile (a busy machine may slow a normal one a lot).
pub const COMPILE_TIMEOUT: Duration = Duration::from_secs(180);
/// CPU seconds each compiler process may use: a compile-time bomb is stopped by this.
pub const COMPILE_CPU_S: u64 = 30;
/// A whole number that multiplies the compile's CPU seconds and wall-clock backstop, and a
/// run's limits for loading the solution's file (an interpreted language's compile), for a
/// machine whose CPU is emulated (tests/vm/run.sh sets it: there a compile takes tens of
/// times as long); unset, 1.
pub const COMPILE_SCALE_VARIABLE: &str = "PREP_COMPILE_SCALE";
/// Address space each compiler process may use: a template bomb cannot eat the machine.
pub const COMPILE_MEMORY: u64 = 4 << 30;
/// How much compiler output is kept.
pub const OUTPUT_CAP: usize = 64 << 10;

/// `PREP_COMPILE_SCALE` (see `COMPILE_SCALE_VARIABLE`), 1 when unset or not a positive
/// whole number.
pub fn scale() -> u32 {
    std::env::var(COMPILE_SCALE_VARIABLE)
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
}

/// One compile: files written into a fresh build folder, then one command run in it.
#[derive(Debug, Clone)]
pub struct CompileSpec {
    pub language: LangId,
    /// Everything besides the files that decides the artefact (toolchain version, flags).
    pub key: Vec<String>,
    /// `(name, contents)` written into the build folder before the command runs.
    pub files: Vec<(String, Vec<u8>)>,
    pub program: PathBuf,
    /// Arguments; the build folder is the command's working directory.
    pub args: Vec<OsString>,
    pub env: Vec<(OsString, OsString)>,
    pub timeout: Duration,
}

/// The outcome of a compile.
#[derive(Debug)]
pub enum Compiled {
    /// The build folder holding the artefacts (reused from the cache or just made).
    Ready { dir: PathBuf, cached: bool },
    /// The compiler's output (capped), or why it was stopped.
    Failed(String),
}

/// The content hash of a compile.
pub fn key_of(spec: &CompileSpec) -> String {
    let mut hash = Sha256::new();
    for part in &spec.key {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    for (name, contents) in &spec.files {
        hash.update(name.as_bytes());
        hash.update([0]);
        hash.update((contents.len() as u64).to_le_bytes());
        hash.update(contents);
    }
    for arg in &spec.args {
        hash.update(arg.as_encoded_bytes());
        hash.update([0]);
    }
    let digest = hash.finalize();
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Compiles `spec` under `cache/builds/<language>/<hash>`, or reuses that folder when an
/// earlier compile of the same inputs finished there.
pub fn compile(cache: &Path, spec: &CompileSpec) -> Result<Compiled, ToolchainError> {
    let key = key_of(spec);
    let root = cache.join("builds").join(spec.language.as_str());
    let dir = root.join(&key);
    if dir.join(".done").is_file() {
        return Ok(Compiled::Ready { dir, cached: true });
    }
    let work = fill(&root, &key, &spec.files)?;
    let (ok, output) = run_capped(
        &spec.program,
        &spec.args,
        &spec.env,
        work.path(),
        spec.timeout,
    )?;
    if !ok {
        return Ok(Compiled::Failed(output));
    }
    finish(work, &dir)?;
    Ok(Compiled::Ready { dir, cached: false })
}

/// Files that builds read from a stable place (headers shipped with prep), stored once under
/// `cache/builds/<language>/<hash of the files>`: the folder holding them.
pub fn stored(
    cache: &Path,
    language: LangId,
    files: &[(String, Vec<u8>)],
) -> Result<PathBuf, ToolchainError> {
    let key = key_of(&CompileSpec {
        language,
        key: vec!["stored files".into()],
        files: files.to_vec(),
        program: PathBuf::new(),
        args: Vec::new(),
        env: Vec::new(),
        timeout: Duration::ZERO,
    });
    let root = cache.join("builds").join(language.as_str());
    let dir = root.join(&key);
    if !dir.join(".done").is_file() {
        finish(fill(&root, &key, files)?, &dir)?;
    }
    Ok(dir)
}

fn io_error(what: &str, e: std::io::Error) -> ToolchainError {
    ToolchainError {
        message: format!("{what}: {e}"),
    }
}

/// A fresh work folder under `root` with `files` written into it.
fn fill(
    root: &Path,
    key: &str,
    files: &[(String, Vec<u8>)],
) -> Result<tempfile::TempDir, ToolchainError> {
    std::fs::create_dir_all(root)
        .map_err(|e| io_error(&format!("cannot create {}", root.display()), e))?;
    let work = tempfile::Builder::new()
        .prefix(&format!(".{key}-"))
        .tempdir_in(root)
        .map_err(|e| {
            io_error(
                &format!("cannot create a build folder in {}", root.display()),
                e,
            )
        })?;
    for (name, contents) in files {
        let path = work.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| io_error(&format!("cannot create {}", parent.display()), e))?;
        }
        std::fs::write(&path, contents)
            .map_err(|e| io_error(&format!("cannot write {}", path.display()), e))?;
    }
    Ok(work)
}

/// Marks a work folder done and moves it to its place, `dir`.
fn finish(work: tempfile::TempDir, dir: &Path) -> Result<(), ToolchainError> {
    std::fs::write(work.path().join(".done"), b"")
        .map_err(|e| io_error("cannot mark the build done", e))?;
    let work = work.keep();
    // Another prep may have finished the same build meanwhile: either folder will do.
    if std::fs::rename(&work, dir).is_err() {
        let _ = std::fs::remove_dir_all(&work);
        if !dir.join(".done").is_file() {
            return Err(ToolchainError {
                message: format!("cannot store the build in {}", dir.display()),
            });
        }
    }
    Ok(())
}

/// Runs a trusted tool (a compiler) with its output capped and a time limit: `(succeeded,
/// output)`, stdout and stderr together. A tool stopped at its time limit has failed.
pub fn run_capped(
    program: &Path,
    args: &[OsString],
    env: &[(OsString, OsString)],
    dir: &Path,
    timeout: Duration,
) -> Result<(bool, String), ToolchainError> {
    let scale = scale();
    let cpu_s = COMPILE_CPU_S * u64::from(scale);
    let timeout = timeout * scale;
    let mut command = Command::new(program);
    command
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so a stopped compile takes its helpers (cc1plus, ld) along.
        .process_group(0);
    #[allow(unsafe_code)]
    // SAFETY: only setrlimit, an async-signal-safe system call, runs between fork and exec.
    unsafe {
        command.pre_exec(move || {
            use nix::sys::resource::{setrlimit, Resource};
            setrlimit(Resource::RLIMIT_CPU, cpu_s, cpu_s + 1)?;
            setrlimit(Resource::RLIMIT_AS, COMPILE_MEMORY, COMPILE_MEMORY)?;
            setrlimit(Resource::RLIMIT_CORE, 0, 0)?;
            Ok(())
        });
    }
    let mut child = command.spawn().map_err(|e| ToolchainError {
        message: format!("`{}` could not be started: {e}", program.display()),
    })?;
    let out = capture(child.stdout.take().expect("piped"));
    let err = capture(child.stderr.take().expect("piped"));
    let started = Instant::now();
    let status = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break Some(status);
        }
        if started.elapsed() > timeout {
            let _ = nix::sys::signal::killpg(
                nix::unistd::Pid::from_raw(child.id() as i32),
                nix::sys::signal::Signal::SIGKILL,
            );
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(5));
    };
    let mut text = err.join().unwrap_or_default();
    let stdout = out.join().unwrap_or_default();
    if !stdout.is_empty() {
        text = format!("{stdout}{text}");
    }
    let limit_note = format!(
        "the compiler was stopped: a compile may use {cpu_s} s of CPU, {} GiB of memory and {} s in all (the compile limits)",
        COMPILE_MEMORY >> 30,
        timeout.as_secs()
    );
    match status {
        // g++ reports a compiler process stopped by a limit as "... signal terminated
        // program", clang as "... failed due to signal".
        Some(s)
            if !s.success()
                && (text.contains("signal terminated program")
                    || text.contains("failed due to signal")) =>
        {
            Ok((false, format!("{text}\n{limit_note}")))
        }
        Some(s) => Ok((s.success(), text)),
        None => Ok((false, format!("{text}\n{limit_note}"))),
    }
}

/// Reads a pipe to its end, keeping the first `OUTPUT_CAP` bytes.
fn capture(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        let mut total = 0usize;
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    total += n;
                    let room = OUTPUT_CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        let mut text = String::from_utf8_lossy(&kept).into_owned();
        if total > OUTPUT_CAP {
            text.push_str(&format!(
                "\n... ({} more bytes of compiler output not shown)\n",
                total - OUTPUT_CAP
            ));
        }
        text
    })
}

/// Keeps the first `max_lines` lines of compiler output, saying how many were left out.
pub fn trim_lines(text: &str, max_lines: usize) -> String {
    let lines: Vec<&str> = text.trim_end().lines().collect();
    if lines.len() <= max_lines {
        return lines.join("\n");
    }
    format!(
        "{}\n... ({} more lines)",
        lines[..max_lines].join("\n"),
        lines.len() - max_lines
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(text: &str) -> CompileSpec {
        CompileSpec {
            language: LangId::Cpp,
            key: vec!["sh".into()],
            files: vec![("in.txt".into(), text.as_bytes().to_vec())],
            program: "/bin/sh".into(),
            args: vec!["-c".into(), "cp in.txt out.txt".into()],
            env: Vec::new(),
            timeout: Duration::from_secs(10),
        }
    }

    #[test]
    fn a_second_compile_of_the_same_inputs_is_reused() {
        let cache = tempfile::tempdir().unwrap();
        let Compiled::Ready { dir, cached } = compile(cache.path(), &spec("a")).unwrap() else {
            panic!("built")
        };
        assert!(!cached);
        assert_eq!(std::fs::read_to_string(dir.join("out.txt")).unwrap(), "a");
        let Compiled::Ready { dir: again, cached } = compile(cache.path(), &spec("a")).unwrap()
        else {
            panic!("built")
        };
        assert!(cached);
        assert_eq!(dir, again);
        let Compiled::Ready { dir: other, .. } = compile(cache.path(), &spec("b")).unwrap() else {
            panic!("built")
        };
        assert_ne!(dir, other);
    }

    #[test]
    fn a_failed_or_endless_compile_is_reported_with_its_output() {
        let cache = tempfile::tempdir().unwrap();
        let mut failing = spec("a");
        failing.args = vec!["-c".into(), "echo 'bad line' >&2; exit 1".into()];
        let Compiled::Failed(text) = compile(cache.path(), &failing).unwrap() else {
            panic!("failed")
        };
        assert!(text.contains("bad line"));
        let mut endless = spec("a");
        endless.args = vec!["-c".into(), "sleep 30".into()];
        endless.timeout = Duration::from_millis(300);
        let started = Instant::now();
        let Compiled::Failed(text) = compile(cache.path(), &endless).unwrap() else {
            panic!("failed")
        };
        assert!(text.contains("the compile limits"), "{text}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn floods_of_output_are_capped() {
        let cache = tempfile::tempdir().unwrap();
        let mut flood = spec("a");
        flood.args = vec![
            "-c".into(),
            "yes error | head -c 1000000 >&2; exit 1".into(),
        ];
        let Compiled::Failed(text) = compile(cache.path(), &flood).unwrap() else {
            panic!("failed")
        };
        assert!(text.len() < OUTPUT_CAP + 200);
        assert!(text.contains("more bytes of compiler output not shown"));
    }
}
