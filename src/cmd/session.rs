//! `prep session`: where the clock stands; `--abandon` gives the problem up, logged.

use anyhow::{anyhow, Context as _, Result};
use serde_json::json;

use super::Ctx;
use crate::cli::SessionArgs;
use crate::history::{new_id, Abandon, SCHEMA};
use crate::session::watch::phase;
use crate::session::Session;
use crate::ui::report::clock;
use crate::ui::style;
use crate::ui::text::plural;

pub fn run(ctx: &Ctx, args: &SessionArgs) -> Result<u8> {
    let file = ctx.paths.session_file();
    let session = crate::session::load(&file).map_err(|e| anyhow!(e))?;
    let now = ctx.clock.now();
    let Some(session) = session else {
        if args.json {
            super::print_json(&json!({"session": null}))?;
        } else {
            super::print("No session is running. `prep solve <slug>` starts one; `prep next` suggests what.\n")?;
        }
        return Ok(if args.abandon { 2 } else { 0 });
    };
    let elapsed = session.elapsed_s(now.timestamp());
    if args.abandon {
        give_up(ctx, &session, None)?;
        let mut out = format!(
            "Gave up {} after {}. It is logged; `prep solution {}` shows our reference.\n",
            session.slug,
            clock(elapsed),
            session.slug
        );
        if session.mock {
            out.push_str(&super::mock::after_give_up(ctx, &session.slug)?);
        }
        super::print(&out)?;
        return Ok(0);
    }
    let phase = phase(elapsed, session.timebox_s);
    if args.json {
        super::print_json(&json!({"session": {
            "slug": session.slug, "language": session.language, "started_at": session.started_at,
            "elapsed_s": elapsed, "timebox_s": session.timebox_s, "phase": phase,
            "over_time": elapsed > session.timebox_s, "hints_used": session.hints_used, "runs": session.runs,
            "mock": session.mock,
        }}))?;
        return Ok(0);
    }
    let left = session.timebox_s - elapsed;
    let remaining = if left >= 0 {
        format!("{} left", clock(left))
    } else {
        format!("{} over", clock(-left))
    };
    super::print(&format!(
        "{}  {} ({})  {} / {}  {}  {}\n",
        style::heading(&session.slug),
        session.language,
        if session.mock {
            "mock interview"
        } else {
            "practice"
        },
        clock(elapsed),
        clock(session.timebox_s),
        style::phase(phase),
        style::dim(&format!(
            "{remaining} · {} · {}",
            plural(session.hints_used as usize, "hint"),
            plural(session.runs as usize, "test run")
        )),
    ))?;
    Ok(0)
}

/// Logs `session` as given up (with why, when it is not `prep session --abandon`) and ends it.
pub fn give_up(ctx: &Ctx, session: &Session, reason: Option<String>) -> Result<()> {
    let now = ctx.clock.now();
    let problem = ctx.problem(&session.slug).ok();
    ctx.history().append(&Abandon {
        v: SCHEMA,
        event: "abandon".into(),
        at: crate::clock::rfc3339(&now),
        slug: session.slug.clone(),
        language: session.language.clone(),
        elapsed_s: session.elapsed_s(now.timestamp()),
        timebox_s: session.timebox_s,
        hints_used: session.hints_used,
        id: Some(new_id(now.timestamp().as_millisecond())),
        reason,
        topics: problem.map(|p| p.topics.clone()).unwrap_or_default(),
        difficulty: problem.map(|p| p.difficulty.as_str().to_string()),
    })?;
    crate::session::clear(&ctx.paths.session_file()).with_context(|| {
        format!(
            "{}: cannot end the session",
            ctx.paths.session_file().display()
        )
    })?;
    Ok(())
}
