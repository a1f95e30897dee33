//! A package's full test set: handwritten cases, generated cases, expected
//! answers from the reference, and the calibrated time limit.
//!
//! Built once per package, compiler and machine, then cached in the data
//! directory: the generator is compiled and run, the reference is compiled
//! and run over every case (the answers, and each case's time), its slowest
//! cases again (each at the faster of its two runs), and the time limit is
//! set to
//! `max(floor, multiplier x slowest case)` of the calibration solution: the
//! package's slowest accepted approach (`limits.calibrate`, timed the same
//! way), or else the reference.

use crate::engine::check;
use crate::engine::compile::{CompileOutcome, CompileRequest, Compiler, DEFAULT_EDITION};
use crate::engine::execute::{self, CaseResult, RunPlan};
use crate::engine::glue;
use crate::engine::package::{Case, Package, check_case_name};
use crate::error::{Error, Result};
use crate::paths::write_atomic;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TestCase {
    pub name: String,
    pub sample: bool,
    pub generated: bool,
    pub input: String,
    pub expected: String,
    pub reference_time: Duration,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TestSet {
    pub cases: Vec<TestCase>,
    pub time_limit: Duration,
    pub reference_max: Duration,
    /// The slowest case of `limits.calibrate` (the slowest accepted
    /// approach), when the package names one: the limit is a multiple of it.
    #[serde(default)]
    pub calibration_max: Option<Duration>,
    /// Printed twice by the generator and compared (`judge verify`).
    pub generator_output_hash: u64,
    /// The package's own checker program (`kind = "custom"`), built when
    /// the test set is loaded.
    #[serde(skip)]
    pub checker_program: Option<std::sync::Arc<CheckerProgram>>,
}

impl TestSet {
    /// The package's checker, ready to check answers of these cases.
    pub fn checker<'a>(&'a self, pkg: &'a Package) -> check::Checker<'a> {
        check::Checker::new(
            &pkg.meta.checker,
            self.checker_program
                .as_deref()
                .map(|p| p as &dyn check::Program),
        )
    }
}

/// A package's own checker, compiled (see `judge_harness::checker`). It is
/// the package's code, run outside the solution's process, in the sandbox
/// like the generator.
pub struct CheckerProgram {
    binary: crate::engine::compile::Binary,
    libdir: PathBuf,
    source: PathBuf,
}

impl std::fmt::Debug for CheckerProgram {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CheckerProgram({})", self.source.display())
    }
}

impl check::Program for CheckerProgram {
    fn run(&self, stdin: &str) -> Result<String> {
        run_program(
            &self.binary.path(),
            &[],
            Some(stdin),
            &self.libdir,
            &self.source,
        )
    }
    fn path(&self) -> &Path {
        &self.source
    }
}

/// Compiles the package's own checker (None: it uses a built-in one).
pub fn checker_program(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
) -> Result<Option<std::sync::Arc<CheckerProgram>>> {
    let Some(src) = pkg.checker_source() else {
        return Ok(None);
    };
    let path = pkg.origin.join(crate::engine::package::CHECKER);
    let binary = compile_program(compiler, pc, src, &path, "checker", "the checker")?;
    Ok(Some(std::sync::Arc::new(CheckerProgram {
        binary,
        libdir: compiler.toolchain.target_libdir.clone(),
        source: path,
    })))
}

/// Cache layout for one package: its build directories and test set.
pub struct PackageCache {
    pub dir: PathBuf,
}

impl PackageCache {
    pub fn new(cache: &Path, pkg: &Package) -> PackageCache {
        PackageCache {
            dir: cache.join("problems").join(pkg.id.as_str()),
        }
    }

    pub fn build_dir(&self, what: &str) -> PathBuf {
        self.dir.join("build").join(what)
    }

    /// The test set's cases, line by line (see `compact`), beside its JSON.
    fn compact_file(&self, pkg: &Package, compiler: &Compiler) -> PathBuf {
        self.testset_file(pkg, compiler).with_extension("cases")
    }

    fn testset_file(&self, pkg: &Package, compiler: &Compiler) -> PathBuf {
        self.dir.join(format!(
            "tests-{:016x}-{:016x}.json",
            pkg.content_hash(),
            compiler.toolchain.key()
        ))
    }
}

/// Removes the binaries' private directories that judges killed outright
/// left in the build directories of every package (`scratch::sweep_stale`).
pub fn sweep_stale_binaries(cache: &Path) -> usize {
    let mut removed = 0;
    let Ok(problems) = std::fs::read_dir(cache.join("problems")) else {
        return 0;
    };
    for p in problems.flatten() {
        let Ok(builds) = std::fs::read_dir(p.path().join("build")) else {
            continue;
        };
        for b in builds.flatten() {
            removed += crate::engine::scratch::sweep_stale(
                &b.path(),
                crate::engine::compile::BINARY_DIR_PREFIX,
            );
        }
    }
    removed
}

/// Loads the cached test set, or builds it.
pub fn load_or_build(
    pkg: &Package,
    compiler: &Compiler,
    cache: &Path,
    jobs: usize,
    progress: &dyn Fn(&str),
) -> Result<TestSet> {
    let pc = PackageCache::new(cache, pkg);
    let file = pc.testset_file(pkg, compiler);
    let compact_file = pc.compact_file(pkg, compiler);
    let with_checker = |mut ts: TestSet| -> Result<TestSet> {
        ts.checker_program = checker_program(pkg, compiler, &pc)?;
        Ok(ts)
    };
    if let Some(ts) = std::fs::read(&compact_file)
        .ok()
        .and_then(|b| compact::decode(&b))
    {
        return with_checker(ts);
    }
    if let Some(ts) = read_cached(&file) {
        // Built by a judge that wrote only the JSON: the compact form for
        // the next submit (if it cannot be written, the JSON still serves).
        if let Ok(Some(lines)) = compact::encode(&ts) {
            let _ = write_atomic(&compact_file, &lines);
        }
        return with_checker(ts);
    }
    let _lock = crate::engine::compile::FileLock::acquire(&pc.dir.join("tests.lock"))?;
    if let Some(ts) = read_cached(&file) {
        return with_checker(ts);
    }
    progress(&format!(
        "preparing the tests of {} (once): generating cases and timing {}…",
        pkg.id,
        if pkg.meta.limits.calibrate.is_some() {
            "the reference and the slowest accepted solution"
        } else {
            "the reference"
        }
    ));
    let ts = build(pkg, compiler, &pc, jobs)?;
    let json = serde_json::to_vec(&ts).map_err(|e| Error::Internal(e.to_string()))?;
    write_atomic(&file, &json)?;
    if let Some(lines) = compact::encode(&ts)? {
        write_atomic(&compact_file, &lines)?;
    }
    with_checker(ts)
}

pub const GENERATOR_EDITION: &str = "2021";

fn read_cached(file: &Path) -> Option<TestSet> {
    serde_json::from_slice(&std::fs::read(file).ok()?).ok()
}

/// The test set as every submit loads it: a JSON header line (the limits,
/// no cases), then one line per case, `name TAB sample TAB generated TAB
/// reference nanoseconds TAB input TAB expected`, the input and the answer
/// as the raw JSON text they are. Reading it is splitting lines: no JSON
/// string is unescaped (a grid of `"1"`s is all escapes in the JSON form,
/// which stays beside it for tools). A test set with a tab or a line break
/// in a field has no compact form.
mod compact {
    use super::{TestCase, TestSet};
    use crate::error::{Error, Result};
    use std::time::Duration;

    const MAGIC: &str = "judge-testset 1";

    pub fn encode(ts: &TestSet) -> Result<Option<Vec<u8>>> {
        let plain = |s: &str| !s.contains(['\t', '\n', '\r']);
        if !ts
            .cases
            .iter()
            .all(|c| plain(&c.name) && plain(&c.input) && plain(&c.expected))
        {
            return Ok(None);
        }
        let header = TestSet {
            cases: Vec::new(),
            ..ts.clone()
        };
        let mut out = format!("{MAGIC}\n");
        out.push_str(&serde_json::to_string(&header).map_err(|e| Error::Internal(e.to_string()))?);
        out.push('\n');
        for c in &ts.cases {
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\n",
                c.name,
                u8::from(c.sample),
                u8::from(c.generated),
                c.reference_time.as_nanos(),
                c.input,
                c.expected
            ));
        }
        Ok(Some(out.into_bytes()))
    }

    /// None: not this form (another version, or damaged): the JSON form
    /// is read instead.
    pub fn decode(bytes: &[u8]) -> Option<TestSet> {
        let text = std::str::from_utf8(bytes).ok()?;
        let mut lines = text.lines();
        if lines.next()? != MAGIC {
            return None;
        }
        let mut ts: TestSet = serde_json::from_str(lines.next()?).ok()?;
        for line in lines {
            let mut f = line.splitn(6, '\t');
            let mut next = || f.next();
            let (name, sample, generated, nanos, input, expected) =
                (next()?, next()?, next()?, next()?, next()?, next()?);
            ts.cases.push(TestCase {
                name: name.to_string(),
                sample: sample == "1",
                generated: generated == "1",
                reference_time: Duration::from_nanos(nanos.parse().ok()?),
                input: input.to_string(),
                expected: expected.to_string(),
            });
        }
        (!ts.cases.is_empty()).then_some(ts)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn round_trips_and_refuses_what_it_cannot_hold() {
            let case = |name: &str, input: &str| TestCase {
                name: name.into(),
                sample: name == "example-1",
                generated: false,
                input: input.into(),
                expected: "[[\"1\",\"0\"]]".into(),
                reference_time: Duration::from_nanos(12_345),
            };
            let ts = TestSet {
                cases: vec![case("example-1", "[[[\"1\"]]]"), case("big", "[[1,2]]")],
                time_limit: Duration::from_millis(500),
                reference_max: Duration::from_millis(3),
                calibration_max: None,
                generator_output_hash: 7,
                checker_program: None,
            };
            let bytes = encode(&ts).unwrap().unwrap();
            let back = decode(&bytes).unwrap();
            assert_eq!(
                serde_json::to_value(&back).unwrap(),
                serde_json::to_value(&ts).unwrap()
            );
            let mut tabbed = ts.clone();
            tabbed.cases[1].input = "[\"a\tb\"]".into();
            assert!(encode(&tabbed).unwrap().is_none());
            assert!(decode(b"judge-testset 0\n{}\n").is_none());
        }
    }
}

/// Runs the generator; returns its cases.
pub fn generate(pkg: &Package, compiler: &Compiler, pc: &PackageCache) -> Result<(Vec<Case>, u64)> {
    let Some(binary) = compile_generator(pkg, compiler, pc)? else {
        return Ok((Vec::new(), 0));
    };
    let path = pkg.origin.join(crate::engine::package::GENERATOR);
    let text = run_program(
        &binary.path(),
        &[],
        None,
        &compiler.toolchain.target_libdir,
        &path,
    )?;
    let hash = crate::paths::fnv64(&[text.as_bytes()]);
    let mut cases = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some((name, input)) = line.split_once('\t') else {
            return Err(Error::package(
                &path,
                format!("output line {}: expected NAME<TAB>ARGS", n + 1),
            ));
        };
        check_case_name(name)
            .map_err(|e| Error::package(&path, format!("output line {}: {e}", n + 1)))?;
        if !serde_json::from_str::<serde_json::Value>(input).is_ok_and(|v| v.is_array()) {
            return Err(Error::package(
                &path,
                format!("output line {} (`{name}`): ARGS is not a JSON array", n + 1),
            ));
        }
        cases.push(Case {
            name: name.to_string(),
            sample: false,
            input: input.to_string(),
            expected: None,
        });
    }
    Ok((cases, hash))
}

/// Compiles the package's generator (None: it has none).
fn compile_generator(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
) -> Result<Option<crate::engine::compile::Binary>> {
    let Some(src) = pkg.generator() else {
        return Ok(None);
    };
    let path = pkg.origin.join(crate::engine::package::GENERATOR);
    compile_program(compiler, pc, src, &path, "gen", "the generator").map(Some)
}

/// Compiles one of the package's own programs (the generator, the
/// checker): no glue, linked with the harness, in the generator's edition
/// (`gen` is a reserved word from edition 2024 on; generators use
/// `judge_harness::gen` as documented).
fn compile_program(
    compiler: &Compiler,
    pc: &PackageCache,
    src: &str,
    path: &Path,
    build: &str,
    what: &str,
) -> Result<crate::engine::compile::Binary> {
    let outcome = compiler.compile(&CompileRequest {
        code: src,
        glue: "",
        glue_needs: "",
        display_path: path,
        build_dir: &pc.build_dir(build),
        edition: GENERATOR_EDITION,
        incremental: false,
    })?;
    match outcome {
        CompileOutcome::Built { binary, .. } => Ok(binary),
        CompileOutcome::Failed { diagnostics, .. } => Err(Error::package(
            path,
            format!("{what} does not compile:\n{diagnostics}"),
        )),
    }
}

/// Format 2: random valid inputs from the sized generator (`gen size N seed
/// S`), one JSON argument array per (size, seed), in the order asked.
pub fn sized_inputs(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
    requests: &[(u64, u64)],
) -> Result<Vec<String>> {
    let (binary, path) = sized_generator(pkg, compiler, pc)?;
    let mut out = Vec::with_capacity(requests.len());
    // Consecutive seeds of one size come from one run (`count`).
    let mut k = 0;
    while k < requests.len() {
        let (n, seed) = requests[k];
        let run = requests[k..]
            .iter()
            .zip(seed..)
            .take_while(|(r, s)| **r == (n, *s))
            .count();
        out.extend(run_sized(compiler, &binary, &path, n, seed, run as u64)?);
        k += run;
    }
    Ok(out)
}

/// `count` random inputs of size `n` (seeds `seed`, `seed + 1`, ...) from
/// one run of the sized generator.
pub fn sized_batch(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
    n: u64,
    seed: u64,
    count: u64,
) -> Result<Vec<String>> {
    let (binary, path) = sized_generator(pkg, compiler, pc)?;
    run_sized(compiler, &binary, &path, n, seed, count)
}

fn sized_generator(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
) -> Result<(crate::engine::compile::Binary, PathBuf)> {
    let path = pkg.origin.join(crate::engine::package::GENERATOR);
    match compile_generator(pkg, compiler, pc)? {
        Some(binary) => Ok((binary, path)),
        None => Err(Error::package(
            &path,
            "missing: format 2 needs a sized generator",
        )),
    }
}

/// Runs one of the package's own programs (the reference, the brute force)
/// over `inputs` as trusted: its records are believed.
pub fn run_trusted(
    pkg: &Package,
    compiler: &Compiler,
    binary: &Path,
    inputs: &[&str],
    time_limit: Option<Duration>,
    jobs: usize,
) -> Result<Vec<CaseResult>> {
    Ok(execute::run(&RunPlan {
        binary,
        libdir: &compiler.toolchain.target_libdir,
        inputs,
        costs: &[],
        trusted: true,
        round_trip: pkg.shape.is_roundtrip(),
        time_limit,
        memory_mb: pkg.meta.limits.memory_mb,
        jobs,
        max_failing: execute::MAX_FAILING_PROCESSES,
        repeats: 1,
    })?
    .results)
}

fn run_sized(
    compiler: &Compiler,
    binary: &crate::engine::compile::Binary,
    path: &Path,
    n: u64,
    seed: u64,
    count: u64,
) -> Result<Vec<String>> {
    let mut args = ["size", &n.to_string(), "seed", &seed.to_string()]
        .map(String::from)
        .to_vec();
    if count != 1 {
        args.extend(["count".to_string(), count.to_string()]);
    }
    let text = run_program(
        &binary.path(),
        &args,
        None,
        &compiler.toolchain.target_libdir,
        path,
    )?;
    let lines: Vec<&str> = text.lines().collect();
    let valid = lines.len() as u64 == count
        && lines
            .iter()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok_and(|v| v.is_array()));
    if !valid {
        return Err(Error::package(
            path,
            format!(
                "`gen {}` printed {} (expected {count} line(s), each a JSON array of the arguments)",
                args.join(" "),
                crate::engine::text::abbreviate(text.trim_end(), 60)
            ),
        ));
    }
    Ok(lines.into_iter().map(String::from).collect())
}

/// Runs a program (the generator) in the sandbox, isolated like a solution, and returns
/// its stdout. `libdir` is the toolchain's libstd directory.
pub fn run_program(
    binary: &Path,
    args: &[String],
    stdin: Option<&str>,
    libdir: &Path,
    display: &Path,
) -> Result<String> {
    let dir = tempfile::tempdir().map_err(|e| Error::Io {
        context: "cannot create a temporary directory".into(),
        source: e,
    })?;
    let stdin = match stdin {
        Some(text) => {
            let path = dir.path().join("stdin");
            std::fs::write(&path, text).map_err(|e| Error::Io {
                context: format!("cannot write {}", path.display()),
                source: e,
            })?;
            Some(path)
        }
        None => None,
    };
    let spec = judge_sandbox::Spec {
        program: binary.to_path_buf(),
        args: args.iter().map(Into::into).collect(),
        workdir: dir.path().to_path_buf(),
        env: Vec::new(),
        stdin,
        stdout: dir.path().join("stdout"),
        stderr: dir.path().join("stderr"),
        limits: judge_sandbox::Limits {
            cpu: Duration::from_secs(60),
            wall: Duration::from_secs(60),
            memory_bytes: Some(4 << 30),
            file_size_bytes: 512 << 20,
            open_files: 64,
            stack_bytes: None,
            resident_bytes: None,
            memory_grace: std::time::Duration::ZERO,
        },
        isolation: execute::solution_isolation(libdir),
        capture: None,
    };
    let out = judge_sandbox::run(&spec)?;
    if !matches!(out.status, judge_sandbox::Status::Exited(0)) {
        let err = std::fs::read_to_string(dir.path().join("stderr")).unwrap_or_default();
        return Err(Error::package(
            display,
            format!("the program failed ({:?}): {}", out.status, err.trim()),
        ));
    }
    std::fs::read_to_string(dir.path().join("stdout")).map_err(|e| Error::Io {
        context: format!("cannot read the output of {}", display.display()),
        source: e,
    })
}

fn build(pkg: &Package, compiler: &Compiler, pc: &PackageCache, jobs: usize) -> Result<TestSet> {
    // What the build runs is compiled first, side by side.
    in_parallel(&own_programs(pkg, compiler, pc), jobs);
    let mut cases: Vec<(Case, bool)> = pkg
        .handwritten_cases()?
        .into_iter()
        .map(|c| (c, false))
        .collect();
    let (generated, generator_output_hash) = generate(pkg, compiler, pc)?;
    for c in generated {
        if cases.iter().any(|(h, _)| h.name == c.name) {
            return Err(Error::package(
                pkg.origin.join(crate::engine::package::GENERATOR),
                format!(
                    "case name `{}` is also used in {}",
                    c.name,
                    crate::engine::package::CASES
                ),
            ));
        }
        cases.push((c, true));
    }
    if cases.is_empty() {
        return Err(Error::package(&pkg.origin, "the package has no test cases"));
    }
    let reference = compile_reference(pkg, compiler, pc)?;
    let inputs: Vec<&str> = cases.iter().map(|(c, _)| c.input.as_str()).collect();
    let plan = RunPlan {
        binary: &reference.path(),
        libdir: &compiler.toolchain.target_libdir,
        inputs: &inputs,
        costs: &[],
        trusted: true,
        round_trip: pkg.shape.is_roundtrip(),
        time_limit: None,
        memory_mb: pkg.meta.limits.memory_mb,
        jobs,
        max_failing: execute::MAX_FAILING_PROCESSES,
        repeats: 1,
    };
    let first = execute::run(&plan)?;
    let mut times: Vec<Duration> = first
        .results
        .iter()
        .map(|r| match r {
            CaseResult::Returned { time, .. } => *time,
            _ => Duration::ZERO,
        })
        .collect();
    retime_slowest(&plan, &mut times)?;
    let limits = &pkg.meta.limits;
    let calibration_max = match &limits.calibrate {
        Some(rel) => Some(time_calibration(pkg, compiler, pc, rel, &plan)?),
        None => None,
    };
    let mut out = Vec::with_capacity(cases.len());
    let ref_path = pkg.origin.join(crate::engine::package::REFERENCE);
    let program = checker_program(pkg, compiler, pc)?;
    let checker = check::Checker::new(
        &pkg.meta.checker,
        program.as_deref().map(|p| p as &dyn check::Program),
    );
    // Handwritten answers against the reference's, checked in one batch
    // (a package's own checker is one run of its program).
    let mut handwritten: Vec<(String, String, serde_json::Value, serde_json::Value)> = Vec::new();
    for (i, (case, generated)) in cases.into_iter().enumerate() {
        let value = match &first.results[i] {
            CaseResult::Returned { value, .. } => value.clone(),
            other => {
                return Err(Error::package(
                    &ref_path,
                    format!(
                        "the reference fails on case `{}`: {}",
                        case.name,
                        describe(other)
                    ),
                ));
            }
        };
        if let Some(exp) = &case.expected {
            let e: serde_json::Value =
                serde_json::from_str(exp).map_err(|e| Error::Internal(e.to_string()))?;
            let a: serde_json::Value = serde_json::from_str(&value).map_err(|e| {
                Error::package(
                    &ref_path,
                    format!(
                        "case `{}`: the reference's output is not JSON: {e}",
                        case.name
                    ),
                )
            })?;
            handwritten.push((case.name.clone(), case.input.clone(), e, a));
        }
        out.push(TestCase {
            name: case.name,
            sample: case.sample,
            generated,
            input: case.input,
            expected: case.expected.unwrap_or(value),
            reference_time: times[i],
        });
    }
    let items: Vec<check::Item> = handwritten
        .iter()
        .map(|(_, input, e, a)| check::Item {
            input,
            expected: e,
            actual: a,
        })
        .collect();
    for ((name, ..), result) in handwritten.iter().zip(checker.check_all(&items)?) {
        if let Err(m) = result {
            return Err(Error::package(
                pkg.origin.join(crate::engine::package::CASES),
                format!(
                    "case `{name}`: the reference's answer disagrees with `expected`: {}",
                    m.message
                ),
            ));
        }
    }
    let reference_max = out
        .iter()
        .map(|c| c.reference_time)
        .max()
        .unwrap_or_default();
    let time_limit = Duration::from_millis(limits.time_floor_ms).max(
        calibration_max
            .unwrap_or(reference_max)
            .mul_f64(limits.time_multiplier),
    );
    Ok(TestSet {
        cases: out,
        time_limit,
        reference_max,
        calibration_max,
        generator_output_hash,
        checker_program: None,
    })
}

/// Times the calibration solution (`rel`, a file of accepted/) over every
/// case, its slowest cases at the faster of two runs as the reference's are,
/// and returns its slowest case. It is the package's own code, so it runs as
/// trusted; it must finish every case.
fn time_calibration(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
    rel: &str,
    reference_plan: &RunPlan,
) -> Result<Duration> {
    let code = pkg
        .file(rel)
        .ok_or_else(|| Error::package(&pkg.origin, format!("limits.calibrate: no file {rel}")))?;
    let binary = compile_own(pkg, compiler, pc, &own_build(rel), code, rel)?;
    let plan = RunPlan {
        binary: &binary.path(),
        ..*reference_plan
    };
    let first = execute::run(&plan)?;
    let mut times = Vec::with_capacity(first.results.len());
    for (i, r) in first.results.iter().enumerate() {
        let CaseResult::Returned { time, .. } = r else {
            return Err(Error::package(
                pkg.origin.join(rel),
                format!(
                    "the calibration solution (limits.calibrate) fails on case #{}: {}",
                    i + 1,
                    describe(r)
                ),
            ));
        };
        times.push(*time);
    }
    retime_slowest(&plan, &mut times)?;
    Ok(times.into_iter().max().unwrap_or_default())
}

/// Runs the slowest cases of `times` (one run of `plan`'s) again, and each
/// counts at the faster of its two runs: a slow moment on one run is not
/// the program's time. The others cannot be slower than them.
fn retime_slowest(plan: &RunPlan, times: &mut [Duration]) -> Result<()> {
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(times[i]));
    order.truncate(RETIMED_CASES);
    let inputs: Vec<&str> = order.iter().map(|&i| plan.inputs[i]).collect();
    let second = execute::run(&RunPlan {
        inputs: &inputs,
        ..*plan
    })?;
    for (&i, r) in order.iter().zip(&second.results) {
        if let CaseResult::Returned { time, .. } = r {
            times[i] = times[i].min(*time);
        }
    }
    Ok(())
}

/// How many of the reference's and the calibration solution's slowest
/// cases are timed twice.
const RETIMED_CASES: usize = 3;

/// The build directory of one of the package's own files, by its path in
/// the package (`wrong/tle_cubic.rs`: `wrong-tle_cubic`): the calibration
/// solution's build is verify's build of the same accepted/ file.
pub fn own_build(rel: &str) -> String {
    rel.trim_end_matches(".rs").replace('/', "-")
}

/// A compile run ahead of the work that needs its binary, so that the work
/// finds the build up to date (and reports its errors, if it fails):
/// the build directory's name, and the compile.
pub type Prebuild<'a> = (String, Box<dyn Fn() + Send + Sync + 'a>);

/// What building the test set compiles: the generator, the checker, the
/// reference and the calibration solution.
pub fn own_programs<'a>(
    pkg: &'a Package,
    compiler: &'a Compiler,
    pc: &'a PackageCache,
) -> Vec<Prebuild<'a>> {
    let mut out: Vec<Prebuild<'a>> = vec![
        (
            "gen".into(),
            Box::new(move || drop(compile_generator(pkg, compiler, pc))),
        ),
        (
            "checker".into(),
            Box::new(move || drop(checker_program(pkg, compiler, pc))),
        ),
        (
            "reference".into(),
            Box::new(move || drop(compile_reference(pkg, compiler, pc))),
        ),
    ];
    if let Some(rel) = pkg.meta.limits.calibrate.as_deref()
        && let Some(code) = pkg.file(rel)
    {
        out.push((
            own_build(rel),
            Box::new(move || drop(compile_own(pkg, compiler, pc, &own_build(rel), code, rel))),
        ));
    }
    out
}

/// Runs the compiles `jobs` at a time, each build directory once (the
/// first task that names it).
pub fn in_parallel(tasks: &[Prebuild], jobs: usize) {
    let mut seen = std::collections::HashSet::new();
    let unique: Vec<&Prebuild> = tasks.iter().filter(|(b, _)| seen.insert(b)).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, unique.len().max(1)) {
            scope.spawn(|| {
                while let Some((_, task)) =
                    unique.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    task();
                }
            });
        }
    });
}

/// Compiles the package's reference solution.
pub fn compile_reference(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
) -> Result<crate::engine::compile::Binary> {
    compile_own(
        pkg,
        compiler,
        pc,
        "reference",
        pkg.reference()?,
        crate::engine::package::REFERENCE,
    )
}

/// Compiles the package's brute force (`code`: its source).
pub fn compile_brute(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
    code: &str,
) -> Result<crate::engine::compile::Binary> {
    compile_own(
        pkg,
        compiler,
        pc,
        "brute",
        code,
        crate::engine::package::BRUTE,
    )
}

/// Compiles one of the package's own solutions (reference, brute force).
pub fn compile_own(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
    build: &str,
    code: &str,
    rel: &str,
) -> Result<crate::engine::compile::Binary> {
    let path = pkg.origin.join(rel);
    let glue = glue::generate(pkg, code);
    match compiler.compile(&CompileRequest {
        code,
        glue: &glue,
        glue_needs: &glue::interface(pkg),
        display_path: &path,
        build_dir: &pc.build_dir(build),
        edition: DEFAULT_EDITION,
        incremental: false,
    })? {
        CompileOutcome::Built { binary, .. } => Ok(binary),
        CompileOutcome::Failed { diagnostics, .. } => Err(Error::package(
            &path,
            format!("does not compile:\n{diagnostics}"),
        )),
    }
}

pub fn describe(r: &CaseResult) -> String {
    match r {
        CaseResult::Returned { value, .. } => {
            format!("returned {}", crate::engine::text::abbreviate(value, 60))
        }
        CaseResult::Panicked { message, .. } => format!("panicked: {message}"),
        CaseResult::TimedOut { ran, .. } => {
            format!("timed out after {}", crate::engine::text::duration(*ran))
        }
        CaseResult::Blocked { wall, .. } => format!(
            "did not finish in {} (waiting or stopped)",
            crate::engine::text::duration(*wall)
        ),
        CaseResult::MemoryExceeded { message } => format!("ran out of memory: {message}"),
        CaseResult::OutputExceeded { bytes, .. } => format!("printed too much ({bytes} bytes)"),
        CaseResult::Crashed { message } => format!("crashed: {message}"),
        CaseResult::InputError { message } => format!("could not read its input: {message}"),
        CaseResult::NotRun => "did not run".into(),
    }
}
