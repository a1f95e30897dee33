use judge_harness::r#gen::{Rng, emit, list, sized};

fn matrix(rows: &[Vec<i64>]) -> String {
    let inner: Vec<String> = rows.iter().map(|r| list(r)).collect();
    format!("[[{}]]", inner.join(","))
}

/// A random shape rows x cols (each in 1..=max) with rows*cols as close to
/// `n` as the limits allow, among all such shapes.
fn shape(rng: &mut Rng, n: usize, max: usize) -> (usize, usize) {
    let mut best = Vec::new();
    let mut dist = usize::MAX;
    for r in 1..=max {
        for c in 1..=max {
            let d = (r * c).abs_diff(n);
            if d < dist {
                dist = d;
                best.clear();
            }
            if d == dist {
                best.push((r, c));
            }
        }
    }
    *rng.pick(&best)
}

/// A random valid input of about `n` cells (1 <= n <= 100): the shape
/// closest to n cells, values in a range that grows with n (up to
/// -100..=100).
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, k) = shape(rng, n, 10);
    let span = (2 * n as i64 + 3).min(100);
    let mat: Vec<Vec<i64>> = (0..m).map(|_| (0..k).map(|_| rng.range(-span, span)).collect()).collect();
    matrix(&mat)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(54);

    // Every shape from 1x1 to 10x10, random values.
    for m in 1..=10usize {
        for n in 1..=10usize {
            let mat: Vec<Vec<i64>> = (0..m).map(|_| (0..n).map(|_| rng.range(-100, 100)).collect()).collect();
            emit(&format!("random-{m}x{n}"), &matrix(&mat));
        }
    }

    // Largest shapes with distinct values, so a repeated or skipped cell shows.
    for (m, n) in [(10usize, 10usize), (10, 9), (9, 10), (10, 1), (1, 10)] {
        let mat: Vec<Vec<i64>> = (0..m).map(|i| (0..n).map(|j| (i * n + j) as i64 - 50).collect()).collect();
        emit(&format!("distinct-{m}x{n}"), &matrix(&mat));
    }
}
