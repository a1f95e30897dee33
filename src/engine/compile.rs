//! Compiling solutions: `rustc` called directly against a cached harness.
//!
//! The harness is compiled once into an rlib under the cache directory
//! (keyed by the compiler and the harness source, so either changing
//! rebuilds it). A solution is compiled as one file (the user's code, then
//! the generated glue) with `-C opt-level=3`, `-C prefer-dynamic` (libstd
//! linked as a shared library, found through an rpath) and an incremental
//! cache per problem. rustc runs in the sandbox with a cleared environment,
//! CPU, memory and wall limits, and `-F long_running_const_eval`.
//! Diagnostics name the user's own file: the build copy's directory is
//! remapped to the user's. A package's own files (verify's, never a
//! submission) can be compiled together as one program, each a module run
//! by its own name (`Compiler::compile_together`).

use crate::engine::crates;
use crate::engine::glue::ENTRY_MAIN;
use crate::engine::scratch::ScratchDir;
use crate::engine::toolchain::{SAFE_PATH, Toolchain, ensure_dir};
use crate::error::{Error, IoContext, Result};
use crate::paths::{fnv64, write_atomic};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const DEFAULT_EDITION: &str = "2024";
pub const EDITIONS: &[&str] = &["2015", "2018", "2021", "2024"];

/// The harness source, embedded so that an installed judge can build it.
pub const HARNESS_FILES: &[(&str, &str)] = &[
    ("lib.rs", include_str!("../../harness/src/lib.rs")),
    ("checker.rs", include_str!("../../harness/src/checker.rs")),
    ("conv.rs", include_str!("../../harness/src/conv.rs")),
    ("driver.rs", include_str!("../../harness/src/driver.rs")),
    ("gen.rs", include_str!("../../harness/src/gen.rs")),
    ("graph.rs", include_str!("../../harness/src/graph.rs")),
    ("json.rs", include_str!("../../harness/src/json.rs")),
    ("list.rs", include_str!("../../harness/src/list.rs")),
    (
        "random_list.rs",
        include_str!("../../harness/src/random_list.rs"),
    ),
    ("rc_list.rs", include_str!("../../harness/src/rc_list.rs")),
    ("tree.rs", include_str!("../../harness/src/tree.rs")),
];
pub const HARNESS_MANIFEST: &str = include_str!("../../harness/Cargo.toml");

const HARNESS_FLAGS: &[&str] = &[
    "--edition=2021",
    "--crate-type=rlib",
    "--crate-name=judge_harness",
    "-Copt-level=3",
    "-Cdebuginfo=0",
];

pub struct Compiler {
    pub toolchain: Toolchain,
    harness_dir: PathBuf,
    /// The offered crates (rand), built the first time a solution names one.
    crates_dir: PathBuf,
}

#[derive(Debug)]
pub enum CompileOutcome {
    Built {
        binary: Binary,
        elapsed: Duration,
    },
    Failed {
        diagnostics: String,
        elapsed: Duration,
    },
}

/// A compiled program, hard-linked to a private path: another judge
/// recompiling the same build directory cannot pull it away mid-run.
#[derive(Debug)]
pub struct Binary {
    dir: ScratchDir,
    /// The link's file name: `solution`, or one entry of a program built
    /// from several files (`Compiler::compile_together`), whose `main` runs
    /// the file its own name (`argv[0]`) names.
    name: String,
    /// Reused from an earlier build of the same source and flags.
    pub cached: bool,
}

/// How a binary's private directory's name starts (then the judge's pid).
pub const BINARY_DIR_PREFIX: &str = ".bin-";

/// The file name of a build directory's program, and of its private link.
const PROGRAM: &str = "solution";

/// In a build directory that `compile_together` filled: the name its
/// program is run by (`solution-3`), which picks the directory's file.
const ENTRY_FILE: &str = ".entry";

impl Binary {
    pub fn path(&self) -> PathBuf {
        self.dir.path().join(&self.name)
    }

    fn link(built: &Path, build_dir: &Path, name: &str, cached: bool) -> Result<Binary> {
        let dir = ScratchDir::new_in(build_dir, BINARY_DIR_PREFIX)
            .context(|| format!("cannot create a directory in {}", build_dir.display()))?;
        let to = dir.path().join(name);
        std::fs::hard_link(built, &to)
            .or_else(|_| std::fs::copy(built, &to).map(|_| ()))
            .context(|| format!("cannot link {}", built.display()))?;
        Ok(Binary {
            dir,
            name: name.to_string(),
            cached,
        })
    }
}

/// A build as `Compiler::compile` runs it: the source it writes, rustc's
/// arguments, and the stamp that says a build directory holds it.
struct Plan {
    src: PathBuf,
    text: String,
    args: Vec<String>,
    stamp: String,
    binary: PathBuf,
    stamp_file: PathBuf,
    user_dir: PathBuf,
    file_name: String,
}

/// One file of a program built from several (`Compiler::compile_together`):
/// its request as `compile` takes it, and its glue with `main` renamed
/// `ENTRY_MAIN` (`glue::generate_entry`).
pub struct Member<'a> {
    pub req: CompileRequest<'a>,
    pub entry_glue: &'a str,
}

/// The name the `k`th member of a program built from several files is run by.
fn entry(k: usize) -> String {
    format!("{PROGRAM}-{k}")
}

/// The name a build directory's program is run by: `solution`, or the
/// entry `compile_together` wrote; `None` where that file holds no such name
/// (then the directory is built again).
fn entry_name(entry_file: &Path) -> Option<String> {
    match std::fs::read_to_string(entry_file) {
        Err(_) => Some(PROGRAM.to_string()),
        Ok(name) => {
            let valid = name
                .strip_prefix(PROGRAM)
                .and_then(|n| n.strip_prefix('-'))
                .is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()));
            valid.then_some(name)
        }
    }
}

/// The stamp of a build directory whose program runs as `name`: the
/// build's own for `solution`; for an entry of a program built from
/// several files, one that also names the entry, so that a judge which
/// does not know entries (an older one sharing the cache) builds the file
/// again rather than run the program as `solution`.
fn entry_stamp(stamp: &str, name: &str) -> String {
    if name == PROGRAM {
        stamp.to_string()
    } else {
        format!("{:016x}", fnv64(&[stamp.as_bytes(), name.as_bytes()]))
    }
}

/// The build copy's file name: the user's, ending in `.rs`.
fn source_name(display_path: &Path) -> String {
    let name = display_path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "solution.rs".into());
    if name.ends_with(".rs") {
        name
    } else {
        format!("{name}.rs")
    }
}

/// The directory diagnostics name the user's file in.
fn user_dir(display_path: &Path) -> &Path {
    display_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// What to compile.
pub struct CompileRequest<'a> {
    /// The code as the user wrote it.
    pub code: &'a str,
    /// Appended after the code (the glue), or empty for a program with its own main.
    pub glue: &'a str,
    /// What the glue needs of the code, said where a diagnostic would
    /// point into the glue (`glue::interface`); empty without glue.
    pub glue_needs: &'a str,
    /// The user's file, as diagnostics should name it.
    pub display_path: &'a Path,
    /// A directory this compile owns (its incremental cache lives there).
    pub build_dir: &'a Path,
    pub edition: &'a str,
    pub incremental: bool,
}

impl Compiler {
    /// Resolves the compiler and makes sure the harness rlib is built.
    /// `progress` is told when the (one-off, few seconds) harness build starts.
    /// `progress` shows long work (on a terminal); `notice` says what the
    /// judge did that a log should show (a damaged cache rebuilt).
    pub fn new(cache: &Path, progress: &dyn Fn(&str), notice: &dyn Fn(&str)) -> Result<Compiler> {
        let compiler = Compiler::locate(cache)?;
        if !compiler.harness_usable() {
            let _lock = FileLock::acquire(&cache.join("harness.lock"))?;
            if !compiler.harness_usable() {
                if compiler.harness_dir.exists() {
                    // Damaged (unreadable, a wrong mode, not a file): the cache
                    // is the judge's own, so it is rebuilt rather than trusted.
                    notice(&format!(
                        "note: the cached judge harness in {} was damaged (unreadable, or \
                         not the judge's own); rebuilding it",
                        compiler.harness_dir.display()
                    ));
                    crate::paths::remove_damaged(&compiler.harness_dir)?;
                } else {
                    progress("building the judge harness for this compiler (once)…");
                }
                compiler.build_libraries(&compiler.harness_dir, Library::Harness)?;
            }
        }
        Ok(compiler)
    }

    /// The offered crates, built on first use (most solutions name none, and
    /// rand is the longest build of all: a first submit does not wait for it).
    fn ensure_crates(&self) -> Result<()> {
        if self.crates_usable() {
            return Ok(());
        }
        let parent = self.crates_dir.parent().unwrap_or(Path::new("."));
        ensure_dir(parent)?;
        let _lock = FileLock::acquire(&parent.join("crates.lock"))?;
        if self.crates_usable() {
            return Ok(());
        }
        if self.crates_dir.exists() {
            crate::paths::remove_damaged(&self.crates_dir)?;
        }
        self.build_libraries(&self.crates_dir, Library::Crates)
    }

    /// The compiler and where its harness and crates belong, building
    /// nothing (`judge doctor` reports what is there).
    pub fn locate(cache: &Path) -> Result<Compiler> {
        let toolchain = Toolchain::resolve(cache)?;
        let key_tc = toolchain.key().to_le_bytes();
        let mut parts: Vec<&[u8]> = vec![toolchain.version.as_bytes(), &key_tc];
        for (name, src) in HARNESS_FILES {
            parts.push(name.as_bytes());
            parts.push(src.as_bytes());
        }
        for f in HARNESS_FLAGS {
            parts.push(f.as_bytes());
        }
        let harness_key = fnv64(&parts);
        let mut parts: Vec<&[u8]> = vec![toolchain.version.as_bytes(), &key_tc];
        for (name, src) in crates::sources() {
            parts.push(name.as_bytes());
            parts.push(src);
        }
        let crates_key = fnv64(&parts);
        Ok(Compiler {
            toolchain,
            harness_dir: cache.join("harness").join(format!("{harness_key:016x}")),
            crates_dir: cache.join("crates").join(format!("{crates_key:016x}")),
        })
    }

    /// The harness is built and usable.
    pub fn harness_built(&self) -> bool {
        self.harness_usable()
    }

    /// The offered crates are built and usable (they are built on first use).
    pub fn crates_built(&self) -> bool {
        self.crates_usable()
    }

    pub fn rlib(&self) -> PathBuf {
        self.harness_dir.join("libjudge_harness.rlib")
    }

    /// The harness is there and the judge can use it: a regular file of ours
    /// with owner read, that opens (root reads whatever the mode says, and
    /// rustc under Landlock and a non-root judge would not).
    fn harness_usable(&self) -> bool {
        crate::paths::usable_file(&self.rlib()) && crate::paths::usable_dir(&self.harness_dir)
    }

    fn crates_usable(&self) -> bool {
        crate::paths::usable_dir(&self.crates_dir)
            && crates::BUILD_ORDER.iter().all(|c| {
                crate::paths::usable_file(&self.crates_dir.join(crates::rlib_name(c.name)))
            })
    }

    /// Where the harness is built.
    pub fn library_dir(&self) -> &Path {
        &self.harness_dir
    }

    /// Where the offered crates are built.
    pub fn crates_dir(&self) -> &Path {
        &self.crates_dir
    }

    /// Builds the harness or the offered crates into a fresh directory beside
    /// `dir`, then moves it into place (another judge may have done so first).
    fn build_libraries(&self, dir: &Path, what: Library) -> Result<()> {
        let parent = dir.parent().unwrap_or(Path::new("."));
        ensure_dir(parent)?;
        let tmp = tempfile::Builder::new()
            .prefix(match what {
                Library::Harness => ".harness-",
                Library::Crates => ".crates-",
            })
            .tempdir_in(parent)
            .context(|| format!("cannot create a directory in {}", parent.display()))?;
        match what {
            Library::Harness => {
                let src = tmp.path().join("src");
                ensure_dir(&src)?;
                for (name, text) in HARNESS_FILES {
                    write_atomic(&src.join(name), text.as_bytes())?;
                }
                let mut args: Vec<String> = HARNESS_FLAGS.iter().map(|s| s.to_string()).collect();
                args.push(format!("--out-dir={}", tmp.path().display()));
                args.push(src.join("lib.rs").display().to_string());
                let (ok, diagnostics) = self.run_rustc(tmp.path(), &args)?;
                if !ok {
                    return Err(Error::Setup(format!(
                        "the judge harness does not compile with {}:\n{diagnostics}",
                        self.toolchain.version
                    )));
                }
            }
            Library::Crates => {
                let vendor = tmp.path().join("vendor");
                for (name, text) in crates::sources() {
                    let path = vendor.join(name);
                    if let Some(dir) = path.parent() {
                        ensure_dir(dir)?;
                    }
                    write_atomic(&path, text)?;
                }
                for krate in crates::BUILD_ORDER {
                    let args = crates::rustc_args(krate, &vendor, tmp.path());
                    let (ok, diagnostics) = self.run_rustc(tmp.path(), &args)?;
                    if !ok {
                        return Err(Error::Setup(format!(
                            "the vendored crates (rand) do not compile with {}: crate `{}`: \
                             {diagnostics}",
                            self.toolchain.version, krate.name
                        )));
                    }
                }
            }
        }
        let keep = tmp.keep();
        let usable = || match what {
            Library::Harness => self.harness_usable(),
            Library::Crates => self.crates_usable(),
        };
        match std::fs::rename(&keep, dir) {
            Ok(()) => Ok(()),
            Err(_) if usable() => {
                let _ = std::fs::remove_dir_all(&keep);
                Ok(())
            }
            Err(e) => Err(Error::Io {
                context: format!("cannot move the built libraries into {}", dir.display()),
                source: e,
            }),
        }
    }

    /// rustc's arguments common to every build of a solution, in `edition`.
    fn solution_args(&self, edition: &str) -> Vec<String> {
        vec![
            format!("--edition={edition}"),
            "--crate-type=bin".into(),
            "--crate-name=solution".into(),
            "-Copt-level=3".into(),
            "-Cdebuginfo=0".into(),
            "-Cprefer-dynamic".into(),
            format!(
                "-Clink-arg=-Wl,-rpath,{}",
                self.toolchain.target_libdir.display()
            ),
            "-Flong_running_const_eval".into(),
            "--color=never".into(),
            "--diagnostic-width=100".into(),
            format!("-Ldependency={}", self.harness_dir.display()),
            format!("--extern=judge_harness={}", self.rlib().display()),
        ]
    }

    /// The offered crates, passed to code that names one (and built, once);
    /// code that names none cannot use one, so it does not wait for them.
    fn crate_args(&self) -> Result<Vec<String>> {
        self.ensure_crates()?;
        let mut args = vec![format!("-Ldependency={}", self.crates_dir.display())];
        args.extend(crates::OFFERED.iter().map(|(name, _)| {
            format!(
                "--extern={name}={}",
                self.crates_dir.join(crates::rlib_name(name)).display()
            )
        }));
        Ok(args)
    }

    /// `req`'s build as `compile` runs it.
    fn plan(&self, req: &CompileRequest) -> Result<Plan> {
        let src_dir = req.build_dir.join("src");
        let file_name = source_name(req.display_path);
        let src = src_dir.join(&file_name);
        let mut text = String::with_capacity(req.code.len() + req.glue.len() + 1);
        text.push_str(req.code);
        if !req.code.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(req.glue);
        let binary = req.build_dir.join(PROGRAM);
        let user_dir = user_dir(req.display_path).to_path_buf();
        let mut args = self.solution_args(req.edition);
        if crates::named_in(req.code) {
            args.extend(self.crate_args()?);
        }
        args.extend([
            format!(
                "--remap-path-prefix={}={}",
                src_dir.display(),
                user_dir.display()
            ),
            "-o".into(),
            binary.display().to_string(),
        ]);
        if req.incremental {
            args.push(format!(
                "-Cincremental={}",
                req.build_dir.join("incremental").display()
            ));
        }
        args.push(src.display().to_string());
        let stamp = self.stamp(&[text.as_bytes()], &args);
        Ok(Plan {
            src,
            text,
            args,
            stamp,
            binary,
            stamp_file: req.build_dir.join(".stamp"),
            user_dir,
            file_name,
        })
    }

    /// What says a build directory holds the build of `sources` with `args`
    /// by this toolchain.
    fn stamp(&self, sources: &[&[u8]], args: &[String]) -> String {
        let key = self.toolchain.key().to_le_bytes();
        let mut parts: Vec<&[u8]> = sources.to_vec();
        parts.push(&key);
        parts.extend(args.iter().map(|a| a.as_bytes()));
        format!("{:016x}", fnv64(&parts))
    }

    /// Compiles `req` into `<build_dir>/solution`.
    pub fn compile(&self, req: &CompileRequest) -> Result<CompileOutcome> {
        ensure_dir(req.build_dir)?;
        let _lock = FileLock::acquire(&req.build_dir.join(".lock"))?;
        let plan = self.plan(req)?;
        let entry_file = req.build_dir.join(ENTRY_FILE);
        let started = Instant::now();
        // The same source and flags as the last successful build: reuse it.
        if let Some(name) = entry_name(&entry_file)
            && plan.binary.is_file()
            && std::fs::read_to_string(&plan.stamp_file).ok().as_deref()
                == Some(entry_stamp(&plan.stamp, &name).as_str())
        {
            return Ok(CompileOutcome::Built {
                binary: Binary::link(&plan.binary, req.build_dir, &name, true)?,
                elapsed: started.elapsed(),
            });
        }
        let _ = std::fs::remove_file(&plan.stamp_file);
        let _ = std::fs::remove_file(&plan.binary);
        let _ = std::fs::remove_file(&entry_file);
        write_atomic(&plan.src, plan.text.as_bytes())?;
        let (ok, diagnostics) = self.run_rustc(req.build_dir, &plan.args)?;
        let elapsed = started.elapsed();
        if ok && plan.binary.is_file() {
            write_atomic(&plan.stamp_file, plan.stamp.as_bytes())?;
            Ok(CompileOutcome::Built {
                binary: Binary::link(&plan.binary, req.build_dir, PROGRAM, false)?,
                elapsed,
            })
        } else {
            let user_file = plan.user_dir.join(&plan.file_name);
            let hidden = [
                self.harness_dir.parent().unwrap_or(&self.harness_dir),
                self.crates_dir.parent().unwrap_or(&self.crates_dir),
                req.build_dir,
            ];
            Ok(CompileOutcome::Failed {
                diagnostics: clean_diagnostics(
                    &diagnostics,
                    &Origins {
                        user_file: &user_file.display().to_string(),
                        user_lines: req.code.lines().count(),
                        hidden: &hidden,
                        glue_needs: req.glue_needs,
                    },
                ),
                elapsed,
            })
        }
    }

    /// Compiles several files into one program in `build_dir`, each file a
    /// module (`#[path]`, so its panics name its own file and line) whose
    /// glue's `main` is renamed `ENTRY_MAIN`; the program's `main` runs the
    /// module that its own file name (`argv[0]`) names. Then each member's
    /// build directory is left as `compile` leaves it, up to date: the
    /// program, hard-linked, a stamp of the member's own request, and the
    /// name it is run by (`ENTRY_FILE`). Compiling a member there afterwards
    /// finds it built. One rustc instead of one per file: most of a build
    /// is fixed cost (rustc's start, the harness's glue, the link).
    ///
    /// Only for a package's own files (trusted, verify's): the files share
    /// one program, so a submission is never built with another.
    ///
    /// Returns whether it built them, `false` (no member's directory
    /// changed) where the program does not compile or the members cannot share one
    /// (an incremental build, different editions): each is then compiled
    /// alone, which gives every file its own diagnostics.
    pub fn compile_together(&self, members: &[Member], build_dir: &Path) -> Result<bool> {
        let Some(first) = members.first() else {
            return Ok(false);
        };
        if members
            .iter()
            .any(|m| m.req.incremental || m.req.edition != first.req.edition)
        {
            return Ok(false);
        }
        ensure_dir(build_dir)?;
        let _lock = FileLock::acquire(&build_dir.join(".lock"))?;
        let src_dir = build_dir.join("src");
        let binary = build_dir.join(PROGRAM);
        let stamp_file = build_dir.join(".stamp");
        let mut args = self.solution_args(first.req.edition);
        // One codegen unit: the modules share nothing to split for, and it
        // takes about two thirds of the CPU of the default 16 for the same
        // wall time (lc-15's nine files: 0.9 s of CPU against 1.4 s), which
        // counts where two packages compile at once.
        args.push("-Ccodegen-units=1".into());
        if members.iter().any(|m| crates::named_in(m.req.code)) {
            args.extend(self.crate_args()?);
        }
        let mut root = String::new();
        let mut dispatch = String::new();
        let mut sources: Vec<(PathBuf, String)> = Vec::with_capacity(members.len() + 1);
        for (k, m) in members.iter().enumerate() {
            let rel = format!("e{k}/{}", source_name(m.req.display_path));
            let mut text = String::with_capacity(m.req.code.len() + m.entry_glue.len() + 1);
            text.push_str(m.req.code);
            if !m.req.code.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(m.entry_glue);
            args.push(format!(
                "--remap-path-prefix={}={}",
                src_dir.join(format!("e{k}")).display(),
                user_dir(m.req.display_path).display()
            ));
            let _ = writeln!(root, "#[path = {rel:?}]\nmod __judge_e{k};");
            let _ = writeln!(
                dispatch,
                "        Some({:?}) => __judge_e{k}::{ENTRY_MAIN}(),",
                entry(k)
            );
            sources.push((src_dir.join(rel), text));
        }
        let _ = write!(
            root,
            "fn main() {{\n    \
             let __name = std::env::args_os().next().map(std::path::PathBuf::from);\n    \
             match __name.as_ref().and_then(|p| p.file_name()).and_then(|n| n.to_str()) {{\n\
             {dispatch}        \
             _ => {{\n            \
             eprintln!(\"judge: this program runs as one of its entries, not as {{:?}}\", __name);\n            \
             std::process::exit(101)\n        \
             }}\n    \
             }}\n}}\n"
        );
        let root_path = src_dir.join("main.rs");
        args.extend([
            "-o".into(),
            binary.display().to_string(),
            root_path.display().to_string(),
        ]);
        let mut texts: Vec<&[u8]> = vec![root.as_bytes()];
        texts.extend(sources.iter().map(|(_, t)| t.as_bytes()));
        let stamp = self.stamp(&texts, &args);
        let built = binary.is_file()
            && std::fs::read_to_string(&stamp_file).ok().as_deref() == Some(stamp.as_str());
        if !built {
            let _ = std::fs::remove_file(&stamp_file);
            let _ = std::fs::remove_file(&binary);
            write_atomic(&root_path, root.as_bytes())?;
            for (path, text) in &sources {
                if let Some(dir) = path.parent() {
                    ensure_dir(dir)?;
                }
                write_atomic(path, text.as_bytes())?;
            }
            let (ok, _) = self.run_rustc(build_dir, &args)?;
            if !ok || !binary.is_file() {
                return Ok(false);
            }
            write_atomic(&stamp_file, stamp.as_bytes())?;
        }
        for (k, m) in members.iter().enumerate() {
            ensure_dir(m.req.build_dir)?;
            let _lock = FileLock::acquire(&m.req.build_dir.join(".lock"))?;
            let plan = self.plan(&m.req)?;
            // The stamp goes last: until it is there, the directory is not
            // up to date, and `compile` builds it again.
            let _ = std::fs::remove_file(&plan.stamp_file);
            let _ = std::fs::remove_file(&plan.binary);
            std::fs::hard_link(&binary, &plan.binary)
                .or_else(|_| std::fs::copy(&binary, &plan.binary).map(|_| ()))
                .context(|| format!("cannot link {}", binary.display()))?;
            write_atomic(&m.req.build_dir.join(ENTRY_FILE), entry(k).as_bytes())?;
            write_atomic(
                &plan.stamp_file,
                entry_stamp(&plan.stamp, &entry(k)).as_bytes(),
            )?;
        }
        Ok(true)
    }

    /// Runs the real rustc in the sandbox; returns (success, stderr).
    fn run_rustc(&self, workdir: &Path, args: &[String]) -> Result<(bool, String)> {
        let memory = rustc_memory_limit();
        let spec = judge_sandbox::Spec {
            program: self.toolchain.rustc.clone(),
            args: args.iter().map(Into::into).collect(),
            workdir: workdir.to_path_buf(),
            env: vec![
                ("PATH".into(), SAFE_PATH.into()),
                // cc and the linker put their temporary files there, not in /tmp.
                ("TMPDIR".into(), workdir.into()),
            ],
            stdin: None,
            stdout: PathBuf::new(),
            stderr: PathBuf::new(),
            limits: judge_sandbox::Limits {
                cpu: Duration::from_secs(60),
                wall: Duration::from_secs(120),
                memory_bytes: Some(memory.max(8 << 30)),
                file_size_bytes: 1 << 30,
                open_files: 1024,
                stack_bytes: None,
                resident_bytes: Some(memory),
                memory_grace: Duration::ZERO,
            },
            isolation: self.rustc_isolation(),
            capture: Some(judge_sandbox::Capture {
                keep_output: 1 << 20,
                keep_channel: 0,
                print_limit: 64 << 20,
            }),
        };
        crate::engine::trace::command("rustc", &spec);
        let outcome = judge_sandbox::run(&spec)?;
        let mut text = outcome.captured.map(|c| c.stderr).unwrap_or_default();
        if outcome.memory_limit_hit {
            text.push_str(&format!(
                "\nerror: the compiler used more than {} of memory and was stopped \
                 (a very large constant or static?)\n",
                crate::engine::text::bytes(memory)
            ));
            return Ok((false, text));
        }
        if outcome.wall_timeout || outcome.cpu_limit_hit {
            text.push_str(
                "\nerror: the compiler ran out of time (limit: 60 s of CPU, 120 s of wall time)\n",
            );
            return Ok((false, text));
        }
        let ok = matches!(outcome.status, judge_sandbox::Status::Exited(0));
        if !ok && text.trim().is_empty() {
            text = format!(
                "error: the compiler stopped without a message ({:?})",
                outcome.status
            );
        }
        Ok((ok, text))
    }
}

/// How much memory one rustc may use: three quarters of the memory available
/// now, shared by as many compiles as there are cores (`judge grade` compiles
/// one file per job), between 1.5 and 4 GB. A source file's static or
/// constant of gigabytes would otherwise make rustc take the machine.
pub fn rustc_memory_limit() -> u64 {
    let available = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find_map(|l| l.strip_prefix("MemAvailable:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map(|kb| kb * 1024)
        .unwrap_or(8 << 30);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    (available / 4 * 3 / cores).clamp(3 << 29, 4 << 30)
}

impl Compiler {
    /// What rustc may touch: itself and its sysroot's `lib` (its libraries, libstd,
    /// rust-lld), the system libraries, the C toolchain that links (`cc`, gcc's
    /// `collect2`, `ld`), and the harness; it writes only the build directory (its
    /// working directory, and TMPDIR). Not the data directory nor the judge:
    /// `include_str!` or `#[path]` naming a hidden test fails to compile. Only `lib`,
    /// not the whole sysroot, which is `/usr` for a distribution's rustc.
    fn rustc_isolation(&self) -> judge_sandbox::Isolation {
        let sysroot_lib = self.toolchain.sysroot.join("lib");
        let mut read_paths = vec![
            sysroot_lib.clone(),
            self.harness_dir.clone(),
            self.crates_dir.clone(),
        ];
        read_paths.extend(
            crate::engine::execute::SYSTEM_LIBRARIES
                .iter()
                .map(PathBuf::from),
        );
        read_paths.extend(["/usr/libexec", "/dev/urandom"].map(PathBuf::from));
        // rust-lld and the gcc-ld wrapper that cc runs live under lib/rustlib.
        let mut exec_paths = vec![sysroot_lib.join("rustlib")];
        exec_paths.extend(GCC_PROGRAM_DIRS.iter().map(PathBuf::from));
        for tool in LINK_TOOLS {
            exec_paths.extend(
                std::env::split_paths(SAFE_PATH)
                    .map(|dir| dir.join(tool))
                    .filter(|path| path.exists()),
            );
        }
        judge_sandbox::Isolation {
            enabled: true,
            read_paths,
            exec_paths,
            write_paths: Vec::new(),
            allow_processes: true,
        }
    }
}

#[derive(Clone, Copy)]
enum Library {
    Harness,
    Crates,
}

/// What rustc runs to link, found in `SAFE_PATH` (the sandbox follows the symlinks).
const LINK_TOOLS: &[&str] = &["cc", "ld"];
/// Where gcc keeps the programs it runs (`collect2`, `lto-wrapper`).
const GCC_PROGRAM_DIRS: &[&str] = &["/usr/lib/gcc", "/usr/libexec/gcc"];

/// Where a diagnostic's lines come from, to tell the user's from the judge's.
struct Origins<'a> {
    /// The user's file as rustc names it (after the path remapping).
    user_file: &'a str,
    /// Lines of it that are the user's; the glue comes after them.
    user_lines: usize,
    /// The judge's directories (the harness cache, the build directory).
    hidden: &'a [&'a Path],
    glue_needs: &'a str,
}

/// rustc's diagnostics with nothing of the judge's in them: a location in
/// the generated glue becomes a note of what the glue needs of the code
/// (`Origins::glue_needs`), a location in the judge's cache (the harness's
/// sources) is dropped, and so are the code snippets under either; the
/// diagnostic's own message and its notes on types stay.
fn clean_diagnostics(text: &str, origins: &Origins) -> String {
    let hidden: Vec<String> = origins
        .hidden
        .iter()
        .map(|p| p.display().to_string())
        .filter(|p| p.len() > 1)
        .collect();
    let is_hidden = |path: &str| hidden.iter().any(|h| path.starts_with(h.as_str()));
    // A location line (`--> file:line:col`, `::: file:line:col`): its file
    // and line, and whether it is the judge's.
    let location = |line: &str| -> Option<(bool, bool)> {
        let t = line.trim_start();
        let loc = t.strip_prefix("--> ").or_else(|| t.strip_prefix("::: "))?;
        let mut parts = loc.rsplitn(3, ':');
        let (_col, row, path) = (parts.next()?, parts.next()?, parts.next()?);
        let row: usize = row.parse().ok()?;
        let user = path == origins.user_file;
        Some((
            user,
            (user && row > origins.user_lines) || (!user && is_hidden(path)),
        ))
    };
    let lines: Vec<&str> = text.trim_end().lines().collect();
    let mut out: Vec<String> = Vec::new();
    // Inside a snippet of the judge's code; the current snippet's file is the user's.
    let (mut hiding, mut in_user_file) = (false, true);
    let mut told = false;
    for (i, line) in lines.iter().enumerate() {
        let header = line.starts_with(|c: char| c.is_ascii_alphabetic());
        if header {
            hiding = false;
            if line.starts_with("error") || line.starts_with("warning") {
                told = false;
            }
            // A note whose only content is a place in the judge's code.
            let next_hidden = lines
                .get(i + 1)
                .and_then(|l| location(l))
                .is_some_and(|(_, h)| h);
            if next_hidden && (line.starts_with("note:") || line.starts_with("help:")) {
                hiding = true;
                continue;
            }
            out.push(line.replace("judge_harness::", ""));
            continue;
        }
        if let Some((user, judges)) = location(line) {
            in_user_file = user;
            hiding = judges;
            if judges && user && !told && !origins.glue_needs.is_empty() {
                let indent = &line[..line.len() - line.trim_start().len()];
                out.push(format!("{indent}= note: {}", glue_note(origins)));
                told = true;
            }
            if !judges {
                out.push(line.to_string());
            }
            continue;
        }
        if let Some(row) = gutter_row(line) {
            if in_user_file && row > origins.user_lines {
                if !hiding {
                    // What led into this snippet of the glue goes with it:
                    // `...`, an empty gutter, a note or help that only shows it.
                    while out.last().is_some_and(|l| matches!(l.trim(), "..." | "|")) {
                        out.pop();
                    }
                    if out
                        .last()
                        .is_some_and(|l| l.starts_with("help:") || l.starts_with("note:"))
                    {
                        out.pop();
                    }
                    if !told && !origins.glue_needs.is_empty() {
                        out.push(format!("   = note: {}", glue_note(origins)));
                        told = true;
                    }
                }
                hiding = true;
            } else if row > 0 {
                hiding = false;
            }
        }
        let snippet = gutter_row(line).is_some() || line.trim() == "...";
        if hiding && snippet {
            continue;
        }
        out.push(line.replace("judge_harness::", ""));
    }
    let mut text = out.join("\n");
    // Whatever still names the judge's directories (a path inside a message).
    for h in &hidden {
        text = text.replace(h.as_str(), "<judge cache>");
    }
    text
}

fn glue_note(origins: &Origins) -> String {
    format!(
        "this is in the code the judge adds after yours: {}",
        origins.glue_needs
    )
}

/// A snippet line of a diagnostic (`12 |     code`, `   |     ^^^`, a
/// suggestion's `12 - old` / `12 + new`): its line number, 0 for none.
fn gutter_row(line: &str) -> Option<usize> {
    let t = line.trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = t[digits..].trim_start();
    let mark = rest.starts_with('|')
        || (digits > 0
            && (rest.starts_with("- ")
                || rest.starts_with("+ ")
                || rest.starts_with("~ ")
                || rest == "-"
                || rest == "+"));
    if !mark {
        return None;
    }
    Some(t[..digits].parse().unwrap_or(0))
}

/// An exclusive advisory lock on a file, released on drop. Several judges
/// (two terminals, a parallel CI) share the cache safely.
pub struct FileLock {
    _file: std::fs::File,
}

impl FileLock {
    pub fn acquire(path: &Path) -> Result<FileLock> {
        if let Some(dir) = path.parent() {
            ensure_dir(dir)?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .context(|| format!("cannot open the lock file {}", path.display()))?;
        file.lock()
            .context(|| format!("cannot lock {}", path.display()))?;
        Ok(FileLock { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use super::{Origins, clean_diagnostics, entry, entry_name, entry_stamp};
    use std::path::Path;

    /// A build directory's program runs as `solution`, or as the entry
    /// `compile_together` wrote; anything else there is not believed (the
    /// directory is built again).
    #[test]
    fn a_build_directory_runs_its_program_by_the_entry_it_records() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".entry");
        assert_eq!(entry_name(&file).as_deref(), Some("solution"));
        std::fs::write(&file, entry(7)).unwrap();
        assert_eq!(entry_name(&file).as_deref(), Some("solution-7"));
        // An entry's stamp is not the build's own: a judge that reads no
        // entry finds the directory out of date.
        assert_ne!(entry_stamp("00ff", &entry(7)), "00ff");
        assert_eq!(entry_stamp("00ff", "solution"), "00ff");
        for bad in [
            "",
            "solution",
            "solution-",
            "solution-x",
            "../solution-1",
            "solution-1\n",
        ] {
            std::fs::write(&file, bad).unwrap();
            assert_eq!(entry_name(&file), None, "{bad:?}");
        }
    }

    /// rustc's words on a misnamed function, a wrong return type (whose
    /// note points into the harness's cached source), and a duplicate of
    /// the judge's `ListNode::new`, as the glue made it say them.
    const MISNAMED: &str = "error[E0599]: no function or associated item named `three_sum` found for struct `Solution` in the current scope\n  --> /tmp/h1/lc-15.rs:15:25\n   |\n 9 | pub struct Solution;\n   | ------------------- function or associated item `three_sum` not found for this struct\n...\n15 |     let __r = Solution::three_sum(__a0);\n   |                         ^^^^^^^^^ function or associated item not found in `Solution`\n   |\nhelp: there is an associated function `threeSum` with a similar name\n   |\n15 -     let __r = Solution::three_sum(__a0);\n15 +     let __r = Solution::threeSum(__a0);\n   |\n\nwarning: unused variable: `nums`\n --> /tmp/h1/lc-15.rs:2:21\n  |\n2 |     pub fn threeSum(nums: Vec<i32>) -> Vec<Vec<i32>> {\n  |                     ^^^^ help: if this is intentional, prefix it with an underscore: `_nums`\n\nerror: aborting due to 1 previous error; 1 warning emitted\n";
    const RETURN: &str = "error[E0308]: mismatched types\n  --> /tmp/h1/lc-15.rs:17:42\n   |\n17 |     judge_harness::conv::put_vec_vec_i32(&__r, __out);\n   |     ------------------------------------ ^^^^ expected `&Vec<Vec<i32>>`, found `&Vec<i32>`\n   |     |\n   |     arguments to this function are incorrect\n   |\n   = note: expected reference `&Vec<Vec<i32>>`\n              found reference `&Vec<i32>`\nnote: function defined here\n  --> /tmp/jh/cache/harness/.harness-X8a0iY/src/conv.rs:414:17\n\nerror: aborting due to 1 previous error\n";
    const DUPLICATE: &str = "error[E0592]: duplicate definitions with name `new`\n  --> /tmp/h1/lc-15.rs:2:5\n   |\n 2 |     pub fn new(val: i32) -> Self {\n   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate definitions for `new`\n...\n21 |     pub fn new(val: i32) -> Self {\n   |     ---------------------------- other definition for `new`\n\nerror: aborting due to 1 previous error\n";

    fn clean(text: &str) -> String {
        let hidden = [
            Path::new("/tmp/jh/cache/harness"),
            Path::new("/tmp/jh/cache/p/user"),
        ];
        clean_diagnostics(
            text,
            &Origins {
                user_file: "/tmp/h1/lc-15.rs",
                user_lines: 5,
                hidden: &hidden,
                glue_needs: "it calls `pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>`",
            },
        )
    }

    #[track_caller]
    fn assert_nothing_of_the_judges(text: &str) {
        for internal in [
            "__r",
            "__a0",
            "judge_harness::",
            "cache",
            "pub struct Solution",
            ":15",
            ":17",
        ] {
            assert!(!text.contains(internal), "`{internal}` in:\n{text}");
        }
    }

    #[test]
    fn glue_locations_become_what_the_glue_needs() {
        let text = clean(MISNAMED);
        assert_nothing_of_the_judges(&text);
        assert!(
            text.contains("error[E0599]: no function or associated item named `three_sum`"),
            "{text}"
        );
        assert_eq!(text.matches("= note: this is in the code the judge adds after yours: it calls `pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>`").count(), 1, "{text}");
        // The user's own lines stay as rustc showed them.
        assert!(
            text.contains(" --> /tmp/h1/lc-15.rs:2:21\n  |\n2 |     pub fn threeSum"),
            "{text}"
        );
    }

    #[test]
    fn cache_locations_and_their_notes_are_dropped() {
        let text = clean(RETURN);
        assert_nothing_of_the_judges(&text);
        assert!(!text.contains("function defined here"), "{text}");
        assert!(
            text.contains("= note: expected reference `&Vec<Vec<i32>>`"),
            "{text}"
        );
        assert!(text.contains("the judge adds after yours"), "{text}");
    }

    #[test]
    fn a_glue_snippet_inside_a_users_diagnostic_is_dropped() {
        let text = clean(DUPLICATE);
        assert_nothing_of_the_judges(&text);
        assert!(
            text.contains(" 2 |     pub fn new(val: i32) -> Self {\n   |     ^^^^"),
            "{text}"
        );
        assert!(
            !text.contains("other definition") && !text.contains("\n..."),
            "{text}"
        );
        assert!(text.contains("the judge adds after yours"), "{text}");
    }

    #[test]
    fn every_harness_source_file_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("harness/src");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = super::HARNESS_FILES
            .iter()
            .map(|(n, _)| n.to_string())
            .collect();
        embedded.sort();
        assert_eq!(
            on_disk, embedded,
            "HARNESS_FILES must list every file of harness/src"
        );
    }
}
