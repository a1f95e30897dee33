//! The judge's one error type and its documented exit codes.
//!
//! A verdict is never an error: a rejected solution is a normal result. An
//! `Error` means the judge could not judge (bad arguments, a bad package, a
//! missing toolchain, a sandbox or database failure).

use std::path::PathBuf;

/// Exit codes, documented in the README. CI users depend on them.
pub mod exit_code {
    /// Everything judged was accepted (or the command succeeded).
    pub const ACCEPTED: i32 = 0;
    /// At least one solution was judged and rejected.
    pub const REJECTED: i32 = 1;
    /// The command line was wrong (unknown problem, bad flag value, missing file).
    pub const USAGE: i32 = 2;
    /// The judge could not be set up (toolchain, data directory, bad package, sandbox).
    pub const SETUP: i32 = 3;
    /// A bug in the judge.
    pub const INTERNAL: i32 = 4;
    /// Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).
    pub const INTERRUPTED: i32 = 130;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),
    #[error("{path}: {message}")]
    Package { path: PathBuf, message: String },
    #[error("{0}")]
    Setup(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("history database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("sandbox: {0}")]
    Sandbox(#[from] judge_sandbox::SandboxError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => exit_code::USAGE,
            Error::Package { .. } | Error::Setup(_) | Error::Io { .. } | Error::Database(_) => {
                exit_code::SETUP
            }
            Error::Sandbox(_) => exit_code::SETUP,
            Error::Internal(_) => exit_code::INTERNAL,
        }
    }

    pub fn package(path: impl Into<PathBuf>, message: impl Into<String>) -> Error {
        Error::Package {
            path: path.into(),
            message: message.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Adds "what we were doing" to an I/O error.
pub trait IoContext<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T>;
}

impl<T> IoContext<T> for std::io::Result<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|source| Error::Io {
            context: what(),
            source,
        })
    }
}
