//! A test environment: its own data directory, a shared build cache (so the
//! harness and generated tests are built once per test run), a helper to
//! run `judge`, and failure output that shows what happened.

use std::path::{Path, PathBuf};
use std::process::Output;

pub struct Env {
    pub home: tempfile::TempDir,
    pub cwd: tempfile::TempDir,
    envs: Vec<(String, String)>,
    /// Run judge with file permissions enforced even as root.
    as_owner: bool,
}

/// The cache shared by all tests of one run (locks make sharing safe).
pub fn shared_cache() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-test-cache");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub what: String,
}

impl Run {
    pub fn context(&self) -> String {
        format!(
            "\n--- command: {}\n--- exit code: {}\n--- stdout:\n{}\n--- stderr:\n{}\n",
            self.what, self.code, self.stdout, self.stderr
        )
    }

    #[track_caller]
    pub fn code(&self, expected: i32) -> &Run {
        assert_eq!(
            self.code,
            expected,
            "unexpected exit code{}",
            self.context()
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}{}",
            self.context()
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}{}",
            self.context()
        );
        self
    }

    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}){}", self.context()))
    }
}

impl Env {
    pub fn new() -> Env {
        Env {
            home: tempfile::tempdir().unwrap(),
            cwd: tempfile::tempdir().unwrap(),
            envs: Vec::new(),
            as_owner: false,
        }
    }

    pub fn set(&mut self, key: &str, value: &str) -> &mut Env {
        self.envs.retain(|(k, _)| k != key);
        self.envs.push((key.into(), value.into()));
        self
    }

    /// Writes a file in the working directory and returns its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.cwd.path().join(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&p, text).unwrap();
        p
    }

    /// A copy of a package's reference solution in the working directory,
    /// as a user's own file (`mine.rs`) to submit with `--file`.
    pub fn reference_copy(&self, id: &str) -> PathBuf {
        self.write(
            "mine.rs",
            &std::fs::read_to_string(repo(&format!("problems/{id}/reference.rs"))).unwrap(),
        )
    }

    pub fn workspace_file(&self, id: &str) -> PathBuf {
        self.home
            .path()
            .join("workspaces")
            .join(id)
            .join(format!("{id}.rs"))
    }

    /// Runs judge and also returns its own peak resident memory in bytes:
    /// its `VmHWM`, read from /proc while it runs (the high-water mark of
    /// that process alone, not of the compilers and solutions it starts).
    pub fn judge_measured(&self, args: &[&str]) -> (Run, u64) {
        use std::io::Read;
        let mut cmd = self.command(args);
        cmd.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let readers = std::thread::spawn(move || {
            let mut stderr = String::new();
            let err_reader = std::thread::spawn(move || {
                let _ = err.read_to_string(&mut stderr);
                stderr
            });
            let mut stdout = String::new();
            let _ = out.read_to_string(&mut stdout);
            (stdout, err_reader.join().unwrap())
        });
        let status_file = format!("/proc/{}/status", child.id());
        let mut peak_kb = 0u64;
        let status = loop {
            if let Ok(text) = std::fs::read_to_string(&status_file)
                && let Some(kb) = text
                    .lines()
                    .find_map(|l| l.strip_prefix("VmHWM:"))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak_kb = peak_kb.max(kb);
            }
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        };
        let (stdout, stderr) = readers.join().unwrap();
        let run = Run {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr,
            what: format!("judge {}", args.join(" ")),
        };
        (run, peak_kb * 1024)
    }

    /// From now on, runs judge with file permissions enforced even when the
    /// tests run as root (in a container): `setpriv` drops the capabilities
    /// that let root ignore them, so a read-only directory is read-only.
    pub fn enforce_permissions(&mut self) -> &mut Env {
        self.as_owner = true;
        self
    }

    /// Starts judge with piped stdin, stdout and stderr, for commands that
    /// keep running (`judge watch`).
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        let mut cmd = self.command(args);
        cmd.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        cmd.spawn().unwrap()
    }

    /// judge with this environment: its own data directory and config, the
    /// shared cache, no colour.
    fn command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("judge"));
        cmd.current_dir(self.cwd.path())
            .env_remove("JUDGE_PROBLEMS")
            .env_remove("JUDGE_NOW")
            .env_remove("NO_COLOR")
            .env_remove("JUDGE_CONFIG")
            .env_remove("JUDGE_PREPARE")
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("JUDGE_HOME", self.home.path())
            .env("JUDGE_CACHE", shared_cache())
            .args(["--color", "never"])
            .args(args);
        for (k, v) in &self.envs {
            cmd.env(k, v);
        }
        cmd
    }

    pub fn judge(&self, args: &[&str]) -> Run {
        self.judge_in(self.cwd.path(), args)
    }

    /// Runs judge in another working directory (a workspace folder).
    pub fn judge_in(&self, dir: &std::path::Path, args: &[&str]) -> Run {
        let bin = assert_cmd::cargo::cargo_bin("judge");
        // SAFETY: geteuid cannot fail.
        let mut cmd = if self.as_owner && unsafe { libc::geteuid() } == 0 {
            let mut c = assert_cmd::Command::new("setpriv");
            c.args([
                "--bounding-set=-dac_override,-dac_read_search",
                "--inh-caps=-dac_override,-dac_read_search",
                "--",
            ])
            .arg(bin);
            c
        } else {
            assert_cmd::Command::new(bin)
        };
        cmd.current_dir(dir)
            .env_remove("JUDGE_PROBLEMS")
            .env_remove("JUDGE_NOW")
            .env_remove("NO_COLOR")
            .env_remove("JUDGE_CONFIG")
            .env_remove("JUDGE_PREPARE")
            // No user's judge.toml leaks into a test.
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("JUDGE_HOME", self.home.path())
            .env("JUDGE_CACHE", shared_cache())
            .args(["--color", "never"])
            .args(args);
        for (k, v) in &self.envs {
            cmd.env(k, v);
        }
        let out: Output = cmd.output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            what: format!("judge {}", args.join(" ")),
        }
    }
}

/// Copies a built-in package into `<cwd>/problems/` (for `--problems`).
pub fn copy_package(env: &Env, id: &str) -> std::path::PathBuf {
    let dst = env.cwd.path().join("problems").join(id);
    copy_dir(&repo(&format!("problems/{id}")), &dst);
    dst
}

pub fn copy_dir(src: &std::path::Path, dst: &std::path::Path) {
    std::fs::create_dir_all(dst).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        let to = dst.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &to);
        } else {
            std::fs::copy(e.path(), to).unwrap();
        }
    }
}

/// Replaces the first `from` in the file, which must hold it.
pub fn edit(path: &std::path::Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}
