//! Watch mode: the solution file is judged on every save (debounced), a live clock shows the
//! phase of the timebox, and single keys submit (`s`), test (`t`), show the next hint (`h`)
//! or quit (`q`; the clock keeps running). File events come from `notify`; the file's
//! modification time is also polled, for file systems that send no events.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyModifiers};
use crossterm::terminal;
use notify::Watcher as _;

/// Saves closer together than this are one change.
pub const DEBOUNCE: Duration = Duration::from_millis(200);
const POLL: Duration = Duration::from_millis(500);

/// What the watch loop asks of its caller.
pub enum Action {
    /// Judge the examples and own cases (a save, or `t`).
    Test,
    Submit,
    Hint,
}

/// The phase of a timebox at `elapsed` seconds.
pub fn phase(elapsed: i64, timebox: i64) -> &'static str {
    if elapsed > timebox {
        "over time"
    } else if elapsed >= timebox - 5 * 60 {
        "testing"
    } else {
        "solving"
    }
}

/// Restores the terminal however the loop ends.
struct RawMode;

impl RawMode {
    fn enable() -> std::io::Result<RawMode> {
        terminal::enable_raw_mode()?;
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

/// Prints text while the terminal is raw (which needs `\r\n`).
pub fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "\r\x1b[2K{}", text.replace('\n', "\r\n"));
    let _ = out.flush();
}

/// Runs the loop until `q`. `clock` gives (elapsed, timebox) in seconds; `act` does what a
/// save or key asks and returns text to show, and whether the session ended (an accepted
/// submit ends watch mode too).
pub fn watch(
    files: &[PathBuf],
    clock: &dyn Fn() -> (i64, i64),
    act: &mut dyn FnMut(Action) -> (String, bool),
) -> anyhow::Result<()> {
    let (tx, rx) = mpsc::channel();
    let dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| f.parent().map(Path::to_path_buf))
        .collect();
    // Editors often save by renaming a new file over the old: watch the folder.
    let mut watcher = notify::recommended_watcher(move |e: notify::Result<notify::Event>| {
        // Reading the file (as the judge does) is an event too: only changes count.
        if let Some(e) = e.ok().filter(|e| {
            matches!(
                e.kind,
                notify::EventKind::Create(_) | notify::EventKind::Remove(_)
            ) || matches!(e.kind, notify::EventKind::Modify(m) if !matches!(m, notify::event::ModifyKind::Metadata(_)))
        }) {
            let _ = tx.send(e.paths);
        }
    })
    .ok();
    if let Some(w) = watcher.as_mut() {
        for dir in &dirs {
            if w.watch(dir, notify::RecursiveMode::NonRecursive).is_err() {
                watcher = None;
                break;
            }
        }
    }
    // Kept alive for the whole loop; without it, polling alone notices saves.
    let _watcher = watcher;
    let _raw = RawMode::enable()?;
    let mut stamps: Vec<Option<SystemTime>> = files.iter().map(|f| mtime(f)).collect();
    let mut pending: Option<Instant> = None;
    let mut last_poll = Instant::now();
    let mut last_phase = phase(clock().0, clock().1);
    let run = |action: Action, act: &mut dyn FnMut(Action) -> (String, bool)| -> bool {
        say("judging...");
        let (text, done) = act(action);
        say(&text);
        done
    };
    if run(Action::Test, act) {
        return Ok(());
    }
    loop {
        while let Ok(paths) = rx.try_recv() {
            if paths
                .iter()
                .any(|p| files.iter().any(|f| p.file_name() == f.file_name()))
            {
                pending = Some(Instant::now());
            }
        }
        if last_poll.elapsed() >= POLL {
            last_poll = Instant::now();
            let now: Vec<Option<SystemTime>> = files.iter().map(|f| mtime(f)).collect();
            if now != stamps {
                stamps = now;
                pending.get_or_insert_with(Instant::now);
            }
        }
        if pending.is_some_and(|t| t.elapsed() >= DEBOUNCE) {
            pending = None;
            stamps = files.iter().map(|f| mtime(f)).collect();
            if run(Action::Test, act) {
                return Ok(());
            }
        }
        let (elapsed, timebox) = clock();
        let now_phase = phase(elapsed, timebox);
        if now_phase != last_phase {
            last_phase = now_phase;
            let note = match now_phase {
                "testing" => "Five minutes left: time to test edge cases and submit.\n",
                "over time" => "The timebox is over; the clock keeps going (the attempt will be marked over time).\n",
                _ => "",
            };
            say(note);
        }
        status(elapsed, timebox);
        if event::poll(Duration::from_millis(100))? {
            if let Event::Key(KeyEvent {
                code, modifiers, ..
            }) = event::read()?
            {
                let action = match code {
                    KeyCode::Char('q') => break,
                    KeyCode::Char('c') if modifiers.contains(KeyModifiers::CONTROL) => break,
                    KeyCode::Char('s') => Action::Submit,
                    KeyCode::Char('t') => Action::Test,
                    KeyCode::Char('h') => Action::Hint,
                    _ => continue,
                };
                if run(action, act) {
                    return Ok(());
                }
            }
        }
    }
    say("Left watch mode; the clock keeps running (`prep session` shows it).\n");
    Ok(())
}

fn status(elapsed: i64, timebox: i64) {
    let width = terminal::size().map_or(80, |(w, _)| usize::from(w));
    let line = status_line(elapsed, timebox, width);
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "\r\x1b[2K{line}");
    let _ = out.flush();
}

/// The live status line, kept under `width` columns: a line that wraps would leave its first
/// row behind at every tick (`\r` only goes back to the start of the last row). The key help
/// goes first, then the line is cut.
fn status_line(elapsed: i64, timebox: i64, width: usize) -> String {
    let clock = format!(
        "⏱ {} / {}",
        crate::ui::report::clock(elapsed),
        crate::ui::report::clock(timebox)
    );
    let phase = phase(elapsed, timebox);
    let keys = "   s submit · t test · h hint · q quit";
    let room = width.saturating_sub(1);
    let short = clock.chars().count() + 2 + phase.len();
    if short + keys.chars().count() <= room {
        format!("{clock}  {}{keys}", crate::ui::style::phase(phase))
    } else if short <= room {
        format!("{clock}  {}", crate::ui::style::phase(phase))
    } else {
        crate::ui::text::fit(&clock, room)
    }
}

fn mtime(path: &Path) -> Option<SystemTime> {
    path.metadata().and_then(|m| m.modified()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_line_never_wraps() {
        let _lock = crate::ui::COLOUR_LOCK.lock();
        colored::control::set_override(false);
        for width in [10, 20, 30, 40, 60, 80, 120] {
            let line = status_line(1530, 1500, width);
            assert!(line.chars().count() < width, "{width}: {line}");
        }
        assert!(status_line(60, 1500, 80).ends_with("q quit"));
        assert_eq!(status_line(60, 1500, 30), "⏱ 1:00 / 25:00  solving");
    }

    #[test]
    fn phases_of_a_timebox() {
        assert_eq!(phase(0, 1500), "solving");
        assert_eq!(phase(1199, 1500), "solving");
        assert_eq!(phase(1200, 1500), "testing");
        assert_eq!(phase(1500, 1500), "testing");
        assert_eq!(phase(1501, 1500), "over time");
    }
}
