//! `prep list`: the catalogue as a compact table with the user's status on each problem.

use std::collections::HashMap;
use std::fmt::Write as _;

use anyhow::{bail, Result};
use serde::Serialize;

use super::Ctx;
use crate::catalog::problem::TOPICS;
use crate::catalog::Problem;
use crate::cli::ListArgs;
use crate::ui::style;

#[derive(Serialize)]
struct Entry<'a> {
    slug: &'a str,
    title: &'a str,
    difficulty: &'a str,
    topics: &'a [String],
    blind75: bool,
    status: &'static str,
    languages: Vec<&'static str>,
    local: bool,
    /// For a solved problem with a follow-up: `met` when an accepted attempt met it, else
    /// `not_met`; null otherwise.
    follow_up: Option<&'static str>,
}

/// For each solved slug whose accepted attempts carry a follow-up result: `met` when one of
/// them met it, else `not_met`.
pub fn follow_ups(attempts: &[crate::history::Attempt]) -> HashMap<String, &'static str> {
    let mut out: HashMap<String, &'static str> = HashMap::new();
    for a in attempts.iter().filter(|a| a.verdict == "accepted") {
        match a.follow_up.as_deref() {
            Some("met") => {
                out.insert(a.slug.clone(), "met");
            }
            Some("not_met") => {
                out.entry(a.slug.clone()).or_insert("not_met");
            }
            _ => {}
        }
    }
    out
}

/// `new`, `attempted` or `solved` for every slug with attempts.
pub fn statuses(ctx: &Ctx) -> Result<HashMap<String, &'static str>> {
    let mut out: HashMap<String, &'static str> = HashMap::new();
    for a in ctx.attempts()? {
        let solved = a.verdict == "accepted";
        let entry = out.entry(a.slug).or_insert("attempted");
        if solved {
            *entry = "solved";
        }
    }
    Ok(out)
}

pub use crate::history::review::plan_order as numbered;

/// The languages prep judges a problem in.
pub fn languages(problem: &Problem) -> Vec<&'static str> {
    crate::lang::LangId::ALL
        .into_iter()
        .map(crate::lang::language)
        .filter(|l| l.not_offered(problem).is_none())
        .map(|l| l.id().as_str())
        .collect()
}

pub fn run(ctx: &Ctx, args: &ListArgs) -> Result<u8> {
    if let Some(topic) = &args.topic {
        if !TOPICS.contains(&topic.as_str()) {
            bail!("unknown topic `{topic}` (known: {})", TOPICS.join(", "));
        }
    }
    let statuses = statuses(ctx)?;
    let follow_ups = follow_ups(&ctx.attempts()?);
    let entries: Vec<Entry<'_>> = ctx
        .catalog()?
        .problems
        .iter()
        .filter(|p| args.topic.as_ref().is_none_or(|t| p.topics.contains(t)))
        .filter(|p| {
            args.difficulty
                .as_deref()
                .is_none_or(|d| p.difficulty.as_str() == d)
        })
        .filter(|p| !args.blind75 || p.blind75)
        .map(|p| Entry {
            slug: &p.slug,
            title: &p.title,
            difficulty: p.difficulty.as_str(),
            topics: &p.topics,
            blind75: p.blind75,
            status: statuses.get(&p.slug).copied().unwrap_or("new"),
            languages: languages(p),
            local: p.local,
            follow_up: follow_ups.get(&p.slug).copied(),
        })
        .filter(|e| args.status.as_deref().is_none_or(|s| e.status == s))
        .collect();
    if args.json {
        super::print_json(&serde_json::json!({ "problems": entries }))?;
        return Ok(0);
    }
    if entries.is_empty() {
        super::print("No problems match.\n")?;
        return Ok(0);
    }
    let catalog = ctx.catalog()?;
    let numbers: HashMap<&str, usize> = numbered(&catalog.problems)
        .iter()
        .enumerate()
        .map(|(i, p)| (p.slug.as_str(), i + 1))
        .collect();
    let longest = entries.iter().map(|e| e.slug.len()).max().unwrap_or(4);
    let terminal = crate::ui::text::terminal_width();
    // Number, difficulty and status with their gaps; then the slug and the topics.
    let fixed = 4 + 2 + 2 + 6 + 2 + 9 + 2;
    // In a narrow terminal the slug column shrinks to leave the topics 20 characters; a
    // longer slug then pushes its own line's topics (a slug is never cut: it is typed).
    let slug_w = terminal.map_or(longest, |w| {
        longest.min(w.saturating_sub(fixed + 20)).max(20)
    });
    let mut out = String::new();
    for e in &entries {
        let problem = catalog.get(e.slug)?;
        let status = match (e.status, e.follow_up) {
            ("solved", Some("not_met")) => "solved*",
            (s, _) => s,
        };
        let mut rest = e.topics.join(", ");
        if e.blind75 {
            rest.push_str(" · blind75");
        }
        if e.local {
            rest.push_str(" · local");
        }
        if let Some(width) = terminal {
            let used = fixed + slug_w.max(e.slug.len());
            rest = crate::ui::text::fit(&rest, width.saturating_sub(used + 1));
        }
        let _ = writeln!(
            out,
            "{:>4}  {:<slug_w$}  {:<6}  {:<9}  {}",
            numbers.get(e.slug).copied().unwrap_or(0),
            e.slug,
            style::difficulty(problem.difficulty),
            style::status(status),
            style::dim(&rest),
        );
    }
    if entries.iter().any(|e| e.follow_up == Some("not_met")) {
        let _ = writeln!(
            out,
            "{}",
            style::dim("solved* = accepted, but the follow-up (`prep show` has it) is not met yet")
        );
    }
    let solved = entries.iter().filter(|e| e.status == "solved").count();
    let _ = writeln!(
        out,
        "{}",
        style::dim(&format!(
            "{}, {solved} solved",
            crate::ui::text::plural(entries.len(), "problem")
        ))
    );
    super::print(&out)?;
    Ok(0)
}
