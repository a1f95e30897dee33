//! `judge.toml`: the user's defaults, below flags and environment
//! variables. It lives in the platform's config directory
//! (`$XDG_CONFIG_HOME/judge/judge.toml`, `~/.config/judge/judge.toml`, or
//! `~/Library/Application Support/judge/judge.toml`), or where `JUDGE_CONFIG`
//! points. A missing file is no error; a bad one names the file and field.

use crate::cli::args::ColorChoice;
use crate::engine::compile::EDITIONS;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const CONFIG_ENV: &str = "JUDGE_CONFIG";
pub const CONFIG_FILE: &str = "judge.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Rust edition for run, submit and grade.
    pub edition: Option<String>,
    pub color: Option<ColorName>,
    pub jobs: Option<usize>,
    /// A folder of problem packages to use instead of the built-in ones.
    pub problems: Option<PathBuf>,
    /// Minutes without a save or a judge command after which an attempt's
    /// clock pauses (from its last activity).
    pub idle_minutes: Option<u64>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorName {
    Auto,
    Always,
    Never,
}

impl From<ColorName> for ColorChoice {
    fn from(c: ColorName) -> ColorChoice {
        match c {
            ColorName::Auto => ColorChoice::Auto,
            ColorName::Always => ColorChoice::Always,
            ColorName::Never => ColorChoice::Never,
        }
    }
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

    fn read(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Setup(format!("cannot read {}: {e}", path.display())))?;
        let cfg: Config = toml::from_str(&text)
            .map_err(|e| Error::Setup(format!("{}: {}", path.display(), e.message().trim())))?;
        if let Some(ed) = &cfg.edition
            && !EDITIONS.contains(&ed.as_str())
        {
            return Err(Error::Setup(format!(
                "{}: field `edition`: `{ed}` (expected one of {})",
                path.display(),
                EDITIONS.join(", ")
            )));
        }
        if cfg.jobs == Some(0) {
            return Err(Error::Setup(format!(
                "{}: field `jobs`: expected at least 1",
                path.display()
            )));
        }
        Ok(cfg)
    }
}

fn default_path() -> Option<PathBuf> {
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from);
    let base = if cfg!(target_os = "macos") {
        home?.join("Library/Application Support")
    } else {
        match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
            Some(v) => PathBuf::from(v),
            None => home?.join(".config"),
        }
    };
    Some(base.join("judge").join(CONFIG_FILE))
}
