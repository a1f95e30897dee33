use judge_harness::r#gen::{emit, list, Rng};

fn matrix(rows: &[Vec<i64>]) -> String {
    let inner: Vec<String> = rows.iter().map(|r| list(r)).collect();
    format!("[[{}]]", inner.join(","))
}

fn main() {
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
