//! Rendering results for people (and a few shared formatting helpers).
//!
//! Reporting never runs anything: it turns a `Judgement` (or other engine
//! data) into text. Colour honours `--color` and `NO_COLOR`.

use crate::engine::judging::{Failure, Judgement};
pub use crate::engine::text::{abbreviate, duration, plural};
use crate::engine::verdict::Verdict;
use std::fmt::Write as _;
use std::time::Duration;

#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    /// The columns tables and text are laid out in (`terminal_width`).
    pub width: usize,
}

/// The narrowest layout we draw: below it rows would be mostly ellipses.
const MIN_WIDTH: usize = 40;

/// The width to lay output out in: `COLUMNS` when it holds a number, else
/// the terminal's size (of stdout, or stderr for `err_style`), else 80 (a
/// pipe or a file).
pub fn terminal_width(fd: i32) -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .or_else(|| tty_columns(fd))
        .unwrap_or(80)
        .max(MIN_WIDTH)
}

#[cfg(unix)]
fn tty_columns(fd: i32) -> Option<usize> {
    // SAFETY: TIOCGWINSZ fills the `winsize` we own and reads nothing else;
    // on a descriptor that is not a terminal it fails and we ignore it.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) };
    (rc == 0 && size.ws_col > 0).then_some(usize::from(size.ws_col))
}

#[cfg(not(unix))]
fn tty_columns(_fd: i32) -> Option<usize> {
    None
}

/// `text` cut to `width` characters, ending in `…` where it was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// `text` wrapped at spaces into lines of at most `width` characters, the
/// first starting with `first` and the others with `rest` (a hanging
/// indent); a word longer than a line is left whole.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    join_fitting(&words, " ", width, first, rest)
}

/// `parts` joined by `sep` into lines of at most `width` characters,
/// breaking only between parts: the first line starts with `first`, the
/// others with `rest`.
pub fn join_fitting(parts: &[&str], sep: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    let mut empty = true;
    for part in parts {
        let len = line.chars().count();
        if !empty && len + sep.chars().count() + part.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_string();
            empty = true;
        }
        if !empty {
            line.push_str(sep);
        }
        line.push_str(part);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
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

/// Where two one-line values first differ, with a caret under it, the
/// actual one labelled `label` (`actual` in a submit, `output` in a run).
/// Long values are shown as a window, as wide as the terminal allows,
/// around the difference.
pub fn diff_lines(style: &Style, expected: &str, actual: &str, label: &str) -> String {
    let e: Vec<char> = expected.chars().collect();
    let a: Vec<char> = actual.chars().collect();
    let at = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    // `  expected  ` and an ellipsis either side.
    let width = style.width.saturating_sub(12 + 2).max(20);
    let start = at.saturating_sub(width / 2);
    let window = |v: &[char]| -> String {
        let end = (start + width).min(v.len());
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
        style.dim(&format!("{label:>8}")),
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
            .map(|o| format!("{} on {}", o.verdict.code(), plural(o.cases, "case")))
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
    // Below the clock's resolution a time (and a ratio of two) says nothing.
    const RESOLUTION_MS: f64 = 0.01;
    let tiny = j.max_time_ms < RESOLUTION_MS;
    let slowest = if tiny {
        "under 0.01 ms".to_string()
    } else {
        duration(Duration::from_secs_f64(j.max_time_ms / 1e3))
    };
    let ratio = if !tiny && j.reference_max_ms >= RESOLUTION_MS {
        format!(
            " ({:.1}x the reference)",
            j.max_time_ms / j.reference_max_ms
        )
    } else {
        String::new()
    };
    let compile = if j.compile_cached {
        "cached".to_string()
    } else {
        duration(Duration::from_secs_f64(j.compile_ms / 1e3))
    };
    let parts = [
        format!(
            "slowest case {slowest} of the {} limit{ratio}",
            duration(Duration::from_secs_f64(j.time_limit_ms / 1e3))
        ),
        format!("peak memory {}", memory(j.peak_memory_kb)),
        format!("compile {compile}"),
    ];
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let text = join_fitting(&parts, " · ", style.width, "  time ", "       ");
    out.push('\n');
    out.push_str(&text.replacen("time", &style.dim("time"), 1));
    out
}

/// The intended complexity as stated, and where that is in more than n,
/// the class in n it is compared as: "O(n log k), O(n log n) in n".
fn intended(c: &crate::engine::growth::Complexity) -> String {
    match (&c.intended, &c.intended_growth) {
        (Some(i), Some(g)) => format!("{i}, {g} in n"),
        (Some(i), None) => i.clone(),
        (None, _) => "not stated".into(),
    }
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
        if c.comparison.as_deref() == Some("worse") {
            let intended = intended(c);
            let _ = writeln!(
                out,
                "\n  {label} {}",
                style.red(&format!("worse than the intended {intended}"))
            );
            let _ = writeln!(
                out,
                "{}",
                wrap(&printable(why), style.width, "    ", "    ")
            );
            let _ = writeln!(
                out,
                "    {}",
                style.dim(&format!("({sizes}measured in {took})"))
            );
            return out;
        }
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
    let intended = intended(c);
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
                "({} tried, {}; `--no-shrink` skips this search)",
                plural(c.tries, "input"),
                plural(c.shrink_steps, "shrinking step")
            ))
        );
    } else if let Some(note) = note {
        let _ = writeln!(out, "\n  {}", style.dim(&printable(note)));
    }
    out
}

/// `nums = [0,0,0], target = 1` for a function's JSON argument array (the
/// array itself when the names do not match it).
pub fn named_arguments(input: &str, params: &[String]) -> String {
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
    // Wrapped as plain text, then the verdict and the case painted.
    let head = format!("  {} case `{}` — ", f.verdict.code(), f.case);
    let said = wrap(
        &format!("{head}{}", printable(&f.message)),
        style.width,
        "  ",
        "    ",
    );
    match said.strip_prefix(&head) {
        Some(rest) => {
            let _ = write!(
                out,
                "  {} case {} — {rest}",
                style.verdict(f.verdict, f.verdict.code()),
                style.bold(&format!("`{}`", f.case)),
            );
        }
        None => out.push_str(&said),
    }
    // A stored report's excerpt is already cut to what is shown.
    let shown = |text: &str| match f.excerpt {
        Some(_) => text.to_string(),
        None => abbreviate(text, crate::engine::judging::SHOWN_INPUT_CHARS),
    };
    let _ = writeln!(
        out,
        "  {}     {}",
        style.dim("input"),
        shown(&named_arguments(&f.input, &f.params))
    );
    match &f.actual {
        Some(actual) if f.verdict == Verdict::WrongAnswer => {
            out.push_str(&diff_lines(
                style,
                &f.expected,
                &printable(actual),
                "actual",
            ));
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
    // A cell is the mark (4), the name, the time (1 + 9) and the memory
    // (1 + 8); rows are indented 4 and cells kept 4 apart. As many cells a
    // row as fit, and at least one, its name cut to fit.
    const INDENT: usize = 4;
    const GAP: usize = 4;
    const FIXED: usize = 4 + 1 + 9 + 1 + 8;
    let width = shown
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(8)
        .min(28)
        .min(style.width.saturating_sub(INDENT + FIXED).max(8));
    let per_row = ((style.width + GAP).saturating_sub(INDENT) / (FIXED + width + GAP)).max(1);
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
                fit(&c.name, width),
                time,
                mem
            )
        })
        .collect();
    let _ = writeln!(out, "  {}", style.dim("cases (time · peak memory)"));
    for row in cells.chunks(per_row) {
        let _ = writeln!(out, "    {}", row.join("    "));
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

/// `Hint 2: …` (or `Hint 2 of 3: …`), wrapped to the terminal with the
/// text's later lines indented under its first.
pub fn hint(style: &Style, label: &str, text: &str) -> String {
    let head = format!("{label} ");
    let under = " ".repeat(4);
    let wrapped = wrap(text, style.width, &head, &under);
    format!("{}{}", style.bold(label), &wrapped[label.len()..])
}

/// Renders a problem statement (Markdown) for a terminal: headings bold,
/// code blocks indented, inline code highlighted, prose wider than the
/// terminal wrapped (a list item's later lines under its text).
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
        } else if line.chars().count() > style.width {
            let indent = line.len() - line.trim_start().len();
            let item = ["- ", "* "]
                .iter()
                .any(|m| line.trim_start().starts_with(m));
            let rest = " ".repeat(indent + if item { 2 } else { 0 });
            let wrapped = wrap(line, style.width, &line[..indent], &rest);
            let _ = write!(out, "{}", inline_code(style, &wrapped));
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
        let s = Style {
            color: false,
            width: 80,
        };
        let d = diff_lines(&s, "[1,2,3]", "[1,2,4]", "actual");
        let lines: Vec<&str> = d.lines().collect();
        let caret = lines[2].find('^').unwrap();
        let value_start = lines[0].find('[').unwrap();
        assert_eq!(caret - value_start, 5);
    }

    /// An accepted judgement whose slowest case took `max_ms`.
    fn accepted(max_ms: f64, reference_ms: f64, cached: bool) -> Judgement {
        serde_json::from_value(serde_json::json!({
            "verdict": "AC", "passed": 1, "total": 1,
            "cases": [{"name": "example-1", "sample": true, "verdict": "AC",
                       "time_ms": max_ms, "memory_kb": 2048, "detail": null}],
            "first_failure": null, "also": [], "diagnostics": null,
            "compile_ms": 0.16, "compile_cached": cached, "run_ms": 1.0,
            "time_limit_ms": 400.0, "reference_max_ms": reference_ms,
            "max_time_ms": max_ms, "peak_memory_kb": 2048, "stderr": "",
            "sandbox_layers": []
        }))
        .unwrap()
    }

    #[test]
    fn unmeasurable_times_and_cached_builds_say_so() {
        let s = Style {
            color: false,
            width: 80,
        };
        let text = judgement(&s, &accepted(0.004, 0.003, true), false);
        assert!(
            text.contains("slowest case under 0.01 ms of the 400 ms limit · peak"),
            "{text}"
        );
        assert!(!text.contains("the reference"), "{text}");
        assert!(text.contains("compile cached"), "{text}");
        let text = judgement(&s, &accepted(12.0, 10.0, false), false);
        assert!(
            text.contains("12 ms of the 400 ms limit (1.2x the reference)"),
            "{text}"
        );
        assert!(text.contains("compile 0.16 ms"), "{text}");
    }

    #[test]
    fn wrapping_keeps_words_and_parts_whole() {
        assert_eq!(wrap("aa bb cc", 5, "", "  "), "aa bb\n  cc\n");
        assert_eq!(
            join_fitting(&["one two", "three"], " · ", 12, "", " "),
            "one two\n three\n"
        );
        assert_eq!(fit("Longest Substring", 8), "Longest…");
        assert_eq!(fit("short", 8), "short");
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Duration::from_micros(800)), "0.80 ms");
        assert_eq!(duration(Duration::from_millis(120)), "120 ms");
        assert_eq!(clock(Duration::from_secs(27 * 60 + 41)), "27:41");
    }
}
