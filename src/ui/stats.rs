//! The stats screen: streaks, the heat map, the topic table and weak areas.
//!
//! The heat map shows the last 26 weeks, one column a week (Monday to Sunday, top to bottom),
//! the week of today last, days after today blank, month names over the first week starting
//! in each month. A cell is a day's number of submits:
//! `·` none, `░` one, `▒` two or three, `█` four or more; with colour on, the same characters
//! are shaded green, so the map reads the same without colour.

use std::collections::HashMap;
use std::fmt::Write as _;

use colored::{ColoredString, Colorize};
use jiff::civil::Date;
use jiff::ToSpan;

use super::style;
use crate::history::stats::{Stats, TopicStats, WeakArea};
use crate::ui::text::plural;

// Heat-map colours. style.rs holds every other named style; these live here, together, so the
// heat map's shades stay in one place.

fn heat_none(text: &str) -> ColoredString {
    text.dimmed()
}

fn heat_low(text: &str) -> ColoredString {
    text.green()
}

fn heat_mid(text: &str) -> ColoredString {
    text.bright_green()
}

fn heat_high(text: &str) -> ColoredString {
    text.bright_green().bold()
}

/// Weeks in the heat map.
const WEEKS: i64 = 26;
/// Characters a heat-map column takes: a cell and a space.
const CELL: usize = 2;
/// The width of the weekday labels on the left.
const LABEL: usize = 6;
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Shown for a figure that does not exist yet.
const NONE: &str = "—";

pub fn render(stats: &Stats, today: Date) -> String {
    let mut out = String::new();
    headline(&mut out, stats, today);
    out.push('\n');
    heat_map(&mut out, stats, today);
    out.push('\n');
    topics(&mut out, &stats.topics);
    out.push('\n');
    weak_areas(&mut out, &stats.weak_areas);
    if !stats.not_started.is_empty() {
        let _ = writeln!(
            out,
            "{} {}",
            style::heading("Not started:"),
            stats.not_started.join(", ")
        );
    }
    let rate = &stats.complexity;
    if rate.measured > 0 {
        let _ = writeln!(
            out,
            "{} {} of {} measured accepted solutions met the target time",
            style::heading("Complexity:"),
            rate.met,
            rate.measured
        );
    }
    out
}

fn days(n: u32) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
}

fn headline(out: &mut String, stats: &Stats, today: Date) {
    let streak = stats.streak;
    if streak.longest == 0 {
        let _ = writeln!(
            out,
            "{} submit a solution today to start one.",
            style::heading("No streak yet:")
        );
        let _ = writeln!(
            out,
            "{}",
            style::dim("Every `prep submit` fills in that day's square below.")
        );
        return;
    }
    let practised_today = stats.days.last().is_some_and(|d| d.date == today);
    let record = if streak.current == streak.longest {
        "your longest".to_string()
    } else {
        format!("longest {}", days(streak.longest))
    };
    let nudge = match (streak.current, practised_today) {
        (_, true) => "",
        (0, false) => " · submit today to start a new one",
        (_, false) => " · submit today to keep it going",
    };
    let _ = writeln!(
        out,
        "{} {} ({record}){nudge}",
        style::heading("Streak:"),
        style::heading(&days(streak.current)),
    );
    let attempts: u32 = stats.days.iter().map(|d| d.attempts).sum();
    let solved: u32 = stats.days.iter().map(|d| d.solved).sum();
    let _ = writeln!(
        out,
        "{}",
        style::dim(&format!(
            "{} on {}, {solved} accepted",
            plural(attempts as usize, "attempt"),
            days(u32::try_from(stats.days.len()).unwrap_or(u32::MAX))
        ))
    );
}

fn cell(attempts: u32) -> String {
    match attempts {
        0 => heat_none("·"),
        1 => heat_low("░"),
        2 | 3 => heat_mid("▒"),
        _ => heat_high("█"),
    }
    .to_string()
}

fn heat_map(out: &mut String, stats: &Stats, today: Date) {
    let counts: HashMap<Date, u32> = stats.days.iter().map(|d| (d.date, d.attempts)).collect();
    let this_monday = today
        .checked_sub(i64::from(today.weekday().to_monday_zero_offset()).days())
        .unwrap_or(today);
    let first_monday = this_monday
        .checked_sub((7 * (WEEKS - 1)).days())
        .unwrap_or(this_monday);
    let day = |week: i64, weekday: i64| first_monday.checked_add((7 * week + weekday).days()).ok();

    // A month's name sits over the first column whose Monday is in it, like the top cell; the
    // first column is named too unless the next one starts a month already.
    let starts_month = |week: i64| {
        week > 0
            && day(week, 0)
                .zip(day(week - 1, 0))
                .is_some_and(|(this, last)| this.month() != last.month())
    };
    // A name over the last column runs past it.
    let width = LABEL + CELL * WEEKS as usize + 2;
    let mut labels = vec![' '; width];
    let mut free_from = 0;
    for week in 0..WEEKS {
        if !(starts_month(week) || (week == 0 && !starts_month(1))) {
            continue;
        }
        let Some(month) = day(week, 0).map(|monday| monday.month()) else {
            continue;
        };
        let at = LABEL + CELL * week as usize;
        if at >= free_from {
            let name = MONTHS[usize::try_from(month - 1).unwrap_or(0)];
            for (i, c) in name.chars().enumerate() {
                labels[at + i] = c;
            }
            free_from = at + name.len() + 1;
        }
    }
    let _ = writeln!(out, "{}", labels.iter().collect::<String>().trim_end());

    for (row, name) in WEEKDAYS.iter().enumerate() {
        let mut line = format!("{name:<LABEL$}");
        for week in 0..WEEKS {
            let date = day(week, row as i64);
            match date {
                Some(d) if d <= today => {
                    line.push_str(&cell(counts.get(&d).copied().unwrap_or(0)));
                }
                _ => line.push(' '),
            }
            if week + 1 < WEEKS {
                line.push(' ');
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(
        out,
        "{:LABEL$}{} none  {} 1  {} 2-3  {} 4+ submits a day",
        "",
        cell(0),
        cell(1),
        cell(2),
        cell(4)
    );
}

fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| NONE.to_string(), |r| format!("{:.0}%", r * 100.0))
}

/// `m:ss` as everywhere in prep; hours become minutes (`75:00`).
fn mm_ss(seconds: Option<i64>) -> String {
    seconds.map_or_else(|| NONE.to_string(), crate::ui::report::clock)
}

fn topics(out: &mut String, rows: &[TopicStats]) {
    if rows.is_empty() {
        let _ = writeln!(out, "{}", style::dim("No problems in the catalogue."));
        return;
    }
    let width = rows
        .iter()
        .map(|r| r.topic.chars().count())
        .max()
        .unwrap_or(0)
        .max("Topic".len());
    let _ = writeln!(
        out,
        "{}",
        style::heading(&format!(
            "{:<width$}  {:>6}  {:>9}  {:>11}  {:>9}",
            "Topic", "Solved", "First try", "Median time", "Over time"
        ))
    );
    let figure = |text: String, w: usize| {
        let padded = format!("{text:>w$}");
        if text == NONE {
            style::dim(&padded).to_string()
        } else {
            padded
        }
    };
    for row in rows {
        let solved = format!("{:>6}", format!("{}/{}", row.solved, row.total));
        let solved = if row.total > 0 && row.solved == row.total {
            style::good(&solved).to_string()
        } else {
            solved
        };
        let _ = writeln!(
            out,
            "{:<width$}  {solved}  {}  {}  {}",
            row.topic,
            figure(percent(row.first_try_rate), 9),
            figure(mm_ss(row.median_s), 11),
            figure(percent(row.over_time_rate), 9),
        );
    }
    let _ = writeln!(
        out,
        "{}",
        style::dim(
            "Solved: problems accepted at least once, of the topic's. First try: of the problems\n\
             tried, the share accepted on the first submit. Median time: the middle time to an\n\
             accepted submit (m:ss on the timebox clock). Over time: of accepted submits, the\n\
             share past the timebox. — : nothing to count yet."
        )
    );
}

fn weak_areas(out: &mut String, areas: &[WeakArea]) {
    if areas.is_empty() {
        let _ = writeln!(
            out,
            "{} none: no topic you tried shows trouble (failures, give-ups, over time, hints).",
            style::heading("Weak areas:"),
        );
        return;
    }
    let _ = writeln!(out, "{}", style::heading("Weak areas"));
    for area in areas {
        let _ = writeln!(out, "  {}", style::warning(&area.topic));
        let _ = writeln!(out, "    {}", area.reason);
        if !area.suggested.is_empty() {
            let slugs: Vec<String> = area
                .suggested
                .iter()
                .map(|s| style::code(s).to_string())
                .collect();
            let _ = writeln!(out, "    {} {}", style::dim("try:"), slugs.join(", "));
        }
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::history::stats::compute;
    use crate::history::stats::tests::{attempt, problem};
    use crate::history::Attempt;

    use crate::ui::COLOUR_LOCK as COLOUR;

    fn rendered(stats: &Stats, today: Date, colour: bool) -> String {
        let _turn = COLOUR
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        colored::control::set_override(colour);
        let text = render(stats, today);
        // Other renderers' tests expect colour off.
        colored::control::set_override(false);
        text
    }

    fn catalogue() -> Vec<crate::catalog::Problem> {
        vec![
            problem("two-sum", 1, &["arrays", "hashing"]),
            problem("contains-duplicate", 2, &["arrays", "hashing"]),
            problem("valid-anagram", 3, &["hashing", "strings"]),
            problem("group-anagrams", 4, &["hashing", "strings"]),
            problem("valid-parentheses", 5, &["stack", "strings"]),
            problem("min-stack", 6, &["stack", "design"]),
            problem("binary-search", 7, &["binary-search"]),
            problem("reverse-linked-list", 8, &["linked-list"]),
            problem("linked-list-cycle", 9, &["linked-list", "two-pointers"]),
            problem("number-of-islands", 10, &["graphs", "matrix"]),
            problem("clone-graph", 11, &["graphs"]),
            problem("course-schedule", 12, &["graphs"]),
        ]
    }

    const TODAY: Date = date(2026, 3, 11);

    /// Five weeks of practice, ending today (Wednesday 11 March 2026), with a gap.
    fn history() -> Vec<Attempt> {
        let at = |d: &str, slug: &str, verdict: &str, elapsed: i64, over: bool, hints: u32| {
            let mut a = attempt(&format!("{d}+01:00"), slug, verdict);
            a.elapsed_s = Some(elapsed);
            a.timebox_s = Some(1500);
            a.over_time = over;
            a.hints_used = hints;
            a
        };
        vec![
            at("2026-02-02T19:00:00", "two-sum", "accepted", 410, false, 0),
            at(
                "2026-02-03T19:00:00",
                "contains-duplicate",
                "accepted",
                250,
                false,
                0,
            ),
            at(
                "2026-02-04T19:00:00",
                "valid-anagram",
                "wrong_answer",
                600,
                false,
                0,
            ),
            at(
                "2026-02-04T19:20:00",
                "valid-anagram",
                "accepted",
                840,
                false,
                1,
            ),
            at(
                "2026-02-09T08:00:00",
                "valid-parentheses",
                "accepted",
                720,
                false,
                0,
            ),
            at(
                "2026-02-10T08:00:00",
                "min-stack",
                "runtime_error",
                1300,
                false,
                1,
            ),
            at(
                "2026-02-10T08:30:00",
                "min-stack",
                "accepted",
                1720,
                true,
                2,
            ),
            at(
                "2026-02-11T08:00:00",
                "binary-search",
                "accepted",
                380,
                false,
                0,
            ),
            // A week off.
            at(
                "2026-02-23T21:00:00",
                "reverse-linked-list",
                "accepted",
                530,
                false,
                0,
            ),
            at(
                "2026-02-24T21:00:00",
                "linked-list-cycle",
                "accepted",
                610,
                false,
                0,
            ),
            at(
                "2026-03-02T20:00:00",
                "number-of-islands",
                "wrong_answer",
                900,
                false,
                1,
            ),
            at(
                "2026-03-02T20:15:00",
                "number-of-islands",
                "time_limit_exceeded",
                1200,
                false,
                2,
            ),
            at(
                "2026-03-02T20:40:00",
                "number-of-islands",
                "accepted",
                1650,
                true,
                3,
            ),
            at(
                "2026-03-02T21:10:00",
                "clone-graph",
                "wrong_answer",
                700,
                false,
                0,
            ),
            at(
                "2026-03-09T07:30:00",
                "clone-graph",
                "accepted",
                1100,
                false,
                1,
            ),
            at(
                "2026-03-10T07:30:00",
                "course-schedule",
                "wrong_answer",
                800,
                false,
                0,
            ),
            at(
                "2026-03-11T07:30:00",
                "course-schedule",
                "runtime_error",
                1000,
                false,
                0,
            ),
            at(
                "2026-03-11T07:50:00",
                "course-schedule",
                "accepted",
                1560,
                true,
                1,
            ),
        ]
    }

    #[test]
    fn empty_history_plain() {
        let stats = compute(&[], &catalogue(), TODAY);
        insta::assert_snapshot!(rendered(&stats, TODAY, false));
    }

    #[test]
    fn empty_history_coloured() {
        let stats = compute(&[], &catalogue(), TODAY);
        insta::assert_snapshot!(rendered(&stats, TODAY, true));
    }

    #[test]
    fn weeks_of_practice_plain() {
        let stats = compute(&history(), &catalogue(), TODAY);
        insta::assert_snapshot!(rendered(&stats, TODAY, false));
    }

    #[test]
    fn weeks_of_practice_coloured() {
        let stats = compute(&history(), &catalogue(), TODAY);
        insta::assert_snapshot!(rendered(&stats, TODAY, true));
    }

    #[test]
    fn heat_map_columns_end_with_the_week_of_today() {
        let mut stats = compute(&history(), &catalogue(), TODAY);
        let mut out = String::new();
        let _turn = COLOUR
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        colored::control::set_override(false);
        heat_map(&mut out, &stats, TODAY);
        let rows: Vec<&str> = out.lines().collect();
        // Today is a Wednesday: Thursday to Sunday of the last column are blank, and today
        // (two submits) is the last cell of the Wednesday row.
        assert!(rows[3].ends_with('▒'), "{out}");
        assert!(rows[4].chars().count() < rows[3].chars().count(), "{out}");
        assert_eq!(rows[1].chars().count(), LABEL + CELL * 26 - 1);
        // Four submits on 2 March, a Monday.
        assert!(rows[1].contains('█'));
        // The first column is the week of Monday 15 September 2025: a day before it does not
        // show, the day itself does.
        let day = |d: Date| crate::history::stats::Day {
            date: d,
            attempts: 1,
            solved: 1,
        };
        stats.days = vec![day(date(2025, 9, 14))];
        out.clear();
        heat_map(&mut out, &stats, TODAY);
        assert!(
            !out.lines().skip(1).take(7).any(|l| l.contains('░')),
            "{out}"
        );
        stats.days = vec![day(date(2025, 9, 15))];
        out.clear();
        heat_map(&mut out, &stats, TODAY);
        assert!(
            out.lines().nth(1).unwrap().starts_with("Mon   ░ ·"),
            "{out}"
        );
    }

    #[test]
    fn heat_map_holds_together_on_every_day_of_a_year() {
        let stats = compute(&history(), &catalogue(), TODAY);
        let _turn = COLOUR
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        colored::control::set_override(false);
        let mut today = date(2026, 1, 1);
        while today.year() == 2026 {
            let mut out = String::new();
            heat_map(&mut out, &stats, today);
            let lines: Vec<&str> = out.lines().collect();
            assert_eq!(lines.len(), 9, "{today}\n{out}");
            // Today's row is full width; later weekdays stop a column short.
            let row = 1 + usize::try_from(today.weekday().to_monday_zero_offset()).unwrap();
            assert_eq!(
                lines[row].chars().count(),
                LABEL + CELL * 26 - 1,
                "{today}\n{out}"
            );
            // Six or seven month names, none glued to the next.
            let months = lines[0].split_whitespace().count();
            assert!((6..=7).contains(&months), "{today}\n{out}");
            today = today.tomorrow().unwrap();
        }
    }

    #[test]
    fn headline_nudges_when_today_is_not_yet_done() {
        let stats = compute(&history(), &catalogue(), date(2026, 3, 12));
        let _turn = COLOUR
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        colored::control::set_override(false);
        let mut out = String::new();
        headline(&mut out, &stats, date(2026, 3, 12));
        assert!(
            out.starts_with("Streak: 3 days (your longest) · submit today to keep it going"),
            "{out}"
        );
    }
}
