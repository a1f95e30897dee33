use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const MAX_C: i64 = 10_000_000;

fn args(intervals: &[(i64, i64)], queries: &[i64]) -> String {
    let parts: Vec<String> = intervals.iter().map(|(l, r)| format!("[{l},{r}]")).collect();
    format!("[[{}],{}]", parts.join(","), list(queries))
}

fn emit_case(name: &str, intervals: &[(i64, i64)], queries: &[i64]) {
    assert!((1..=MAX_N).contains(&intervals.len()), "{name}: interval count");
    assert!((1..=MAX_N).contains(&queries.len()), "{name}: query count");
    assert!(intervals.iter().all(|&(l, r)| 1 <= l && l <= r && r <= MAX_C), "{name}: bad interval");
    assert!(queries.iter().all(|&q| (1..=MAX_C).contains(&q)), "{name}: bad query");
    emit(name, &args(intervals, queries));
}

/// An interval inside 1..=hi whose length is spread over several scales
/// (short, medium, and up to the whole range).
fn interval(rng: &mut Rng, hi: i64) -> (i64, i64) {
    let scale = [3, 30, 1000, hi][rng.below(4)].min(hi);
    let len = rng.range(1, scale);
    let l = rng.range(1, hi - len + 1);
    (l, l + len - 1)
}

/// A random valid input of size `n` = intervals + queries (2 <= n <= 2*10^5):
/// between 20% and 80% of n intervals (each part 1..=10^5), coordinates in a
/// range that grows with n, so small inputs share values and leave gaps.
fn random(rng: &mut Rng, n: usize) -> String {
    let share = rng.range(20, 80) as usize;
    let lo = n.saturating_sub(MAX_N).max(1);
    let hi_count = (n - 1).min(MAX_N);
    let k = (n * share / 100).clamp(lo, hi_count);
    let hi = (4 * n as i64 + 10).min(MAX_C);
    let intervals: Vec<(i64, i64)> = (0..k).map(|_| interval(rng, hi)).collect();
    let queries: Vec<i64> = (0..n - k).map(|_| rng.range(1, hi)).collect();
    args(&intervals, &queries)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(1851);

    // Small inputs for the brute-force cross-check.
    for i in 0..24 {
        let k = 1 + rng.below(8);
        let m = 1 + rng.below(8);
        let hi = rng.range(5, 30);
        let intervals: Vec<(i64, i64)> = (0..k).map(|_| interval(&mut rng, hi)).collect();
        let queries: Vec<i64> = (0..m).map(|_| rng.range(1, hi)).collect();
        emit_case(&format!("small-{i}"), &intervals, &queries);
    }
    for i in 0..10 {
        let k = 1 + rng.below(40);
        let m = 1 + rng.below(40);
        let hi = rng.range(20, 200);
        let intervals: Vec<(i64, i64)> = (0..k).map(|_| interval(&mut rng, hi)).collect();
        let queries: Vec<i64> = (0..m).map(|_| rng.range(1, hi)).collect();
        emit_case(&format!("small-many-{i}"), &intervals, &queries);
    }

    // The largest inputs: 10^5 intervals and 10^5 queries. A quarter of that
    // for the cases whose shape does not need the full size, to keep the
    // test set's size down (each full case is about 2.5 MB of JSON).
    let n = MAX_N;
    let quarter = MAX_N / 4;
    // Random intervals of mixed lengths over the full range.
    for (i, n) in [n, quarter].into_iter().enumerate() {
        let intervals: Vec<(i64, i64)> = (0..n).map(|_| interval(&mut rng, MAX_C)).collect();
        let queries: Vec<i64> = (0..n).map(|_| rng.range(1, MAX_C)).collect();
        emit_case(&format!("random-large-{i}"), &intervals, &queries);
    }
    // Intervals in the lower half, queries in the upper half: every answer
    // is -1 (a scan over the intervals for each query meets no match).
    let intervals: Vec<(i64, i64)> = (0..n).map(|_| interval(&mut rng, MAX_C / 2)).collect();
    let queries: Vec<i64> = (0..n).map(|_| rng.range(MAX_C / 2 + 1, MAX_C)).collect();
    emit_case("all-missing-max", &intervals, &queries);
    // Points at even positions and one interval covering everything; the
    // queries sit at odd positions, so only the largest interval answers.
    let mut intervals: Vec<(i64, i64)> = (0..n as i64 - 1).map(|i| (2 * i + 2, 2 * i + 2)).collect();
    intervals.push((1, MAX_C));
    rng.shuffle(&mut intervals);
    let queries: Vec<i64> = (0..n).map(|_| 2 * rng.range(0, n as i64 - 1) + 1).collect();
    emit_case("only-largest-covers-max", &intervals, &queries);
    // Nested intervals around the middle: all of them contain the middle, the
    // heap holds many at once; queries random, in decreasing order.
    let mid = MAX_C / 2;
    let mut intervals: Vec<(i64, i64)> = (0..quarter as i64).map(|i| (mid - 160 * i, mid + 160 * i)).collect();
    rng.shuffle(&mut intervals);
    let mut queries: Vec<i64> = (0..quarter).map(|_| rng.range(1, MAX_C)).collect();
    queries.sort_unstable_by(|a, b| b.cmp(a));
    emit_case("nested-descending-queries-large", &intervals, &queries);
    // Long intervals that all start early and end at different times: the
    // smallest keeps expiring, so the heap drops an interval for most queries.
    let intervals: Vec<(i64, i64)> = (0..quarter as i64).map(|i| (1 + i % 7, MAX_C - 396 * i)).collect();
    let queries: Vec<i64> = (0..quarter).map(|_| rng.range(1, MAX_C)).collect();
    emit_case("staggered-ends-large", &intervals, &queries);
    // Point intervals hit exactly by the queries, and the same query repeated.
    let points: Vec<i64> = (0..quarter).map(|_| rng.range(1, MAX_C)).collect();
    let intervals: Vec<(i64, i64)> = points.iter().map(|&p| (p, p)).collect();
    let mut queries = points.clone();
    rng.shuffle(&mut queries);
    emit_case("points-hit-large", &intervals, &queries);
    let intervals: Vec<(i64, i64)> = (0..quarter).map(|_| interval(&mut rng, MAX_C)).collect();
    emit_case("one-query-value-large", &intervals, &vec![MAX_C / 3; quarter]);
}
