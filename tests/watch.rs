//! Watch mode in a real terminal: tmux runs `prep solve`, the test saves a wrong and then a
//! right solution, sees each judged, presses `s`, and finds the attempt logged. scripts/test
//! installs tmux.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-J", "-t", "watch", "-S", "-400"])
    }

    /// Waits until the screen shows `text` (a generous bound that stops a hang).
    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "`{text}` never appeared; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

fn save(path: &Path, text: &str) {
    // Write a new file and rename it over the old one, as many editors do.
    let temp = path.with_extension("tmp");
    std::fs::write(&temp, text).unwrap();
    std::fs::rename(&temp, path).unwrap();
}

#[test]
fn watch_mode_judges_each_save_and_submits_on_s() {
    prep::tools::need("tmux");
    let home = tempfile::tempdir().unwrap();
    let prep = env!("CARGO_BIN_EXE_prep");
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache");
    let tmux = Tmux {
        socket: format!("prep-test-{}", std::process::id()),
    };
    let command = format!(
        "env -i PATH='{}' HOME='{home}' PREP_HOME='{home}' PREP_CACHE='{}' TZ=UTC TERM=xterm NO_COLOR=1 '{prep}' solve two-sum; sleep 30",
        std::env::var("PATH").unwrap(),
        cache.display(),
        home = home.path().display(),
    );
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "watch",
        "-x",
        "160",
        "-y",
        "50",
        &command,
    ]);
    // The scaffold is judged first: it returns None, a wrong answer.
    tmux.wait_for("Watching your file");
    tmux.wait_for("passed 0/3");
    tmux.wait_for("s submit · t test · h hint · q quit");
    let file = home.path().join("solutions/two-sum/solution.py");
    // Wrong: right only on [5, 5].
    save(
        &file,
        "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    );
    tmux.wait_for("passed 1/3");
    save(
        &file,
        "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n",
    );
    tmux.wait_for("Accepted  two-sum · python · passed 3/3");
    tmux.run(&["send-keys", "-t", "watch", "h"]);
    tmux.wait_for("Hint 1 of");
    tmux.run(&["send-keys", "-t", "watch", "s"]);
    let screen = tmux.wait_for("Logged. Well done.");
    assert!(screen.contains("target complexity"), "{screen}");
    let history = std::fs::read_to_string(home.path().join("history.jsonl")).unwrap();
    let attempt: serde_json::Value = serde_json::from_str(history.lines().last().unwrap()).unwrap();
    assert_eq!(attempt["slug"], "two-sum");
    assert_eq!(attempt["verdict"], "accepted");
    assert_eq!(attempt["hints_used"], 1);
    // The scaffold, the wrong and the right save: judging reads the file, which must not
    // count as a change (a few extra runs from rename events are tolerable, a loop is not).
    let runs = attempt["runs"].as_u64().unwrap();
    assert!((3..=8).contains(&runs), "{attempt}");
}
