use judge_harness::r#gen::{emit, list, Rng};

const MIN: i64 = i32::MIN as i64;
const MAX: i64 = i32::MAX as i64;

fn matrix(rows: &[Vec<i64>]) -> String {
    let inner: Vec<String> = rows.iter().map(|r| list(r)).collect();
    format!("[[{}]]", inner.join(","))
}

/// Values over the whole i32 range (often the extremes); each cell is zero with probability `p`.
fn random(rng: &mut Rng, m: usize, n: usize, p: f64) -> Vec<Vec<i64>> {
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

fn main() {
    let mut rng = Rng::new(73);

    // Small random shapes for the brute force.
    for i in 0..40 {
        let m = rng.range(1, 6) as usize;
        let n = rng.range(1, 6) as usize;
        let p = [0.05, 0.15, 0.3][i % 3];
        emit(&format!("small-{i}"), &matrix(&random(&mut rng, m, n, p)));
    }

    // Largest size, a few zeros.
    let m = random(&mut rng, 200, 200, 0.0005);
    emit("max-few-zeros", &matrix(&m));

    // Largest size, no zero at all.
    let m = random(&mut rng, 200, 200, 0.0);
    emit("max-no-zero", &matrix(&m));

    // Largest size, every cell zero.
    emit("max-all-zero", &matrix(&vec![vec![0; 200]; 200]));

    // Largest size, many zeros.
    let m = random(&mut rng, 200, 200, 0.01);
    emit("max-many-zeros", &matrix(&m));

    // Zeros only in the first row and first column (the marker row/column).
    let mut m = random(&mut rng, 200, 200, 0.0);
    m[0][137] = 0;
    m[61][0] = 0;
    emit("max-zeros-on-marker-lines", &matrix(&m));

    // Wide and tall extremes.
    let m = random(&mut rng, 1, 200, 0.01);
    emit("max-one-row", &matrix(&m));
    let m = random(&mut rng, 200, 1, 0.01);
    emit("max-one-column", &matrix(&m));
    let m = random(&mut rng, 3, 200, 0.003);
    emit("wide", &matrix(&m));
    let m = random(&mut rng, 200, 3, 0.003);
    emit("tall", &matrix(&m));
}
