use judge_harness::r#gen::{Rng, emit, sized};

const MAX_N: usize = 10_000;
const MAX_V: i64 = 100_000;

/// `n` sorted intervals inside `0..=hi` that neither overlap nor touch:
/// distinct starts, and each end lies before the next start.
fn sorted_disjoint(rng: &mut Rng, n: usize, hi: i64) -> Vec<(i64, i64)> {
    assert!(n as i64 <= hi + 1);
    let mut starts = Vec::with_capacity(n);
    if n > 0 {
        // Distinct starts: a random sample of n values from 0..=hi.
        let mut chosen = std::collections::BTreeSet::new();
        while chosen.len() < n {
            chosen.insert(rng.range(0, hi));
        }
        starts.extend(chosen);
    }
    (0..n)
        .map(|i| {
            let limit = if i + 1 < n { starts[i + 1] - 1 } else { hi };
            // Short intervals are more common, so gaps remain.
            let end = if rng.chance(0.3) {
                starts[i]
            } else {
                rng.range(starts[i], starts[i] + (limit - starts[i]) / 2)
            };
            (starts[i], end)
        })
        .collect()
}

fn pairs(v: &[(i64, i64)]) -> String {
    let parts: Vec<String> = v.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
    format!("[{}]", parts.join(","))
}

fn emit_case(name: &str, intervals: &[(i64, i64)], new: (i64, i64)) {
    assert!(intervals.len() <= MAX_N);
    for (i, &(a, b)) in intervals.iter().enumerate() {
        assert!(0 <= a && a <= b && b <= MAX_V);
        if i > 0 {
            assert!(intervals[i - 1].1 < a);
        }
    }
    assert!(0 <= new.0 && new.0 <= new.1 && new.1 <= MAX_V);
    emit(name, &format!("[{},[{},{}]]", pairs(intervals), new.0, new.1));
}

/// A new interval whose ends are often exactly an existing endpoint, so
/// touching is exercised.
fn new_interval(rng: &mut Rng, intervals: &[(i64, i64)], hi: i64) -> (i64, i64) {
    let mut pick = |rng: &mut Rng| -> i64 {
        if !intervals.is_empty() && rng.chance(0.5) {
            let (a, b) = *rng.pick(intervals);
            if rng.chance(0.5) { a } else { b }
        } else {
            rng.range(0, hi)
        }
    };
    let (x, y) = (pick(rng), pick(rng));
    (x.min(y), x.max(y))
}

/// A random valid input of `n` intervals (1 <= n <= 10^4): sorted,
/// disjoint, not touching, in a range that grows with n (up to 0..=10^5),
/// and a new interval whose ends are often existing endpoints, so that it
/// touches, swallows or falls between intervals anywhere in the list.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = (10 * n as i64 + 10).min(MAX_V);
    let intervals = sorted_disjoint(rng, n, hi);
    let new = new_interval(rng, &intervals, hi);
    format!("[{},[{},{}]]", pairs(&intervals), new.0, new.1)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(57);

    // Small cases on a small range, for the brute-force cross-check.
    for i in 0..36 {
        let hi = 3 + rng.below(25) as i64;
        let n = rng.below((hi as usize + 1).min(8) + 1);
        let intervals = sorted_disjoint(&mut rng, n, hi);
        let new = new_interval(&mut rng, &intervals, hi);
        emit_case(&format!("small-{i}"), &intervals, new);
    }
    for i in 0..6 {
        let hi = 1000;
        let n = 50 + rng.below(300);
        let intervals = sorted_disjoint(&mut rng, n, hi);
        let new = new_interval(&mut rng, &intervals, hi);
        emit_case(&format!("medium-{i}"), &intervals, new);
    }

    // Maximum length over the full range.
    for i in 0..3 {
        let intervals = sorted_disjoint(&mut rng, MAX_N, MAX_V);
        let new = new_interval(&mut rng, &intervals, MAX_V);
        emit_case(&format!("random-max-{i}"), &intervals, new);
    }

    let base = sorted_disjoint(&mut rng, MAX_N, MAX_V);
    // A short new interval in the middle, touching an existing end.
    let mid = base[MAX_N / 2];
    emit_case("middle-touch-max", &base, (mid.1, mid.1 + 1));
    // Swallows everything.
    emit_case("cover-all-max", &base, (0, MAX_V));
    // Before everything / after everything.
    let first = base[0];
    emit_case("front-max", &base[1..], (first.0, first.1));
    let last = base[MAX_N - 1];
    emit_case("back-max", &base[..MAX_N - 1], (last.0, last.1));
    // Spans a third of the list, ends exactly on starts and ends.
    emit_case(
        "wide-span-max",
        &base,
        (base[MAX_N / 3].1, base[2 * MAX_N / 3].0),
    );

    // Point intervals, evenly spaced, and the new interval is a point too.
    let points: Vec<(i64, i64)> = (0..MAX_N as i64).map(|i| (i * 10, i * 10)).collect();
    emit_case("points-max", &points, (50_000, 50_000));
    emit_case("points-gap-max", &points, (50_005, 50_005));
    // Densest possible packing: intervals [2i, 2i] and a new one bridging
    // many of them at once.
    let dense: Vec<(i64, i64)> = (0..MAX_N as i64).map(|i| (2 * i, 2 * i)).collect();
    emit_case("dense-bridge-max", &dense, (1, 2 * MAX_N as i64 - 3));
    // Wide intervals with single gaps, near the top of the range.
    let wide: Vec<(i64, i64)> = (0..MAX_N as i64)
        .map(|i| (MAX_V - 10 * (MAX_N as i64 - i) + 1, MAX_V - 10 * (MAX_N as i64 - i) + 8))
        .collect();
    emit_case("wide-top-max", &wide, (MAX_V - 5, MAX_V));
}
