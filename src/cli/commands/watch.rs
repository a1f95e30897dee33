//! `judge watch`: `judge run` again on each save of the solution file, with
//! the attempt's clock and the last result, and single keys for submit,
//! hint, pause and quit.
//!
//! It owns the watching (file-system events through a debouncer, or polling
//! where events do not come), the terminal (raw keys, the redrawn header)
//! and the loop. What it runs is the other commands' own code: `run`,
//! `submit`, `hint`, `pause` and `resume`, which print their reports as
//! they always do. On a terminal the screen is cleared before each run and
//! the header's clock is redrawn in place each second; otherwise each run is
//! a plain block of lines and keys are read one a line.

use crate::cli::app::App;
use crate::cli::args::{AttemptArgs, Format, RunArgs, SolutionArgs, SubmitArgs, WatchArgs};
use crate::cli::report;
use crate::error::{Error, Result, exit_code};
use crate::practice::history::Clock;
use crate::practice::vocabulary::Outcome;
use notify_debouncer_mini::notify::{self, PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{Config, DebounceEventResult, new_debouncer_opt};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;

/// Saves closer together than this are one save (editors write in steps).
const DEBOUNCE: Duration = Duration::from_millis(250);
/// How often `--poll` looks at the file.
const POLL_INTERVAL: Duration = Duration::from_millis(500);
/// How often the header's clock is redrawn on a terminal.
const TICK: Duration = Duration::from_secs(1);
const KEYS_HELP: &str = "s submit · h hint · p pause · q quit";
/// The header's rows at the top of a terminal: the clock, the last result,
/// the keys.
const HEADER_ROWS: usize = 3;

/// The terminal's height (24 where it cannot be read).
fn terminal_rows() -> usize {
    // SAFETY: winsize is plain data; TIOCGWINSZ fills it or fails.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut w) } == 0;
    if ok && w.ws_row as usize > HEADER_ROWS + 1 {
        w.ws_row as usize
    } else {
        24
    }
}

/// Gives the whole terminal back (no scroll region), the cursor at the
/// bottom, when watch ends.
struct ScreenGuard;

impl Drop for ScreenGuard {
    fn drop(&mut self) {
        println!("\x1b[r\x1b[{};1H", terminal_rows());
        let _ = std::io::stdout().flush();
    }
}

/// What the signal handler writes to give the terminal back: no scroll
/// region, the cursor on the last row (999: the terminal clamps it).
const RESET_SCROLL_REGION: &[u8] = b"\x1b[r\x1b[999;1H\r\n";
static SCREEN_IN_USE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

enum Event {
    Saved,
    Key(char),
    /// stdin ended: no more keys, but saves are still watched.
    KeysClosed,
    WatchFailed(String),
}

/// What the header says about the last run or submission.
struct LastResult {
    what: &'static str,
    number: usize,
    at: i64,
    exit: std::result::Result<i32, ()>,
}

pub fn run(app: &App, args: WatchArgs) -> Result<i32> {
    // The problem and file are resolved once, so a later run cannot drift to
    // another problem (after an accepted submit closes the attempt, say).
    let target = crate::cli::target::resolve_target(app, &args.solution)?;
    let mut solution = args.solution.clone();
    solution.id = Some(target.pkg.id.to_string());
    solution.file = Some(target.file.clone());
    let problem = target.pkg.id.to_string();
    let file = target.file.clone();

    let (tx, rx) = mpsc::channel();
    let (_watcher, polling) = watch(&file, args.poll, tx.clone())?;
    // A dumb terminal cannot move its cursor: plain lines there too.
    let screen =
        std::io::stdout().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb");
    let raw = read_keys(tx);
    let _screen = screen.then(|| {
        SCREEN_IN_USE.store(true, std::sync::atomic::Ordering::SeqCst);
        ScreenGuard
    });
    if raw.is_some() || screen {
        restore_terminal_on_signals();
    }
    let mut w = Watch {
        app,
        solution,
        problem,
        file,
        screen,
        polling,
        runs: 0,
        last: None,
        paused: false,
        ran_mtime: None,
        running: None,
        attempt_id: target.attempt.as_ref().map(|a| a.id),
    };
    if !w.screen {
        println!("keys, one a line: {KEYS_HELP}");
    }
    w.run_again("run");
    loop {
        let event = match rx.recv_timeout(TICK) {
            Ok(e) => e,
            Err(RecvTimeoutError::Timeout) => {
                if w.screen {
                    w.redraw_header();
                }
                // A save the watcher missed (a polling watcher whose first
                // look came after it, an event lost): the file's time says.
                if !w.paused && w.changed() {
                    w.run_again("run");
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        match event {
            Event::Saved => {
                // Saves made during the run are one more run, not many.
                let mut keys = Vec::new();
                while let Ok(e) = rx.try_recv() {
                    if let Event::Key(k) = e {
                        keys.push(k);
                    }
                }
                if !w.changed() {
                    // An event without a save: the judge itself, or an
                    // editor, reading the file.
                } else if w.paused {
                    w.say("saved while paused: `p` resumes and runs it");
                } else {
                    w.run_again("run");
                }
                for k in keys {
                    if !w.key(k) {
                        return Ok(exit_code::ACCEPTED);
                    }
                }
            }
            Event::Key(k) => {
                if !w.key(k) {
                    return Ok(exit_code::ACCEPTED);
                }
            }
            Event::KeysClosed => {}
            Event::WatchFailed(why) => {
                eprintln!(
                    "{} watching {}: {why}",
                    w.app.err_style.red("error:"),
                    w.file.display()
                );
            }
        }
    }
    Ok(exit_code::ACCEPTED)
}

struct Watch<'a> {
    app: &'a App,
    solution: SolutionArgs,
    problem: String,
    file: PathBuf,
    /// stdout is a terminal: redraw in place with ANSI escapes.
    screen: bool,
    /// Polling stands in for file-system events (said in the header).
    polling: bool,
    runs: usize,
    last: Option<LastResult>,
    /// `p`: the clock is paused and saves wait.
    paused: bool,
    /// The file's modification time when it was last run: events that leave
    /// it unchanged (reads) are not saves.
    ran_mtime: Option<std::time::SystemTime>,
    /// What is running now (`run`, `submit`), for the header.
    running: Option<&'static str>,
    /// The attempt in progress when watch began.
    attempt_id: Option<i64>,
}

impl Watch<'_> {
    /// Handles a key; false to quit.
    fn key(&mut self, k: char) -> bool {
        match k {
            'q' | '\u{4}' => return false,
            's' => self.run_again("submit"),
            'h' => {
                println!();
                let r = super::attempt::hint(
                    self.app,
                    AttemptArgs {
                        id: Some(self.problem.clone()),
                    },
                );
                self.show_error(r);
                self.after_output();
            }
            'p' => self.toggle_pause(),
            // Enter, and the rest of an arrow key's escape sequence.
            ' ' | '[' => {}
            c if c.is_control() => {}
            other => self.say(&format!("no key `{other}`: {KEYS_HELP}")),
        }
        true
    }

    /// `judge run` (or `judge submit`) as the commands do it, on a cleared
    /// screen under the header.
    fn run_again(&mut self, what: &'static str) {
        self.runs += 1;
        self.running = Some(what);
        self.ran_mtime = self.mtime();
        if self.screen {
            // The header holds the top rows; the report scrolls below it
            // (a scroll region), so a long report never pushes it away.
            print!(
                "\x1b[r\x1b[H\x1b[2J{}\n{}\n{}\n\x1b[{};{}r\x1b[{};1H",
                self.header_clock(),
                self.header_last(),
                self.app.style.dim(KEYS_HELP),
                HEADER_ROWS + 1,
                terminal_rows(),
                HEADER_ROWS + 1
            );
        } else {
            println!("\n── {}", self.header_clock());
        }
        println!();
        let solution = self.solution.clone();
        let r = if what == "submit" {
            super::submit::run(
                self.app,
                SubmitArgs {
                    solution,
                    format: Format::Human,
                    verbose: false,
                    no_shrink: false,
                    analyze: false,
                },
            )
        } else {
            super::run::run(
                self.app,
                RunArgs {
                    solution,
                    input: None,
                    format: Format::Human,
                },
            )
        };
        let exit = match r {
            Ok(code) => Ok(code),
            Err(e) => {
                self.show_error::<()>(Err(e));
                Err(())
            }
        };
        self.running = None;
        self.last = Some(LastResult {
            what,
            number: self.runs,
            at: Clock::now_ms().unwrap_or(0),
            exit,
        });
        self.after_output();
    }

    fn mtime(&self) -> Option<std::time::SystemTime> {
        std::fs::metadata(&self.file)
            .and_then(|m| m.modified())
            .ok()
    }

    /// Whether the file was saved since it last ran.
    fn changed(&self) -> bool {
        let now = self.mtime();
        now.is_none() || now != self.ran_mtime
    }

    fn toggle_pause(&mut self) {
        let attempt = self
            .app
            .history_for_reading()
            .and_then(|h| h.open_attempt(&self.problem));
        let args = AttemptArgs {
            id: Some(self.problem.clone()),
        };
        println!();
        let r = match attempt {
            Ok(Some(_)) if self.paused => super::attempt::resume(self.app, args),
            Ok(Some(_)) => super::attempt::pause(self.app, args),
            // No clock to stop: only the watching pauses.
            Ok(None) => Ok(exit_code::ACCEPTED),
            Err(e) => Err(e),
        };
        if r.is_ok() {
            self.paused = !self.paused;
            self.say(if self.paused {
                "paused: saves wait until `p` resumes"
            } else {
                "resumed"
            });
            if !self.paused && self.changed() {
                self.run_again("run");
            }
        } else {
            self.show_error(r);
            self.after_output();
        }
    }

    fn say(&mut self, line: &str) {
        println!("{}", self.app.style.dim(line));
        self.after_output();
    }

    fn show_error<T>(&self, r: Result<T>) {
        if let Err(e) = r {
            eprintln!("{} {e}", self.app.err_style.red("error:"));
        }
    }

    /// After a block of output: a terminal gets its header redrawn; plain
    /// output gets a closing line, so a reader knows the block is whole.
    fn after_output(&mut self) {
        if self.screen {
            self.redraw_header();
        } else {
            println!("{}", self.header_last());
        }
        let _ = std::io::stdout().flush();
    }

    /// The first two lines of the screen, rewritten where they stand.
    fn redraw_header(&self) {
        if !self.screen {
            return;
        }
        print!(
            "\x1b7\x1b[1;1H\x1b[2K{}\x1b[2;1H\x1b[2K{}\x1b8",
            self.header_clock(),
            self.header_last()
        );
        let _ = std::io::stdout().flush();
    }

    /// "watch lc-704 · 1:05 of Easy target 10–15 min · within target".
    fn header_clock(&self) -> String {
        let s = &self.app.style;
        let lead = s.bold(&format!("watch {}", self.problem));
        let clock = match self.clock() {
            Ok(ClockView::Ended { outcome, elapsed }) => format!(
                "{} at {} (the attempt has ended)",
                outcome.as_str(),
                report::clock(elapsed)
            ),
            Ok(ClockView::Running { elapsed, paused }) => {
                let line = super::attempt::target_line(self.app, &self.problem, elapsed);
                if paused {
                    format!("{line} · {}", s.yellow("PAUSED"))
                } else {
                    line
                }
            }
            Ok(ClockView::NoAttempt) => format!(
                "no attempt in progress (`judge start {}` starts the clock)",
                self.problem
            ),
            Err(e) => format!("clock unknown: {e}"),
        };
        format!("{lead} · {clock}")
    }

    /// "run 3 at 17:02 UTC: some failed · watching lc-704.rs".
    fn header_last(&self) -> String {
        let s = &self.app.style;
        let last = match (self.running, &self.last) {
            (Some(what), _) => format!("{what} {}: running…", self.runs),
            (None, None) => String::new(),
            (None, Some(l)) => {
                let how = match (l.what, l.exit) {
                    ("submit", Ok(exit_code::ACCEPTED)) => s.green("accepted"),
                    ("submit", Ok(_)) => s.red("rejected"),
                    (_, Ok(exit_code::ACCEPTED)) => s.green("all passed"),
                    (_, Ok(_)) => s.red("some failed"),
                    (_, Err(())) => s.red("could not run"),
                };
                format!(
                    "{} {} at {} UTC: {how}",
                    l.what,
                    l.number,
                    report::time_of_day(l.at)
                )
            }
        };
        let name = self
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let how = if self.polling { " by polling" } else { "" };
        format!("{last} · {}", s.dim(&format!("watching {name}{how}")))
    }

    /// The open attempt's elapsed time and whether it is paused.
    fn clock(&self) -> Result<ClockView> {
        let history = self.app.history_for_reading()?;
        if let Some(a) = history.open_attempt(&self.problem)? {
            let c = history.clock(&a, Clock::now_ms()?)?;
            return Ok(ClockView::Running {
                elapsed: c.elapsed,
                paused: c.paused,
            });
        }
        // The attempt watch began with, once a submit or abandon ends it.
        let ended = match self.attempt_id {
            Some(id) => history.attempt(id)?,
            None => None,
        };
        Ok(
            match ended.and_then(|a| Some((a.outcome?, a.elapsed_ms?))) {
                Some((outcome, ms)) => ClockView::Ended {
                    outcome,
                    elapsed: Duration::from_millis(ms.max(0) as u64),
                },
                None => ClockView::NoAttempt,
            },
        )
    }
}

/// What the header's clock shows.
enum ClockView {
    Running { elapsed: Duration, paused: bool },
    Ended { outcome: Outcome, elapsed: Duration },
    NoAttempt,
}

/// Either debouncer, kept alive for as long as the watching lasts.
type Watcher = Box<dyn std::any::Any>;

/// Watches the file's folder (editors save by writing a new file and
/// renaming it over the old one, which a watch on the file itself loses) and
/// sends `Saved` for events on the file. Falls back to polling where the
/// file system's events cannot be had, and says so.
fn watch(file: &Path, poll: bool, tx: Sender<Event>) -> Result<(Watcher, bool)> {
    let dir = file
        .parent()
        .ok_or_else(|| Error::Usage(format!("{}: not a file in a folder", file.display())))?
        .to_path_buf();
    let name = file.file_name().map(|n| n.to_os_string());
    let handler = move |tx: Sender<Event>| {
        let name = name.clone();
        move |r: DebounceEventResult| {
            let event = match r {
                Ok(events) if events.iter().any(|e| e.path.file_name() == name.as_deref()) => {
                    Event::Saved
                }
                Ok(_) => return,
                Err(e) => Event::WatchFailed(e.to_string()),
            };
            let _ = tx.send(event);
        }
    };
    let config = Config::default().with_timeout(DEBOUNCE);
    if !poll {
        let native =
            new_debouncer_opt::<_, RecommendedWatcher>(config.clone(), handler(tx.clone()))
                .and_then(|mut d| {
                    d.watcher().watch(&dir, RecursiveMode::NonRecursive)?;
                    Ok(d)
                });
        match native {
            Ok(d) => return Ok((Box::new(d), false)),
            Err(e) => eprintln!(
                "note: cannot watch {} for file-system events ({e}): looking at it every {} ms instead",
                dir.display(),
                POLL_INTERVAL.as_millis()
            ),
        }
    }
    let config =
        config.with_notify_config(notify::Config::default().with_poll_interval(POLL_INTERVAL));
    let mut d = new_debouncer_opt::<_, PollWatcher>(config, handler(tx))
        .map_err(|e| Error::Setup(format!("cannot watch {}: {e}", file.display())))?;
    d.watcher()
        .watch(&dir, RecursiveMode::NonRecursive)
        .map_err(|e| Error::Setup(format!("cannot watch {}: {e}", dir.display())))?;
    Ok((Box::new(d), true))
}

/// Starts the thread that reads keys: single keys in raw mode where stdin is
/// a terminal (the guard restores it), else one key a line.
fn read_keys(tx: Sender<Event>) -> Option<RawMode> {
    let raw = if std::io::stdin().is_terminal() {
        RawMode::enter()
    } else {
        None
    };
    let single = raw.is_some();
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        if single {
            let mut byte = [0u8; 1];
            let mut lock = stdin.lock();
            while let Ok(1) = lock.read(&mut byte) {
                if tx
                    .send(Event::Key(byte[0].to_ascii_lowercase() as char))
                    .is_err()
                {
                    return;
                }
            }
        } else {
            for line in stdin.lock().lines() {
                let Ok(line) = line else { break };
                let Some(k) = line.trim().chars().next() else {
                    continue;
                };
                if tx.send(Event::Key(k.to_ascii_lowercase())).is_err() {
                    return;
                }
            }
        }
        let _ = tx.send(Event::KeysClosed);
    });
    raw
}

/// The terminal as it was, for the signal handler (a static: a handler
/// cannot take arguments).
static SAVED_TERMINAL: std::sync::OnceLock<libc::termios> = std::sync::OnceLock::new();

/// Keys without Enter and without echo; Ctrl-C still interrupts. Dropping
/// it restores the terminal (and `restore_and_die` on a signal).
struct RawMode {
    saved: libc::termios,
}

impl RawMode {
    fn enter() -> Option<RawMode> {
        // SAFETY: termios is plain data; tcgetattr fills it or fails.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut t) } != 0 {
            return None;
        }
        let saved = t;
        t.c_lflag &= !(libc::ICANON | libc::ECHO);
        t.c_cc[libc::VMIN] = 1;
        t.c_cc[libc::VTIME] = 0;
        let _ = SAVED_TERMINAL.set(saved);
        // SAFETY: t is a valid termios, read above and changed.
        if unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t) } != 0 {
            return None;
        }
        Some(RawMode { saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // SAFETY: restores what tcgetattr read.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.saved) };
    }
}

/// On Ctrl-C (or SIGTERM, SIGHUP), the terminal is given back before judge
/// dies of the signal as it would have.
fn restore_terminal_on_signals() {
    // SIGINT and SIGTERM are taken by `interrupt`'s thread (blocked here):
    // it gives the terminal back through this hook. SIGHUP comes here.
    crate::cli::interrupt::on_interrupt(give_back_terminal);
    let handler = restore_and_die as extern "C" fn(libc::c_int) as libc::sighandler_t;
    for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        // SAFETY: the handler only calls async-signal-safe functions.
        unsafe { libc::signal(sig, handler) };
    }
}

extern "C" fn restore_and_die(sig: libc::c_int) {
    give_back_terminal();
    // SAFETY: signal and raise are async-signal-safe.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}

/// The terminal as it was and no scroll region; async-signal-safe.
fn give_back_terminal() {
    if let Some(t) = SAVED_TERMINAL.get() {
        // SAFETY: tcsetattr, signal and raise are async-signal-safe.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t) };
    }
    if SCREEN_IN_USE.load(std::sync::atomic::Ordering::SeqCst) {
        // SAFETY: write is async-signal-safe; the buffer is static.
        unsafe {
            libc::write(
                libc::STDOUT_FILENO,
                RESET_SCROLL_REGION.as_ptr().cast(),
                RESET_SCROLL_REGION.len(),
            )
        };
    }
}
