//! Shell completion at TAB time. The script `judge completions SHELL`
//! prints calls back into judge (clap_complete's `CompleteEnv`, started
//! first thing in `cli::main`), and the completers here offer what the
//! catalog holds then: problem ids and slugs, patterns, lists, mock presets
//! and difficulties. So a new package, `--problems DIR` or judge.toml's
//! `problems` is seen without making the script again.
//!
//! Completion runs inside the user's shell: it never prints an error there.
//! A catalog that cannot load, for whatever reason, offers nothing.
//! `args` names these completers on its arguments; this file does not
//! know the command line beyond the words before the command.

use crate::cli::config::Config;
use crate::engine::package::{Catalog, Difficulty, PROBLEMS_ENV, slug};
use clap_complete::engine::CompletionCandidate;
use std::collections::BTreeSet;
use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::sync::OnceLock;

/// The environment variable the registration script sets to ask for
/// candidates (clap_complete's default).
pub const VAR: &str = "COMPLETE";

/// The program the script completes.
pub const BIN: &str = "judge";

/// The registration script for `shell`: the same text `COMPLETE=SHELL
/// judge` prints, calling back into this judge at each TAB.
pub fn write_registration(
    shell: clap_complete::Shell,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let name = shell.to_string();
    let shells = clap_complete::env::Shells::builtins();
    let completer = shells
        .completer(&name)
        .ok_or_else(|| std::io::Error::other(format!("no dynamic completion for {name}")))?;
    completer.write_registration(VAR, BIN, BIN, &program(), out)
}

/// How the script calls judge again: as it was called now (`judge` from
/// the PATH stays `judge`; a relative path is made absolute), the rule
/// `CompleteEnv` follows.
fn program() -> String {
    let mut program = PathBuf::from(std::env::args_os().next().unwrap_or_else(|| BIN.into()));
    if program.components().count() > 1
        && let Ok(cwd) = std::env::current_dir()
    {
        program = cwd.join(program);
    }
    program.to_string_lossy().into_owned()
}

/// What completion offers from the catalog, read once per TAB.
struct Known {
    problems: Vec<Problem>,
    patterns: BTreeSet<String>,
    lists: BTreeSet<String>,
}

struct Problem {
    id: String,
    slug: String,
    title: String,
}

fn known() -> Option<&'static Known> {
    static KNOWN: OnceLock<Option<Known>> = OnceLock::new();
    KNOWN.get_or_init(|| quietly(load)).as_ref()
}

/// The catalog judge would use for this command line: `--problems` as
/// typed, else JUDGE_PROBLEMS, else judge.toml's, else the built-in one.
fn load() -> Option<Known> {
    let dir = match problems_typed(&words()) {
        Some(dir) => Some(dir),
        None => match std::env::var_os(PROBLEMS_ENV).filter(|v| !v.is_empty()) {
            Some(dir) => Some(PathBuf::from(dir)),
            None => Config::load().ok()?.problems().ok()?,
        },
    };
    let packages = Catalog::load(dir).ok()?.packages();
    Some(Known {
        problems: packages
            .iter()
            .map(|p| Problem {
                id: p.id.to_string(),
                slug: slug(&p.meta.title),
                title: p.meta.title.clone(),
            })
            .collect(),
        patterns: packages
            .iter()
            .flat_map(|p| p.meta.patterns.iter().cloned())
            .collect(),
        lists: packages
            .iter()
            .flat_map(|p| p.meta.lists.iter().cloned())
            .collect(),
    })
}

/// Runs `f` with panics silenced: a bug met while completing must not
/// print into the shell; it offers nothing instead.
fn quietly<T>(f: impl FnOnce() -> Option<T> + std::panic::UnwindSafe) -> Option<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let out = std::panic::catch_unwind(f).ok().flatten();
    std::panic::set_hook(hook);
    out
}

/// The command line being completed: the shell passes it after `--`.
fn words() -> Vec<OsString> {
    std::env::args_os()
        .skip_while(|a| a != "--")
        .skip(1)
        .collect()
}

/// `--problems DIR` among the words before the command (it is an option of
/// judge itself; `judge mock --problems` lists problem ids). Every option
/// there but `--help` and `--version` takes a value.
fn problems_typed(words: &[OsString]) -> Option<PathBuf> {
    let mut words = words.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        if let Some(dir) = word.strip_prefix("--problems=") {
            return Some(PathBuf::from(dir));
        }
        if !word.starts_with('-') {
            return None;
        }
        let value = if word == "-j" || (word.starts_with("--") && !word.contains('=')) {
            words.next()
        } else {
            None
        };
        if word == "--problems" {
            return value.map(PathBuf::from);
        }
    }
    None
}

/// Problem ids starting with what is typed, each with its title; once
/// something is typed, also the LeetCode slugs (`3sum`, `two-sum`) judge
/// accepts in their place. An empty word offers the ids only, which are
/// the catalog already.
pub fn problems(current: &OsStr) -> Vec<CompletionCandidate> {
    let (Some(typed), Some(known)) = (current.to_str(), known()) else {
        return Vec::new();
    };
    let ids = known
        .problems
        .iter()
        .filter(|p| p.id.starts_with(typed))
        .map(|p| CompletionCandidate::new(&p.id).help(Some(p.title.clone().into())));
    let slugs = known
        .problems
        .iter()
        .filter(|p| !typed.is_empty() && p.slug.starts_with(typed))
        .map(|p| CompletionCandidate::new(&p.slug).help(Some(p.id.clone().into())));
    ids.chain(slugs).collect()
}

pub fn patterns() -> Vec<CompletionCandidate> {
    let Some(known) = known() else {
        return Vec::new();
    };
    known
        .patterns
        .iter()
        .map(CompletionCandidate::new)
        .collect()
}

pub fn lists() -> Vec<CompletionCandidate> {
    let Some(known) = known() else {
        return Vec::new();
    };
    known.lists.iter().map(CompletionCandidate::new).collect()
}

pub fn difficulties() -> Vec<CompletionCandidate> {
    [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard]
        .map(|d| CompletionCandidate::new(d.label().to_ascii_lowercase()))
        .into()
}

/// `judge mock`'s first word: a preset, or `end` or `report`.
pub fn mock_words() -> Vec<CompletionCandidate> {
    let presets = crate::practice::mock::PRESETS
        .iter()
        .map(|p| CompletionCandidate::new(p.name).help(Some(p.about.into())));
    let verbs = [
        ("end", "end the session early and see the report"),
        ("report", "the report of the last session"),
    ]
    .map(|(v, about)| CompletionCandidate::new(v).help(Some(about.into())));
    presets.chain(verbs).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn problems_dir_comes_from_judges_own_options_only() {
        let dir = |line| problems_typed(&words(line));
        assert_eq!(dir("judge --problems p start"), Some("p".into()));
        assert_eq!(dir("judge --problems=p start"), Some("p".into()));
        assert_eq!(
            dir("judge --color never -j 2 --problems p"),
            Some("p".into())
        );
        assert_eq!(dir("judge --color=never --problems p"), Some("p".into()));
        // mock's own --problems lists ids.
        assert_eq!(dir("judge mock --problems lc-1"), None);
        assert_eq!(dir("judge --problems"), None);
        assert_eq!(dir("judge start lc-1"), None);
    }
}
