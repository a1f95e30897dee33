use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_N: usize = 1000;
const LIM: i64 = 1_000_000;

fn args(points: &[(i64, i64)]) -> String {
    assert!((1..=MAX_N).contains(&points.len()));
    let mut seen = HashSet::new();
    for &(x, y) in points {
        assert!(x.abs() <= LIM && y.abs() <= LIM);
        assert!(seen.insert((x, y)), "repeated point");
    }
    let parts: Vec<String> = points.iter().map(|(x, y)| format!("[{x},{y}]")).collect();
    format!("[[{}]]", parts.join(","))
}

/// `n` distinct random points with coordinates in -r..=r.
fn random_points(rng: &mut Rng, n: usize, r: i64) -> Vec<(i64, i64)> {
    assert!(((2 * r + 1) * (2 * r + 1)) as usize >= n);
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let p = (rng.range(-r, r), rng.range(-r, r));
        if seen.insert(p) {
            out.push(p);
        }
    }
    out
}

/// A random valid input with `n` points (1 <= n <= 1000): the coordinate
/// range is the full one, or small (many equal distances) but large enough
/// to hold n distinct points.
fn random(rng: &mut Rng, n: usize) -> String {
    let min_r = (0..).find(|&r: &i64| ((2 * r + 1) * (2 * r + 1)) as usize >= n).unwrap();
    let r = match rng.below(3) {
        0 => LIM,
        1 => min_r.max(rng.range(min_r, 1000)),
        _ => min_r + rng.range(0, 3),
    };
    args(&random_points(rng, n, r))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(1584);

    for i in 0..36 {
        let n = 1 + rng.below(12);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    let n = MAX_N;
    for k in 0..2 {
        emit(&format!("max-random-full-range-{k}"), &args(&random_points(&mut rng, n, LIM)));
    }
    emit("max-random-small-range", &args(&random_points(&mut rng, n, 20)));
    // A 40 x 25 lattice: every point has neighbours at distance 1, huge ties.
    let mut lattice: Vec<(i64, i64)> = (0..40).flat_map(|x| (0..25).map(move |y| (x, y))).collect();
    rng.shuffle(&mut lattice);
    emit("max-lattice", &args(&lattice));
    // Points along the main diagonal of the whole range, shuffled.
    let mut diag: Vec<(i64, i64)> = (0..n as i64).map(|i| (-LIM + 2002 * i, -LIM + 2002 * i)).collect();
    rng.shuffle(&mut diag);
    emit("max-diagonal", &args(&diag));
    // Ten tight clusters spread over the range.
    let centres = random_points(&mut rng, 10, LIM - 1000);
    let mut seen = HashSet::new();
    let mut pts = Vec::new();
    while pts.len() < n {
        let (cx, cy) = *rng.pick(&centres);
        let p = (cx + rng.range(-1000, 1000), cy + rng.range(-1000, 1000));
        if seen.insert(p) {
            pts.push(p);
        }
    }
    emit("max-clusters", &args(&pts));
    // The corners and edges of the range: long links only.
    let mut border = Vec::new();
    let mut seen = HashSet::new();
    while border.len() < n {
        let t = rng.range(-LIM, LIM);
        let p = match rng.below(4) {
            0 => (t, -LIM),
            1 => (t, LIM),
            2 => (-LIM, t),
            _ => (LIM, t),
        };
        if seen.insert(p) {
            border.push(p);
        }
    }
    emit("max-border", &args(&border));
    // A diamond ring |x| + |y| = R.
    let mut ring = Vec::new();
    let mut seen = HashSet::new();
    while ring.len() < n {
        let x = rng.range(-LIM, LIM);
        let y = (LIM - x.abs()) * if rng.chance(0.5) { 1 } else { -1 };
        if seen.insert((x, y)) {
            ring.push((x, y));
        }
    }
    emit("max-diamond-ring", &args(&ring));
    // A horizontal line, in sorted order.
    let line: Vec<(i64, i64)> = (0..n as i64).map(|i| (i * 1999 - LIM, 0)).collect();
    emit("max-line-sorted", &args(&line));
}
