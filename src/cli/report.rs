//! Rendering results for people (and a few shared formatting helpers).
//!
//! Reporting never runs anything: it turns a `Judgement` (or other engine
//! data) into text. Colour honours `--color` and `NO_COLOR`.

use crate::engine::judging::{Failure, Judgement};
pub use crate::engine::text::{abbreviate, duration};
use crate::engine::verdict::Verdict;
use std::fmt::Write as _;
use std::time::Duration;

#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub fn bold(&self, t: &str) -> String {
        self.paint("1", t)
    }
    pub fn dim(&self, t: &str) -> String {
        self.paint("2", t)
    }
    pub fn green(&self, t: &str) -> String {
        self.paint("1;32", t)
    }
    pub fn red(&self, t: &str) -> String {
        self.paint("1;31", t)
    }
    pub fn yellow(&self, t: &str) -> String {
        self.paint("1;33", t)
    }
    pub fn cyan(&self, t: &str) -> String {
        self.paint("36", t)
    }
    pub fn verdict(&self, v: Verdict, text: &str) -> String {
        match v {
            Verdict::Accepted => self.green(text),
            Verdict::JudgeError => self.yellow(text),
            _ => self.red(text),
        }
    }
}

/// `14:03`, the time of day (UTC) of a Unix-milliseconds moment.
pub fn time_of_day(ms: i64) -> String {
    let secs = ms.rem_euclid(86_400_000) / 1000;
    format!("{:02}:{:02}", secs / 3600, secs / 60 % 60)
}

/// `27:41` (minutes:seconds), or `1:02:03`.
pub fn clock(d: Duration) -> String {
    let t = d.as_secs();
    if t >= 3600 {
        format!("{}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60)
    } else {
        format!("{}:{:02}", t / 60, t % 60)
    }
}

pub fn memory(kb: u64) -> String {
    if kb >= 1024 * 10 {
        format!("{} MB", kb / 1024)
    } else {
        format!("{:.1} MB", kb as f64 / 1024.0)
    }
}

/// Where two one-line values first differ, with a caret under it. Long
/// values are shown as a window around the difference.
pub fn diff_lines(style: &Style, expected: &str, actual: &str) -> String {
    let e: Vec<char> = expected.chars().collect();
    let a: Vec<char> = actual.chars().collect();
    let at = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    const WIDTH: usize = 70;
    let start = at.saturating_sub(WIDTH / 2);
    let window = |v: &[char]| -> String {
        let end = (start + WIDTH).min(v.len());
        let mut s = String::new();
        if start > 0 {
            s.push('…');
        }
        s.extend(&v[start.min(v.len())..end]);
        if end < v.len() {
            s.push('…');
        }
        s
    };
    let (ew, aw) = (window(&e), window(&a));
    let offset = at - start + usize::from(start > 0);
    let mut out = String::new();
    let _ = writeln!(out, "  {}  {}", style.dim("expected"), ew);
    let _ = writeln!(
        out,
        "  {}  {}",
        style.dim("  actual"),
        colour_diff(style, &ew, &aw)
    );
    let _ = writeln!(
        out,
        "            {}{}",
        " ".repeat(offset),
        style.yellow("^ first difference")
    );
    out
}

/// The actual value with characters that differ from the expected one in
/// red (a character-level diff from `similar`).
fn colour_diff(style: &Style, expected: &str, actual: &str) -> String {
    if !style.color {
        return actual.to_string();
    }
    let diff = similar::TextDiff::from_chars(expected, actual);
    let mut out = String::new();
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Equal => out.push_str(change.value()),
            similar::ChangeTag::Insert => out.push_str(&style.red(change.value())),
            similar::ChangeTag::Delete => {}
        }
    }
    out
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

/// The full human report of a judgement.
pub fn judgement(style: &Style, j: &Judgement, verbose: bool) -> String {
    let mut out = String::new();
    let headline = match j.verdict {
        Verdict::CompileError => style.red("Compile Error"),
        v => format!(
            "{} {}",
            style.verdict(v, v.name()),
            style.bold(&format!("— {}/{} passed", j.passed, j.total))
        ),
    };
    let _ = writeln!(out, "{headline}");
    if !j.also.is_empty() {
        let parts: Vec<String> = j
            .also
            .iter()
            .map(|o| {
                format!(
                    "{} on {} {}",
                    o.verdict.code(),
                    o.cases,
                    if o.cases == 1 { "case" } else { "cases" }
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "  {}",
            style.dim(&format!("also {} further on", parts.join(", ")))
        );
    }
    for n in &j.notes {
        let _ = writeln!(out, "  {} {}", style.yellow("note:"), printable(n));
    }
    if let Some(d) = &j.diagnostics {
        out.push('\n');
        out.push_str(&indent(&printable(d), "  "));
        return out;
    }
    if let Some(f) = &j.first_failure {
        out.push('\n');
        out.push_str(&failure(style, f));
    }
    out.push_str(&counterexample(
        style,
        j.counterexample.as_ref(),
        j.counterexample_note.as_deref(),
    ));
    if let Some(c) = &j.complexity {
        out.push_str(&growth(style, c));
    }
    out.push('\n');
    out.push_str(&case_table(style, j, verbose));
    let ratio = if j.reference_max_ms > 0.0 {
        format!(
            " ({:.1}x the reference)",
            j.max_time_ms / j.reference_max_ms
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "\n  {} slowest case {} of the {} limit{ratio} · peak memory {} · compile {}",
        style.dim("time"),
        duration(Duration::from_secs_f64(j.max_time_ms / 1e3)),
        duration(Duration::from_secs_f64(j.time_limit_ms / 1e3)),
        memory(j.peak_memory_kb),
        duration(Duration::from_secs_f64(j.compile_ms / 1e3)),
    );
    out
}

/// The measured growth against the intended complexity (`--analyze`), in
/// two lines that fit 80 columns.
pub fn growth(style: &Style, c: &crate::engine::growth::Complexity) -> String {
    let mut out = String::new();
    let label = style.bold("growth");
    let sizes = match (c.points.first(), c.points.last()) {
        (Some(a), Some(b)) => format!("sizes {}..{}, ", a.n, b.n),
        _ => String::new(),
    };
    let took = duration(Duration::from_secs_f64(c.elapsed_ms / 1e3));
    let Some(measured) = &c.measured else {
        let why = c.note.as_deref().unwrap_or("the fit is poor");
        let _ = writeln!(out, "\n  {label} could not tell: {}", printable(why));
        let _ = writeln!(
            out,
            "    {}",
            style.dim(&format!("({sizes}measured in {took})"))
        );
        return out;
    };
    let exponent = c
        .exponent
        .map(|e| format!(" (exponent {e:.1})"))
        .unwrap_or_default();
    let intended = c.intended.as_deref().unwrap_or("not stated");
    let against = match c.comparison.as_deref() {
        Some("worse") => style.red(&format!("worse than the intended {intended}")),
        Some("better") => style.green(&format!("better than the intended {intended}")),
        Some("better by a log factor") => {
            style.green(&format!("a log factor better than the intended {intended}"))
        }
        Some("within a log factor") => format!("within a log factor of the intended {intended}"),
        Some(_) => style.green(&format!("as intended, {intended}")),
        None => format!("intended {intended}, not compared"),
    };
    let _ = writeln!(
        out,
        "\n  {label} grows like {measured}{exponent}: {against}"
    );
    let ratio = match (c.ratio, c.ratio_at) {
        (Some(r), Some(n)) => format!("at n = {n}: {} the reference's time ", times(r)),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "    {ratio}{}",
        style.dim(&format!("({sizes}measured in {took})"))
    );
    if let (Some(note), Some(_)) = (&c.note, &c.measured) {
        let _ = writeln!(out, "    {}", style.dim(&printable(note)));
    }
    out
}

/// `412x`, `1.3x`, `0.42x`.
fn times(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.0}x")
    } else if r >= 1.0 {
        format!("{r:.1}x")
    } else {
        format!("{r:.2}x")
    }
}

/// The smallest failing input found (or why there is none), under the
/// failing hidden case.
pub fn counterexample(
    style: &Style,
    c: Option<&crate::engine::judging::Counterexample>,
    note: Option<&str>,
) -> String {
    let mut out = String::new();
    if let Some(c) = c {
        let args = named_arguments(&c.input, &c.params);
        let _ = writeln!(
            out,
            "\n  {} {}",
            style.bold("smallest failing input found:"),
            abbreviate(&printable(&args), 300)
        );
        let got = match (&c.actual, c.verdict) {
            (Some(a), Verdict::WrongAnswer) => format!("got {}", abbreviate(&printable(a), 200)),
            _ => format!("{}: {}", c.verdict.code(), printable(&c.message)),
        };
        let _ = writeln!(
            out,
            "    → expected {}, {got}",
            abbreviate(&printable(&c.expected), 200)
        );
        let _ = writeln!(
            out,
            "    {}",
            style.dim(&format!(
                "({} inputs tried, {} shrinking steps; `--no-shrink` skips this search)",
                c.tries, c.shrink_steps
            ))
        );
    } else if let Some(note) = note {
        let _ = writeln!(out, "\n  {}", style.dim(&printable(note)));
    }
    out
}

/// `nums = [0,0,0], target = 1` for a function's JSON argument array (the
/// array itself when the names do not match it).
fn named_arguments(input: &str, params: &[String]) -> String {
    match serde_json::from_str::<serde_json::Value>(input) {
        Ok(serde_json::Value::Array(args)) if !params.is_empty() && args.len() == params.len() => {
            params
                .iter()
                .zip(&args)
                .map(|(name, v)| format!("{name} = {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
        _ => input.to_string(),
    }
}

pub fn failure(style: &Style, f: &Failure) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  {} case {} — {}",
        style.verdict(f.verdict, f.verdict.code()),
        style.bold(&format!("`{}`", f.case)),
        printable(&f.message)
    );
    // A stored report's excerpt is already cut to what is shown.
    let shown = |text: &str| match f.excerpt {
        Some(_) => text.to_string(),
        None => abbreviate(text, crate::engine::judging::SHOWN_INPUT_CHARS),
    };
    let _ = writeln!(out, "  {}     {}", style.dim("input"), shown(&f.input));
    match &f.actual {
        Some(actual) if f.verdict == Verdict::WrongAnswer => {
            out.push_str(&diff_lines(style, &f.expected, &printable(actual)));
        }
        _ => {
            let _ = writeln!(out, "  {}  {}", style.dim("expected"), shown(&f.expected));
        }
    }
    if let Some(x) = &f.excerpt {
        let _ = writeln!(
            out,
            "  {}",
            style.dim(&format!(
                "(an excerpt: the history keeps a part of case `{}`, whose input has\n   \
                 {} characters and expected answer {})",
                f.case, x.input_chars, x.expected_chars
            ))
        );
    }
    out.push_str(&printed(
        style,
        "stdout",
        "what your code printed during this case",
        &f.stdout,
    ));
    out.push_str(&printed(
        style,
        "stderr",
        "dbg! and eprintln! during this case",
        &f.stderr,
    ));
    out
}

/// What a solution wrote to one stream during a case, escaped and cut to 20
/// lines, under a label; nothing when it wrote nothing.
pub fn printed(style: &Style, stream: &str, what: &str, text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    format!(
        "  {} ({what}):\n{}",
        style.dim(stream),
        indent(&abbreviate_lines(&printable(text), 20), "    │ ")
    )
}

fn abbreviate_lines(text: &str, max: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= max {
        return text.to_string();
    }
    let mut s = lines[..max].join("\n");
    let _ = write!(s, "\n… {} more lines", lines.len() - max);
    s
}

fn case_table(style: &Style, j: &Judgement, verbose: bool) -> String {
    let mut out = String::new();
    let shown: Vec<&crate::engine::judging::CaseReport> = if verbose || j.cases.len() <= 40 {
        j.cases.iter().collect()
    } else {
        j.cases
            .iter()
            .filter(|c| c.verdict != Some(Verdict::Accepted) || c.sample)
            .collect()
    };
    let width = shown
        .iter()
        .map(|c| c.name.len())
        .max()
        .unwrap_or(8)
        .min(28);
    let cells: Vec<String> = shown
        .iter()
        .map(|c| {
            let mark = match c.verdict {
                Some(Verdict::Accepted) => style.green("✓"),
                Some(v) => style.verdict(v, v.code()),
                None => style.dim("·"),
            };
            let time = c
                .time_ms
                .map(|t| duration(Duration::from_secs_f64(t / 1e3)))
                .unwrap_or_else(|| "—".into());
            let mem = c.memory_kb.map(memory).unwrap_or_else(|| "—".into());
            let mark_pad = match c.verdict {
                Some(Verdict::Accepted) | None => "  ",
                Some(v) => &" ".repeat(3 - v.code().len().min(3)),
            };
            format!(
                "{mark}{mark_pad} {:<width$} {:>9} {:>8}",
                abbreviate(&c.name, width),
                time,
                mem
            )
        })
        .collect();
    let _ = writeln!(out, "  {}", style.dim("cases (time · peak memory)"));
    for pair in cells.chunks(2) {
        let _ = writeln!(out, "    {}", pair.join("    "));
    }
    if shown.len() < j.cases.len() {
        let _ = writeln!(
            out,
            "    {} {} more passed (--verbose lists every case)",
            style.dim("…"),
            j.cases.len() - shown.len()
        );
    }
    out
}

/// Renders a problem statement (Markdown) for a terminal: headings bold,
/// code blocks indented, inline code highlighted.
pub fn markdown(style: &Style, text: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            if in_code {
                out.push('\n');
            }
            in_code = !in_code;
            continue;
        }
        if in_code {
            let _ = writeln!(out, "    {}", style.cyan(line));
            continue;
        }
        if let Some(h) = line.strip_prefix("# ") {
            let _ = writeln!(out, "{}", style.bold(h));
        } else if let Some(h) = line.strip_prefix("## ") {
            let _ = writeln!(out, "{}", style.bold(h));
        } else if let Some(h) = line.strip_prefix("### ") {
            let _ = writeln!(out, "{}", style.bold(h));
        } else {
            let _ = writeln!(out, "{}", inline_code(style, line));
        }
    }
    out
}

fn inline_code(style: &Style, line: &str) -> String {
    if !style.color {
        return line.replace("**", "");
    }
    let mut out = String::new();
    for (i, part) in line.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str(&style.cyan(part));
        } else {
            out.push_str(&part.replace("**", ""));
        }
    }
    out
}

/// Text that came from a solution (its prints, panic messages, answers) or
/// from the compiler quoting it, made safe for a terminal: control characters
/// other than newline and tab are shown as `\x1b`-style escapes, so nothing
/// it wrote can move the cursor, recolour or redraw the report.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// How the user runs judge, for the hints we print: `judge` once installed,
/// `cargo run --release --` while it runs from a checkout's target directory.
pub fn invocation() -> String {
    let from_target = std::env::current_exe()
        .ok()
        .and_then(|exe| {
            exe.parent()
                .map(|d| d.ends_with("target/release") || d.ends_with("target/debug"))
        })
        .unwrap_or(false);
    if from_target && std::env::var_os("CARGO").is_some() {
        "cargo run --release --".into()
    } else {
        "judge".into()
    }
}

/// Serializes a value for `--format json` output.
pub fn print_json<T: serde::Serialize>(value: &T) -> crate::error::Result<()> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| crate::error::Error::Internal(e.to_string()))?;
    println!("{text}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_points_at_first_difference() {
        let s = Style { color: false };
        let d = diff_lines(&s, "[1,2,3]", "[1,2,4]");
        let lines: Vec<&str> = d.lines().collect();
        let caret = lines[2].find('^').unwrap();
        let value_start = lines[0].find('[').unwrap();
        assert_eq!(caret - value_start, 5);
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Duration::from_micros(800)), "0.80 ms");
        assert_eq!(duration(Duration::from_millis(120)), "120 ms");
        assert_eq!(clock(Duration::from_secs(27 * 60 + 41)), "27:41");
    }
}
