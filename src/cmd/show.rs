//! `prep show <slug>`: the statement for a terminal, with examples rendered from problem.json.

use std::fmt::Write as _;

use anyhow::Result;

use super::Ctx;
use crate::cli::ShowArgs;
use crate::ui::{style, text};

pub fn run(ctx: &Ctx, args: &ShowArgs) -> Result<u8> {
    let p = ctx.problem(&args.slug)?;
    if args.json {
        let examples: Vec<_> = p
            .examples
            .iter()
            .map(|e| serde_json::json!({"input": e.input, "output": e.output.as_ref().map(crate::catalog::Expected::to_json), "explanation": e.explanation}))
            .collect();
        super::print_json(&serde_json::json!({
            "slug": p.slug,
            "title": p.title,
            "difficulty": p.difficulty.as_str(),
            "topics": p.topics,
            "statement": p.statement,
            "examples": examples,
            "hints": p.hints.len(),
            "complexity": {"time": p.complexity.time, "space": p.complexity.space},
            "languages": super::list::languages(p),
            "limits": limits_json(p),
        }))?;
        return Ok(0);
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}  {}  {}\n",
        style::heading(&format!("{}.", ctx.number(p)?)),
        style::heading(&p.title),
        style::difficulty(p.difficulty),
        style::dim(&p.topics.join(", "))
    );
    out.push_str(&text::statement(&p.statement));
    for (i, e) in p.examples.iter().enumerate() {
        let _ = writeln!(out, "\n{}", style::heading(&format!("Example {}", i + 1)));
        let _ = writeln!(out, "  Input:  {}", text::input(&e.input, 400));
        if let Some(o) = &e.output {
            let _ = writeln!(out, "  Output: {}", text::one_line(&o.to_json(), 400));
        }
        if let Some(x) = &e.explanation {
            let _ = writeln!(out, "  {}", style::dim(x));
        }
    }
    if let Some(f) = &p.follow_up {
        let _ = writeln!(out, "\n{} {}", style::heading("Follow-up:"), f.text);
    }
    let mut limits = format!(
        "Limits: {} ms CPU per case (Python), {} MB.",
        p.limits.time_ms, p.limits.memory_mb
    );
    if let Some(f) = p.follow_up.as_ref().filter(|f| f.limits != p.limits) {
        let _ = write!(
            limits,
            " The follow-up's cases: {} ms, {} MB.",
            f.limits.time_ms, f.limits.memory_mb
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        style::dim(&format!(
            "{limits} {}. Start with `prep solve {}`.",
            text::plural(p.hints.len(), "hint"),
            p.slug
        ))
    );
    super::print(&out)?;
    Ok(0)
}

/// `{"time_ms", "memory_mb"}`, with the follow-up's own under `follow_up` when it has any.
fn limits_json(p: &crate::catalog::Problem) -> serde_json::Value {
    let mut limits =
        serde_json::json!({"time_ms": p.limits.time_ms, "memory_mb": p.limits.memory_mb});
    if let Some(f) = &p.follow_up {
        limits["follow_up"] =
            serde_json::json!({"time_ms": f.limits.time_ms, "memory_mb": f.limits.memory_mb});
    }
    limits
}
