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
    let width = entries.iter().map(|e| e.slug.len()).max().unwrap_or(4);
    let mut out = String::new();
    let catalog = ctx.catalog()?;
    for e in &entries {
        let problem = catalog.get(e.slug)?;
        let _ = writeln!(
            out,
            "{:>4}  {:<width$}  {:<6}  {:<9}  {}{}{}",
            problem.order,
            e.slug,
            style::difficulty(problem.difficulty),
            style::status(e.status),
            style::dim(&e.topics.join(", ")),
            if e.blind75 {
                style::dim(" · blind75").to_string()
            } else {
                String::new()
            },
            if e.local {
                style::dim(" · local").to_string()
            } else {
                String::new()
            },
        );
    }
    let solved = entries.iter().filter(|e| e.status == "solved").count();
    let _ = writeln!(
        out,
        "{}",
        style::dim(&format!("{} problems, {solved} solved", entries.len()))
    );
    super::print(&out)?;
    Ok(0)
}
