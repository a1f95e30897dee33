use judge_harness::r#gen::{Rng, emit, list, sized};

const MIN: i64 = i32::MIN as i64;
const MAX: i64 = i32::MAX as i64;

fn matrix(rows: &[Vec<i64>]) -> String {
    let inner: Vec<String> = rows.iter().map(|r| list(r)).collect();
    format!("[[{}]]", inner.join(","))
}

/// Values over the whole i32 range (often the extremes); each cell is zero with probability `p`.
fn random_matrix(rng: &mut Rng, m: usize, n: usize, p: f64) -> Vec<Vec<i64>> {
    (0..m)
        .map(|_| {
            (0..n)
                .map(|_| {
                    if rng.chance(p) {
                        0
                    } else {
                        match rng.below(6) {
                            0 => MIN,
                            1 => MAX,
                            2 => rng.range(-3, 3),
                            _ => rng.range(MIN, MAX),
                        }
                    }
                })
                .collect()
        })
        .collect()
}

/// A random shape rows x cols (each in 1..=max) with rows*cols as close to
/// `n` as the limits allow, among all such shapes.
fn shape(rng: &mut Rng, n: usize, max: usize) -> (usize, usize) {
    let mut best = Vec::new();
    let mut dist = usize::MAX;
    for r in 1..=max {
        let c = (n / r).clamp(1, max);
        for c in [c, (c + 1).min(max)] {
            let d = (r * c).abs_diff(n);
            if d < dist {
                dist = d;
                best.clear();
            }
            if d == dist && !best.contains(&(r, c)) {
                best.push((r, c));
            }
        }
    }
    *rng.pick(&best)
}

/// A random valid input of about `n` cells (1 <= n <= 40000): the shape
/// closest to n cells, values over the whole i32 range (often extremes or
/// near zero), and a random number of zeros, from none to a few per row
/// and column at small sizes (so some, not all, rows and columns clear).
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, k) = shape(rng, n, 200);
    let cells = m * k;
    let zeros = rng.below((cells as f64).sqrt() as usize / 3 + 3);
    // Like `random_matrix`, but no zero except the planted ones.
    let mut mat: Vec<Vec<i64>> = (0..m)
        .map(|_| {
            (0..k)
                .map(|_| match rng.below(6) {
                    0 => MIN,
                    1 => MAX,
                    2 => *rng.pick(&[-3, -2, -1, 1, 2, 3]),
                    _ => match rng.range(MIN, MAX) {
                        0 => 1,
                        v => v,
                    },
                })
                .collect()
        })
        .collect();
    for _ in 0..zeros {
        mat[rng.below(m)][rng.below(k)] = 0;
    }
    matrix(&mat)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(73);

    // Small random shapes for the brute force.
    for i in 0..40 {
        let m = rng.range(1, 6) as usize;
        let n = rng.range(1, 6) as usize;
        let p = [0.05, 0.15, 0.3][i % 3];
        emit(&format!("small-{i}"), &matrix(&random_matrix(&mut rng, m, n, p)));
    }

    // Largest size, a few zeros.
    let m = random_matrix(&mut rng, 200, 200, 0.0005);
    emit("max-few-zeros", &matrix(&m));

    // Largest size, no zero at all.
    let m = random_matrix(&mut rng, 200, 200, 0.0);
    emit("max-no-zero", &matrix(&m));

    // Largest size, every cell zero.
    emit("max-all-zero", &matrix(&vec![vec![0; 200]; 200]));

    // Largest size, many zeros.
    let m = random_matrix(&mut rng, 200, 200, 0.01);
    emit("max-many-zeros", &matrix(&m));

    // Zeros only in the first row and first column (the marker row/column).
    let mut m = random_matrix(&mut rng, 200, 200, 0.0);
    m[0][137] = 0;
    m[61][0] = 0;
    emit("max-zeros-on-marker-lines", &matrix(&m));

    // Wide and tall extremes.
    let m = random_matrix(&mut rng, 1, 200, 0.01);
    emit("max-one-row", &matrix(&m));
    let m = random_matrix(&mut rng, 200, 1, 0.01);
    emit("max-one-column", &matrix(&m));
    let m = random_matrix(&mut rng, 3, 200, 0.003);
    emit("wide", &matrix(&m));
    let m = random_matrix(&mut rng, 200, 3, 0.003);
    emit("tall", &matrix(&m));
}
