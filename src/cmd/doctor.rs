//! `prep doctor`: which languages work here, and which protections the judge has.

use std::fmt::Write as _;

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::cli::DoctorArgs;
use crate::judge::{self, report::Verdict, Options};
use crate::lang::{LangId, Source};
use crate::tools::Platform;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &DoctorArgs) -> Result<u8> {
    let mut languages = Vec::new();
    for id in LangId::ALL {
        let mut entry = match crate::lang::language(id).toolchain(&ctx.paths.cache_dir) {
            Err(e) => {
                json!({"language": id.as_str(), "found": false, "version": null, "works": false, "note": e.message})
            }
            Ok(tc) => {
                let works = trial(ctx, id);
                // `notes`: what this toolchain lacks that LeetCode has (a C++23 feature).
                json!({"language": id.as_str(), "found": true, "version": tc.version, "path": tc.path, "works": works.is_ok(), "note": works.err(), "notes": tc.notes})
            }
        };
        entry["install"] = install(id.as_str());
        languages.push(entry);
    }
    // Each protection as a live probe run actually has it (judge::sandbox::probe): whether it
    // is on for the user prep runs as, and how, or why not.
    let probed = crate::judge::sandbox::probe()
        .map_err(|e| anyhow::anyhow!("cannot start a sandboxed probe: {e}"))?;
    let protections = serde_json::Value::Object(
        probed
            .iter()
            .map(|p| (p.name.to_string(), json!(p)))
            .collect(),
    );
    let backend = crate::judge::sandbox::Backend::current();
    if args.json {
        super::print_json(
            &json!({"languages": languages, "backend": backend.name(), "protections": protections}),
        )?;
        return Ok(0);
    }
    let mut out = String::new();
    let _ = writeln!(out, "{}", style::heading("Languages"));
    for l in &languages {
        let name = l["language"].as_str().unwrap_or_default();
        if l["works"].as_bool() == Some(true) {
            let _ = writeln!(
                out,
                "  {} {name:<11} {}",
                style::good("✓"),
                l["version"].as_str().unwrap_or_default()
            );
            for note in l["notes"].as_array().into_iter().flatten() {
                let _ = writeln!(
                    out,
                    "    {} {}",
                    style::bad("!"),
                    note.as_str().unwrap_or_default()
                );
            }
        } else {
            let _ = writeln!(
                out,
                "  {} {name:<11} {}",
                style::bad("✗"),
                style::dim(l["note"].as_str().unwrap_or("not working"))
            );
            for platform in Platform::ALL {
                if let Some(command) = l["install"][platform.key()].as_str() {
                    let label = format!("{}:", platform.label());
                    let _ = writeln!(out, "      {label:<14} {command}");
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "{} {}",
        style::heading("Protections"),
        style::dim(&format!("({} backend)", backend.name()))
    );
    let _ = writeln!(out, "  {}", style::dim(backend.summary()));
    for p in &probed {
        let mark = if p.on {
            style::good("✓")
        } else {
            style::dim("·")
        };
        let _ = writeln!(
            out,
            "  {mark} {:<19} {}",
            p.name.replace('_', " "),
            style::dim(&p.how.replace('\n', "\n      "))
        );
    }
    let _ = writeln!(out, "{}", style::heading("Editors"));
    let workspace = std::path::absolute(ctx.workspace()).unwrap_or_else(|_| ctx.workspace());
    let problems = ctx
        .catalog()
        .map(|c| c.problems.as_slice())
        .unwrap_or_default();
    let place = crate::editor::Place {
        workspace: &workspace,
        problems,
    };
    for (lang, servers) in crate::editor::SERVERS {
        let found: Vec<&str> = servers
            .iter()
            .copied()
            .filter(|s| crate::lang::toolchain::which(s).is_some())
            .collect();
        let (mark, what) = if found.is_empty() {
            (
                style::dim("·"),
                format!("no language server found ({})", servers.join(", ")),
            )
        } else {
            (style::good("✓"), found.join(", "))
        };
        let _ = writeln!(
            out,
            "  {mark} {:<11} {what} · {}",
            lang.as_str(),
            crate::editor::summary(&place, *lang)
        );
    }
    let _ = writeln!(
        out,
        "{}",
        style::dim(&format!(
            "data {} · cache {} · workspace {}",
            ctx.paths.data_dir.display(),
            ctx.paths.cache_dir.display(),
            ctx.workspace().display()
        ))
    );
    super::print(&out)?;
    Ok(0)
}

/// How each platform installs the toolchain of `language` (src/tools.txt), keyed by
/// `Platform::key`.
fn install(language: &str) -> serde_json::Value {
    let installs = crate::tools::find(language)
        .map(|tool| tool.installs())
        .unwrap_or_default();
    serde_json::Value::Object(
        installs
            .into_iter()
            .map(|(p, command)| (p.key().to_string(), json!(command)))
            .collect(),
    )
}

/// Judges a known-good solution of two-sum's examples.
fn trial(ctx: &Ctx, id: LangId) -> Result<(), String> {
    let problem = ctx.problem("two-sum").map_err(|e| e.to_string())?;
    let language = crate::lang::language(id);
    let source = language.trial();
    let cases = judge::listed(
        &problem.examples,
        judge::report::Group::Example,
        problem.limits,
    );
    let source = Source {
        display: "doctor".into(),
        text: source.into(),
    };
    match judge::judge(
        problem,
        language.as_ref(),
        &source,
        &cases,
        Options::default(),
        &ctx.paths.cache_dir,
    ) {
        Ok(r) if r.verdict == Verdict::Accepted => Ok(()),
        Ok(r) => Err(format!(
            "a correct trial solution got {}",
            r.verdict.title()
        )),
        Err(e) => Err(e.to_string()),
    }
}
