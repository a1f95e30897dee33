//! A package's own checker: `[checker] kind = "custom"` and `tests/checker.rs`.
//!
//! Some problems accept any of several answers, and only the input tells
//! whether one is valid (any longest palindromic substring of `s`, any course
//! order that respects the prerequisites). Such a package writes its checker
//! as a small program:
//!
//! ```ignore
//! use judge_harness::checker::{serve, Verdict};
//! use judge_harness::conv::FromJson;
//! use judge_harness::json::Value;
//!
//! fn check(input: &[Value], expected: &Value, actual: &Value) -> Verdict {
//!     let s = String::from_json(&input[0])?;
//!     let (e, a) = (String::from_json(expected)?, String::from_json(actual)?);
//!     if a.len() != e.len() {
//!         return Err(format!("length {}, the longest has {}", a.len(), e.len()));
//!     }
//!     if !s.contains(a.as_str()) {
//!         return Err(format!("{a:?} is not a substring of s"));
//!     }
//!     Ok(())
//! }
//!
//! fn main() {
//!     serve(check);
//! }
//! ```
//!
//! `input` holds the case's arguments, `expected` the reference's answer (or
//! the handwritten one) and `actual` the answer being judged, all in
//! LeetCode's literal format. `actual` comes from untrusted code: read it
//! with `FromJson`, which turns a value of the wrong shape into an error and
//! so into a wrong answer. The judge runs the checker after the solution's
//! process has ended, never inside it, with every case of a judgement in one
//! run.
//!
//! The protocol, on stdin and stdout: per case three lines (the arguments,
//! the expected answer, the answer), each one JSON value; per case one line
//! back, `ok` or `wrong<TAB>reason`.

use crate::json::{self, Value};
use std::io::{Read, Write};

/// `Ok(())`: the answer is accepted; `Err(reason)`: it is wrong, and why.
pub type Verdict = Result<(), String>;

/// Reads the cases from stdin, checks each with `check`, and prints one line
/// per case. A line that is not JSON is a protocol error (exit status 2).
pub fn serve(check: fn(&[Value], &Value, &Value) -> Verdict) {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("checker: cannot read stdin: {e}");
        std::process::exit(2);
    }
    let lines: Vec<&str> = text.lines().collect();
    if !lines.len().is_multiple_of(3) {
        eprintln!(
            "checker: expected three lines per case (arguments, expected, answer), found {} lines",
            lines.len()
        );
        std::process::exit(2);
    }
    let mut out = String::new();
    for (k, case) in lines.chunks(3).enumerate() {
        let parsed: Result<Vec<Value>, String> = case.iter().map(|l| json::parse(l)).collect();
        let values = match parsed {
            Ok(v) => v,
            Err(e) => {
                eprintln!("checker: case {}: not JSON: {e}", k + 1);
                std::process::exit(2);
            }
        };
        let Value::Arr(args) = &values[0] else {
            eprintln!("checker: case {}: the arguments are not an array", k + 1);
            std::process::exit(2);
        };
        match check(args, &values[1], &values[2]) {
            Ok(()) => out.push_str("ok\n"),
            Err(reason) => {
                out.push_str("wrong\t");
                out.extend(reason.chars().map(|c| if c.is_control() { ' ' } else { c }));
                out.push('\n');
            }
        }
    }
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let _ = lock.write_all(out.as_bytes());
    let _ = lock.flush();
}
