//! Spaced repetition per problem from attempt outcomes, and what to practise next.
//!
//! Pure functions over the history: nothing here reads a file or the clock.
//!
//! **Rating of one attempt** ([`rating`]):
//! - a failed submit (`wrong_answer`, `time_limit_exceeded`, `memory_limit_exceeded`,
//!   `output_limit_exceeded`, `runtime_error`, `compile_error`) or a give-up (`gave_up`) is
//!   **Again**;
//! - accepted but over the timebox, or with two hints or more, is **Hard**;
//! - accepted in under half the timebox, with no hint and no failed attempt earlier that day,
//!   is **Easy** (without a timebox nothing is Easy);
//! - any other accepted attempt (within the timebox, at most one hint) is **Good**;
//! - `internal_error` (prep's fault) or an unknown verdict says nothing about the user: no
//!   rating, the attempt is ignored.
//!
//! **One review a day**: all rated attempts on a problem on the same day (the local date at
//! each entry's own offset, docs/contract.md section 5) make one review, rated by the day's *best*
//! attempt. Fixing a wrong answer on the same day therefore counts as solved (Hard or Good, not
//! Easy), and trying a solved problem again in another language and failing does not undo it.
//! The review happens at the day's last attempt.
//!
//! **Scheduling** ([`schedule`]): each problem's days are replayed in time order through FSRS
//! (`rs-fsrs`, default weights, 90 % retention), one card per slug. Its long-term scheduler is
//! used, whose steps are whole days (the minute-long learning steps make no sense when a day
//! is one review), and fuzz is off, so the same history always gives the same dates. With the
//! default weights a first Good is due in 3 days, a first Easy in about two weeks, and each
//! later success pushes the date further out. A day without a success (Again) is always due
//! the next day: FSRS keeps the lowered stability, but its own post-lapse interval (9 days for
//! a problem solved four times before) assumes the card was relearned in the same session,
//! which a failed day did not do.
//!
//! **Due on a calendar day**: a review falls due at the start of a local date, the day of the
//! last review plus FSRS's interval in days (plus one for Again), never at the hour the last
//! attempt happened. "Today" is the caller's local date, so a review failed at 23:00 is due
//! the next morning, and "due since N days" stays the same all day.
//! Attempts whose `at` does not parse are skipped.
//!
//! **What next** ([`next`]), at most `limit` items, no slug twice, only catalogue problems:
//! 1. reviews that are due, most overdue first;
//! 2. problems never attempted in the caller's weak topics, taken in turn from each topic (the
//!    weakest first), in plan order within a topic;
//! 3. problems never attempted, in plan order.
//!
//! A problem that has been attempted (solved or not) comes back only as a review, when its
//! date comes: one failed today is due tomorrow, not proposed again right away.

use std::collections::{BTreeMap, HashSet};
use std::time::SystemTime;

use jiff::civil::Date;
use jiff::fmt::temporal::Pieces;
use jiff::{SignedDuration, Timestamp};
use rs_fsrs::{Card, Parameters, FSRS};
use serde::Serialize;

use super::Attempt;
use crate::catalog::Problem;

/// How well a problem was recalled, worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Again,
    Hard,
    Good,
    Easy,
}

impl Rating {
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Again => "again",
            Rating::Hard => "hard",
            Rating::Good => "good",
            Rating::Easy => "easy",
        }
    }

    fn fsrs(self) -> rs_fsrs::Rating {
        match self {
            Rating::Again => rs_fsrs::Rating::Again,
            Rating::Hard => rs_fsrs::Rating::Hard,
            Rating::Good => rs_fsrs::Rating::Good,
            Rating::Easy => rs_fsrs::Rating::Easy,
        }
    }
}

/// The verdicts of a submit that the user's code failed (docs/contract.md section 5), and a
/// give-up.
const FAILED: &[&str] = &[
    super::GAVE_UP,
    "wrong_answer",
    "time_limit_exceeded",
    "memory_limit_exceeded",
    "output_limit_exceeded",
    "runtime_error",
    "compile_error",
];

fn failed(attempt: &Attempt) -> bool {
    FAILED.contains(&attempt.verdict.as_str())
}

fn over_time(attempt: &Attempt) -> bool {
    attempt.over_time
        || matches!((attempt.elapsed_s, attempt.timebox_s), (Some(e), Some(t)) if e > t)
}

/// The rating of one attempt (see the module header); `failed_earlier_that_day` is whether a
/// submit on the same problem failed earlier the same day, which rules out Easy. `None` for a
/// verdict that says nothing about the user (`internal_error`, unknown words).
pub fn rating(attempt: &Attempt, failed_earlier_that_day: bool) -> Option<Rating> {
    if failed(attempt) {
        return Some(Rating::Again);
    }
    if attempt.verdict != "accepted" {
        return None;
    }
    if over_time(attempt) || attempt.hints_used >= 2 {
        return Some(Rating::Hard);
    }
    let quick = matches!(
        (attempt.elapsed_s, attempt.timebox_s),
        (Some(e), Some(t)) if t > 0 && e.saturating_mul(2) < t
    );
    if quick && attempt.hints_used == 0 && !failed_earlier_that_day {
        Some(Rating::Easy)
    } else {
        Some(Rating::Good)
    }
}

/// The review state of one problem after replaying its history.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub slug: String,
    /// When FSRS would have it practised again, to the second.
    pub due: Timestamp,
    /// The local date from which it is due (see the module header).
    pub due_day: Date,
    /// The last review: the last attempt of the last day practised.
    pub last: Timestamp,
    /// Days practised.
    pub reps: u32,
    /// Times it was failed after having been known (an Again once past the first day).
    pub lapses: u32,
    /// FSRS stability in days: the interval at which recall drops to 90 %.
    pub stability: f64,
    pub last_rating: Rating,
    /// The local date of the last review, at the entry's own offset.
    pub last_day: Date,
    /// The attempt that rated the last day, in words: "wrong answer", "accepted over time".
    pub last_outcome: String,
    /// Accepted at least once.
    pub solved: bool,
}

/// One item of `prep next` (docs/contract.md section 6: `{"slug", "reason"}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub slug: String,
    /// Why it is proposed, for people: "weakest topic: trees".
    pub reason: String,
}

/// An attempt with its parsed time and local day.
struct Dated<'a> {
    at: Timestamp,
    day: Date,
    attempt: &'a Attempt,
}

fn dated(attempt: &Attempt) -> Option<Dated<'_>> {
    let at = attempt.at.parse::<Timestamp>().ok()?;
    // The date as written, i.e. the local date at the entry's own offset.
    let day = Pieces::parse(attempt.at.as_str()).ok()?.date();
    Some(Dated { at, day, attempt })
}

fn outcome(attempt: &Attempt) -> String {
    if attempt.verdict != "accepted" {
        return attempt.verdict.replace('_', " ");
    }
    let mut text = String::from("accepted");
    if over_time(attempt) {
        text.push_str(" over time");
    }
    match attempt.hints_used {
        0 => {}
        1 => text.push_str(" with 1 hint"),
        n => text.push_str(&format!(" with {n} hints")),
    }
    text
}

fn parameters() -> Parameters {
    Parameters {
        // Whole-day steps: minute-long learning steps mean nothing when a day is one review.
        enable_short_term: false,
        // Off by default in rs-fsrs 1.2 too; said here so the dates stay reproducible.
        enable_fuzz: false,
        ..Parameters::default()
    }
}

/// Replays every problem's attempts through FSRS; one [`Review`] per slug with at least one
/// rated attempt, sorted by slug.
pub fn schedule(attempts: &[Attempt]) -> Vec<Review> {
    let mut by_slug: BTreeMap<&str, Vec<Dated<'_>>> = BTreeMap::new();
    for d in attempts.iter().filter_map(dated) {
        by_slug.entry(d.attempt.slug.as_str()).or_default().push(d);
    }
    let fsrs = FSRS::new(parameters());
    by_slug
        .into_iter()
        .filter_map(|(slug, mut list)| {
            // Stable: attempts at the same instant keep their order in the file.
            list.sort_by_key(|d| d.at);
            replay(&fsrs, slug, &list)
        })
        .collect()
}

fn replay(fsrs: &FSRS, slug: &str, list: &[Dated<'_>]) -> Option<Review> {
    let mut card = Card::default();
    let mut review: Option<Review> = None;
    let mut solved = false;
    for day in list.chunk_by(|a, b| a.day == b.day) {
        let mut failed_earlier = false;
        let mut best: Option<(Rating, &Attempt)> = None;
        let mut last_at = None;
        for d in day {
            let Some(r) = rating(d.attempt, failed_earlier) else {
                continue;
            };
            failed_earlier |= r == Rating::Again;
            solved |= r != Rating::Again;
            last_at = Some(d.at);
            if best.is_none_or(|(b, _)| r > b) {
                best = Some((r, d.attempt));
            }
        }
        let (Some((r, attempt)), Some(at)) = (best, last_at) else {
            continue;
        };
        card = fsrs.next(card, SystemTime::from(at).into(), r.fsrs()).card;
        let mut due = from_chrono(card.due.timestamp(), card.due.timestamp_subsec_nanos());
        if r == Rating::Again {
            // A day without a success is due the next day: our one-day relearning step (FSRS
            // alone would wait days after a lapse, counting on a same-session relearning).
            due = due.min(
                at.saturating_add(SignedDuration::from_hours(24))
                    .unwrap_or(due),
            );
        }
        let interval = if r == Rating::Again {
            1
        } else {
            card.scheduled_days.max(1)
        };
        let due_day = day[0]
            .day
            .checked_add(jiff::Span::new().days(interval))
            .unwrap_or(day[0].day);
        review = Some(Review {
            slug: slug.to_string(),
            due,
            due_day,
            last: at,
            reps: u32::try_from(card.reps).unwrap_or(0),
            lapses: u32::try_from(card.lapses).unwrap_or(0),
            stability: card.stability,
            last_rating: r,
            last_day: day[0].day,
            last_outcome: outcome(attempt),
            solved,
        });
    }
    review
}

fn from_chrono(seconds: i64, nanos: u32) -> Timestamp {
    Timestamp::new(seconds, i32::try_from(nanos).unwrap_or(0)).unwrap_or(Timestamp::MAX)
}

/// What to practise now, and why (see the module header for the order).
pub fn next(
    attempts: &[Attempt],
    problems: &[Problem],
    weak_topics: &[String],
    today: Date,
    limit: usize,
) -> Vec<Suggestion> {
    let known: HashSet<&str> = problems.iter().map(|p| p.slug.as_str()).collect();
    let reviews = schedule(attempts);
    let attempted: HashSet<&str> = reviews.iter().map(|r| r.slug.as_str()).collect();

    let mut picks = Picks {
        items: Vec::new(),
        taken: HashSet::new(),
        limit,
    };

    let mut due: Vec<&Review> = reviews
        .iter()
        .filter(|r| r.due_day <= today && known.contains(r.slug.as_str()))
        .collect();
    due.sort_by(|a, b| {
        a.due_day
            .cmp(&b.due_day)
            .then(a.due.cmp(&b.due))
            .then_with(|| a.slug.cmp(&b.slug))
    });
    for r in due {
        picks.push(&r.slug, review_reason(r, today));
    }
    let number: std::collections::HashMap<&str, usize> = plan_order(problems)
        .iter()
        .enumerate()
        .map(|(i, p)| (p.slug.as_str(), i + 1))
        .collect();

    // Never attempted, in plan order.
    let mut fresh: Vec<&Problem> = problems
        .iter()
        .filter(|p| !attempted.contains(p.slug.as_str()))
        .collect();
    fresh.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.slug.cmp(&b.slug)));

    // One from each weak topic in turn, so a short list still touches every weak area.
    let mut queues: Vec<(&String, std::vec::IntoIter<&Problem>)> = weak_topics
        .iter()
        .map(|t| {
            let list: Vec<&Problem> = fresh
                .iter()
                .copied()
                .filter(|p| p.topics.contains(t))
                .collect();
            (t, list.into_iter())
        })
        .collect();
    while !picks.full() {
        let mut any = false;
        for (topic, queue) in &mut queues {
            // Skip ones already proposed under another weak topic.
            if let Some(p) = queue.find(|p| !picks.taken.contains(p.slug.as_str())) {
                any = true;
                picks.push(&p.slug, format!("weakest topic: {topic}"));
            }
        }
        if !any {
            break;
        }
    }

    for p in fresh {
        picks.push(
            &p.slug,
            format!(
                "next in the plan (#{})",
                number.get(p.slug.as_str()).unwrap_or(&0)
            ),
        );
    }
    picks.items
}

/// The list being built: at most `limit` items, no slug twice.
struct Picks {
    items: Vec<Suggestion>,
    taken: HashSet<String>,
    limit: usize,
}

impl Picks {
    fn full(&self) -> bool {
        self.items.len() >= self.limit
    }

    fn push(&mut self, slug: &str, reason: String) {
        if !self.full() && self.taken.insert(slug.to_string()) {
            self.items.push(Suggestion {
                slug: slug.to_string(),
                reason,
            });
        }
    }
}

/// The catalogue in plan order (ties by slug): `prep list` numbers problems by their place
/// here (from 1), and `prep show 3` takes that number. The plan's own order values may
/// repeat or skip.
pub fn plan_order(problems: &[Problem]) -> Vec<&Problem> {
    let mut list: Vec<&Problem> = problems.iter().collect();
    list.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.slug.cmp(&b.slug)));
    list
}

fn review_reason(review: &Review, today: Date) -> String {
    let days = (today - review.due_day).get_days();
    let when = match days {
        0 => "review due today".to_string(),
        1 => "review due since 1 day".to_string(),
        n => format!("review due since {n} days"),
    };
    format!(
        "{when} (last: {} on {})",
        review.last_outcome, review.last_day
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::problem::{Checker, Difficulty, Limits, Output};
    use crate::catalog::Signature;
    use crate::history::SCHEMA;

    #[test]
    fn the_catalogue_numbers_its_problems_one_to_n_without_repeats() {
        // `list`, `show` and `solve` number problems by their place in plan order; a
        // repeated or skipped `plan.order` made two problems share a number and hid one.
        let catalog = crate::catalog::Catalog::load(None).expect("the embedded catalogue loads");
        let mut orders: Vec<u32> = catalog.problems.iter().map(|p| p.order).collect();
        orders.sort_unstable();
        let expected: Vec<u32> = (1..).take(orders.len()).collect();
        assert_eq!(orders, expected);
        assert_eq!(orders.len(), 150);
    }

    fn attempt(slug: &str, at: &str, verdict: &str) -> Attempt {
        Attempt {
            v: SCHEMA,
            event: "attempt".into(),
            id: at.into(),
            at: at.into(),
            slug: slug.into(),
            language: "python".into(),
            topics: vec![],
            verdict: verdict.into(),
            follow_up: None,
            passed: 3,
            total: 3,
            elapsed_s: Some(900),
            timebox_s: Some(1500),
            over_time: false,
            hints_used: 0,
            runs: 0,
            difficulty: None,
            snapshot: None,
            complexity: None,
        }
    }

    fn good(slug: &str, at: &str) -> Attempt {
        attempt(slug, at, "accepted")
    }

    fn problem(slug: &str, topics: &[&str], order: u32) -> Problem {
        Problem {
            slug: slug.into(),
            title: slug.into(),
            difficulty: Difficulty::Easy,
            topics: topics.iter().map(|t| (*t).to_string()).collect(),
            order,
            blind75: false,
            signature: Signature::Function {
                name: "f".into(),
                params: vec![],
                returns: crate::types::Type::Int,
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
            complexity: crate::catalog::complexity::Complexity::new("", ""),
            hints: vec![],
            examples: vec![],
            tests: vec![],
            generated: vec![],
            follow_up: None,
            statement: String::new(),
            origin: String::new(),
            local: false,
            solutions: vec![],
        }
    }

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    /// The local date of `now` in the zone of the tests' entries that matter (UTC+1 at most).
    fn day(now: Timestamp) -> Date {
        now.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(1)))
            .date()
    }

    fn days_between(a: Timestamp, b: Timestamp) -> i64 {
        b.duration_since(a).as_secs() / 86_400
    }

    fn slugs(items: &[Suggestion]) -> Vec<&str> {
        items.iter().map(|s| s.slug.as_str()).collect()
    }

    #[test]
    fn ratings_follow_the_outcome() {
        let at = "2026-11-20T10:00:00+01:00";
        for verdict in FAILED {
            assert_eq!(
                rating(&attempt("a", at, verdict), false),
                Some(Rating::Again)
            );
        }
        assert_eq!(rating(&attempt("a", at, "internal_error"), false), None);

        let mut a = good("a", at);
        assert_eq!(rating(&a, false), Some(Rating::Good));
        a.hints_used = 1;
        assert_eq!(rating(&a, false), Some(Rating::Good));
        a.hints_used = 2;
        assert_eq!(rating(&a, false), Some(Rating::Hard));

        let mut late = good("a", at);
        late.over_time = true;
        late.elapsed_s = Some(1600);
        assert_eq!(rating(&late, false), Some(Rating::Hard));

        let mut quick = good("a", at);
        quick.elapsed_s = Some(600);
        assert_eq!(rating(&quick, false), Some(Rating::Easy));
        assert_eq!(rating(&quick, true), Some(Rating::Good), "failed earlier");
        quick.hints_used = 1;
        assert_eq!(rating(&quick, false), Some(Rating::Good), "one hint");
        quick.hints_used = 0;
        quick.elapsed_s = Some(750);
        assert_eq!(rating(&quick, false), Some(Rating::Good), "exactly half");

        let mut untimed = good("a", at);
        untimed.elapsed_s = None;
        untimed.timebox_s = None;
        assert_eq!(rating(&untimed, false), Some(Rating::Good));
    }

    #[test]
    fn successive_goods_spread_out_and_again_brings_it_back() {
        // Each review on the day it falls due.
        let mut history = vec![good("a", "2026-01-01T10:00:00+00:00")];
        let mut intervals = Vec::new();
        for _ in 0..4 {
            let r = &schedule(&history)[0];
            intervals.push(days_between(r.last, r.due));
            history.push(good("a", &r.due.to_string()));
        }
        // FSRS default weights, no fuzz: the same every run.
        assert_eq!(intervals, [3, 11, 36, 105]);
        let before = schedule(&history)[0].clone();
        assert_eq!(before.reps, 5);
        assert_eq!(before.lapses, 0);

        history.push(attempt("a", &before.due.to_string(), "wrong_answer"));
        let after = &schedule(&history)[0];
        assert_eq!(after.last_rating, Rating::Again);
        assert_eq!(after.lapses, 1);
        assert!(after.stability < before.stability);
        assert_eq!(days_between(after.last, after.due), 1, "after a lapse");

        // Relearned the next day: out again, but well short of where it was.
        history.push(good("a", &after.due.to_string()));
        let relearned = &schedule(&history)[0];
        let interval = days_between(relearned.last, relearned.due);
        assert!(
            interval >= 2 && interval < intervals[3],
            "relearned: {interval} days, before the lapse: {intervals:?}"
        );
        assert_eq!(interval, 11);
    }

    #[test]
    fn first_ratings_set_the_first_interval() {
        let first = |verdict: &str, elapsed: i64| {
            let mut a = attempt("a", "2026-01-01T10:00:00+00:00", verdict);
            a.elapsed_s = Some(elapsed);
            let r = &schedule(&[a])[0];
            days_between(r.last, r.due)
        };
        let again = first("wrong_answer", 900);
        let good = first("accepted", 900);
        let easy = first("accepted", 300);
        let hard = first("accepted", 1600);
        assert_eq!(again, 1);
        assert_eq!(hard, 2);
        assert_eq!(good, 3);
        assert!(easy > 7, "easy: {easy}");
    }

    #[test]
    fn attempts_on_one_day_are_one_review_rated_by_the_best() {
        let history = vec![
            attempt("a", "2026-03-01T09:00:00+01:00", "wrong_answer"),
            attempt("a", "2026-03-01T09:20:00+01:00", "runtime_error"),
            good("a", "2026-03-01T09:40:00+01:00"),
            // The same problem in another language, failed: still solved that day.
            attempt("a", "2026-03-01T23:30:00+01:00", "compile_error"),
        ];
        let r = &schedule(&history)[0];
        assert_eq!(r.reps, 1);
        assert_eq!(r.lapses, 0);
        assert_eq!(r.last_rating, Rating::Good);
        assert_eq!(r.last_outcome, "accepted");
        assert_eq!(r.last, ts("2026-03-01T23:30:00+01:00"));
        assert!(r.solved);

        // Quick but after a failure that day: Good, not Easy.
        let mut quick = good("b", "2026-03-01T10:00:00+01:00");
        quick.elapsed_s = Some(60);
        let fail = attempt("b", "2026-03-01T09:00:00+01:00", "wrong_answer");
        assert_eq!(
            schedule(&[quick.clone(), fail])[0].last_rating,
            Rating::Good
        );
        assert_eq!(schedule(&[quick])[0].last_rating, Rating::Easy);
    }

    #[test]
    fn the_day_is_the_local_date_at_the_entry_offset() {
        // One hour apart, but on two local dates: two reviews.
        let history = vec![
            good("a", "2026-03-01T23:30:00-05:00"),
            good("a", "2026-03-02T00:30:00-05:00"),
        ];
        assert_eq!(schedule(&history)[0].reps, 2);
        // On two UTC dates, but one local date: one review, on that local date.
        let history = vec![
            good("b", "2026-03-01T09:00:00-05:00"),
            good("b", "2026-03-01T23:30:00-05:00"),
        ];
        let r = &schedule(&history)[0];
        assert_eq!(r.reps, 1);
        assert_eq!(r.last_day.to_string(), "2026-03-01");
    }

    #[test]
    fn unparseable_times_and_internal_errors_are_skipped() {
        let history = vec![
            attempt("a", "yesterday", "wrong_answer"),
            good("a", "2026-03-01T09:00:00+01:00"),
            attempt("a", "2026-03-05T09:00:00", "wrong_answer"),
            attempt("a", "2026-03-06T09:00:00+01:00", "internal_error"),
            attempt("b", "not a time", "accepted"),
            attempt("c", "2026-03-06T09:00:00+01:00", "internal_error"),
        ];
        let reviews = schedule(&history);
        assert_eq!(reviews.len(), 1);
        assert_eq!(reviews[0].slug, "a");
        assert_eq!(reviews[0].reps, 1);
        assert_eq!(reviews[0].last_rating, Rating::Good);
    }

    #[test]
    fn schedule_ignores_file_order() {
        let a = good("a", "2026-03-01T09:00:00+01:00");
        let b = attempt("a", "2026-03-04T09:00:00+01:00", "wrong_answer");
        assert_eq!(schedule(&[a.clone(), b.clone()]), schedule(&[b, a]));
    }

    #[test]
    fn a_failed_problem_is_due_soon_and_comes_first() {
        let problems = vec![
            problem("two-sum", &["arrays"], 1),
            problem("valid-parentheses", &["stack"], 2),
            problem("invert-tree", &["trees"], 3),
        ];
        // Solved the day before: not due yet.
        let mut history = vec![good("two-sum", "2026-11-22T10:00:00+01:00")];
        history.push(attempt(
            "invert-tree",
            "2026-11-20T10:00:00+01:00",
            "wrong_answer",
        ));
        let r = schedule(&history)
            .into_iter()
            .find(|r| r.slug == "invert-tree")
            .unwrap();
        assert_eq!(days_between(r.last, r.due), 1);

        // The same day: it waits for tomorrow.
        let now = ts("2026-11-20T18:00:00+01:00");
        let items = next(&history, &problems, &[], day(now), 10);
        assert!(!slugs(&items).contains(&"invert-tree"), "{items:?}");

        let now = ts("2026-11-23T10:00:00+01:00");
        let items = next(&history, &problems, &[], day(now), 10);
        assert_eq!(slugs(&items), ["invert-tree", "valid-parentheses"]);
        assert_eq!(
            items[0].reason,
            "review due since 2 days (last: wrong answer on 2026-11-20)"
        );
        assert_eq!(items[1].reason, "next in the plan (#2)");
    }

    #[test]
    fn next_orders_reviews_weak_topics_then_the_plan_without_repeats() {
        let problems = vec![
            problem("p1", &["arrays"], 1),
            problem("p2", &["arrays", "hashing"], 2),
            problem("p3", &["trees"], 3),
            problem("p4", &["trees", "graphs"], 4),
            problem("p5", &["graphs"], 5),
            problem("p6", &["stack"], 6),
            problem("p7", &["trees"], 7),
            problem("p8", &["arrays"], 8),
        ];
        let history = vec![
            // Due long ago.
            good("p1", "2026-10-01T10:00:00+00:00"),
            // Failed, due sooner after its date, so less overdue.
            attempt("p8", "2026-11-10T10:00:00+00:00", "wrong_answer"),
            // Solved recently: not due, never proposed.
            good("p2", "2026-11-19T10:00:00+00:00"),
            // Gone from the catalogue.
            good("removed", "2026-10-01T10:00:00+00:00"),
        ];
        let weak = vec!["trees".to_string(), "graphs".to_string()];
        let now = ts("2026-11-20T10:00:00+00:00");
        let items = next(&history, &problems, &weak, day(now), 20);
        assert_eq!(
            slugs(&items),
            ["p1", "p8", "p3", "p4", "p7", "p5", "p6"],
            "{items:#?}"
        );
        let reasons: Vec<&str> = items.iter().map(|s| s.reason.as_str()).collect();
        assert!(reasons[0].starts_with("review due since "), "{reasons:?}");
        assert!(reasons[0].ends_with("(last: accepted on 2026-10-01)"));
        assert_eq!(
            reasons[1],
            "review due since 9 days (last: wrong answer on 2026-11-10)"
        );
        assert_eq!(
            &reasons[2..],
            [
                "weakest topic: trees",
                "weakest topic: graphs",
                "weakest topic: trees",
                "weakest topic: graphs",
                "next in the plan (#6)",
            ]
        );

        let short = next(&history, &problems, &weak, day(now), 3);
        assert_eq!(slugs(&short), ["p1", "p8", "p3"]);
        assert!(next(&history, &problems, &weak, day(now), 0).is_empty());
    }

    #[test]
    fn suggestions_serialize_as_the_contract_says() {
        let s = Suggestion {
            slug: "two-sum".into(),
            reason: "weakest topic: arrays".into(),
        };
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"slug":"two-sum","reason":"weakest topic: arrays"}"#
        );
    }
}
