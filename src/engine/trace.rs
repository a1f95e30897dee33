//! `JUDGE_TRACE=1`: print every sandboxed command to stderr (as a shell
//! line) and keep the run directories, so a command can be replayed by
//! hand or by `bench/submit.sh`.

use crate::engine::scratch::ScratchDir;

pub const TRACE_ENV: &str = "JUDGE_TRACE";

pub fn enabled() -> bool {
    std::env::var_os(TRACE_ENV).is_some_and(|v| !v.is_empty() && v != "0")
}

pub fn command(kind: &str, spec: &judge_sandbox::Spec) {
    if !enabled() {
        return;
    }
    let quote = |s: &str| {
        if s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_=./,:+@%".contains(c))
        {
            s.to_string()
        } else {
            format!("'{}'", s.replace('\'', "'\\''"))
        }
    };
    let mut line = format!("cd {} && ", quote(&spec.workdir.display().to_string()));
    line.push_str(&quote(&spec.program.display().to_string()));
    for a in &spec.args {
        line.push(' ');
        line.push_str(&quote(&a.to_string_lossy()));
    }
    if let Some(stdin) = &spec.stdin {
        line.push_str(&format!(" < {}", quote(&stdin.display().to_string())));
    }
    if spec.capture.is_some()
        && spec
            .args
            .iter()
            .any(|a| a.to_string_lossy().starts_with("fd:"))
    {
        // By hand, the results channel is a file.
        line.push_str(&format!(" {}>results", judge_sandbox::CHANNEL_FD));
    }
    eprintln!("judge-trace {kind}: {line}");
}

/// Keeps a temporary directory when tracing (so its files can be replayed).
pub fn keep(dir: ScratchDir) -> Option<ScratchDir> {
    if enabled() {
        dir.keep();
        None
    } else {
        Some(dir)
    }
}
