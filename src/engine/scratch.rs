//! The temporary directories the judge makes while judging (run
//! directories holding hidden inputs, private links to compiled binaries):
//! each is registered while it lives, so an interrupted judge can remove
//! them all before it exits (`remove_all`), and one killed outright leaves
//! names that say whose they were, for the next judge to sweep
//! (`sweep_stale`). Catching the signal and saying so is the command line's.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

/// A directory left by a judge that is gone counts as stale after this long
/// (a pid can be reused; a young directory may still be in use).
pub const STALE_AFTER: Duration = Duration::from_secs(5 * 60);

struct Registry {
    live: BTreeSet<PathBuf>,
    /// Set by `remove_all`: no new directory is made after it.
    closed: bool,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    live: BTreeSet::new(),
    closed: false,
});

fn registry() -> std::sync::MutexGuard<'static, Registry> {
    REGISTRY.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A temporary directory named `<prefix><pid>-XXXXXX`, removed when dropped.
#[derive(Debug)]
pub struct ScratchDir {
    dir: Option<tempfile::TempDir>,
}

impl ScratchDir {
    /// Makes the directory in `base`. Made under the registry's lock, so
    /// `remove_all` never misses one being made.
    pub fn new_in(base: &Path, prefix: &str) -> std::io::Result<ScratchDir> {
        let mut reg = registry();
        if reg.closed {
            return Err(std::io::Error::new(
                std::io::ErrorKind::Interrupted,
                "the judge is stopping",
            ));
        }
        let dir = tempfile::Builder::new()
            .prefix(&format!("{prefix}{}-", std::process::id()))
            .tempdir_in(base)?;
        reg.live.insert(dir.path().to_path_buf());
        Ok(ScratchDir { dir: Some(dir) })
    }

    pub fn path(&self) -> &Path {
        self.dir.as_ref().expect("present until dropped").path()
    }

    /// Leaves the directory in place (for tracing).
    pub fn keep(mut self) {
        if let Some(dir) = self.dir.take() {
            registry().live.remove(dir.path());
            let _ = dir.keep();
        }
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        if let Some(dir) = self.dir.take() {
            registry().live.remove(dir.path());
        }
    }
}

/// Removes every live directory and refuses new ones; returns how many were
/// removed. For a judge about to exit on a signal: the threads using them
/// fail or are cut short by the exit.
pub fn remove_all() -> usize {
    let mut reg = registry();
    reg.closed = true;
    let live = std::mem::take(&mut reg.live);
    for dir in &live {
        let _ = std::fs::remove_dir_all(dir);
    }
    live.len()
}

/// A directory named without a pid (by judges before the pid was in the
/// name) counts as stale after this long: none is used for nearly as long.
pub const UNOWNED_STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// Removes the directories in `parent` named `<prefix><pid>-...` whose judge
/// (`pid`) is gone and that are older than `STALE_AFTER` (or named
/// `<prefix>XXXXXX`, without a pid, and older than `UNOWNED_STALE_AFTER`):
/// what a judge killed outright left. Returns how many were removed.
pub fn sweep_stale(parent: &Path, prefix: &str) -> usize {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(prefix)) else {
            continue;
        };
        let owner = rest
            .split_once('-')
            .and_then(|(p, _)| p.parse::<i32>().ok());
        let after = match owner {
            Some(pid) if alive(pid) => continue,
            Some(_) => STALE_AFTER,
            None => UNOWNED_STALE_AFTER,
        };
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).unwrap_or_default() >= after);
        if old && std::fs::remove_dir_all(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

fn alive(pid: i32) -> bool {
    if pid <= 0 {
        return false;
    }
    // SAFETY: signal 0 only asks whether the process exists.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_dir_is_registered_until_dropped() {
        let base = tempfile::tempdir().unwrap();
        let d = ScratchDir::new_in(base.path(), "judge-run-").unwrap();
        let name = d.path().file_name().unwrap().to_str().unwrap().to_string();
        assert!(name.starts_with(&format!("judge-run-{}-", std::process::id())));
        assert!(registry().live.contains(d.path()));
        let p = d.path().to_path_buf();
        drop(d);
        assert!(!p.exists());
        assert!(!registry().live.contains(&p));
    }

    #[test]
    fn only_old_dirs_of_dead_judges_are_swept() {
        let base = tempfile::tempdir().unwrap();
        // Beyond any pid_max, so never alive.
        let dead = base.path().join(".bin-999999999-abc");
        let mine = base.path().join(format!(".bin-{}-abc", std::process::id()));
        let other = base.path().join("solution");
        for d in [&dead, &mine, &other] {
            std::fs::create_dir(d).unwrap();
        }
        assert_eq!(sweep_stale(base.path(), ".bin-"), 0, "too young");
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(1);
        for d in [&dead, &mine, &other] {
            std::fs::File::open(d).unwrap().set_modified(old).unwrap();
        }
        assert_eq!(sweep_stale(base.path(), ".bin-"), 1);
        assert!(!dead.exists() && mine.exists() && other.exists());
        let unowned = base.path().join(".bin-Xy3abc");
        std::fs::create_dir(&unowned).unwrap();
        std::fs::File::open(&unowned)
            .unwrap()
            .set_modified(old)
            .unwrap();
        assert_eq!(sweep_stale(base.path(), ".bin-"), 0, "not an hour old");
        let older = SystemTime::now() - UNOWNED_STALE_AFTER - Duration::from_secs(1);
        std::fs::File::open(&unowned)
            .unwrap()
            .set_modified(older)
            .unwrap();
        assert_eq!(sweep_stale(base.path(), ".bin-"), 1);
    }
}
