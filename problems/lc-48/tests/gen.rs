use judge_harness::r#gen::{Rng, emit, list, sized};

fn matrix(rows: &[Vec<i64>]) -> String {
    let inner: Vec<String> = rows.iter().map(|r| list(r)).collect();
    format!("[[{}]]", inner.join(","))
}

fn random_matrix(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<Vec<i64>> {
    (0..n).map(|_| (0..n).map(|_| rng.range(lo, hi)).collect()).collect()
}

/// A random valid input of side `n` (1 <= n <= 20), values from a range that
/// grows with n, capped at -1000..=1000.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * (n * n) as i64 + 3).min(1000);
    matrix(&random_matrix(rng, n, -span, span))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(48);

    // Every side from 1 to 20, random values (small ones first for the brute force).
    for n in 1..=20 {
        let m = random_matrix(&mut rng, n, -1000, 1000);
        emit(&format!("random-{n}"), &matrix(&m));
    }

    // Distinct values 1..=n*n, so every misplaced cell shows.
    for n in [19usize, 20] {
        let m: Vec<Vec<i64>> = (0..n).map(|i| (0..n).map(|j| (i * n + j + 1) as i64).collect()).collect();
        emit(&format!("distinct-{n}"), &matrix(&m));
    }

    // Largest side, values only at the extremes.
    for i in 0..2 {
        let m: Vec<Vec<i64>> = (0..20)
            .map(|_| (0..20).map(|_| if rng.chance(0.5) { 1000 } else { -1000 }).collect())
            .collect();
        emit(&format!("max-extremes-{i}"), &matrix(&m));
    }

    // Largest side, few distinct values.
    let m = random_matrix(&mut rng, 20, -1, 1);
    emit("max-few-values", &matrix(&m));
}
