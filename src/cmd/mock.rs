//! `prep mock`: a mock interview. Problems (two by default) from a chosen topic or the weakest
//! ones share one clock (45 minutes by default), taken one after the other. Its rules hold
//! everywhere: hints are off for its problems (`prep hint`, watch mode), no practice session
//! starts beside it, and giving a problem up moves on to the next one. The end (every
//! problem accepted or given up, or `--end`) prints a summary (`--json` too) that is logged
//! as one event. A problem's time is the time it was the current one.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use super::Ctx;
use crate::cli::MockArgs;
use crate::history::{Attempt, Mock, MockProblem, GAVE_UP, SCHEMA};
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
    /// Seconds each problem was the current one, before the current stretch.
    #[serde(default)]
    pub spent_s: BTreeMap<String, i64>,
    /// The current problem and since when (RFC 3339).
    #[serde(default)]
    pub current: Option<(String, String)>,
}

impl MockState {
    /// Seconds `slug` was the current problem, up to `now`.
    fn time_s(&self, slug: &str, now: jiff::Timestamp) -> i64 {
        let before = self.spent_s.get(slug).copied().unwrap_or(0);
        let running = match &self.current {
            Some((s, since)) if s == slug => {
                crate::clock::parse(since).map_or(0, |t| now.duration_since(t).as_secs().max(0))
            }
            _ => 0,
        };
        before + running
    }
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
        let (summary, text) = end(ctx, state)?;
        if args.json {
            super::print_json(&summary)?;
        } else {
            super::print(&text)?;
        }
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
        spent_s: BTreeMap::new(),
        current: None,
    };
    let language = crate::lang::language(lang);
    let mut out = format!(
        "{}  {}, {} on one clock, hints off.\n\n",
        style::heading("Mock interview"),
        crate::ui::text::plural(problems.len(), "problem"),
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
    if let Some(session) = crate::session::load(&ctx.paths.session_file())
        .map_err(|e| anyhow!(e))?
        .filter(|s| !s.mock)
    {
        super::session::give_up(ctx, &session, Some("a mock interview started".into()))?;
        let _ = writeln!(
            out,
            "{} your {} session is logged as given up.",
            style::warning("note:"),
            session.slug
        );
    }
    start_session(ctx, &state, &problems[0], lang)?;
    if args.json {
        super::print_json(&serde_json::json!({
            "started_at": state.started_at, "timebox_s": state.timebox_s,
            "language": state.language, "problems": state.problems,
        }))?;
        return Ok(0);
    }
    let _ = writeln!(
        out,
        "\nStart with {0}: `prep submit {0}` when ready; `prep session` shows the clock.",
        problems[0]
    );
    super::print(&out)?;
    Ok(0)
}

/// Points the session at a mock problem, on the mock's clock, and starts counting its time.
pub fn start_session(ctx: &Ctx, state: &MockState, slug: &str, lang: LangId) -> Result<()> {
    let now = ctx.clock.now();
    let mut state = state.clone();
    if let Some((current, _)) = state.current.clone() {
        let t = state.time_s(&current, now.timestamp());
        state.spent_s.insert(current, t);
    }
    state.current = Some((slug.to_string(), crate::clock::rfc3339(&now)));
    crate::paths::write_atomic(&state_file(ctx), &serde_json::to_vec_pretty(&state)?)?;
    let session = Session {
        slug: slug.to_string(),
        language: lang.to_string(),
        started_at: state.started_at.clone(),
        timebox_s: state.timebox_s,
        hints_used: 0,
        runs: 0,
        mock: true,
    };
    crate::session::save(&ctx.paths.session_file(), &session)?;
    Ok(())
}

/// After an accepted submit of a mock problem: the next open one, or the end.
pub fn after_submit(ctx: &Ctx, slug: &str) -> Result<Option<String>> {
    move_on(ctx, slug)
}

/// After giving a mock problem up: the next open one, or the end.
pub fn after_give_up(ctx: &Ctx, slug: &str) -> Result<String> {
    Ok(move_on(ctx, slug)?.unwrap_or_default())
}

fn move_on(ctx: &Ctx, slug: &str) -> Result<Option<String>> {
    let Some(state) = load(ctx)? else {
        return Ok(None);
    };
    if !state.problems.iter().any(|p| p == slug) {
        return Ok(None);
    }
    let done = done_since(ctx, &state)?;
    match state.problems.iter().find(|p| !done.contains(p)) {
        Some(next) => {
            let lang = LangId::parse(&state.language).unwrap_or(LangId::Python);
            start_session(ctx, &state, next, lang)?;
            Ok(Some(format!(
                "Mock interview: next is {next} (`prep submit {next}`).\n"
            )))
        }
        None => end(ctx, state).map(|(_, text)| Some(text)),
    }
}

/// The mock's problems accepted or given up since it started.
fn done_since(ctx: &Ctx, state: &MockState) -> Result<Vec<String>> {
    Ok(ctx
        .attempts()?
        .into_iter()
        .filter(|a| in_mock(a, state) && (a.verdict == "accepted" || a.verdict == GAVE_UP))
        .map(|a| a.slug)
        .collect())
}

fn in_mock(attempt: &Attempt, state: &MockState) -> bool {
    state.problems.contains(&attempt.slug)
        && match (
            crate::clock::parse(&attempt.at),
            crate::clock::parse(&state.started_at),
        ) {
            (Some(at), Some(start)) => at >= start,
            _ => false,
        }
}

/// Ends the mock: the summary (logged as one event) and its text.
fn end(ctx: &Ctx, mut state: MockState) -> Result<(Mock, String)> {
    let now = ctx.clock.now();
    let start = crate::clock::parse(&state.started_at)
        .ok_or_else(|| anyhow!("{}: bad start time", state_file(ctx).display()))?;
    let elapsed = now.timestamp().duration_since(start).as_secs().max(0);
    if let Some((current, _)) = state.current.clone() {
        let t = state.time_s(&current, now.timestamp());
        state.spent_s.insert(current, t);
        state.current = None;
    }
    let attempts = ctx.attempts()?;
    let mut problems = Vec::new();
    for slug in &state.problems {
        let mine: Vec<&Attempt> = attempts
            .iter()
            .filter(|a| &a.slug == slug && in_mock(a, &state))
            .collect();
        let submits: Vec<&&Attempt> = mine.iter().filter(|a| a.verdict != GAVE_UP).collect();
        let decisive = mine
            .iter()
            .find(|a| a.verdict == "accepted")
            .or_else(|| mine.iter().find(|a| a.verdict == GAVE_UP))
            .or(submits.last().copied());
        problems.push(MockProblem {
            slug: slug.clone(),
            verdict: decisive.map_or_else(|| "none".to_string(), |a| a.verdict.clone()),
            submits: u32::try_from(submits.len()).unwrap_or(u32::MAX),
            passed: submits.iter().map(|a| a.passed).max(),
            total: submits.iter().map(|a| a.total).max(),
            time_s: Some(state.spent_s.get(slug).copied().unwrap_or(0)),
            hints_used: mine.iter().map(|a| a.hints_used).max().unwrap_or(0),
        });
    }
    let mock = Mock {
        v: SCHEMA,
        event: "mock".into(),
        at: crate::clock::rfc3339(&now),
        started_at: state.started_at.clone(),
        elapsed_s: elapsed,
        timebox_s: state.timebox_s,
        problems,
    };
    let text = crate::ui::mock::summary(&mock);
    ctx.history().append(&mock)?;
    remove(&state_file(ctx))?;
    if crate::session::load(&ctx.paths.session_file())
        .ok()
        .flatten()
        .is_some_and(|s| s.mock)
    {
        crate::session::clear(&ctx.paths.session_file())?;
    }
    Ok((mock, text))
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
