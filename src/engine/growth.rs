//! Measured growth: how a solution's time grows with the input size, against
//! the package's intended complexity.
//!
//! The solution and the reference are timed on inputs from the package's
//! sized generator (format 2) at sizes spread geometrically over the
//! package's `size_range` (up to three orders of magnitude), several inputs
//! and runs per size; each size counts at the median of its times. Every
//! call has a fixed cost (about a microsecond: the call, the clock reads),
//! which the smallest size's time estimates; it is taken off, and only the
//! sizes well above it are fitted. The
//! growth is then fitted two ways on those medians: the log-log slope (the
//! exponent) and, by least squares in log space with a free constant
//! factor, the best of O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3) and
//! O(2^n). A constant factor moves every point by the same amount in log
//! space, so it never changes the class. Where the fit is poor, the sizes
//! span too little or the times are below what the clock resolves, the
//! result says "could not tell" instead of guessing.
//!
//! Times are the per-case CPU times of the judged run (the case thread's
//! clock), as for the time limit; the solution runs untrusted in the
//! sandbox. The reference's measurement depends only on the package, the
//! toolchain and the machine, and is cached beside the test set.

use crate::engine::compile::Compiler;
pub use crate::engine::complexity::{CLASSES, Class};
use crate::engine::execute::{self, CaseResult, RunPlan};
use crate::engine::package::Package;
use crate::engine::testset::{self, PackageCache, TestSet};
use crate::error::Result;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::time::{Duration, Instant};

/// One measured size: the median CPU time per call, in microseconds.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Point {
    pub n: u64,
    pub us: f64,
    /// Laps timed per case (see `repetitions`), 1: one call on the CPU
    /// clock, whose reading costs about a microsecond.
    #[serde(default = "one")]
    pub reps: u64,
}

fn one() -> u64 {
    1
}

/// A fit of measured points.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Fit {
    /// The best class, or None: could not tell.
    pub class: Option<Class>,
    /// The log-log slope.
    pub exponent: Option<f64>,
    /// How well the best class explains the points, 0 to 1 (R^2 in log
    /// space with the constant factor removed).
    pub confidence: f64,
    /// Why there is no class.
    pub unclear: Option<String>,
}

/// The analysis of one solution, as reported (`complexity` in JSON).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Complexity {
    /// The measured class, e.g. "O(n log n)"; None: could not tell.
    pub measured: Option<String>,
    pub exponent: Option<f64>,
    /// The package's stated complexity, as written.
    pub intended: Option<String>,
    /// Where that is in more than n (`O(n log k)`): the class it grows by
    /// in n alone on the sized inputs, which is what is compared.
    pub intended_growth: Option<String>,
    pub reference_exponent: Option<f64>,
    pub confidence: f64,
    /// "better", "better by a log factor", "as intended", "within a log
    /// factor", "worse", or None where not comparable.
    pub comparison: Option<String>,
    /// The solution's time over the reference's at the largest size
    /// measured for both, and that size.
    pub ratio: Option<f64>,
    pub ratio_at: Option<u64>,
    /// Why it could not tell, or what was not compared.
    pub note: Option<String>,
    pub points: Vec<Point>,
    pub reference_points: Vec<Point>,
    /// What the measurement took.
    pub elapsed_ms: f64,
}

pub struct Options {
    /// The whole analysis of the solution stops growing sizes after this.
    pub budget: Duration,
    /// Inputs per size, and runs of each.
    pub inputs: u64,
    pub runs: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            budget: Duration::from_secs(3),
            inputs: 3,
            runs: 3,
        }
    }
}

/// Sizes measured: 10 spread geometrically from the largest of the
/// smallest size and a thousandth of the largest, up to the largest.
pub fn sizes(lo: u64, hi: u64) -> Vec<u64> {
    let hi = hi.max(1);
    let start = lo.max(1).max(hi / 1000).min(hi);
    let steps = 9;
    if hi - start <= steps {
        return (start..=hi).collect();
    }
    let mut out: Vec<u64> = (0..=steps)
        .map(|i| {
            let x = (start as f64) * ((hi as f64) / (start as f64)).powf(i as f64 / steps as f64);
            (x.round() as u64).clamp(start, hi)
        })
        .collect();
    out.dedup();
    out
}

/// Every call costs a fixed amount (the call, the clock reads), about a
/// microsecond here: the smallest size's time estimates it. Points at less
/// than `SIGNAL` times it are mostly that cost and are not fitted.
const SIGNAL: f64 = 3.0;
/// The most a call's fixed cost is taken to be, in microseconds.
const MAX_FIXED_COST_US: f64 = 2.0;
/// Flat times this long per call are really flat (O(1)); shorter ones are
/// too close to the fixed cost to tell anything.
const MEASURABLE_US: f64 = 20.0;
/// A fit explaining less than this of the variation says "could not tell".
const MIN_CONFIDENCE: f64 = 0.9;
/// Fewest points, and the least span of sizes, a fit needs.
const MIN_POINTS: usize = 3;
const MIN_SPAN: f64 = 4.0;

/// Fits the points: the fixed cost per call (the smallest size's time) is
/// taken off, and the classes are fitted on the points well above it.
pub fn fit(points: &[Point]) -> Fit {
    let unclear = |why: String, exponent: Option<f64>| Fit {
        class: None,
        exponent,
        confidence: 0.0,
        unclear: Some(why),
    };
    if points.len() < MIN_POINTS {
        return unclear(
            format!("only {} size(s) could be timed", points.len()),
            None,
        );
    }
    let floor = points
        .iter()
        .map(|p| p.us)
        .fold(f64::MAX, f64::min)
        .max(1e-3);
    let top = points.iter().map(|p| p.us).fold(0.0, f64::max);
    if top < SIGNAL * floor {
        // Flat: O(1) if the calls are long enough to see it, else too fast.
        return if top >= MEASURABLE_US {
            Fit {
                class: Some(Class::Constant),
                exponent: Some(0.0),
                confidence: 1.0,
                unclear: None,
            }
        } else {
            unclear(
                format!(
                    "every size takes {floor:.1}-{top:.1} µs per call, too close to the fixed \
                     cost of a call to see growth"
                ),
                None,
            )
        };
    }
    // What is taken off: the smallest time, but never more than a call's
    // fixed cost can be (a smallest size that does real work keeps it).
    let fixed = floor.min(MAX_FIXED_COST_US);
    let usable: Vec<(f64, f64)> = points
        .iter()
        .filter(|p| p.us >= SIGNAL * floor)
        .map(|p| (p.n as f64, (p.us - fixed).ln()))
        .collect();
    if usable.len() < MIN_POINTS {
        return unclear(
            format!(
                "only {} size(s) take clearly longer than the fixed cost of a call ({floor:.1} µs)",
                usable.len()
            ),
            None,
        );
    }
    let (n_min, n_max) = (usable[0].0, usable[usable.len() - 1].0);
    if n_max / n_min < MIN_SPAN {
        return unclear(
            format!("the sizes that can be timed span only {n_min}..{n_max}"),
            None,
        );
    }
    let whole = best_class(&usable);
    // Lower-order costs (a call's setup, a linear pass before the real work)
    // flatten the small sizes: where the larger half of the sizes grows by a
    // higher degree, and fits well, that is the growth. At least one point
    // more than a fit needs: one jump between the last two sizes (a large
    // free handed back to the system inside the call) is not a degree.
    let tail = &usable[usable.len() / 2..];
    let (class, exponent, confidence) = match best_class(tail) {
        (c, e, conf)
            if tail.len() > MIN_POINTS
                && tail[tail.len() - 1].0 / tail[0].0 >= MIN_SPAN
                && conf >= MIN_CONFIDENCE
                && c.compare(whole.0) == "worse" =>
        {
            (c, e, conf)
        }
        _ => whole,
    };
    if confidence < MIN_CONFIDENCE {
        return Fit {
            class: None,
            exponent: Some(exponent),
            confidence,
            unclear: Some(format!(
                "the times are too noisy to fit (the best class, {}, explains {:.0}% of them)",
                class.notation(),
                confidence * 100.0
            )),
        };
    }
    Fit {
        class: Some(class),
        exponent: Some(exponent),
        confidence,
        unclear: None,
    }
}

/// The class that best explains `usable` (size, ln of the time above the
/// fixed cost), the log-log slope, and how much of the variation the class
/// explains (0 to 1).
fn best_class(usable: &[(f64, f64)]) -> (Class, f64, f64) {
    let xs: Vec<f64> = usable.iter().map(|p| p.0.ln()).collect();
    let ys: Vec<f64> = usable.iter().map(|p| p.1).collect();
    let exponent = slope(&xs, &ys);
    let k = ys.len() as f64;
    let mean = ys.iter().sum::<f64>() / k;
    let tss: f64 = ys.iter().map(|y| (y - mean).powi(2)).sum();
    // Each class: ln t = ln c + ln f(n); the constant factor c is free, so
    // it cannot change the class.
    let rss = |c: Class| -> Option<f64> {
        let r: Vec<f64> = usable.iter().map(|p| p.1 - c.ln_f(p.0)).collect();
        if r.iter().any(|v| !v.is_finite()) {
            return None;
        }
        let m = r.iter().sum::<f64>() / k;
        Some(r.iter().map(|v| (v - m).powi(2)).sum())
    };
    let (best, best_rss) = CLASSES
        .iter()
        .filter_map(|&c| Some((c, rss(c)?)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .expect("the constant class always fits");
    let confidence = if tss <= 1e-12 {
        1.0
    } else {
        (1.0 - best_rss / tss).max(0.0)
    };
    (best, exponent, confidence)
}

fn slope(xs: &[f64], ys: &[f64]) -> f64 {
    let k = xs.len() as f64;
    let (mx, my) = (xs.iter().sum::<f64>() / k, ys.iter().sum::<f64>() / k);
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let sxy: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    if sxx <= 0.0 { 0.0 } else { sxy / sxx }
}

/// Times `binary` on the sized inputs, size by size, until the sizes or the
/// budget run out or a size takes longer than `cap` per call. Where the
/// budget ends the sweep at a size one call of which may pass the cap (is
/// predicted at a tenth of it or more), its inputs are run there once:
/// one stopped sets `stopped_at`.
#[allow(clippy::too_many_arguments)]
fn measure(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
    binary: &Path,
    trusted: bool,
    cap: Duration,
    opts: &Options,
    jobs: usize,
) -> Result<Measured> {
    let mut out = Measured::default();
    let Some([lo, hi]) = pkg.meta.size_range else {
        return Ok(out);
    };
    let started = Instant::now();
    let mut last_wall = Duration::ZERO;
    let mut last_bytes = 0;
    let mut last_slowest = 0.0f64;
    let mut laps_ok = true;
    for n in sizes(lo, hi) {
        // The next size must fit in what is left of the budget: the last
        // size's wall time, grown as the times grew so far (at least
        // linearly; wall time, so a loaded machine stops sooner).
        // (wall time for the whole size, CPU time for one call)
        let (predicted, predicted_call_us) = match out.points.as_slice() {
            [.., a, b] => {
                let (a, b): (&Point, &Point) = (a, b);
                let e = ((b.us / a.us).ln() / (b.n as f64 / a.n as f64).ln()).max(1.0);
                let grown = (n as f64 / b.n as f64).powf(e);
                let call_us = b.us * grown;
                let next_reps = repetitions(last_slowest * grown, last_bytes);
                if b.reps == 1 && next_reps == 1 {
                    (last_wall.mul_f64(grown), call_us)
                } else {
                    // Laps: the work is a few hundred microseconds a case
                    // whatever the size; the rest of the last size's time
                    // (starting the processes, making the inputs) stays.
                    let cases = (opts.inputs as usize * opts.runs) as f64;
                    let work = |reps: u64, us: f64| {
                        Duration::from_secs_f64(cases * reps as f64 * us / 1e6)
                    };
                    let rest = last_wall.saturating_sub(work(b.reps, b.us));
                    (rest + work(next_reps, call_us), call_us)
                }
            }
            _ => (Duration::ZERO, 0.0),
        };
        let runs = |inputs: &[String], runs: usize, max_failing: usize, repeats: u64| {
            let mut all: Vec<&str> = Vec::new();
            for _ in 0..runs {
                all.extend(inputs.iter().map(|s| s.as_str()));
            }
            execute::run(&RunPlan {
                binary,
                libdir: &compiler.toolchain.target_libdir,
                inputs: &all,
                costs: &[],
                trusted,
                round_trip: pkg.shape.is_roundtrip(),
                time_limit: Some(cap),
                memory_mb: pkg.meta.limits.memory_mb,
                jobs: jobs.min(2),
                max_failing,
                repeats,
            })
        };
        let over = |run: &execute::RunOutcome| {
            run.results
                .iter()
                .any(|r| matches!(r, CaseResult::TimedOut { .. } | CaseResult::Blocked { .. }))
        };
        if started.elapsed() + predicted > opts.budget {
            // Growing so fast that one call at this size may pass the cap
            // (the prediction is a power law: an exponential outgrows it):
            // its inputs once each, the first stopped there ending the run,
            // say so at the cost of one stop.
            if !trusted && predicted_call_us > cap.as_secs_f64() * 1e6 / 10.0 {
                let inputs = testset::sized_batch(pkg, compiler, pc, n, GROWTH_SEED, opts.inputs)?;
                if over(&runs(&inputs, 1, 1, 1)?) {
                    out.stopped_at = Some(n);
                }
            }
            break;
        }
        let size_started = Instant::now();
        let inputs = testset::sized_batch(pkg, compiler, pc, n, GROWTH_SEED, opts.inputs)?;
        let bytes = inputs.iter().map(String::len).max().unwrap_or(0);
        // Calls too short for the CPU clock are timed as laps; the first
        // size, with nothing to predict from, once and then again as laps
        // where it was that short.
        // Laps are counted for the slowest input, so that none of them
        // passes the cap by its laps alone.
        let mut reps = match out.points.last() {
            _ if !laps_ok => 1,
            Some(b) if predicted_call_us > 0.0 => {
                repetitions(last_slowest * predicted_call_us / b.us.max(1e-9), bytes)
            }
            _ => 1,
        };
        let mut may_grow = true;
        let mut slowest;
        let (us, timed_out) = loop {
            let run = runs(&inputs, opts.runs, execute::MAX_FAILING_PROCESSES, reps)?;
            let mut times: Vec<f64> = Vec::new();
            for r in &run.results {
                if let CaseResult::Returned { time, .. } | CaseResult::Panicked { time, .. } = r {
                    times.push(time.as_secs_f64() * 1e6)
                }
            }
            if over(&run) && reps > 1 {
                // The laps together passed the cap: one call alone decides,
                // here and at the sizes after (its slowest inputs grow
                // faster than can be predicted).
                (reps, may_grow, laps_ok) = (1, false, false);
                continue;
            }
            slowest = times.iter().copied().fold(0.0, f64::max);
            let us = (!times.is_empty()).then(|| median(&mut times));
            match us {
                Some(_) if may_grow && laps_ok && reps == 1 && repetitions(slowest, bytes) > 1 => {
                    (reps, may_grow) = (repetitions(slowest, bytes), false)
                }
                _ => break (us, over(&run)),
            }
        };
        if timed_out {
            out.stopped_at = Some(n);
            break;
        }
        let Some(us) = us else { break };
        out.points.push(Point { n, us, reps });
        last_wall = size_started.elapsed();
        last_bytes = bytes;
        last_slowest = slowest;
        if us > cap.as_secs_f64() * 1e6 {
            break;
        }
    }
    Ok(out)
}

/// What `measure` found: the median time per size, and the size at which
/// a case ran past the cap and was stopped, if one did.
#[derive(Default)]
struct Measured {
    points: Vec<Point>,
    stopped_at: Option<u64>,
}

const GROWTH_SEED: u64 = 7_000;
/// In the cached reference measurement's name: measurements made another
/// way (v1: every call on the CPU clock) are not reused.
const GROWTH_FORMAT: &str = "v2";

/// Calls shorter than this are timed as repeated laps (see
/// `repetitions`): the CPU clock costs about a microsecond to read.
const LAP_CALLS_UNDER_US: f64 = 200.0;
/// About how long a case's laps take together, and the most laps: enough
/// laps that their median leaves out the ones another process interrupted.
const LAPS_US: f64 = 400.0;
const MAX_REPS: u64 = 1_000;
/// The most input (as JSON) a case's laps convert together.
const MAX_REPS_BYTES: usize = 64 << 20;

/// Laps per case for a call of about `call_us` (0: unknown, one call) on
/// an input of `bytes`: 1 (one call, on the CPU clock) for calls long
/// enough for it.
fn repetitions(call_us: f64, bytes: usize) -> u64 {
    if call_us <= 0.0 || call_us >= LAP_CALLS_UNDER_US {
        return 1;
    }
    let wanted = (LAPS_US / call_us).ceil() as u64;
    let room = (MAX_REPS_BYTES / bytes.max(1)) as u64;
    wanted.min(room).clamp(1, MAX_REPS)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// The reference's points, measured once per package, toolchain and
/// machine and cached.
fn reference_points(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
    ts: &TestSet,
    opts: &Options,
    jobs: usize,
) -> Result<Vec<Point>> {
    let file = pc.dir.join(format!(
        "growth-{GROWTH_FORMAT}-{:016x}-{:016x}.json",
        pkg.content_hash(),
        compiler.toolchain.key()
    ));
    if let Some(points) = std::fs::read(&file)
        .ok()
        .and_then(|b| serde_json::from_slice::<Vec<Point>>(&b).ok())
    {
        return Ok(points);
    }
    let reference = testset::compile_reference(pkg, compiler, pc)?;
    let points = measure(
        pkg,
        compiler,
        pc,
        &reference.path(),
        true,
        cap(ts),
        opts,
        jobs,
    )?
    .points;
    let json =
        serde_json::to_vec(&points).map_err(|e| crate::error::Error::Internal(e.to_string()))?;
    crate::paths::write_atomic(&file, &json)?;
    Ok(points)
}

/// The time per call past which a size is the last one measured.
fn cap(ts: &TestSet) -> Duration {
    (ts.time_limit * 3).max(Duration::from_millis(100))
}

/// Measures `solution` (compiled) and compares its growth with the
/// reference's and the package's intended complexity.
pub fn analyze(
    pkg: &Package,
    compiler: &Compiler,
    cache: &Path,
    solution: &Path,
    ts: &TestSet,
    opts: &Options,
    jobs: usize,
) -> Result<Complexity> {
    let started = Instant::now();
    let intended = pkg.meta.complexity.clone();
    let mut out = Complexity {
        measured: None,
        exponent: None,
        intended: intended.clone(),
        intended_growth: pkg.meta.growth.clone(),
        reference_exponent: None,
        confidence: 0.0,
        comparison: None,
        ratio: None,
        ratio_at: None,
        note: None,
        points: Vec::new(),
        reference_points: Vec::new(),
        elapsed_ms: 0.0,
    };
    if pkg.meta.size_range.is_none() {
        out.note = Some(
            "this problem's package has no sized generator (package format 1), so growth \
             cannot be measured"
                .into(),
        );
        return Ok(out);
    }
    let pc = PackageCache::new(cache, pkg);
    out.reference_points = reference_points(pkg, compiler, &pc, ts, opts, jobs)?;
    let measured = measure(pkg, compiler, &pc, solution, false, cap(ts), opts, jobs)?;
    out.points = measured.points;
    let mine = fit(&out.points);
    let theirs = fit(&out.reference_points);
    out.exponent = mine.exponent.map(round2);
    out.reference_exponent = theirs.exponent.map(round2);
    out.confidence = round2(mine.confidence);
    out.measured = mine.class.map(|c| c.notation().to_string());
    // The ratio at the largest size both reached.
    if let Some(p) = out
        .points
        .iter()
        .rev()
        .find(|p| out.reference_points.iter().any(|r| r.n == p.n))
    {
        let r = out
            .reference_points
            .iter()
            .find(|r| r.n == p.n)
            .expect("found");
        if r.us > 0.0 && p.us > 0.0 {
            out.ratio = Some(round2(p.us / r.us));
            out.ratio_at = Some(p.n);
        }
    }
    let stated = pkg.meta.intended_class();
    match (mine.class, stated) {
        (None, _) => out.note = mine.unclear,
        (Some(m), Some(s)) => out.comparison = Some(m.compare(s).into()),
        (Some(_), None) => {
            out.note = intended.map(|i| {
                format!("the intended {i} is in more than the size n, so it is not compared")
            })
        }
    }
    // Stopped past the cap at a size the reference runs in under a tenth
    // of it: worse than intended, whatever the sizes before it showed.
    let cap_us = cap(ts).as_secs_f64() * 1e6;
    if let Some(n) = measured.stopped_at
        && let Some(r) = out.reference_points.iter().find(|r| r.n == n)
        && r.us < cap_us / 10.0
    {
        out.comparison = Some("worse".into());
        out.note = Some(format!(
            "at n = {n} it ran past {} and was stopped; the reference takes {} there",
            crate::engine::text::duration(cap(ts)),
            if r.us < 10.0 {
                "under 0.01 ms".to_string()
            } else {
                crate::engine::text::duration(Duration::from_secs_f64(r.us / 1e6))
            }
        ));
    }
    out.elapsed_ms = (started.elapsed().as_secs_f64() * 1e4).round() / 10.0;
    Ok(out)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(mut f: impl FnMut(f64) -> f64) -> Vec<Point> {
        sizes(1, 100_000)
            .into_iter()
            .map(|n| Point {
                n,
                us: f(n as f64),
                reps: 1,
            })
            .collect()
    }

    #[test]
    fn sizes_span_three_orders_of_magnitude_where_the_range_allows() {
        let s = sizes(1, 100_000);
        assert_eq!((s[0], *s.last().unwrap()), (100, 100_000));
        assert_eq!(sizes(1, 8), vec![1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(sizes(5, 5), vec![5]);
    }

    #[test]
    fn classes_are_told_apart_whatever_the_constant_factor() {
        for c in [1e-3, 1.0, 50.0] {
            assert_eq!(fit(&points(|n| c * n + 3.0)).class, Some(Class::Linear));
            assert_eq!(
                fit(&points(|n| c * n * n.log2() + 3.0)).class,
                Some(Class::Linearithmic)
            );
            assert_eq!(fit(&points(|n| c * n * n)).class, Some(Class::Quadratic));
        }
        let f = fit(&points(|n| 0.01 * n * n));
        assert!((f.exponent.unwrap() - 2.0).abs() < 0.01);
    }

    fn measured(points: &[(u64, f64)]) -> Vec<Point> {
        points
            .iter()
            .map(|&(n, us)| Point { n, us, reps: 1 })
            .collect()
    }

    #[test]
    fn the_larger_sizes_decide_where_a_lower_order_cost_hides_the_growth() {
        // A linear cost per call under a cubic one: cubic, however flat the start.
        let sizes3000 = sizes(3, 3000);
        let mixed: Vec<Point> = sizes3000
            .iter()
            .map(|&n| {
                let n_f = n as f64;
                Point {
                    n,
                    us: 0.4 * n_f + 2e-6 * n_f.powi(3),
                    reps: 1,
                }
            })
            .collect();
        assert_eq!(fit(&mixed).class, Some(Class::Cubic), "{:?}", fit(&mixed));
        // Measured here: lc-2013's list scan for the corners of each square,
        // O(n) per count over n calls of add and count.
        let scan = measured(&[
            (3, 0.4),
            (6, 0.6),
            (14, 1.3),
            (30, 2.5),
            (65, 6.0),
            (139, 20.3),
            (300, 96.3),
            (646, 788.9),
            (1392, 4903.5),
            (3000, 38675.8),
        ]);
        assert_eq!(fit(&scan).class, Some(Class::Cubic), "{:?}", fit(&scan));
        // Measured here: lc-5's O(n^2) table stays quadratic.
        let table = measured(&[
            (1, 0.3),
            (2, 0.4),
            (5, 0.5),
            (10, 0.9),
            (22, 2.1),
            (46, 7.9),
            (100, 33.3),
            (215, 135.7),
            (464, 670.6),
            (1000, 3102.7),
        ]);
        assert_eq!(
            fit(&table).class,
            Some(Class::Quadratic),
            "{:?}",
            fit(&table)
        );
        // Measured here: lc-134's one pass, whose largest size also pays for
        // handing its two 400 KB arguments back to the system: linear.
        let pass = measured(&[
            (100, 0.4),
            (215, 0.5),
            (464, 0.5),
            (1000, 0.9),
            (2154, 1.5),
            (4642, 3.0),
            (10000, 6.3),
            (21544, 13.0),
            (46416, 33.4),
            (100000, 137.4),
        ]);
        assert!(
            matches!(fit(&pass).class, Some(Class::Linear | Class::Linearithmic)),
            "{:?}",
            fit(&pass)
        );
        // A linear solution whose larger sizes leave the cache grows by a log
        // factor at most, never a degree.
        let cached = points(|n| 0.01 * n * if n > 20_000.0 { 1.6 } else { 1.0 });
        assert!(
            matches!(
                fit(&cached).class,
                Some(Class::Linear | Class::Linearithmic)
            ),
            "{:?}",
            fit(&cached)
        );
    }

    #[test]
    fn noise_says_could_not_tell() {
        let mut x = 17u64;
        let noisy = points(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            5.0 + (x >> 40) as f64 / 1e4
        });
        let f = fit(&noisy);
        assert!(
            f.class.is_none() || f.class == Some(Class::Constant),
            "{f:?}"
        );
        let tiny = points(|_| 0.5);
        assert!(fit(&tiny).class.is_none());
    }
}
