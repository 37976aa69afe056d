//! Practice statistics from the history: streaks, the calendar, per-topic figures and weak
//! areas. Pure functions of the attempts, the catalogue and "today"; `Stats` serializes to the
//! `stats` document of docs/contract.md section 6.
//!
//! Rules decided here:
//! - An attempt's day is the date part of its `at` read at its own stored offset; entries
//!   whose `at` is not RFC 3339 with an offset are left out of every figure.
//! - `days` lists every day with at least one attempt or give-up, oldest first, for the whole
//!   history (the screen shows the last 26 weeks of it). A give-up is practice (the heat map
//!   shows it) but not a submit: the streak counts days with a submit (docs/contract.md section 5).
//! - Weak areas need evidence: a topic is weak when its attempts show trouble (a failure, a
//!   give-up, over time, hints) and its score says so. A topic never tried is "not started",
//!   listed apart in plan order, never as weak.
//! - An attempt belongs to the topics of its problem in the catalogue; an attempt at a slug the
//!   catalogue no longer has keeps the topics stored with it.
//! - `median_s` is in whole seconds: with an even count, the mean of the two middle values,
//!   rounded down.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;
use jiff::fmt::temporal::Pieces;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::{Serialize, Serializer};

use super::Attempt;
use crate::catalog::problem::TOPICS;
use crate::catalog::Problem;

/// How many weak areas are named.
const WEAK_AREAS: usize = 3;
/// How many slugs are suggested per weak area.
const SUGGESTED: usize = 3;
/// An attempt this many days old counts half as much as one made today.
const HALF_LIFE_DAYS: f64 = 14.0;
/// What a topic's trouble is believed to be with no evidence: an even chance.
const PRIOR: f64 = 0.5;
/// How many fresh attempts' worth of weight the prior has.
const PRIOR_WEIGHT: f64 = 1.0;
/// Days without practice after which a topic's staleness is full.
const STALE_DAYS: i64 = 30;
/// What full staleness adds to a topic's score.
const STALE_WEIGHT: f64 = 0.2;
/// The score from which a topic is called weak: below it, a topic practised cleanly in the
/// last few days.
const WEAK_FROM: f64 = 0.3;

/// The `stats` document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub streak: Streak,
    /// Every day with at least one attempt, oldest first.
    pub days: Vec<Day>,
    /// One row per topic of the vocabulary that has problems, in vocabulary order.
    pub topics: Vec<TopicStats>,
    /// The weakest topics, weakest first (at most three).
    pub weak_areas: Vec<WeakArea>,
    /// Topics with no attempt yet, in plan order.
    pub not_started: Vec<String>,
    /// How often the accepted solutions the complexity probe measured met their target.
    pub complexity: TargetRate,
}

/// Consecutive local calendar days with at least one submit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Streak {
    /// The run ending today, or yesterday when today has no attempt yet; 0 otherwise.
    pub current: u32,
    /// The longest run ever.
    pub longest: u32,
}

/// One local calendar day with attempts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Day {
    /// `YYYY-MM-DD`.
    #[serde(serialize_with = "date_text")]
    pub date: Date,
    /// Submits and give-ups that day.
    pub attempts: u32,
    /// Of which accepted.
    pub solved: u32,
}

/// Figures for one topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicStats {
    pub topic: String,
    /// Problems of the topic with an accepted attempt.
    pub solved: u32,
    /// Problems of the topic in the catalogue.
    pub total: u32,
    /// Among the topic's problems attempted, the share whose first attempt was accepted
    /// (0..=1); null when none was attempted.
    pub first_try_rate: Option<f64>,
    /// Median `elapsed_s` of accepted attempts with a known time; null when none.
    pub median_s: Option<i64>,
    /// Share of accepted attempts that were over time (0..=1); null when none was accepted.
    pub over_time_rate: Option<f64>,
}

/// A topic to practise, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeakArea {
    pub topic: String,
    /// One short sentence with figures.
    pub reason: String,
    /// Up to three slugs of the topic: unsolved first, each part in plan order.
    pub suggested: Vec<String>,
}

fn date_text<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// The local date of a stored `at`, at the offset stored with it.
pub fn local_date(at: &str) -> Option<Date> {
    let instant: Timestamp = at.parse().ok()?;
    let offset = Pieces::parse(at).ok()?.to_numeric_offset()?;
    Some(instant.to_zoned(TimeZone::fixed(offset)).date())
}

/// An attempt with its parsed time, in the order they happened.
struct Dated<'a> {
    attempt: &'a Attempt,
    instant: Timestamp,
    date: Date,
}

impl Dated<'_> {
    fn accepted(&self) -> bool {
        self.attempt.verdict == "accepted"
    }
}

pub fn compute(attempts: &[Attempt], problems: &[Problem], today: Date) -> Stats {
    let mut dated: Vec<Dated> = attempts
        .iter()
        .filter_map(|attempt| {
            Some(Dated {
                attempt,
                instant: attempt.at.parse().ok()?,
                date: local_date(&attempt.at)?,
            })
        })
        .collect();
    // Stable: entries at the same instant keep their order in the file.
    dated.sort_by_key(|d| d.instant);

    let days = days(&dated);
    let submit_days = dated
        .iter()
        .filter(|d| d.attempt.verdict != super::GAVE_UP)
        .map(|d| d.date)
        .collect();
    let streak = streak(&submit_days, today);
    let by_slug: HashMap<&str, &Problem> = problems.iter().map(|p| (p.slug.as_str(), p)).collect();
    let topics: Vec<&str> = TOPICS
        .iter()
        .copied()
        .filter(|t| problems.iter().any(|p| p.topics.iter().any(|pt| pt == t)))
        .collect();
    let in_topic = |d: &Dated, topic: &str| match by_slug.get(d.attempt.slug.as_str()) {
        Some(p) => p.topics.iter().any(|t| t == topic),
        None => d.attempt.topics.iter().any(|t| t == topic),
    };

    let mut rows = Vec::new();
    let mut scored = Vec::new();
    let mut not_started = Vec::new();
    for topic in topics {
        let members: Vec<&Problem> = problems
            .iter()
            .filter(|p| p.topics.iter().any(|t| t == topic))
            .collect();
        let tried: Vec<&Dated> = dated.iter().filter(|d| in_topic(d, topic)).collect();
        rows.push(topic_stats(topic, &members, &dated, &tried));
        if tried.is_empty() {
            let first = members.iter().map(|p| p.order).min().unwrap_or(u32::MAX);
            not_started.push((first, topic.to_string()));
        } else if tried.iter().any(|d| trouble(d) > 0.0) {
            scored.push(weakness(topic, &members, &dated, &tried, today));
        }
    }
    not_started.sort();
    // Weakest first; then the topic met earlier in the plan; then by name.
    scored.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.first_order.cmp(&b.first_order))
            .then(a.area.topic.cmp(&b.area.topic))
    });
    let weak_areas = scored
        .into_iter()
        .filter(|s| s.score >= WEAK_FROM)
        .take(WEAK_AREAS)
        .map(|s| s.area)
        .collect();
    Stats {
        streak,
        days,
        topics: rows,
        weak_areas,
        not_started: not_started.into_iter().map(|(_, t)| t).collect(),
        complexity: target_rate(attempts),
    }
}

/// Accepted attempts whose measured class could be compared with the target, and how many
/// met it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetRate {
    pub measured: usize,
    pub met: usize,
    /// `met / measured`, absent when nothing was measured.
    pub rate: Option<f64>,
}

fn target_rate(attempts: &[Attempt]) -> TargetRate {
    let judged: Vec<bool> = attempts
        .iter()
        .filter(|a| a.verdict == "accepted")
        .filter_map(|a| a.complexity.as_ref()?.meets_target)
        .collect();
    let met = judged.iter().filter(|m| **m).count();
    TargetRate {
        measured: judged.len(),
        met,
        rate: (!judged.is_empty()).then(|| met as f64 / judged.len() as f64),
    }
}

fn days(dated: &[Dated]) -> Vec<Day> {
    let mut by_date: BTreeMap<Date, (u32, u32)> = BTreeMap::new();
    for d in dated {
        let entry = by_date.entry(d.date).or_default();
        entry.0 += 1;
        entry.1 += u32::from(d.accepted());
    }
    by_date
        .into_iter()
        .map(|(date, (attempts, solved))| Day {
            date,
            attempts,
            solved,
        })
        .collect()
}

/// Streaks over calendar dates, so offsets, DST and midnight never split or merge a day.
fn streak(dates: &BTreeSet<Date>, today: Date) -> Streak {
    let mut longest = 0;
    let mut run = 0;
    let mut previous: Option<Date> = None;
    for &date in dates {
        run = match previous {
            Some(p) if p.tomorrow().ok() == Some(date) => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        previous = Some(date);
    }
    let yesterday = today.yesterday().ok();
    let start = if dates.contains(&today) {
        Some(today)
    } else {
        yesterday.filter(|y| dates.contains(y))
    };
    let mut current = 0;
    let mut cursor = start;
    while let Some(day) = cursor.filter(|d| dates.contains(d)) {
        current += 1;
        cursor = day.yesterday().ok();
    }
    Streak { current, longest }
}

fn topic_stats(topic: &str, members: &[&Problem], all: &[Dated], tried: &[&Dated]) -> TopicStats {
    let mut solved = 0;
    let mut attempted = 0;
    let mut first_try = 0;
    for problem in members {
        let mut own = all.iter().filter(|d| d.attempt.slug == problem.slug);
        if let Some(first) = own.next() {
            attempted += 1;
            if first.accepted() {
                first_try += 1;
                solved += 1;
            } else if own.any(Dated::accepted) {
                solved += 1;
            }
        }
    }
    let accepted: Vec<&&Dated> = tried.iter().filter(|d| d.accepted()).collect();
    let mut times: Vec<i64> = accepted
        .iter()
        .filter_map(|d| d.attempt.elapsed_s)
        .collect();
    times.sort_unstable();
    let median_s = match times.len() {
        0 => None,
        n if n % 2 == 1 => Some(times[n / 2]),
        n => Some((times[n / 2 - 1] + times[n / 2]).div_euclid(2)),
    };
    let over = accepted.iter().filter(|d| d.attempt.over_time).count();
    TopicStats {
        topic: topic.to_string(),
        solved,
        total: count(members.len()),
        first_try_rate: ratio(first_try, attempted),
        median_s,
        over_time_rate: ratio(over, accepted.len()),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[allow(clippy::cast_precision_loss)]
fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

struct Scored {
    score: f64,
    /// The plan order of the topic's first problem: a new user is sent to the beginning.
    first_order: u32,
    area: WeakArea,
}

/// How much one attempt says the topic is weak, 0..=1: a failure is 1, an over-time solve
/// 0.5, and each hint used adds 0.1 (at most 0.3).
fn trouble(d: &Dated) -> f64 {
    let base = if !d.accepted() {
        1.0
    } else if d.attempt.over_time {
        0.5
    } else {
        0.0
    };
    let hints = f64::from(d.attempt.hints_used.min(3)) * 0.1;
    (base + hints).min(1.0)
}

fn days_between(earlier: Date, later: Date) -> i64 {
    later
        .since(earlier)
        .map_or(0, |span| i64::from(span.get_days()))
}

/// The weak-area score of a topic (higher is weaker) and its reason.
///
/// Trouble: the mean trouble of the topic's attempts, each weighted by its age (half-life
/// `HALF_LIFE_DAYS`), together with a prior of `PRIOR` weighing `PRIOR_WEIGHT` attempts. So
/// recent attempts decide, old ones fade towards "unknown", and a recent clean solve outweighs
/// an old failure. Staleness: `STALE_WEIGHT` times the days since the topic was last
/// practised over `STALE_DAYS`, capped at 1. Score = trouble + staleness.
/// Only topics with an attempt showing trouble are scored (see the module header).
fn weakness(
    topic: &str,
    members: &[&Problem],
    all: &[Dated],
    tried: &[&Dated],
    today: Date,
) -> Scored {
    let first_order = members.iter().map(|p| p.order).min().unwrap_or(u32::MAX);
    let suggested = suggestions(members, all);
    let last = tried.iter().map(|d| d.date).max().unwrap_or(today);
    let mut weights = PRIOR_WEIGHT;
    let mut weighted = PRIOR_WEIGHT * PRIOR;
    for d in tried {
        #[allow(clippy::cast_precision_loss)]
        let age = days_between(d.date, today).max(0) as f64;
        let w = 0.5_f64.powf(age / HALF_LIFE_DAYS);
        weights += w;
        weighted += w * trouble(d);
    }
    let since = days_between(last, today).max(0);
    #[allow(clippy::cast_precision_loss)]
    let stale = since.min(STALE_DAYS) as f64 / STALE_DAYS as f64;
    let score = weighted / weights + STALE_WEIGHT * stale;

    let gave_up = tried
        .iter()
        .filter(|d| d.attempt.verdict == super::GAVE_UP)
        .count();
    let failed = tried.iter().filter(|d| !d.accepted()).count() - gave_up;
    let solves = tried.len() - failed - gave_up;
    let over = tried
        .iter()
        .filter(|d| d.accepted() && d.attempt.over_time)
        .count();
    let hints: u32 = tried.iter().map(|d| d.attempt.hints_used).sum();
    let attempts = plural(tried.len(), "attempt");
    let mut parts = vec![match (failed, gave_up) {
        (0, 0) => format!("{attempts}, none failed"),
        (0, g) => format!("{g} of {attempts} given up"),
        (f, _) => format!("{f} of {attempts} failed"),
    }];
    if failed > 0 && gave_up > 0 {
        parts.push(format!("{gave_up} given up"));
    }
    if over > 0 {
        parts.push(format!("{over} of {} over time", plural(solves, "solve")));
    }
    if hints > 0 {
        parts.push(format!("{} used", plural(hints as usize, "hint")));
    }
    parts.push(match since {
        0 => "last practised today".to_string(),
        1 => "last practised yesterday".to_string(),
        n => format!("last practised {n} days ago"),
    });
    Scored {
        score,
        first_order,
        area: WeakArea {
            topic: topic.to_string(),
            reason: parts.join("; "),
            suggested,
        },
    }
}

use crate::ui::text::plural;

/// Up to `SUGGESTED` slugs: unsolved problems first, then solved ones, each in plan order.
fn suggestions(members: &[&Problem], all: &[Dated]) -> Vec<String> {
    let solved = |p: &Problem| all.iter().any(|d| d.attempt.slug == p.slug && d.accepted());
    let mut ranked: Vec<(bool, u32, &str)> = members
        .iter()
        .map(|p| (solved(p), p.order, p.slug.as_str()))
        .collect();
    ranked.sort_unstable();
    ranked
        .into_iter()
        .take(SUGGESTED)
        .map(|(_, _, slug)| slug.to_string())
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::catalog::problem::{Checker, Limits, Output, Signature};
    use crate::catalog::Difficulty;
    use crate::types::Type;
    use jiff::civil::date;

    pub(crate) fn problem(slug: &str, order: u32, topics: &[&str]) -> Problem {
        Problem {
            slug: slug.into(),
            title: slug.into(),
            difficulty: Difficulty::Easy,
            topics: topics.iter().map(ToString::to_string).collect(),
            order,
            blind75: false,
            signature: Signature::Function {
                name: "solve".into(),
                params: Vec::new(),
                returns: Type::Int,
                output: Output::Return,
                rust_name: None,
            },
            signature_json: serde_json::Value::Null,
            rules: crate::catalog::rules::Rules::default(),
            checker: Checker::Exact,
            limits: Limits {
                time_ms: 1000,
                memory_mb: 256,
            },
            complexity: crate::catalog::complexity::Complexity::new("O(n)", "O(1)"),
            hints: vec!["think".into()],
            examples: Vec::new(),
            tests: Vec::new(),
            generated: Vec::new(),
            follow_up: None,
            statement: String::new(),
            origin: "test".into(),
            local: false,
            solutions: Vec::new(),
        }
    }

    pub(crate) fn attempt(at: &str, slug: &str, verdict: &str) -> Attempt {
        Attempt {
            v: super::super::SCHEMA,
            event: "attempt".into(),
            id: at.into(),
            at: at.into(),
            slug: slug.into(),
            language: "python".into(),
            topics: Vec::new(),
            verdict: verdict.into(),
            follow_up: None,
            passed: 1,
            total: 1,
            elapsed_s: None,
            timebox_s: None,
            over_time: false,
            hints_used: 0,
            runs: 0,
            difficulty: None,
            snapshot: None,
            complexity: None,
        }
    }

    fn timed(mut a: Attempt, elapsed: i64, over_time: bool, hints: u32) -> Attempt {
        a.elapsed_s = Some(elapsed);
        a.timebox_s = Some(1500);
        a.over_time = over_time;
        a.hints_used = hints;
        a
    }

    fn catalogue() -> Vec<Problem> {
        vec![
            problem("two-sum", 1, &["arrays", "hashing"]),
            problem("valid-anagram", 2, &["hashing", "strings"]),
            problem("valid-parentheses", 3, &["stack", "strings"]),
            problem("min-stack", 4, &["stack", "design"]),
            problem("binary-search", 5, &["binary-search"]),
            problem("number-of-islands", 6, &["graphs", "matrix"]),
            problem("clone-graph", 7, &["graphs"]),
            problem("course-schedule", 8, &["graphs"]),
            problem("rotate-image", 9, &["arrays", "matrix"]),
        ]
    }

    fn on(ats: &[&str]) -> Vec<Attempt> {
        ats.iter()
            .map(|at| attempt(at, "two-sum", "accepted"))
            .collect()
    }

    fn streak_of(ats: &[&str], today: Date) -> Streak {
        compute(&on(ats), &catalogue(), today).streak
    }

    #[test]
    fn a_day_is_the_local_date_at_the_stored_offset() {
        assert_eq!(
            local_date("2026-03-01T00:30:00+05:30"),
            Some(date(2026, 3, 1))
        );
        assert_eq!(
            local_date("2026-03-01T23:30:00-08:00"),
            Some(date(2026, 3, 1))
        );
        assert_eq!(local_date("2026-03-01T23:30:00Z"), Some(date(2026, 3, 1)));
        assert_eq!(local_date("2026-03-01T23:30:00"), None);
        assert_eq!(local_date("yesterday"), None);
        assert_eq!(local_date("2026-02-30T10:00:00+00:00"), None);
    }

    #[test]
    fn unparseable_entries_are_skipped() {
        let attempts = vec![
            attempt("not a time", "two-sum", "accepted"),
            attempt("2026-03-01T10:00:00+01:00", "two-sum", "wrong_answer"),
        ];
        let stats = compute(&attempts, &catalogue(), date(2026, 3, 1));
        assert_eq!(stats.days.len(), 1);
        assert_eq!(stats.days[0].attempts, 1);
        assert_eq!(stats.topics[0].solved, 0);
    }

    #[test]
    fn streak_across_midnight_in_india_counts_calendar_days() {
        // 00:30 and 23:30 on 1 March (+05:30) are both 1 March, though UTC puts the first on
        // 28 February; 00:30 on 2 March is the next day.
        let s = streak_of(
            &[
                "2026-03-01T00:30:00+05:30",
                "2026-03-01T23:30:00+05:30",
                "2026-03-02T00:30:00+05:30",
            ],
            date(2026, 3, 2),
        );
        assert_eq!(
            s,
            Streak {
                current: 2,
                longest: 2
            }
        );
    }

    #[test]
    fn streak_across_midnight_in_california_counts_calendar_days() {
        // Both are 2 March in UTC, but 1 and 2 March where they happened.
        let ats = ["2026-03-01T23:30:00-08:00", "2026-03-02T00:30:00-08:00"];
        let stats = compute(&on(&ats), &catalogue(), date(2026, 3, 2));
        assert_eq!(
            stats
                .days
                .iter()
                .map(|d| d.date.to_string())
                .collect::<Vec<_>>(),
            ["2026-03-01", "2026-03-02"]
        );
        assert_eq!(stats.streak.current, 2);
    }

    #[test]
    fn streak_survives_daylight_saving_changes() {
        // New York springs forward on 8 March 2026 (-05:00 to -04:00) and falls back on
        // 1 November (-04:00 to -05:00): a 23- and a 25-hour day.
        let spring = [
            "2026-03-07T23:30:00-05:00",
            "2026-03-08T00:30:00-05:00",
            "2026-03-08T23:30:00-04:00",
            "2026-03-09T00:30:00-04:00",
        ];
        assert_eq!(
            streak_of(&spring, date(2026, 3, 9)),
            Streak {
                current: 3,
                longest: 3
            }
        );
        // Berlin falls back on 25 October 2026 (+02:00 to +01:00).
        let autumn = [
            "2026-10-24T23:59:00+02:00",
            "2026-10-25T00:01:00+02:00",
            "2026-10-25T23:59:00+01:00",
            "2026-10-26T00:01:00+01:00",
        ];
        assert_eq!(
            streak_of(&autumn, date(2026, 10, 26)),
            Streak {
                current: 3,
                longest: 3
            }
        );
    }

    #[test]
    fn today_not_yet_practised_keeps_the_streak() {
        let ats = ["2026-03-01T09:00:00+00:00", "2026-03-02T09:00:00+00:00"];
        assert_eq!(streak_of(&ats, date(2026, 3, 3)).current, 2);
        // Two days later it is broken, but the record stays.
        assert_eq!(
            streak_of(&ats, date(2026, 3, 4)),
            Streak {
                current: 0,
                longest: 2
            }
        );
    }

    #[test]
    fn a_one_day_gap_breaks_the_streak() {
        let ats = [
            "2026-02-20T09:00:00+00:00",
            "2026-02-21T09:00:00+00:00",
            "2026-02-22T09:00:00+00:00",
            // 23 February missed.
            "2026-02-24T09:00:00+00:00",
            "2026-02-25T09:00:00+00:00",
        ];
        assert_eq!(
            streak_of(&ats, date(2026, 2, 25)),
            Streak {
                current: 2,
                longest: 3
            }
        );
    }

    #[test]
    fn an_empty_history_has_no_streak() {
        let stats = compute(&[], &catalogue(), date(2026, 3, 1));
        assert_eq!(
            stats.streak,
            Streak {
                current: 0,
                longest: 0
            }
        );
        assert!(stats.days.is_empty());
    }

    #[test]
    fn days_count_attempts_and_accepted_ones() {
        let attempts = vec![
            attempt("2026-03-01T09:00:00+01:00", "two-sum", "wrong_answer"),
            attempt("2026-03-01T09:10:00+01:00", "two-sum", "accepted"),
            attempt("2026-03-01T21:00:00+01:00", "min-stack", "accepted"),
            attempt("2026-03-03T08:00:00+01:00", "clone-graph", "runtime_error"),
        ];
        let stats = compute(&attempts, &catalogue(), date(2026, 3, 3));
        let days: Vec<(String, u32, u32)> = stats
            .days
            .iter()
            .map(|d| (d.date.to_string(), d.attempts, d.solved))
            .collect();
        assert_eq!(
            days,
            [
                ("2026-03-01".to_string(), 3, 2),
                ("2026-03-03".to_string(), 1, 0)
            ]
        );
    }

    #[test]
    fn topic_rows_follow_the_vocabulary_and_cover_only_topics_with_problems() {
        let stats = compute(&[], &catalogue(), date(2026, 3, 1));
        let names: Vec<&str> = stats.topics.iter().map(|t| t.topic.as_str()).collect();
        assert_eq!(
            names,
            [
                "arrays",
                "strings",
                "hashing",
                "stack",
                "binary-search",
                "graphs",
                "design",
                "matrix"
            ]
        );
        let graphs = &stats.topics[5];
        assert_eq!(graphs.total, 3);
        assert_eq!(graphs.solved, 0);
        assert_eq!(graphs.first_try_rate, None);
        assert_eq!(graphs.median_s, None);
        assert_eq!(graphs.over_time_rate, None);
    }

    #[test]
    fn topic_figures() {
        let attempts = vec![
            // number-of-islands: failed first, then solved (over time).
            timed(
                attempt(
                    "2026-03-01T09:00:00+00:00",
                    "number-of-islands",
                    "wrong_answer",
                ),
                900,
                false,
                0,
            ),
            timed(
                attempt("2026-03-01T09:30:00+00:00", "number-of-islands", "accepted"),
                1700,
                true,
                1,
            ),
            // clone-graph: first try.
            timed(
                attempt("2026-03-02T09:00:00+00:00", "clone-graph", "accepted"),
                600,
                false,
                0,
            ),
            // course-schedule: accepted with no session (no elapsed time), then again.
            attempt("2026-03-03T09:00:00+00:00", "course-schedule", "accepted"),
            timed(
                attempt("2026-03-04T09:00:00+00:00", "course-schedule", "accepted"),
                1000,
                false,
                0,
            ),
        ];
        let stats = compute(&attempts, &catalogue(), date(2026, 3, 4));
        let graphs = stats.topics.iter().find(|t| t.topic == "graphs").unwrap();
        assert_eq!(graphs.solved, 3);
        assert_eq!(graphs.total, 3);
        // 2 of 3 problems were accepted at the first attempt.
        assert_eq!(graphs.first_try_rate, Some(2.0 / 3.0));
        // Accepted with a time: 600, 1000, 1700.
        assert_eq!(graphs.median_s, Some(1000));
        // 1 of 4 accepted attempts over time.
        assert_eq!(graphs.over_time_rate, Some(0.25));
        let matrix = stats.topics.iter().find(|t| t.topic == "matrix").unwrap();
        assert_eq!((matrix.solved, matrix.total), (1, 2));
        assert_eq!(matrix.first_try_rate, Some(0.0));
        assert_eq!(matrix.median_s, Some(1700));
        assert_eq!(matrix.over_time_rate, Some(1.0));
        // Even count: the mean of the middle two, rounded down.
        let attempts = vec![
            timed(
                attempt("2026-03-01T09:00:00+00:00", "two-sum", "accepted"),
                301,
                false,
                0,
            ),
            timed(
                attempt("2026-03-01T10:00:00+00:00", "two-sum", "accepted"),
                400,
                false,
                0,
            ),
        ];
        let stats = compute(&attempts, &catalogue(), date(2026, 3, 4));
        assert_eq!(stats.topics[0].median_s, Some(350));
    }

    #[test]
    fn first_attempt_is_the_earliest_in_time_not_in_the_file() {
        let attempts = vec![
            attempt("2026-03-01T10:00:00+00:00", "two-sum", "accepted"),
            // Earlier instant written later (another zone, another process).
            attempt("2026-03-01T10:30:00+05:30", "two-sum", "wrong_answer"),
        ];
        let stats = compute(&attempts, &catalogue(), date(2026, 3, 1));
        assert_eq!(stats.topics[0].first_try_rate, Some(0.0));
        assert_eq!(stats.topics[0].solved, 1);
    }

    #[test]
    fn attempts_at_slugs_no_longer_in_the_catalogue_keep_their_stored_topics() {
        let mut gone = timed(
            attempt("2026-03-01T10:00:00+00:00", "old-problem", "accepted"),
            500,
            false,
            0,
        );
        gone.topics = vec!["graphs".into()];
        let stats = compute(&[gone], &catalogue(), date(2026, 3, 1));
        let graphs = stats.topics.iter().find(|t| t.topic == "graphs").unwrap();
        assert_eq!(graphs.median_s, Some(500));
        assert_eq!((graphs.solved, graphs.total), (0, 3));
    }

    #[test]
    fn serializes_to_the_contract_document() {
        let attempts = vec![attempt(
            "2026-03-01T10:00:00+00:00",
            "two-sum",
            "wrong_answer",
        )];
        let value =
            serde_json::to_value(compute(&attempts, &catalogue(), date(2026, 3, 1))).unwrap();
        let keys = |v: &serde_json::Value| -> Vec<String> {
            v.as_object().unwrap().keys().cloned().collect()
        };
        // docs/contract.md's keys, then ours added.
        assert_eq!(
            keys(&value),
            [
                "streak",
                "days",
                "topics",
                "weak_areas",
                "not_started",
                "complexity"
            ]
        );
        assert_eq!(keys(&value["complexity"]), ["measured", "met", "rate"]);
        assert_eq!(keys(&value["streak"]), ["current", "longest"]);
        assert_eq!(keys(&value["days"][0]), ["date", "attempts", "solved"]);
        assert_eq!(value["days"][0]["date"], "2026-03-01");
        assert_eq!(
            keys(&value["topics"][0]),
            [
                "topic",
                "solved",
                "total",
                "first_try_rate",
                "median_s",
                "over_time_rate"
            ]
        );
        assert_eq!(
            value["topics"][1]["first_try_rate"],
            serde_json::Value::Null
        );
        assert_eq!(
            keys(&value["weak_areas"][0]),
            ["topic", "reason", "suggested"]
        );
    }

    #[test]
    fn a_new_user_has_no_weak_area_and_every_topic_not_started_in_plan_order() {
        let stats = compute(&[], &catalogue(), date(2026, 3, 1));
        assert!(stats.weak_areas.is_empty());
        // arrays and hashing both start at two-sum: a tie broken by name.
        assert_eq!(stats.not_started[..3], ["arrays", "hashing", "strings"]);
        assert_eq!(stats.not_started.len(), stats.topics.len());
    }

    #[test]
    fn failing_strings_twice_makes_strings_weak_not_the_untried_topics() {
        // valid-anagram is hashing and strings: those two are weak, heap or matrix are not.
        let attempts = vec![
            attempt("2026-03-01T10:00:00+00:00", "valid-anagram", "wrong_answer"),
            attempt("2026-03-01T11:00:00+00:00", "valid-anagram", "wrong_answer"),
        ];
        let stats = compute(&attempts, &catalogue(), date(2026, 3, 1));
        let weak: Vec<&str> = stats.weak_areas.iter().map(|w| w.topic.as_str()).collect();
        assert_eq!(weak, ["hashing", "strings"]);
        assert_eq!(
            stats.weak_areas[1].reason,
            "2 of 2 attempts failed; last practised today"
        );
        assert_eq!(
            stats.not_started,
            [
                "arrays",
                "stack",
                "design",
                "binary-search",
                "graphs",
                "matrix"
            ]
        );
    }

    #[test]
    fn a_give_up_shows_on_the_heat_map_but_keeps_no_streak() {
        let attempts = vec![attempt(
            "2026-03-01T10:00:00+00:00",
            "two-sum",
            crate::history::GAVE_UP,
        )];
        let stats = compute(&attempts, &catalogue(), date(2026, 3, 1));
        assert_eq!(stats.days.len(), 1);
        assert_eq!((stats.days[0].attempts, stats.days[0].solved), (1, 0));
        assert_eq!(stats.streak.current, 0);
        assert_eq!(
            stats.weak_areas[0].reason,
            "1 of 1 attempt given up; last practised today"
        );
    }

    /// A few weeks of practice: graphs keeps failing; design had a single clean solve five
    /// weeks ago (little evidence, and stale); binary search failed once two weeks ago; strings
    /// needed hints and ran over time; stack was solved cleanly twice, long ago; arrays is
    /// clean and recent.
    fn weeks_of_practice() -> Vec<Attempt> {
        vec![
            // Stack: clean solves five weeks ago.
            timed(
                attempt("2026-01-20T19:00:00+01:00", "valid-parentheses", "accepted"),
                700,
                false,
                0,
            ),
            timed(
                attempt("2026-01-21T19:00:00+01:00", "min-stack", "accepted"),
                900,
                false,
                0,
            ),
            // Arrays, strings, hashing, matrix: recent and mostly clean.
            timed(
                attempt("2026-02-20T08:00:00+01:00", "two-sum", "accepted"),
                400,
                false,
                0,
            ),
            timed(
                attempt("2026-02-21T08:00:00+01:00", "valid-anagram", "accepted"),
                1600,
                true,
                2,
            ),
            timed(
                attempt("2026-02-27T08:00:00+01:00", "rotate-image", "accepted"),
                800,
                false,
                0,
            ),
            // Binary search: one failure then a solve, two weeks ago.
            timed(
                attempt("2026-02-14T08:00:00+01:00", "binary-search", "wrong_answer"),
                500,
                false,
                0,
            ),
            timed(
                attempt("2026-02-14T08:20:00+01:00", "binary-search", "accepted"),
                900,
                false,
                0,
            ),
            // Graphs: three failures out of four, last one yesterday.
            timed(
                attempt(
                    "2026-02-22T20:00:00+01:00",
                    "number-of-islands",
                    "wrong_answer",
                ),
                1200,
                false,
                1,
            ),
            timed(
                attempt("2026-02-22T20:30:00+01:00", "number-of-islands", "accepted"),
                1800,
                true,
                2,
            ),
            timed(
                attempt("2026-02-28T20:00:00+01:00", "clone-graph", "runtime_error"),
                1000,
                false,
                0,
            ),
            timed(
                attempt(
                    "2026-02-28T21:00:00+01:00",
                    "clone-graph",
                    "time_limit_exceeded",
                ),
                1400,
                false,
                0,
            ),
        ]
    }

    #[test]
    fn weak_areas_from_failures_over_time_hints_and_recency() {
        let stats = compute(&weeks_of_practice(), &catalogue(), date(2026, 3, 1));
        let weak: Vec<(&str, &str)> = stats
            .weak_areas
            .iter()
            .map(|w| (w.topic.as_str(), w.reason.as_str()))
            .collect();
        assert_eq!(
            weak,
            [
                (
                    "graphs",
                    "3 of 4 attempts failed; 1 of 1 solve over time; 3 hints used; last practised yesterday"
                ),
                // design's one clean solve five weeks ago is no evidence of trouble.
                (
                    "binary-search",
                    "1 of 2 attempts failed; last practised 15 days ago"
                ),
                (
                    "strings",
                    "2 attempts, none failed; 1 of 2 solves over time; 2 hints used; last practised 8 days ago"
                ),
            ]
        );
        // Unsolved first, in plan order.
        assert_eq!(
            stats.weak_areas[0].suggested,
            ["clone-graph", "course-schedule", "number-of-islands"]
        );
        // Clean but five weeks old sits between recent trouble and recent clean practice.
        let of = |topic| score(&weeks_of_practice(), &catalogue(), topic, date(2026, 3, 1));
        assert!(of("stack") > of("arrays"));
        assert!(of("stack") < of("graphs"));
    }

    /// The weak-area score of one topic.
    fn score(attempts: &[Attempt], catalogue: &[Problem], topic: &str, today: Date) -> f64 {
        let dated: Vec<Dated> = attempts
            .iter()
            .map(|a| Dated {
                attempt: a,
                instant: a.at.parse().unwrap(),
                date: local_date(&a.at).unwrap(),
            })
            .collect();
        let members: Vec<&Problem> = catalogue
            .iter()
            .filter(|p| p.topics.iter().any(|t| t == topic))
            .collect();
        let tried: Vec<&Dated> = dated
            .iter()
            .filter(|d| members.iter().any(|p| p.slug == d.attempt.slug))
            .collect();
        weakness(topic, &members, &dated, &tried, today).score
    }

    #[test]
    fn recent_practice_weighs_more_than_old() {
        let catalogue = vec![
            problem("a", 1, &["arrays"]),
            problem("b", 2, &["binary-search"]),
            problem("s", 3, &["stack"]),
        ];
        let today = date(2026, 3, 1);
        // The same record everywhere, one failure then one solve; only the dates differ.
        let record = |slug: &str, fail: &str, solve: &str| {
            vec![
                attempt(fail, slug, "wrong_answer"),
                attempt(solve, slug, "accepted"),
            ]
        };
        // An old failure, solved yesterday.
        let arrays = record(
            "a",
            "2026-01-20T10:00:00+00:00",
            "2026-02-28T10:00:00+00:00",
        );
        // A recent failure, solved yesterday.
        let search = record(
            "b",
            "2026-02-27T10:00:00+00:00",
            "2026-02-28T10:00:00+00:00",
        );
        // Both weeks ago.
        let stack = record(
            "s",
            "2026-01-20T10:00:00+00:00",
            "2026-01-21T10:00:00+00:00",
        );
        let arrays = score(&arrays, &catalogue, "arrays", today);
        let search = score(&search, &catalogue, "binary-search", today);
        let stack = score(&stack, &catalogue, "stack", today);
        assert!(search > arrays, "{search} > {arrays}");
        assert!(stack > search, "{stack} > {search}");
        // Staleness alone: a clean solve weeks ago is weaker than one yesterday.
        let clean = |at: &str| vec![attempt(at, "a", "accepted")];
        assert!(
            score(
                &clean("2026-01-20T10:00:00+00:00"),
                &catalogue,
                "arrays",
                today
            ) > score(
                &clean("2026-02-28T10:00:00+00:00"),
                &catalogue,
                "arrays",
                today
            )
        );
    }

    #[test]
    fn a_topic_practised_cleanly_today_is_not_weak() {
        let catalogue = vec![problem("two-sum", 1, &["arrays"])];
        let attempts = vec![attempt("2026-03-01T10:00:00+00:00", "two-sum", "accepted")];
        let stats = compute(&attempts, &catalogue, date(2026, 3, 1));
        assert!(stats.weak_areas.is_empty());
        assert!(compute(&attempts, &catalogue, date(2026, 3, 3))
            .weak_areas
            .is_empty());
        // Two weeks later it is stale, but staleness is no evidence of trouble.
        assert!(compute(&attempts, &catalogue, date(2026, 3, 15))
            .weak_areas
            .is_empty());
    }

    #[test]
    fn weak_areas_are_deterministic() {
        let history = weeks_of_practice();
        let mut reversed = history.clone();
        reversed.reverse();
        let mut shuffled = catalogue();
        shuffled.reverse();
        let today = date(2026, 3, 1);
        assert_eq!(
            compute(&history, &catalogue(), today).weak_areas,
            compute(&reversed, &shuffled, today).weak_areas
        );
    }
}
