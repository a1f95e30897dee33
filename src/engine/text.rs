//! The few text helpers the engine's own messages need (a long input cut
//! to a readable length, a duration), shared with the renderer. Everything
//! else about presentation lives in `cli`.

use std::fmt::Write as _;
use std::time::Duration;

/// Shortens `text` to about `max` characters, keeping both ends.
pub fn abbreviate(text: &str, max: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= max {
        return text.to_string();
    }
    let head = max * 2 / 3;
    let tail = max.saturating_sub(head + 1);
    let mut out: String = chars[..head].iter().collect();
    let _ = write!(out, " … ({} characters) … ", chars.len());
    out.extend(&chars[chars.len() - tail..]);
    out
}

/// `1 case`, `3 cases`: a count with its noun, singular for one (every
/// noun we count takes `-s`).
pub fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// `0.8 ms`, `12 ms`, `1.42 s`, `3 min 05 s`.
pub fn duration(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 0.01 {
        format!("{:.2} ms", s * 1e3)
    } else if s < 1.0 {
        format!("{:.0} ms", s * 1e3)
    } else if s < 60.0 {
        format!("{s:.2} s")
    } else {
        let m = (s / 60.0).floor();
        format!("{m:.0} min {:02.0} s", s - m * 60.0)
    }
}

/// `512 KB`, `1.0 MB`, `32.0 MB`, `4.0 GB` (binary units, as limits are set).
pub fn bytes(n: u64) -> String {
    if n >= 1 << 30 {
        format!("{:.1} GB", n as f64 / (1u64 << 30) as f64)
    } else if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / (1u64 << 20) as f64)
    } else if n >= 1 << 10 {
        format!("{:.0} KB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}
