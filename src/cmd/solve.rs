//! `prep solve <slug>`: scaffold the solution file (never overwriting one), start or resume
//! the timebox, and say what to do next.

use std::fmt::Write as _;
use std::io::IsTerminal;

use anyhow::{anyhow, bail, Context as _, Result};

use super::Ctx;
use crate::catalog::{Difficulty, Problem};
use crate::cli::SolveArgs;
use crate::lang::LangId;
use crate::session::watch::Action;
use crate::session::{Session, DEFAULT_TIMEBOX_S};
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &SolveArgs) -> Result<u8> {
    let problem = pick(ctx, args)?;
    let session_file = ctx.paths.session_file();
    let current = crate::session::load(&session_file).map_err(|e| anyhow!(e))?;
    let mock = super::mock::load(ctx)?;
    if let Some(m) = mock
        .as_ref()
        .filter(|m| !m.problems.contains(&problem.slug))
    {
        bail!(
            "a mock interview is running ({}): practice waits until it ends (`prep mock --end`)",
            m.problems.join(", ")
        );
    }
    let mock = mock.filter(|m| m.problems.contains(&problem.slug));
    let resumed = current.as_ref().filter(|s| s.slug == problem.slug);
    let lang = match &args.lang {
        Some(l) => super::parse_lang(l)?,
        None => match resumed.and_then(|s| LangId::parse(&s.language)) {
            Some(l) => l,
            None => ctx.default_language()?.unwrap_or(LangId::Python),
        },
    };
    super::offered(problem, lang)?;
    let language = crate::lang::language(lang);
    let dir = ctx.workspace().join(&problem.slug);
    let path = dir.join(lang.file_name());
    let mut out = String::new();
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("{}: cannot create the folder", dir.display()))?;
    // A review (a problem solved before, no session running on it) starts from a fresh
    // scaffold: recalling the solution is the exercise, re-submitting the old file is not.
    let review =
        resumed.is_none() && mock.is_none() && path.exists() && solved_before(ctx, problem)?;
    if path.exists() && (args.force || review) {
        let stamp = ctx.clock.now().strftime("%Y%m%d-%H%M%S").to_string();
        let backup = dir.join(format!("{}.{stamp}.bak", lang.file_name()));
        std::fs::rename(&path, &backup)
            .with_context(|| format!("{}: cannot move it to a backup", path.display()))?;
        if review {
            let _ = writeln!(
                out,
                "A review starts from a fresh scaffold: your solved file is kept at {}",
                backup.display()
            );
        } else {
            let _ = writeln!(out, "Moved your old file to {}", backup.display());
        }
    }
    if path.exists() {
        let _ = writeln!(
            out,
            "Your solution is at {} (kept as it is)",
            path.display()
        );
    } else {
        crate::paths::write_atomic(&path, language.scaffold(problem).as_bytes())
            .with_context(|| format!("{}: cannot write the scaffold", path.display()))?;
        let _ = writeln!(out, "Created {}", path.display());
    }
    // The editor files help; a workspace where they cannot be written still practises.
    let workspace = std::path::absolute(ctx.workspace()).unwrap_or_else(|_| ctx.workspace());
    let place = crate::editor::Place {
        workspace: &workspace,
        problems: &ctx.catalog()?.problems,
    };
    match crate::editor::set_up(&place, lang) {
        Ok(setup) => {
            if let Some(text) = crate::editor::describe(&workspace, &setup, lang) {
                let _ = writeln!(out, "{text}");
            }
        }
        Err(e) => {
            let _ = writeln!(out, "{} {e:#}", style::warning("note:"));
        }
    }

    let now = ctx.clock.now();
    let session = match current {
        Some(mut s) if s.slug == problem.slug && args.minutes.is_none() => {
            if s.language != lang.as_str() {
                let _ = writeln!(
                    out,
                    "The session now judges your {lang} file (it was {}); the clock goes on.",
                    s.language
                );
                s.language = lang.to_string();
                crate::session::save(&session_file, &s).with_context(|| {
                    format!("{}: cannot save the session", session_file.display())
                })?;
            }
            s
        }
        current => {
            if let Some(old) = current.filter(|s| s.slug != problem.slug && !s.mock) {
                let used = old.elapsed_s(now.timestamp());
                super::session::give_up(ctx, &old, Some(format!("switched to {}", problem.slug)))?;
                let _ = writeln!(
                    out,
                    "{} your {} session ({} used) is logged as given up; `prep solve {}` starts it again.",
                    style::warning("note:"),
                    old.slug,
                    crate::ui::report::clock(used),
                    old.slug
                );
            }
            if let Some(m) = &mock {
                super::mock::start_session(ctx, m, &problem.slug, lang)?;
                crate::session::load(&session_file)
                    .map_err(|e| anyhow!(e))?
                    .expect("just saved")
            } else {
                let timebox_s = args
                    .minutes
                    .map(|m| i64::from(m) * 60)
                    .or_else(|| {
                        configured_minutes(ctx, problem.difficulty).map(|m| i64::from(m) * 60)
                    })
                    .unwrap_or(DEFAULT_TIMEBOX_S);
                let s = Session {
                    slug: problem.slug.clone(),
                    language: lang.to_string(),
                    started_at: crate::clock::rfc3339(&now),
                    timebox_s,
                    hints_used: 0,
                    runs: 0,
                    mock: false,
                };
                crate::session::save(&session_file, &s).with_context(|| {
                    format!("{}: cannot save the session", session_file.display())
                })?;
                s
            }
        }
    };
    let elapsed = session.elapsed_s(now.timestamp());
    let _ = writeln!(
        out,
        "\n{} {}  {}  {}",
        style::heading(&format!("{}.", ctx.number(problem)?)),
        style::heading(&problem.title),
        style::difficulty(problem.difficulty),
        style::dim(&problem.topics.join(", "))
    );
    let _ = writeln!(
        out,
        "Timebox {} started at {} ({} used): restate, plan, code; the last 5 minutes are for testing.",
        crate::ui::report::clock(session.timebox_s),
        session.started_at.get(11..16).unwrap_or(&session.started_at),
        crate::ui::report::clock(elapsed)
    );
    let _ = writeln!(out, "\n  prep show {}      the statement", problem.slug);
    let _ = writeln!(
        out,
        "  prep test {}      run the examples and your cases.json",
        problem.slug
    );
    let _ = writeln!(
        out,
        "  prep submit {}    judge every test and log the attempt",
        problem.slug
    );
    if args.edit {
        super::print(&out)?;
        open_editor(&path)?;
        out.clear();
    }
    let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if args.no_watch || !interactive {
        super::print(&out)?;
        return Ok(0);
    }
    out.push_str("\nWatching your file: every save runs the examples and your cases.json.\n");
    super::print(&out)?;
    watch(ctx, problem, lang, &path)
}

/// Watch mode on the solution file and its cases.json.
fn watch(ctx: &Ctx, problem: &Problem, lang: LangId, path: &std::path::Path) -> Result<u8> {
    let files = vec![path.to_path_buf(), super::test::cases_file(ctx, problem)];
    let clock = || {
        let session = crate::session::load(&ctx.paths.session_file())
            .ok()
            .flatten();
        session.map_or((0, DEFAULT_TIMEBOX_S), |s| {
            (s.elapsed_s(ctx.clock.now().timestamp()), s.timebox_s)
        })
    };
    let target = super::Target {
        problem,
        lang,
        path: path.to_path_buf(),
    };
    let mut act = |action: Action| -> (String, bool) {
        let result = match action {
            Action::Test => super::test::judge_tests(ctx, &target, None, None)
                .map(|r| (crate::ui::report::render_for(&r, problem), false)),
            Action::Submit => super::submit::submit(ctx, &target, false, true).map(|s| {
                let done = s.report.verdict == crate::judge::report::Verdict::Accepted;
                let logged = match &s.not_logged {
                    Some(e) => format!("{} {e:#}\n", style::error("error:")),
                    None if done => "Logged. Well done.\n".to_string(),
                    None => "Logged.\n".to_string(),
                };
                (format!("{}{logged}", s.text), done)
            }),
            Action::Hint => super::hint::next_hint(ctx, problem).map(|t| (t, false)),
        };
        result.unwrap_or_else(|e| (format!("{} {e:#}\n", style::error("error:")), false))
    };
    crate::session::watch::watch(&files, &clock, &mut act)?;
    Ok(0)
}

/// Whether the history has an accepted attempt on `problem`.
fn solved_before(ctx: &Ctx, problem: &Problem) -> Result<bool> {
    Ok(ctx
        .attempts()?
        .iter()
        .any(|a| a.slug == problem.slug && a.verdict == "accepted"))
}

fn configured_minutes(ctx: &Ctx, d: Difficulty) -> Option<u32> {
    let t = &ctx.config.timebox;
    match d {
        Difficulty::Easy => t.easy,
        Difficulty::Medium => t.medium,
        Difficulty::Hard => t.hard,
    }
}

fn pick<'a>(ctx: &'a Ctx, args: &SolveArgs) -> Result<&'a Problem> {
    if !args.random {
        let slug = args.slug.as_deref().ok_or_else(|| {
            anyhow!("which problem? e.g. `prep solve two-sum`, or `prep solve --random`")
        })?;
        return ctx.problem(slug);
    }
    let solved = super::list::statuses(ctx)?;
    let candidates: Vec<&Problem> = ctx
        .catalog()?
        .problems
        .iter()
        .filter(|p| args.topic.as_ref().is_none_or(|t| p.topics.contains(t)))
        .filter(|p| {
            args.difficulty
                .as_deref()
                .is_none_or(|d| p.difficulty.as_str() == d)
        })
        .filter(|p| solved.get(&p.slug) != Some(&"solved"))
        .collect();
    if candidates.is_empty() {
        bail!("no unsolved problem matches those filters");
    }
    let seed = ctx.clock.now().timestamp().as_nanosecond().unsigned_abs() as u64;
    let mut rng = crate::catalog::generators::Rng::new(seed);
    Ok(*rng.pick(&candidates))
}

fn open_editor(path: &std::path::Path) -> Result<()> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .map_err(|_| anyhow!("--edit needs $VISUAL or $EDITOR set"))?;
    let mut parts = editor.split_whitespace();
    let program = parts.next().ok_or_else(|| anyhow!("$EDITOR is empty"))?;
    let status = std::process::Command::new(program)
        .args(parts)
        .arg(path)
        .status()
        .with_context(|| format!("cannot start the editor `{editor}`"))?;
    if !status.success() {
        bail!("the editor `{editor}` exited with {status}");
    }
    Ok(())
}
