//! The protocol of a package's own checker program (see
//! `judge_harness::checker`): three lines per case in, one line per case out.

use super::common::{CheckResult, Item, mismatch};
use crate::error::{Error, Result};
use serde_json::Value;
use std::path::Path;

/// The program's stdin: per case the arguments, the expected answer and the
/// answer, each as one line of compact JSON.
pub fn request(items: &[Item]) -> Result<String> {
    let mut out = String::new();
    for it in items {
        let input: Value = serde_json::from_str(it.input)
            .map_err(|e| Error::Internal(format!("a case's input is not JSON: {e}")))?;
        for v in [&input, it.expected, it.actual] {
            out.push_str(&v.to_string());
            out.push('\n');
        }
    }
    Ok(out)
}

/// One result per case from the program's stdout; anything else is the
/// package's error, reported as such (never as the solution's).
pub fn read_reply(reply: &str, cases: usize, path: &Path) -> Result<Vec<CheckResult>> {
    let bad = |what: String| Error::package(path, format!("the checker's reply: {what}"));
    let lines: Vec<&str> = reply.lines().collect();
    if lines.len() != cases {
        return Err(bad(format!(
            "{} line(s) for {cases} case(s) (expected one `ok` or `wrong<TAB>reason` per case)",
            lines.len()
        )));
    }
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| match line.split_once('\t') {
            None if *line == "ok" => Ok(Ok(())),
            Some(("wrong", reason)) if !reason.trim().is_empty() => Ok(mismatch(reason.trim())),
            _ => Err(bad(format!(
                "line {}: `{}` (expected `ok` or `wrong<TAB>reason`)",
                i + 1,
                crate::engine::text::abbreviate(line, 60)
            ))),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_has_three_compact_lines_per_case() {
        let (e, a) = (serde_json::json!("aba"), serde_json::json!("bab"));
        let items = [Item {
            input: "[ \"babad\" ]",
            expected: &e,
            actual: &a,
        }];
        assert_eq!(request(&items).unwrap(), "[\"babad\"]\n\"aba\"\n\"bab\"\n");
    }

    #[test]
    fn replies_are_read_strictly() {
        let p = Path::new("tests/checker.rs");
        let r = read_reply("ok\nwrong\tnot a palindrome\n", 2, p).unwrap();
        assert_eq!(r[0], Ok(()));
        assert_eq!(r[1].as_ref().unwrap_err().message, "not a palindrome");
        assert!(read_reply("ok\n", 2, p).is_err());
        assert!(read_reply("yes\n", 1, p).is_err());
        assert!(read_reply("wrong\t \n", 1, p).is_err());
    }
}
