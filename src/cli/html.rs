//! `judge report`'s page: one self-contained HTML file with its charts as
//! inline SVG drawn here (no script, no network, no fonts or styles from
//! elsewhere; a Content-Security-Policy keeps it so). It renders data the
//! practice layer computed; every text that comes from data is escaped.

use crate::practice::mock::MockSummary;
use crate::practice::plan::format_date;
use crate::practice::review::ReviewItem;
use crate::practice::stats::{Row, Stats, WeekTime};
use crate::practice::vocabulary::Outcome;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// The first line of every page judge writes: `judge report` overwrites
/// only files that start with it (a report it wrote before).
pub const MARKER: &str = "<!DOCTYPE html>\n<!-- judge report -->";

/// What the page shows, computed by the practice layer.
pub struct Report<'a> {
    pub generated_at: i64,
    pub stats: &'a Stats,
    /// Submissions per day, from `first` to `today` (day numbers).
    pub per_day: &'a BTreeMap<i64, usize>,
    pub first: i64,
    pub today: i64,
    pub weekly: &'a [WeekTime],
    pub mocks: &'a [MockSummary],
    /// Review items, soonest first.
    pub review: &'a [ReviewItem],
    /// Problem titles by id.
    pub titles: &'a HashMap<String, String>,
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}\
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}\
table{border-collapse:collapse}td,th{padding:2px 10px;text-align:left}\
tr:nth-child(even){background:#f6f6f6}.dim{color:#777}.ok{color:#1a7f37}.bad{color:#cf222e}\
svg text{font:11px system-ui,sans-serif;fill:#444}";

pub fn page(r: &Report) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{MARKER}\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
<title>judge report {date}</title><style>{STYLE}</style></head><body>\n\
<h1>Practice report</h1><p class=\"dim\">Written by <code>judge report</code> on {date}.</p>\n",
        date = format_date(crate::practice::plan::day_of(r.generated_at))
    );
    out.push_str("<h2>Submissions</h2>\n");
    out.push_str(&calendar(r.per_day, r.first, r.today));
    out.push_str(
        "<h2>Within target, against the plan's goals</h2>\n\
<p class=\"dim\">Share of attempts accepted within the target time; the line is the goal.</p>\n",
    );
    out.push_str(&bars("by-difficulty", &r.stats.by_difficulty));
    out.push_str("<h3>By pattern</h3>\n");
    if r.stats.by_pattern.is_empty() {
        out.push_str("<p class=\"dim\">No finished attempts yet.</p>\n");
    } else {
        out.push_str(&bars("by-pattern", &r.stats.by_pattern));
    }
    for (what, p) in [
        ("Slowest pattern", &r.stats.slowest_pattern),
        ("Fails most", &r.stats.most_failing_pattern),
    ] {
        if let Some(p) = p {
            let _ = writeln!(out, "<p><b>{what}:</b> {}</p>", escape(p));
        }
    }
    out.push_str(
        "<h2>Time against target, per week</h2>\n\
<p class=\"dim\">Median of accepted attempts' time over the target's upper end; below the line is within target.</p>\n",
    );
    out.push_str(&weekly(r.weekly));
    out.push_str("<h2>Mock interviews</h2>\n");
    out.push_str(&mocks(r.mocks, r.titles));
    out.push_str("<h2>Coming up in review</h2>\n");
    out.push_str(&review(r.review, r.titles, r.generated_at));
    out.push_str("</body></html>\n");
    out
}

/// A GitHub-style grid: a column per week, Monday at the top.
fn calendar(per_day: &BTreeMap<i64, usize>, first: i64, today: i64) -> String {
    const CELL: i64 = 13;
    let weeks = (today - first) / 7 + 1;
    let (w, h) = (40 + weeks * CELL, 30 + 7 * CELL);
    let mut svg = format!(
        "<svg id=\"calendar\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\"><title>Submissions per day</title>\n"
    );
    for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].iter().enumerate() {
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{}\">{name}</text>",
            row as i64 * CELL + 10
        );
    }
    for d in first..=today {
        let n = per_day.get(&d).copied().unwrap_or(0);
        let fill = match n {
            0 => "#ebedf0",
            1 => "#9be9a8",
            2..=3 => "#40c463",
            _ => "#216e39",
        };
        let _ = write!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"11\" height=\"11\" rx=\"2\" fill=\"{fill}\"><title>{}: {n} submission(s)</title></rect>",
            36 + (d - first) / 7 * CELL,
            (d - first) % 7 * CELL,
            format_date(d)
        );
    }
    let total: usize = per_day.values().sum();
    let _ = writeln!(
        svg,
        "<text x=\"36\" y=\"{}\">{total} submission(s) from {} to {}</text></svg>",
        7 * CELL + 16,
        format_date(first),
        format_date(today)
    );
    svg
}

/// One horizontal bar per row (share within target), with the row's goal
/// as a line where it has one.
fn bars(id: &str, rows: &[Row]) -> String {
    const LABEL: usize = 190;
    const WIDTH: usize = 400;
    let h = rows.len() * 22 + 10;
    let w = LABEL + WIDTH + 260;
    let mut svg = format!(
        "<svg id=\"{id}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\">\n"
    );
    for (i, r) in rows.iter().enumerate() {
        let y = i * 22 + 4;
        let filled = (r.within_target_percent / 100.0 * WIDTH as f64).round();
        let met = r
            .goal_percent
            .is_some_and(|g| r.within_target_percent >= g as f64);
        let colour = match r.goal_percent {
            Some(_) if met => "#2da44e",
            Some(_) => "#cf222e",
            None => "#0969da",
        };
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{}\">{}</text>\
<rect x=\"{LABEL}\" y=\"{y}\" width=\"{WIDTH}\" height=\"16\" fill=\"#ebedf0\"/>\
<rect x=\"{LABEL}\" y=\"{y}\" width=\"{filled}\" height=\"16\" fill=\"{colour}\"/>",
            y + 12,
            escape(&r.name)
        );
        if let Some(g) = r.goal_percent {
            let x = LABEL as f64 + g as f64 / 100.0 * WIDTH as f64;
            let _ = write!(
                svg,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#222\" stroke-width=\"2\"><title>goal {g}%</title></line>",
                y - 2,
                y + 18
            );
        }
        let goal = r
            .goal_percent
            .map(|g| format!(" (goal {g}%)"))
            .unwrap_or_default();
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\">{:.0}% of {} within target{goal}</text>",
            LABEL + WIDTH + 8,
            y + 12,
            r.within_target_percent,
            r.attempts
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Points joined by a line, one per week with accepted attempts, against
/// the target (ratio 1).
fn weekly(weeks: &[WeekTime]) -> String {
    let (Some(first), Some(last)) = (weeks.first(), weeks.last()) else {
        return "<p class=\"dim\">No accepted attempts yet.</p>\n".into();
    };
    const W: f64 = 700.0;
    const H: f64 = 200.0;
    const LEFT: f64 = 40.0;
    let top = weeks
        .iter()
        .map(|w| w.median_target_ratio)
        .fold(2.0f64, f64::max)
        .ceil();
    let span = ((last.week_start - first.week_start) / 7).max(1) as f64;
    let x = |w: &WeekTime| LEFT + (w.week_start - first.week_start) as f64 / 7.0 / span * W;
    let y = |ratio: f64| 10.0 + H - ratio / top * H;
    let mut svg = format!(
        "<svg id=\"weekly-time\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\">\n",
        w = LEFT + W + 60.0,
        h = H + 40.0
    );
    let _ = write!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"{t}\" x2=\"{r}\" y2=\"{t}\" stroke=\"#2da44e\" stroke-dasharray=\"4\"/>\
<text x=\"{tx}\" y=\"{ty}\">target</text>\
<text x=\"0\" y=\"14\">{top}x</text><text x=\"0\" y=\"{b}\">0</text>",
        t = y(1.0),
        r = LEFT + W,
        tx = LEFT + W + 6.0,
        ty = y(1.0) + 4.0,
        b = 10.0 + H
    );
    let points: Vec<String> = weeks
        .iter()
        .map(|w| format!("{:.1},{:.1}", x(w), y(w.median_target_ratio)))
        .collect();
    let _ = write!(
        svg,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\"/>",
        points.join(" ")
    );
    for w in weeks {
        let colour = if w.median_target_ratio <= 1.0 {
            "#2da44e"
        } else {
            "#cf222e"
        };
        let _ = write!(
            svg,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{colour}\"><title>week of {}: {:.2}x target over {} accepted</title></circle>",
            x(w),
            y(w.median_target_ratio),
            format_date(w.week_start),
            w.median_target_ratio,
            w.accepted
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{LEFT}\" y=\"{b}\">week of {}</text><text x=\"{e}\" y=\"{b}\" text-anchor=\"end\">week of {}</text></svg>",
        format_date(first.week_start),
        format_date(last.week_start),
        b = H + 32.0,
        e = LEFT + W
    );
    svg
}

fn mocks(mocks: &[MockSummary], titles: &HashMap<String, String>) -> String {
    if mocks.is_empty() {
        return "<p class=\"dim\">No mock interviews yet (<code>judge mock two-medium-50</code> starts one).</p>\n".into();
    }
    let mut out = String::from(
        "<table id=\"mocks\"><tr><th>#</th><th>date</th><th>session</th><th>solved</th><th>time used</th><th>problems</th></tr>\n",
    );
    for m in mocks {
        let problems: Vec<String> = m
            .problems
            .iter()
            .map(|(id, outcome)| {
                let (class, what) = match outcome {
                    Some(Outcome::Accepted) => ("ok", "accepted"),
                    Some(o) => ("bad", o.as_str()),
                    None => ("dim", "open"),
                };
                format!(
                    "{} <span class=\"dim\">{}</span> <span class=\"{class}\">{what}</span>",
                    escape(id),
                    escape(titles.get(id).map(String::as_str).unwrap_or(""))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}/{}</td><td>{} of {} min{}</td><td>{}</td></tr>",
            m.mock.id,
            format_date(crate::practice::plan::day_of(m.mock.started_at)),
            escape(&m.mock.name),
            m.solved,
            m.problems.len(),
            crate::cli::report::clock(std::time::Duration::from_millis(m.used_ms as u64)),
            m.mock.minutes,
            if m.mock.ended_at.is_none() {
                " (running)"
            } else {
                ""
            },
            problems.join("<br>")
        );
    }
    out.push_str("</table>\n");
    out
}

fn review(items: &[ReviewItem], titles: &HashMap<String, String>, now: i64) -> String {
    if items.is_empty() {
        return "<p class=\"dim\">Nothing to review yet: problems come back here after you finish attempts at them.</p>\n".into();
    }
    let mut out = String::from(
        "<table id=\"review\"><tr><th>problem</th><th>title</th><th>due</th><th>last attempt</th></tr>\n",
    );
    for r in items.iter().take(15) {
        let due = if r.due_at <= now {
            "<span class=\"bad\">due now</span>".to_string()
        } else {
            format_date(crate::practice::plan::day_of(r.due_at))
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{due}</td><td>{}</td></tr>",
            escape(&r.problem),
            escape(titles.get(&r.problem).map(String::as_str).unwrap_or("")),
            escape(r.reason)
        );
    }
    out.push_str("</table>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<b a="1">Tom & 'Jerry'</b>"#),
            "&lt;b a=&quot;1&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }
}
