//! The smallest failing input: when a solution fails, random inputs of
//! growing small sizes from the package's sized generator (format 2) are
//! run through the reference and the solution until one fails; that input is
//! then shrunk (fewer elements, values nearer zero, shorter strings) while it
//! still fails. A shrunk input counts only if it is still valid: the
//! reference runs it and the brute force (where the package has one) agrees
//! with the reference on it.
//!
//! Deterministic for a given solution: fixed seeds, a fixed order and a fixed
//! number of tries. The time cap only stops a search early on a very slow
//! machine: before anything failed, the result says so; while shrinking, it
//! shows the smallest input reached.

use crate::engine::compile::{Binary, Compiler};
use crate::engine::execute::CaseResult;
use crate::engine::invariants::Invariants;
use crate::engine::judging::{self, CaseSpec, Counterexample, Judgement, Submission};
use crate::engine::package::Package;
use crate::engine::testset::{self, PackageCache, TestSet};
use crate::engine::verdict::Verdict;
use crate::error::Result;
use serde_json::Value;
use std::path::Path;
use std::time::{Duration, Instant};

/// Test cases up to this long teach the shape of valid inputs.
const LEARNED_INPUT_BYTES: usize = 4096;
/// Sizes tried grow from the smallest of `size_range` up to this.
const LARGEST_SEARCHED: u64 = 64;
/// Inputs generated at each size.
const SEEDS_PER_SIZE: u64 = 8;
/// Shrinking candidates tried at each step, and steps at most.
const CANDIDATES_PER_STEP: usize = 48;
const MAX_SHRINK_STEPS: usize = 60;
/// The brute force's time per case when it validates a shrunk input.
const BRUTE_TIME: Duration = Duration::from_secs(1);

/// What the search found, or why there is nothing to show.
#[derive(Clone, Debug)]
pub enum Search {
    Found(Counterexample),
    /// No generated input up to `largest_size` failed.
    NotFound {
        tries: usize,
        largest_size: u64,
    },
    /// The search does not apply (a format 1 package), or stopped.
    Skipped(String),
}

pub struct Limits {
    /// The whole search stops after this long, whatever it has.
    pub time_cap: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time_cap: Duration::from_secs(3),
        }
    }
}

/// Searches for a small input on which `solution` (compiled) fails.
/// `seed`: the input of the smallest test case it answered wrongly (or
/// crashed on), if any; shrinking starts from it where the random search
/// finds nothing smaller, so the result is never larger than a failing
/// test case.
#[allow(clippy::too_many_arguments)]
pub fn search(
    pkg: &Package,
    compiler: &Compiler,
    cache: &Path,
    solution: &Path,
    ts: &TestSet,
    limits: &Limits,
    jobs: usize,
    seed: Option<&str>,
) -> Result<Search> {
    let Some([lo, hi]) = pkg.meta.size_range else {
        return Ok(Search::Skipped(
            "this problem's package has no sized generator (package format 1), so no smaller \
             failing input can be searched for"
                .into(),
        ));
    };
    let pc = PackageCache::new(cache, pkg);
    let reference = testset::compile_reference(pkg, compiler, &pc)?;
    let brute = match pkg.brute() {
        Some(code) => Some(testset::compile_brute(pkg, compiler, &pc, code)?),
        None => None,
    };
    let s = Searcher {
        pkg,
        compiler,
        solution,
        ts,
        jobs,
        reference,
        brute,
        started: Instant::now(),
        cap: limits.time_cap,
    };
    let mut tries = 0;
    let mut found = None;
    // What every valid input shares (the test cases, the generator's):
    // a shrunk input must keep it (see `invariants`), so it stays an input
    // the problem can give, not just one the brute force and the reference
    // agree on.
    // The small cases are enough (the large ones only cost time).
    let mut shape = Invariants::default();
    for c in ts
        .cases
        .iter()
        .filter(|c| c.input.len() <= LEARNED_INPUT_BYTES)
    {
        shape.learn(&c.input);
    }
    let top = hi.min(LARGEST_SEARCHED.max(lo));
    let mut n = lo;
    let mut largest = lo;
    while n <= top {
        if s.out_of_time() && seed.is_some() {
            break;
        }
        if s.out_of_time() {
            return Ok(Search::Skipped(format!(
                "the search for a smaller failing input stopped after {} ({} tried)",
                crate::engine::text::duration(s.started.elapsed()),
                crate::engine::text::plural(tries, "input")
            )));
        }
        largest = n;
        let inputs = testset::sized_batch(pkg, compiler, &pc, n, 1, SEEDS_PER_SIZE)?;
        inputs.iter().for_each(|i| shape.learn(i));
        tries += inputs.len();
        if let Some(f) = s.first_failure(&inputs, false)? {
            found = Some(f);
            break;
        }
        n = if n < lo + 8 { n + 1 } else { n + n / 2 };
    }
    if let Some(seed) = seed
        && found.as_ref().is_none_or(|f| f.input.len() > seed.len())
        && let Some(f) = s.first_failure(&[seed.to_string()], false)?
    {
        tries += 1;
        found = Some(f);
    }
    let Some(mut current) = found else {
        return Ok(Search::NotFound {
            tries,
            largest_size: largest,
        });
    };
    let mut steps = 0;
    while steps < MAX_SHRINK_STEPS && !s.out_of_time() {
        let candidates = shrink_candidates(&current.input, pkg.shape.is_design(), &shape);
        if candidates.is_empty() {
            break;
        }
        tries += candidates.len();
        match s.first_failure(&candidates, true)? {
            Some(f) => {
                current = f;
                steps += 1;
            }
            None => break,
        }
    }
    Ok(Search::Found(Counterexample {
        tries,
        shrink_steps: steps,
        ..current
    }))
}

/// Judges `sub` as `judging::judge` does and, when it fails (WA, RE, TLE,
/// MLE), searches for a small failing input (unless `search` is None):
/// the judgement gets it as `counterexample`, or says why not. With
/// `analyze`, an accepted or too slow solution's growth is measured
/// (`complexity`).
#[allow(clippy::too_many_arguments)]
pub fn judge_explained(
    pkg: &Package,
    compiler: &Compiler,
    cache: &Path,
    sub: &Submission,
    cases: &[CaseSpec],
    ts: &TestSet,
    jobs: usize,
    search_limits: Option<&Limits>,
    analyze: Option<&crate::engine::growth::Options>,
) -> Result<Judgement> {
    let (binary, compile_time) = match judging::compile(pkg, compiler, sub)? {
        Ok(b) => b,
        Err(ce) => {
            return Ok(Judgement {
                total: cases.len(),
                ..ce
            });
        }
    };
    let mut j = judging::judge_binary(
        pkg,
        &binary.path(),
        &compiler.toolchain.target_libdir,
        compile_time,
        cases,
        ts,
        jobs,
    )?;
    j.compile_cached = binary.cached;
    let failed = matches!(
        j.verdict,
        Verdict::WrongAnswer
            | Verdict::RuntimeError
            | Verdict::TimeLimitExceeded
            | Verdict::MemoryLimitExceeded
    );
    // A solution that waits or is stopped (not computing) gains nothing
    // from a smaller input, and every try would wait as long again.
    let blocked = j.first_failure.as_ref().is_some_and(|f| f.waited);
    if blocked && search_limits.is_some() {
        j.counterexample_note = Some(
            "no smaller failing input is searched for: the solution waits or is stopped \
             instead of computing"
                .into(),
        );
    }
    if let (true, false, Some(limits)) = (failed, blocked, search_limits) {
        // The smallest case answered wrongly or crashed on.
        let seed = cases
            .iter()
            .zip(&j.cases)
            .filter(|(_, r)| {
                matches!(
                    r.verdict,
                    Some(Verdict::WrongAnswer | Verdict::RuntimeError)
                )
            })
            .map(|(c, _)| c.input)
            .min_by_key(|i| i.len());
        match search(pkg, compiler, cache, &binary.path(), ts, limits, jobs, seed)? {
            Search::Found(c) => j.counterexample = Some(c),
            Search::NotFound {
                tries,
                largest_size,
            } => {
                j.counterexample_note = Some(format!(
                    "no smaller failing input found ({tries} random inputs up to size \
                     {largest_size} pass)"
                ))
            }
            Search::Skipped(why) => j.counterexample_note = Some(why),
        }
    }
    // Growth is measured on an accepted solution, and on a slow one.
    if let (Verdict::Accepted | Verdict::TimeLimitExceeded, Some(opts)) = (j.verdict, analyze) {
        j.complexity = Some(crate::engine::growth::analyze(
            pkg,
            compiler,
            cache,
            &binary.path(),
            ts,
            opts,
            jobs,
        )?);
    }
    Ok(j)
}

struct Searcher<'a> {
    pkg: &'a Package,
    compiler: &'a Compiler,
    solution: &'a Path,
    ts: &'a TestSet,
    jobs: usize,
    reference: Binary,
    brute: Option<Binary>,
    started: Instant,
    cap: Duration,
}

impl Searcher<'_> {
    fn out_of_time(&self) -> bool {
        self.started.elapsed() > self.cap
    }

    fn trusted_run(
        &self,
        binary: &Binary,
        inputs: &[&str],
        limit: Option<Duration>,
    ) -> Result<Vec<CaseResult>> {
        testset::run_trusted(
            self.pkg,
            self.compiler,
            &binary.path(),
            inputs,
            limit,
            self.jobs,
        )
    }

    /// The first of `inputs` (in order) the solution fails, with the
    /// reference's answer. `validate`: an input counts only if the brute
    /// force agrees with the reference on it (shrunk inputs may break a
    /// constraint the generator keeps).
    fn first_failure(&self, inputs: &[String], validate: bool) -> Result<Option<Counterexample>> {
        let refs: Vec<&str> = inputs.iter().map(|s| s.as_str()).collect();
        let answers = self.trusted_run(&self.reference, &refs, None)?;
        let mut valid: Vec<(usize, String, Duration)> = Vec::new();
        for (i, r) in answers.iter().enumerate() {
            if let CaseResult::Returned { value, time, .. } = r {
                valid.push((i, value.clone(), *time));
            }
        }
        if validate && let Some(brute) = &self.brute {
            let ins: Vec<&str> = valid.iter().map(|(i, _, _)| refs[*i]).collect();
            let brute_answers = self.trusted_run(brute, &ins, Some(BRUTE_TIME))?;
            // The brute force's answer is checked as if a solution gave it.
            let parsed: Vec<Option<(Value, Value)>> = valid
                .iter()
                .zip(&brute_answers)
                .map(|((_, expected, _), b)| match b {
                    CaseResult::Returned { value, .. } => Some((
                        serde_json::from_str::<Value>(expected).ok()?,
                        serde_json::from_str::<Value>(value).ok()?,
                    )),
                    _ => None,
                })
                .collect();
            let items: Vec<crate::engine::check::Item> = valid
                .iter()
                .zip(&parsed)
                .filter_map(|((i, _, _), p)| {
                    let (e, a) = p.as_ref()?;
                    Some(crate::engine::check::Item {
                        input: refs[*i],
                        expected: e,
                        actual: a,
                    })
                })
                .collect();
            let mut checked = self.ts.checker(self.pkg).check_all(&items)?.into_iter();
            let mut kept = Vec::new();
            for (v, p) in valid.into_iter().zip(&parsed) {
                if p.is_some() && checked.next().is_some_and(|r| r.is_ok()) {
                    kept.push(v);
                }
            }
            valid = kept;
        }
        if valid.is_empty() {
            return Ok(None);
        }
        let names: Vec<String> = valid
            .iter()
            .map(|(i, _, _)| format!("search-{i}"))
            .collect();
        let cases: Vec<CaseSpec> = valid
            .iter()
            .zip(&names)
            .map(|((i, expected, time), name)| CaseSpec {
                name,
                sample: false,
                input: refs[*i],
                expected,
                cost: *time,
            })
            .collect();
        let j = judging::judge_binary(
            self.pkg,
            self.solution,
            &self.compiler.toolchain.target_libdir,
            Duration::ZERO,
            &cases,
            self.ts,
            self.jobs,
        )?;
        Ok(j.first_failure.map(|f| Counterexample {
            input: f.input,
            params: f.params,
            expected: f.expected,
            actual: f.actual,
            verdict: f.verdict,
            message: f.message,
            tries: 0,
            shrink_steps: 0,
        }))
    }
}

/// Smaller variants of a JSON argument array, biggest cuts first: halves and
/// single elements of each array removed (columns too, for a grid;
/// operations and their arguments together for a design class), then
/// strings a character shorter, then numbers moved towards zero (or the
/// nearest end of their range). Only variants that keep the shape of every
/// valid input (`shape`) are kept, at most `CANDIDATES_PER_STEP`.
pub fn shrink_candidates(input: &str, design: bool, shape: &Invariants) -> Vec<String> {
    let Ok(Value::Array(args)) = serde_json::from_str::<Value>(input) else {
        return Vec::new();
    };
    let mut out: Vec<Value> = Vec::new();
    if design {
        if let [Value::Array(ops), Value::Array(params)] = args.as_slice()
            && ops.len() == params.len()
        {
            // Never the constructor (index 0).
            for i in (1..ops.len()).rev() {
                let (mut o, mut p) = (ops.clone(), params.clone());
                o.remove(i);
                p.remove(i);
                out.push(Value::Array(vec![Value::Array(o), Value::Array(p)]));
            }
        }
    } else {
        for path in array_paths(&Value::Array(args.clone()), &mut Vec::new()) {
            let len = get(&Value::Array(args.clone()), &path)
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            if path.is_empty() || len == 0 {
                continue;
            }
            let mut cuts: Vec<(usize, usize)> = Vec::new();
            if len >= 4 {
                cuts.push((len / 2, len));
                cuts.push((0, len / 2));
            }
            cuts.extend((0..len).rev().map(|i| (i, i + 1)));
            // A grid's columns: the same index cut from every row.
            if shape.is_grid(&path)
                && let Some(Value::Array(rows)) = get(&Value::Array(args.clone()), &path)
                && let Some(width) = rows.first().and_then(Value::as_array).map(Vec::len)
            {
                for j in (0..width).rev() {
                    let mut v = Value::Array(args.clone());
                    if let Some(Value::Array(rows)) = get_mut(&mut v, &path) {
                        for row in rows.iter_mut() {
                            if let Value::Array(cells) = row
                                && j < cells.len()
                            {
                                cells.remove(j);
                            }
                        }
                    }
                    out.push(v);
                }
            }
            for (from, to) in cuts {
                let mut v = Value::Array(args.clone());
                if let Some(Value::Array(a)) = get_mut(&mut v, &path) {
                    a.drain(from..to);
                }
                out.push(v);
            }
        }
    }
    let root = Value::Array(args);
    // A design class's operation names stay; only their arguments shrink.
    let leaves = leaf_paths(&root, &mut Vec::new())
        .into_iter()
        .filter(|p| !design || p.first() == Some(&1));
    for path in leaves {
        match get(&root, &path) {
            Some(Value::String(text)) if !text.is_empty() => {
                let chars: Vec<char> = text.chars().collect();
                for i in (0..chars.len()).rev() {
                    let shorter: String = chars
                        .iter()
                        .enumerate()
                        .filter(|(k, _)| *k != i)
                        .map(|(_, c)| c)
                        .collect();
                    let mut v = root.clone();
                    if let Some(slot) = get_mut(&mut v, &path) {
                        *slot = Value::String(shorter);
                    }
                    out.push(v);
                }
            }
            Some(Value::Number(num)) => {
                let goal = if design { 0 } else { shape.number_goal(&path) };
                if let Some(x) = num.as_i64()
                    && x != goal
                {
                    let mut towards: Vec<i64> =
                        vec![goal, goal + (x - goal) / 2, x - (x - goal).signum()];
                    towards.dedup();
                    // Never past the goal: a number stays in its range.
                    let beyond = |y: i64| (x > goal && y < goal) || (x < goal && y > goal);
                    for y in towards.into_iter().filter(|y| *y != x && !beyond(*y)) {
                        let mut v = root.clone();
                        if let Some(slot) = get_mut(&mut v, &path) {
                            *slot = Value::from(y);
                        }
                        out.push(v);
                    }
                }
            }
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.into_iter()
        .map(|v| v.to_string())
        .filter(|s| s != input && seen.insert(s.clone()))
        .filter(|s| design || shape.holds(s))
        .take(CANDIDATES_PER_STEP)
        .collect()
}

/// Paths (indices from the root) of every array, outermost first.
fn array_paths(v: &Value, at: &mut Vec<usize>) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if let Value::Array(items) = v {
        out.push(at.clone());
        for (i, item) in items.iter().enumerate() {
            at.push(i);
            out.extend(array_paths(item, at));
            at.pop();
        }
    }
    out
}

/// Paths of every number and string.
fn leaf_paths(v: &Value, at: &mut Vec<usize>) -> Vec<Vec<usize>> {
    match v {
        Value::Array(items) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                at.push(i);
                out.extend(leaf_paths(item, at));
                at.pop();
            }
            out
        }
        Value::Number(_) | Value::String(_) => vec![at.clone()],
        _ => Vec::new(),
    }
}

fn get<'v>(v: &'v Value, path: &[usize]) -> Option<&'v Value> {
    path.iter().try_fold(v, |v, &i| v.as_array()?.get(i))
}

fn get_mut<'v>(v: &'v mut Value, path: &[usize]) -> Option<&'v mut Value> {
    path.iter()
        .try_fold(v, |v, &i| v.as_array_mut()?.get_mut(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinking_keeps_the_shape_of_valid_inputs() {
        let mut shape = Invariants::default();
        shape.learn("[3]");
        shape.learn("[1]");
        let c = shrink_candidates("[4]", false, &shape);
        assert!(c.contains(&"[1]".to_string()), "{c:?}");
        assert!(!c.contains(&"[0]".to_string()), "{c:?}");
        assert!(shrink_candidates("[1]", false, &shape).is_empty());
        // A grid loses whole rows or columns, never one cell.
        let mut grid = Invariants::default();
        grid.learn("[[[\"1\",\"0\"],[\"0\",\"1\"]]]");
        grid.learn("[[[\"1\"]]]");
        let c = shrink_candidates("[[[\"1\",\"0\"],[\"0\",\"1\"]]]", false, &grid);
        assert!(c.contains(&"[[[\"0\"],[\"1\"]]]".to_string()), "{c:?}");
        assert!(c.iter().all(|x| grid.holds(x)), "{c:?}");
    }

    #[test]
    fn candidates_cut_arrays_first_then_shorten_strings_then_move_numbers_to_zero() {
        let c = shrink_candidates("[[5,-3,8,1],\"ab\",7]", false, &Invariants::default());
        assert_eq!(c[0], "[[5,-3],\"ab\",7]");
        assert_eq!(c[1], "[[8,1],\"ab\",7]");
        assert!(c.contains(&"[[5,-3,8],\"ab\",7]".to_string()));
        assert!(c.contains(&"[[5,-3,8,1],\"a\",7]".to_string()));
        assert!(c.contains(&"[[5,-3,8,1],\"ab\",0]".to_string()));
        assert!(c.contains(&"[[5,-2,8,1],\"ab\",7]".to_string()));
        assert!(
            !c.contains(&"[[5,-3,8,1],\"ab\",7]".to_string()),
            "never the input itself"
        );
    }

    #[test]
    fn a_design_input_loses_an_operation_with_its_arguments_never_the_constructor() {
        let c = shrink_candidates(
            "[[\"MinStack\",\"push\",\"top\"],[[],[5],[]]]",
            true,
            &Invariants::default(),
        );
        assert_eq!(c[0], "[[\"MinStack\",\"push\"],[[],[5]]]");
        assert_eq!(c[1], "[[\"MinStack\",\"top\"],[[],[]]]");
        assert!(c.iter().all(|s| s.contains("MinStack")));
    }
}
