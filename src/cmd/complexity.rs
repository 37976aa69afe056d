//! `prep complexity`: runs the complexity probe (`probe/`) on a solution and names how its
//! time grows, against the problem's target.

use std::fmt::Write as _;

use anyhow::Result;
use serde_json::{json, Value};

use super::Ctx;
use crate::cli::ComplexityArgs;
use crate::probe::{self, Budget, Measurement, Probed};
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &ComplexityArgs) -> Result<u8> {
    let target = super::resolve(ctx, &args.which)?;
    let problem = target.problem;
    let language = crate::lang::language(target.lang);
    let source = super::read_source(&target.path)?;
    let probed = probe::probe(
        problem,
        language.as_ref(),
        &source,
        &ctx.paths.cache_dir,
        Budget::COMMAND,
    )?;
    let doc = document(&problem.slug, target.lang.as_str(), &probed);
    if args.json {
        super::print_json(&doc)?;
    } else {
        super::print(&text(problem, &probed))?;
    }
    Ok(match probed {
        Probed::Measured(_) => 0,
        Probed::Failed { .. } | Probed::CompileError(_) => 1,
    })
}

/// The `--json` document (docs/contract.md section 6).
pub fn document(slug: &str, language: &str, probed: &Probed) -> Value {
    let mut doc = json!({
        "slug": slug, "language": language, "time_class": null, "time_fit": null,
        "space_class": null, "sizes": [], "cpu_ms": [], "target": null, "meets_target": null,
        "timing": null, "failure": null,
    });
    match probed {
        Probed::Measured(m) => {
            doc["time_class"] = json!(m.time.map(|f| f.class.as_str()));
            doc["time_fit"] = json!(m.time.map(|f| (f.confidence * 100.0).round() / 100.0));
            doc["space_class"] = json!(m.space.map(|c| c.as_str()));
            doc["sizes"] = json!(m.sizes);
            doc["cpu_ms"] = json!(m
                .cpu_ms
                .iter()
                .map(|t| (t * 1000.0).round() / 1000.0)
                .collect::<Vec<_>>());
            doc["target"] = json!(m.target.map(|c| c.as_str()));
            doc["meets_target"] = json!(m.meets_target());
            doc["timing"] = json!(m.timing);
        }
        Probed::Failed { n, what } => doc["failure"] = json!({"n": n, "message": what}),
        Probed::CompileError(message) => {
            doc["failure"] = json!({"n": null, "message": format!("compile error: {message}")});
        }
    }
    doc
}

fn text(problem: &crate::catalog::Problem, probed: &Probed) -> String {
    let mut out = String::new();
    match probed {
        Probed::Measured(m) => {
            let _ = writeln!(out, "{}", probe::line(m));
            table(&mut out, m);
            let _ = writeln!(
                out,
                "  {}",
                style::dim(&format!(
                    "n: {}; target as written: time {}, space {}",
                    problem
                        .complexity
                        .n
                        .as_ref()
                        .map_or("the values of the input", |n| n.is.as_str()),
                    problem.complexity.time,
                    problem.complexity.space
                ))
            );
        }
        Probed::Failed { n, what } => {
            let _ = writeln!(out, "the solution failed at n = {n} while probed: {what}");
        }
        Probed::CompileError(message) => {
            let _ = writeln!(out, "compile error:\n{message}");
        }
    }
    out
}

fn table(out: &mut String, m: &Measurement) {
    for (i, n) in m.sizes.iter().enumerate() {
        let _ = writeln!(
            out,
            "  n {:>8}  {:>10.3} ms  {:>8} KiB",
            probe::short(*n),
            m.cpu_ms[i],
            m.memory_kb[i]
        );
    }
    if let Some(fit) = m.time {
        let _ = writeln!(
            out,
            "  fit {:.2} (1 = no other degree comes close); space {}; timed: {}{}",
            fit.confidence,
            m.space.map_or("not measurable here", |c| c.as_str()),
            if m.timing == "call" {
                "the call alone"
            } else {
                "the case, with its input's decoding"
            },
            if m.stopped_early {
                "; the ladder stopped at its time budget"
            } else {
                ""
            }
        );
    }
    if let Some(meets) = m.meets_target() {
        let _ = writeln!(
            out,
            "  {}",
            if meets {
                "meets the target"
            } else {
                "slower than the target"
            }
        );
    }
}
