//! One file per subcommand, each `pub fn run(ctx: &Ctx, args) -> Result<u8>` returning the
//! exit code. This module holds what they share: the context and which solution file and
//! problem a command means (docs/contract.md section 3).

mod compare;
mod completions;
mod complexity;
mod debug;
mod doctor;
mod hint;
mod history;
mod list;
mod mock;
mod next;
mod reset;
mod session;
mod show;
mod solution;
mod solve;
mod stats;
mod stress;
mod submit;
mod test;
mod verify;

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};

use crate::catalog::{Catalog, Problem};
use crate::cli::Command;
use crate::clock::Clock;
use crate::config::Config;
use crate::history::History;
use crate::lang::LangId;
use crate::paths::Paths;

/// What every command may need, loaded lazily.
pub struct Ctx {
    pub paths: Paths,
    pub config: Config,
    pub clock: Clock,
    catalog: OnceCell<Catalog>,
    /// The one problem a command asked for, read without the rest of the catalogue.
    single: OnceCell<Problem>,
}

impl Ctx {
    pub fn from_env() -> Result<Ctx> {
        let paths = Paths::from_env();
        let config = Config::load(&paths.config_file)?;
        let clock = Clock::from_env().map_err(|e| anyhow!(e))?;
        Ok(Ctx {
            paths,
            config,
            clock,
            catalog: OnceCell::new(),
            single: OnceCell::new(),
        })
    }

    pub fn catalog(&self) -> Result<&Catalog> {
        if let Some(c) = self.catalog.get() {
            return Ok(c);
        }
        let catalog = Catalog::load(Some(&self.paths.problems_dir()))?;
        for (slug, e) in &catalog.broken {
            eprintln!(
                "{} local problem `{slug}` skipped: {e}",
                crate::ui::style::warning("warning:")
            );
        }
        Ok(self.catalog.get_or_init(|| catalog))
    }

    /// The problem with this slug. The first one asked for is read alone (start-up stays
    /// fast as the catalogue grows); anything else, or an unknown slug (for "did you mean"),
    /// reads the whole catalogue.
    pub fn problem(&self, slug: &str) -> Result<&Problem> {
        if let Some(p) = self.single.get().filter(|p| p.slug == slug) {
            return Ok(p);
        }
        // `prep show 3`: the number `prep list` shows.
        if let Ok(n) = slug.parse::<usize>() {
            let numbered = list::numbered(&self.catalog()?.problems);
            return match n.checked_sub(1).and_then(|i| numbered.get(i)) {
                Some(p) => Ok(p),
                None => bail!(
                    "there is no problem {n}: `prep list` numbers them 1 to {}",
                    numbered.len()
                ),
            };
        }
        if self.catalog.get().is_none() && self.single.get().is_none() {
            match Catalog::load_one(Some(&self.paths.problems_dir()), slug) {
                Ok(Some(p)) => return Ok(self.single.get_or_init(|| p)),
                Ok(None) => {}
                Err(e) => {
                    return Err(anyhow!(crate::catalog::CatalogError::Folder {
                        path: slug.to_string(),
                        message: format!("this local problem cannot be read: {e}"),
                    }))
                }
            }
        }
        Ok(self.catalog()?.get(slug)?)
    }

    /// The problem's number in `prep list` (plan order, from 1).
    pub fn number(&self, problem: &Problem) -> Result<usize> {
        Ok(list::numbered(&self.catalog()?.problems)
            .iter()
            .position(|p| p.slug == problem.slug)
            .map_or(0, |i| i + 1))
    }

    pub fn workspace(&self) -> PathBuf {
        self.config
            .workspace
            .clone()
            .unwrap_or_else(|| self.paths.default_workspace.clone())
    }

    pub fn history(&self) -> History {
        History::new(self.paths.history_file())
    }

    /// The configured default language, checked.
    pub fn default_language(&self) -> Result<Option<LangId>> {
        self.config
            .language
            .as_deref()
            .map(|l| {
                parse_lang(l).with_context(|| format!("in {}", self.paths.config_file.display()))
            })
            .transpose()
    }

    /// Every attempt and give-up (verdict `gave_up`), oldest first. Damaged history lines
    /// are reported on stderr with the file and line, never fatal.
    pub fn attempts(&self) -> Result<Vec<crate::history::Attempt>> {
        let history = self.history();
        let (attempts, damaged) = history.practice()?;
        for d in damaged {
            eprintln!(
                "{} {}:{}: damaged line skipped ({})",
                crate::ui::style::warning("warning:"),
                history.path().display(),
                d.line,
                d.message
            );
        }
        Ok(attempts)
    }
}

pub fn dispatch(command: Command) -> Result<u8> {
    if let Command::Completions(args) = &command {
        return completions::run(args);
    }
    let ctx = Ctx::from_env()?;
    match command {
        Command::List(args) => list::run(&ctx, &args),
        Command::Show(args) => show::run(&ctx, &args),
        Command::Solve(args) => solve::run(&ctx, &args),
        Command::Test(args) => test::run(&ctx, &args),
        Command::Submit(args) => submit::run(&ctx, &args),
        Command::Stress(args) => stress::run(&ctx, &args),
        Command::History(args) => history::run(&ctx, &args),
        Command::Hint(args) => hint::run(&ctx, &args),
        Command::Session(args) => session::run(&ctx, &args),
        Command::Stats(args) => stats::run(&ctx, &args),
        Command::Next(args) => next::run(&ctx, &args),
        Command::Mock(args) => mock::run(&ctx, &args),
        Command::Solution(args) => solution::run(&ctx, &args),
        Command::Reset(args) => reset::run(&ctx, &args),
        Command::Compare(args) => compare::run(&ctx, &args),
        Command::Verify(args) => verify::run(&ctx, &args),
        Command::Doctor(args) => doctor::run(&ctx, &args),
        Command::Complexity(args) => complexity::run(&ctx, &args),
        Command::Debug(args) => debug::run(&ctx, &args),
        Command::Completions(_) => unreachable!("handled above"),
    }
}

pub fn parse_lang(text: &str) -> Result<LangId> {
    LangId::parse(text).ok_or_else(|| {
        anyhow!("unknown language `{text}` (python, java, cpp, rust, javascript, go)")
    })
}

/// The solution a `test` or `submit` means.
pub struct Target<'a> {
    pub problem: &'a Problem,
    pub lang: LangId,
    pub path: PathBuf,
}

/// Resolves slug, `--lang` and `--file` per docs/contract.md section 3.
pub fn resolve<'a>(ctx: &'a Ctx, which: &crate::cli::Which) -> Result<Target<'a>> {
    let target = resolve_file(
        ctx,
        which.slug.as_deref(),
        which.lang.as_deref(),
        which.file.as_deref(),
    )?;
    offered(target.problem, target.lang)?;
    Ok(target)
}

/// An error when `problem` is not offered in `lang` (a cyclic list in Rust, say).
pub fn offered(problem: &Problem, lang: LangId) -> Result<()> {
    if let Some(why) = crate::lang::language(lang).not_offered(problem) {
        bail!("{} is not offered in {}: {why}", problem.slug, lang.title());
    }
    Ok(())
}

fn resolve_file<'a>(
    ctx: &'a Ctx,
    slug: Option<&str>,
    lang: Option<&str>,
    file: Option<&Path>,
) -> Result<Target<'a>> {
    let lang_flag = lang.map(parse_lang).transpose()?;
    if let Some(file) = file {
        // A missing file says more than the folder it would have named the problem by.
        if !file.is_file() {
            bail!("{}: no such file", file.display());
        }
        let lang = match lang_flag {
            Some(l) => l,
            None => LangId::from_path(file).ok_or_else(|| {
                anyhow!(
                    "{}: cannot tell the language from the extension; add --lang",
                    file.display()
                )
            })?,
        };
        let slug = match slug {
            Some(s) => s.to_string(),
            None => slug_of_file(ctx, file)?,
        };
        let problem = ctx.problem(&slug)?;
        return Ok(Target {
            problem,
            lang,
            path: file.to_path_buf(),
        });
    }
    let (slug, session_lang) = match slug {
        Some(s) => (s.to_string(), None),
        None => {
            let session =
                crate::session::load(&ctx.paths.session_file()).map_err(|e| anyhow!(e))?;
            let session = session.ok_or_else(|| anyhow!("which problem? give a slug (e.g. `prep test two-sum`) or start one with `prep solve`"))?;
            let lang = LangId::parse(&session.language);
            (session.slug, lang)
        }
    };
    let problem = ctx.problem(&slug)?;
    let dir = ctx.workspace().join(&slug);
    let wanted = lang_flag.or(session_lang);
    if let Some(lang) = wanted {
        // Said before "no solution yet", which would send the user to `prep solve` in vain.
        offered(problem, lang)?;
        let path = dir.join(lang.file_name());
        if path.is_file() {
            return Ok(Target {
                problem,
                lang,
                path,
            });
        }
        bail!(
            "{}: no {lang} solution yet; start one with `prep solve {slug} --lang {lang}`",
            path.display()
        );
    }
    if let Some(lang) = ctx.default_language()? {
        let path = dir.join(lang.file_name());
        if path.is_file() {
            return Ok(Target {
                problem,
                lang,
                path,
            });
        }
    }
    let newest = std::fs::read_dir(&dir)
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name.starts_with("solution.") || name == "Solution.java")
                && LangId::from_path(p).is_some()
        })
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok());
    match newest {
        Some(path) => Ok(Target {
            problem,
            lang: LangId::from_path(&path).expect("filtered"),
            path,
        }),
        None => bail!(
            "{}: no solution file yet; start one with `prep solve {slug}`",
            dir.display()
        ),
    }
}

/// The problem a `--file` without a slug means: its folder's name when that is a problem,
/// else the running session's problem (a scratch file in /tmp, say).
fn slug_of_file(ctx: &Ctx, file: &Path) -> Result<String> {
    let folder = file.canonicalize().ok().and_then(|p| {
        p.parent()?
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    });
    if let Some(name) = &folder {
        if ctx.problem(name).is_ok() {
            return Ok(name.clone());
        }
    }
    if let Some(session) =
        crate::session::load(&ctx.paths.session_file()).map_err(|e| anyhow!(e))?
    {
        return Ok(session.slug);
    }
    match folder {
        // Said as the problem lookup says it, with "did you mean".
        Some(name) => ctx.problem(&name).map(|p| p.slug.clone()),
        None => bail!(
            "{}: cannot tell the problem from the folder; give the slug",
            file.display()
        ),
    }
}

/// Reads a user's solution file.
pub fn read_source(path: &Path) -> Result<crate::lang::Source> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the solution", path.display()))?;
    Ok(crate::lang::Source {
        display: path.display().to_string(),
        text,
    })
}

/// Prints a JSON document on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Prints text on stdout (a broken pipe ends prep quietly, see `run`).
pub fn print(text: &str) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The session info for a report, when a session for this problem runs.
pub fn session_info(ctx: &Ctx, slug: &str) -> Option<crate::judge::report::SessionInfo> {
    let session = crate::session::load(&ctx.paths.session_file())
        .ok()
        .flatten()?;
    if session.slug != slug {
        return None;
    }
    let elapsed = session.elapsed_s(ctx.clock.now().timestamp());
    Some(crate::judge::report::SessionInfo {
        elapsed_s: elapsed,
        timebox_s: session.timebox_s,
        over_time: elapsed > session.timebox_s,
    })
}

/// Counts a test run in the session of this problem, if one runs.
pub fn count_run(ctx: &Ctx, slug: &str) {
    let file = ctx.paths.session_file();
    if let Ok(Some(mut session)) = crate::session::load(&file) {
        if session.slug == slug {
            session.runs += 1;
            let _ = crate::session::save(&file, &session);
        }
    }
}
