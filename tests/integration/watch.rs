//! `judge watch`: a run on each save, keys for hint, submit, pause and
//! quit; plain lines through pipes, and a redrawn screen in a terminal
//! (tmux, where it is installed).

use crate::util::{Env, repo};
use std::io::{BufRead, Read, Write};
use std::process::Child;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const WRONG: &str = "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 {\n        -1\n    }\n}\n";

/// A running `judge watch` and what it has printed so far.
struct Watching {
    child: Child,
    lines: Receiver<String>,
    seen: String,
}

impl Watching {
    fn start(env: &Env, args: &[&str]) -> Watching {
        let mut child = env.spawn(args);
        let out = child.stdout.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watching {
            child,
            lines,
            seen: String::new(),
        }
    }

    /// Reads until a line holds `needle`; fails with the transcript after a
    /// minute.
    #[track_caller]
    fn wait_for(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push_str(&line);
                    self.seen.push('\n');
                    if line.contains(needle) {
                        return line;
                    }
                }
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {
                    let _ = self.child.kill();
                    let mut err = String::new();
                    let _ = self.child.stderr.take().unwrap().read_to_string(&mut err);
                    panic!(
                        "judge watch never printed {needle:?}\n--- stdout:\n{}\n--- stderr:\n{err}",
                        self.seen
                    );
                }
            }
        }
    }

    fn send(&mut self, line: &str) {
        let stdin = self.child.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    /// Waits for it to end by itself, and returns its exit code.
    fn exit_code(mut self) -> i32 {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("judge watch did not quit on `q`\n{}", self.seen);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn reference(id: &str) -> String {
    std::fs::read_to_string(repo(&format!("problems/{id}/reference.rs"))).unwrap()
}

#[test]
fn watch_reruns_on_each_save_and_takes_keys_as_lines_from_a_pipe() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-12-01T10:00:00Z");
    env.judge(&["start", "lc-704"]).code(0);
    env.set("JUDGE_NOW", "2026-12-01T10:01:05Z");
    let file = env.workspace_file("lc-704");
    let mut w = Watching::start(&env, &["watch", "lc-704"]);
    // The stub does not compile: the first run says so.
    let first = w.wait_for("run 1 at");
    assert!(first.contains("some failed"), "{}", w.seen);
    assert!(
        w.seen
            .contains("watch lc-704 · 1:05 of Easy target 10–15 min · within target"),
        "the attempt's clock, from JUDGE_NOW:\n{}",
        w.seen
    );
    assert!(
        !w.seen.contains('\x1b'),
        "no escapes in a pipe:\n{}",
        w.seen
    );
    std::fs::write(&file, WRONG).unwrap();
    let wrong = w.wait_for("run 2 at");
    assert!(wrong.contains("some failed"), "{}", w.seen);
    assert!(w.seen.contains("Wrong Answer"), "{}", w.seen);
    std::fs::write(&file, reference("lc-704")).unwrap();
    let right = w.wait_for("run 3 at");
    assert!(right.contains("all passed"), "{}", w.seen);
    w.send("h");
    w.wait_for("Hint 1 of");
    w.send("z");
    w.wait_for("no key `z`");
    w.send("q");
    assert_eq!(w.exit_code(), 0);
    // Each save ran once (reading the file is no save), and the hint counts.
    env.judge(&["status"])
        .code(0)
        .stdout_has("3 run(s), 1 hint(s)");
}

#[test]
fn watch_polls_with_poll_and_submits_on_s() {
    let env = Env::new();
    env.judge(&["start", "lc-704"]).code(0);
    let file = env.workspace_file("lc-704");
    let mut w = Watching::start(&env, &["watch", "--poll"]);
    w.wait_for("run 1 at");
    assert!(
        w.seen.contains("watching lc-704.rs by polling"),
        "{}",
        w.seen
    );
    std::fs::write(&file, reference("lc-704")).unwrap();
    assert!(w.wait_for("run 2 at").contains("all passed"), "{}", w.seen);
    w.send("s");
    assert!(w.wait_for("submit 3 at").contains("accepted"), "{}", w.seen);
    assert!(w.seen.contains("Accepted"), "{}", w.seen);
    // The header's clock now says how the attempt ended.
    w.send("s");
    w.wait_for("submit 4 at");
    assert!(w.seen.contains("watch lc-704 · accepted at "), "{}", w.seen);
    w.send("q");
    assert_eq!(w.exit_code(), 0);
    env.judge(&["history", "lc-704"])
        .code(0)
        .stdout_has("accepted");
}

#[test]
fn watch_without_a_solution_file_says_how_to_start() {
    let env = Env::new();
    env.judge(&["watch", "lc-704"])
        .code(2)
        .stderr_has("no solution file at")
        .stderr_has("run `judge start lc-704` first");
}

/// A tmux server of this test's own (its own socket), ended when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> String {
        let out = std::process::Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "watch"])
    }

    /// Waits until the screen holds `needle`; fails with the screen after a
    /// minute.
    #[track_caller]
    fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let screen = self.screen();
            if screen.contains(needle) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("the terminal never showed {needle:?}; it shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

fn has_tmux() -> bool {
    let found = std::process::Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("skipped: tmux is not installed (the pipe tests still run)");
    }
    found
}

/// `judge watch lc-704` in an 80x24 tmux pane, under JUDGE_NOW 1:05 into
/// the attempt; the shell then says how it exited and how the terminal is
/// set (`stty -a`). `before` runs in that shell first.
fn watch_in_tmux(env: &Env, before: &str) -> Tmux {
    let command = format!(
        "{before} env JUDGE_HOME='{}' JUDGE_CACHE='{}' XDG_CONFIG_HOME='{}' JUDGE_NOW=2026-12-01T10:01:05Z \
         '{}' --color never watch lc-704; echo EXITED $?; stty -a; sleep 60",
        env.home.path().display(),
        crate::util::shared_cache().display(),
        env.home.path().join("config").display(),
        assert_cmd::cargo::cargo_bin("judge").display(),
    );
    let tmux = Tmux {
        socket: format!(
            "judge-watch-test-{}-{}",
            std::process::id(),
            env.home.path().file_name().unwrap().to_string_lossy()
        ),
    };
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "watch",
        "-x",
        "80",
        "-y",
        "24",
        &command,
    ]);
    tmux
}

#[test]
fn watch_in_a_terminal_keeps_its_header_on_top_and_takes_single_keys() {
    if !has_tmux() {
        return;
    }
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-12-01T10:00:00Z");
    env.judge(&["start", "lc-704"]).code(0);
    let file = env.workspace_file("lc-704");
    let tmux = watch_in_tmux(&env, "");
    tmux.wait_for("run 1 at 10:01 UTC: some failed");
    std::fs::write(&file, WRONG).unwrap();
    let screen = tmux.wait_for("run 2 at 10:01 UTC: some failed");
    let top: Vec<&str> = screen.lines().take(3).collect();
    assert_eq!(
        top[0], "watch lc-704 · 1:05 of Easy target 10–15 min · within target",
        "{screen}"
    );
    assert!(
        top[1].starts_with("run 2 at 10:01 UTC: some failed"),
        "{screen}"
    );
    assert!(screen.contains("example-1: Wrong Answer"), "{screen}");
    assert!(
        !screen.contains("run 1 at"),
        "the screen is redrawn:\n{screen}"
    );
    // A key without Enter.
    tmux.run(&["send-keys", "-t", "watch", "h"]);
    tmux.wait_for("Hint 1 of");
    tmux.run(&["send-keys", "-t", "watch", "q"]);
    let screen = tmux.wait_for("EXITED");
    assert!(screen.contains("EXITED 0"), "{screen}");
    // The terminal is given back as it was: line editing and echo.
    assert!(
        !screen.contains("-icanon") && !screen.contains("-echo "),
        "{screen}"
    );
    env.judge(&["status"]).code(0).stdout_has("1 hint(s)");
}

#[test]
fn watch_gives_the_terminal_back_on_ctrl_c() {
    if !has_tmux() {
        return;
    }
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-12-01T10:00:00Z");
    env.judge(&["start", "lc-704"]).code(0);
    // The shell ignores Ctrl-C, so it lives on to report; judge sets its own
    // handler.
    let tmux = watch_in_tmux(&env, "trap '' INT;");
    tmux.wait_for("run 1 at 10:01 UTC: some failed");
    tmux.run(&["send-keys", "-t", "watch", "C-c"]);
    let screen = tmux.wait_for("EXITED");
    assert!(screen.contains("EXITED 130"), "killed by SIGINT:\n{screen}");
    assert!(
        !screen.contains("-icanon") && !screen.contains("-echo "),
        "{screen}"
    );
}
