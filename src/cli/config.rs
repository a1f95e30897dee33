//! `judge.toml`: the user's defaults, below flags and environment
//! variables. It lives in the platform's config directory
//! (`$XDG_CONFIG_HOME/judge/judge.toml`, `~/.config/judge/judge.toml`, or
//! `~/Library/Application Support/judge/judge.toml`), or where `JUDGE_CONFIG`
//! points. A missing file is no error; a bad one names the file, the line,
//! the field, what was found and what was expected.

use crate::engine::compile::EDITIONS;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const CONFIG_ENV: &str = "JUDGE_CONFIG";
pub const CONFIG_FILE: &str = "judge.toml";

#[derive(Debug, Default)]
pub struct Config {
    /// Rust edition for run, submit and grade.
    pub edition: Option<String>,
    pub color: Option<ColorName>,
    pub jobs: Option<usize>,
    /// A folder of problem packages to use instead of the built-in ones.
    problems: Option<Located<PathBuf>>,
    /// Minutes without a save or a judge command after which an attempt's
    /// clock pauses (from its last activity); 0: never.
    pub idle_minutes: Option<u64>,
}

/// A value and where judge.toml set it, for errors found when it is used.
#[derive(Debug)]
struct Located<T> {
    value: T,
    file: PathBuf,
    line: usize,
}

/// judge.toml as written: each field kept with its place in the file, so
/// every error can name the line, and checked by hand, so it can say what
/// was found and what was expected.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    edition: Option<Spanned<toml::Value>>,
    color: Option<Spanned<toml::Value>>,
    jobs: Option<Spanned<toml::Value>>,
    problems: Option<Spanned<toml::Value>>,
    idle_minutes: Option<Spanned<toml::Value>>,
}

const FIELDS: &[&str] = &["edition", "color", "jobs", "problems", "idle_minutes"];

#[derive(Clone, Copy, Debug)]
pub enum ColorName {
    Auto,
    Always,
    Never,
}

impl Config {
    pub fn load() -> Result<Config> {
        let path = match std::env::var_os(CONFIG_ENV).filter(|v| !v.is_empty()) {
            Some(p) => {
                let p = PathBuf::from(p);
                if !p.is_file() {
                    return Err(Error::Setup(format!(
                        "{CONFIG_ENV}={}: no such file",
                        p.display()
                    )));
                }
                p
            }
            None => match default_path() {
                Some(p) if p.is_file() => p,
                _ => return Ok(Config::default()),
            },
        };
        Config::read(&path)
    }

    /// Which judge.toml applies, for `judge doctor`.
    pub fn describe() -> String {
        match std::env::var_os(CONFIG_ENV).filter(|v| !v.is_empty()) {
            Some(p) => format!("{} (from {CONFIG_ENV})", Path::new(&p).display()),
            None => match default_path() {
                Some(p) if p.is_file() => p.display().to_string(),
                Some(p) => format!(
                    "no {} (none at {}): the defaults apply",
                    CONFIG_FILE,
                    p.display()
                ),
                None => format!("no {CONFIG_FILE} (HOME is not set): the defaults apply"),
            },
        }
    }

    fn read(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Setup(format!("cannot read {}: {e}", path.display())))?;
        Config::parse(path, &text)
    }

    fn parse(path: &Path, text: &str) -> Result<Config> {
        let at = |span: std::ops::Range<usize>| line_of(text, span.start);
        let fail = |line: usize, field: &str, found: String, expected: &str| {
            Error::Setup(format!(
                "{}:{line}: field `{field}`: found {found}, expected {expected}",
                path.display()
            ))
        };
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let line = e.span().map(&at).unwrap_or(1);
            let src = text.lines().nth(line - 1).unwrap_or("").trim();
            let message = e.message().trim();
            if let Some(field) = message
                .strip_prefix("unknown field `")
                .and_then(|m| m.split('`').next())
            {
                return fail(
                    line,
                    field,
                    "an unknown field".into(),
                    &format!("one of {}", FIELDS.join(", ")),
                );
            }
            // A syntax error: name the field the line sets, if it sets one.
            let field = src
                .split_once('=')
                .map(|(k, _)| k.trim().trim_matches('"'))
                .filter(|k| !k.is_empty() && !k.contains(char::is_whitespace));
            Error::Setup(format!(
                "{}:{line}: {}{message}: found `{src}`, expected TOML such as `edition = \"2021\"` (strings in double quotes, closed on the same line)",
                path.display(),
                field.map(|f| format!("field `{f}`: ")).unwrap_or_default()
            ))
        })?;
        let mut cfg = Config::default();
        if let Some(v) = raw.edition {
            let line = at(v.span());
            // `edition = 2021` means what `edition = "2021"` does.
            let ed = match v.get_ref() {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(n) => n.to_string(),
                other => return Err(fail(line, "edition", found(other), &editions())),
            };
            if !EDITIONS.contains(&ed.as_str()) {
                return Err(fail(line, "edition", format!("`{ed}`"), &editions()));
            }
            cfg.edition = Some(ed);
        }
        if let Some(v) = raw.color {
            let line = at(v.span());
            const EXPECTED: &str = "one of \"auto\", \"always\", \"never\"";
            cfg.color = Some(match v.get_ref() {
                toml::Value::String(s) => match s.as_str() {
                    "auto" => ColorName::Auto,
                    "always" => ColorName::Always,
                    "never" => ColorName::Never,
                    _ => return Err(fail(line, "color", format!("\"{s}\""), EXPECTED)),
                },
                other => return Err(fail(line, "color", found(other), EXPECTED)),
            });
        }
        if let Some(v) = raw.jobs {
            let line = at(v.span());
            const EXPECTED: &str = "a whole number of processes, at least 1 (`jobs = 2`)";
            cfg.jobs = Some(match v.get_ref() {
                toml::Value::Integer(n) if *n >= 1 => *n as usize,
                other => return Err(fail(line, "jobs", found(other), EXPECTED)),
            });
        }
        if let Some(v) = raw.idle_minutes {
            let line = at(v.span());
            const EXPECTED: &str = "a whole number of minutes, 0 for never (`idle_minutes = 30`)";
            cfg.idle_minutes = Some(match v.get_ref() {
                toml::Value::Integer(n) if *n >= 0 => *n as u64,
                other => return Err(fail(line, "idle_minutes", found(other), EXPECTED)),
            });
        }
        if let Some(v) = raw.problems {
            let line = at(v.span());
            match v.get_ref() {
                toml::Value::String(s) if !s.is_empty() => {
                    cfg.problems = Some(Located {
                        value: PathBuf::from(s),
                        file: path.to_path_buf(),
                        line,
                    })
                }
                other => {
                    return Err(fail(
                        line,
                        "problems",
                        found(other),
                        "the path of a folder of problem packages, as a string",
                    ));
                }
            }
        }
        Ok(cfg)
    }

    /// judge.toml's folder of problem packages, checked now that it is
    /// used (a flag or `JUDGE_PROBLEMS` may override it).
    pub fn problems(&self) -> Result<Option<PathBuf>> {
        let Some(p) = &self.problems else {
            return Ok(None);
        };
        if !p.value.is_dir() {
            return Err(Error::Setup(format!(
                "{}:{}: field `problems`: found {}, which {}, expected a folder of problem packages: fix the path, or remove the line to use the built-in problems",
                p.file.display(),
                p.line,
                p.value.display(),
                if p.value.exists() {
                    "is not a folder"
                } else {
                    "does not exist"
                }
            )));
        }
        Ok(Some(p.value.clone()))
    }
}

/// The 1-based line holding byte `offset` of `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// A TOML value as an error shows it: its type and the value.
fn found(v: &toml::Value) -> String {
    let kind = match v {
        toml::Value::String(_) => "a string",
        toml::Value::Integer(_) => "an integer",
        toml::Value::Float(_) => "a float",
        toml::Value::Boolean(_) => "a boolean",
        toml::Value::Datetime(_) => "a date",
        toml::Value::Array(_) => "an array",
        toml::Value::Table(_) => "a table",
    };
    match v {
        toml::Value::Array(_) | toml::Value::Table(_) => kind.to_string(),
        v => format!("{kind} {v}"),
    }
}

fn editions() -> String {
    format!("one of {} (`edition = \"2021\"`)", EDITIONS.join(", "))
}

/// judge.toml in the platform's config directory (the `directories`
/// crate: `$XDG_CONFIG_HOME` or `~/.config` on Linux, Application Support
/// on macOS).
fn default_path() -> Option<PathBuf> {
    let base = directories::BaseDirs::new()?;
    Some(base.config_dir().join("judge").join(CONFIG_FILE))
}
