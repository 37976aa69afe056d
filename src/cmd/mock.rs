//! `prep mock`: a mock interview. Problems (two by default) from a chosen topic or the weakest
//! ones share one clock (45 minutes by default), hints are off, and the end (every problem
//! accepted, or `--end`) prints a summary that is logged as one event.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use super::Ctx;
use crate::cli::MockArgs;
use crate::history::{Mock, MockProblem, SCHEMA};
use crate::lang::LangId;
use crate::session::Session;
use crate::ui::report::clock;
use crate::ui::style;

/// The running mock interview (`mock.json` in the data folder).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MockState {
    pub started_at: String,
    pub timebox_s: i64,
    pub language: String,
    pub problems: Vec<String>,
}

fn state_file(ctx: &Ctx) -> std::path::PathBuf {
    ctx.paths.data_dir.join("mock.json")
}

pub fn load(ctx: &Ctx) -> Result<Option<MockState>> {
    let path = state_file(ctx);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| anyhow!("{}: {e} (delete it to end the mock)", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(anyhow!("{}: {e}", path.display())),
    }
}

pub fn run(ctx: &Ctx, args: &MockArgs) -> Result<u8> {
    if args.end {
        let Some(state) = load(ctx)? else {
            bail!("no mock interview is running")
        };
        super::print(&end(ctx, &state)?)?;
        return Ok(0);
    }
    if let Some(state) = load(ctx)? {
        bail!(
            "a mock interview is running ({}); `prep mock --end` ends it",
            state.problems.join(", ")
        );
    }
    if args.problems == 0 || args.problems > 5 {
        bail!("--problems takes 1 to 5");
    }
    let lang = match &args.lang {
        Some(l) => super::parse_lang(l)?,
        None => ctx.default_language()?.unwrap_or(LangId::Python),
    };
    let problems = pick(ctx, args)?;
    let now = ctx.clock.now();
    let state = MockState {
        started_at: crate::clock::rfc3339(&now),
        timebox_s: i64::from(args.minutes) * 60,
        language: lang.to_string(),
        problems: problems.clone(),
    };
    crate::paths::write_atomic(&state_file(ctx), &serde_json::to_vec_pretty(&state)?)?;
    let language = crate::lang::language(lang);
    let mut out = format!(
        "{}  {} problems, {} on one clock, hints off.\n\n",
        style::heading("Mock interview"),
        problems.len(),
        clock(state.timebox_s)
    );
    for slug in &problems {
        let problem = ctx.problem(slug)?;
        let path = ctx.workspace().join(slug).join(lang.file_name());
        if !path.exists() {
            crate::paths::write_atomic(&path, language.scaffold(problem).as_bytes())
                .with_context(|| format!("{}: cannot write", path.display()))?;
        }
        let _ = writeln!(
            out,
            "  {}  {}  {}",
            problem.title,
            style::difficulty(problem.difficulty),
            style::dim(&path.display().to_string())
        );
    }
    start_session(ctx, &state, &problems[0])?;
    let _ = writeln!(
        out,
        "\nStart with {0}: `prep submit {0}` when ready; `prep session` shows the clock.",
        problems[0]
    );
    super::print(&out)?;
    Ok(0)
}

/// Points the session at a mock problem, on the mock's clock.
pub fn start_session(ctx: &Ctx, state: &MockState, slug: &str) -> Result<()> {
    let session = Session {
        slug: slug.to_string(),
        language: state.language.clone(),
        started_at: state.started_at.clone(),
        timebox_s: state.timebox_s,
        hints_used: 0,
        runs: 0,
        mock: true,
    };
    crate::session::save(&ctx.paths.session_file(), &session)?;
    Ok(())
}

/// After a submit of a mock problem: the next unsolved one, or the end when all are solved.
pub fn after_submit(ctx: &Ctx, slug: &str) -> Result<Option<String>> {
    let Some(state) = load(ctx)? else {
        return Ok(None);
    };
    if !state.problems.iter().any(|p| p == slug) {
        return Ok(None);
    }
    let solved = solved_since(ctx, &state)?;
    match state.problems.iter().find(|p| !solved.contains(p)) {
        Some(next) => {
            start_session(ctx, &state, next)?;
            Ok(Some(format!(
                "Mock interview: next is {next} (`prep submit {next}`).\n"
            )))
        }
        None => end(ctx, &state).map(Some),
    }
}

fn solved_since(ctx: &Ctx, state: &MockState) -> Result<Vec<String>> {
    Ok(ctx
        .attempts()?
        .into_iter()
        .filter(|a| {
            a.at >= state.started_at && a.verdict == "accepted" && state.problems.contains(&a.slug)
        })
        .map(|a| a.slug)
        .collect())
}

fn end(ctx: &Ctx, state: &MockState) -> Result<String> {
    let now = ctx.clock.now();
    let start = crate::clock::parse(&state.started_at)
        .ok_or_else(|| anyhow!("mock.json: bad start time"))?;
    let elapsed = now.timestamp().duration_since(start).as_secs().max(0);
    let attempts = ctx.attempts()?;
    let mut problems = Vec::new();
    let mut out = format!(
        "{}  {} of {}\n",
        style::heading("Mock interview over"),
        clock(elapsed),
        clock(state.timebox_s)
    );
    for slug in &state.problems {
        let mine: Vec<_> = attempts
            .iter()
            .filter(|a| &a.slug == slug && a.at >= state.started_at)
            .collect();
        let verdict = if mine.iter().any(|a| a.verdict == "accepted") {
            "accepted".to_string()
        } else {
            mine.last()
                .map_or_else(|| "none".to_string(), |a| a.verdict.clone())
        };
        let _ = writeln!(out, "  {slug:<48} {verdict} ({} submits)", mine.len());
        problems.push(MockProblem {
            slug: slug.clone(),
            verdict,
        });
    }
    let solved = problems.iter().filter(|p| p.verdict == "accepted").count();
    let _ = writeln!(
        out,
        "{}",
        style::dim(&format!(
            "{solved} of {} solved{}",
            problems.len(),
            if elapsed > state.timebox_s {
                ", over time"
            } else {
                ""
            }
        ))
    );
    ctx.history().append(&Mock {
        v: SCHEMA,
        event: "mock".into(),
        at: crate::clock::rfc3339(&now),
        started_at: state.started_at.clone(),
        elapsed_s: elapsed,
        timebox_s: state.timebox_s,
        problems,
    })?;
    remove(&state_file(ctx))?;
    if crate::session::load(&ctx.paths.session_file())
        .ok()
        .flatten()
        .is_some_and(|s| s.mock)
    {
        crate::session::clear(&ctx.paths.session_file())?;
    }
    Ok(out)
}

fn remove(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

/// Unsolved problems of the topic (or of the weakest topics), in plan order.
fn pick(ctx: &Ctx, args: &MockArgs) -> Result<Vec<String>> {
    let catalog = ctx.catalog()?;
    let statuses = super::list::statuses(ctx)?;
    let topics: Vec<String> = match &args.topic {
        Some(t) => {
            if !crate::catalog::problem::TOPICS.contains(&t.as_str()) {
                bail!("unknown topic `{t}`");
            }
            vec![t.clone()]
        }
        None => super::stats::weak_topics(ctx)?,
    };
    let mut chosen: Vec<String> = Vec::new();
    for topic in topics.iter().map(Some).chain([None]) {
        for p in &catalog.problems {
            if chosen.len() == args.problems {
                break;
            }
            let fits = topic.is_none_or(|t| p.topics.contains(t));
            if fits && statuses.get(&p.slug) != Some(&"solved") && !chosen.contains(&p.slug) {
                chosen.push(p.slug.clone());
            }
        }
    }
    if chosen.is_empty() {
        bail!("no unsolved problem fits; try another --topic");
    }
    Ok(chosen)
}
