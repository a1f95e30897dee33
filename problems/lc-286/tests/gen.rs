use judge_harness::r#gen::{Rng, emit, sized};

const SIDE: usize = 250;
const INF: i64 = 2_147_483_647;

fn grid_args(g: &[Vec<i64>]) -> String {
    let rows: Vec<String> = g
        .iter()
        .map(|row| {
            let cells: Vec<String> = row.iter().map(|v| v.to_string()).collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    format!("[[{}]]", rows.join(","))
}

/// Each cell a wall with probability `wall`, a gate with `gate`, else a room.
fn random_grid(rng: &mut Rng, m: usize, n: usize, wall: f64, gate: f64) -> Vec<Vec<i64>> {
    (0..m)
        .map(|_| {
            (0..n)
                .map(|_| {
                    let x = rng.below(1_000_000) as f64 / 1_000_000.0;
                    if x < wall {
                        -1
                    } else if x < wall + gate {
                        0
                    } else {
                        INF
                    }
                })
                .collect()
        })
        .collect()
}

/// A corridor winding through the grid: every other row is open, joined to
/// the next open row alternately at the right and left ends; the rest is
/// wall. One gate at the start of the corridor.
fn snake(m: usize, n: usize) -> Vec<Vec<i64>> {
    let mut g = vec![vec![-1i64; n]; m];
    for r in 0..m {
        if r % 2 == 0 {
            g[r].iter_mut().for_each(|x| *x = INF);
        } else if r % 4 == 1 {
            g[r][n - 1] = INF;
        } else {
            g[r][0] = INF;
        }
    }
    g[0][0] = 0;
    g
}

/// Random grid dimensions `(rows, cols)`, both in 1..=`side`, with
/// rows * cols as close to `cells` as they can be.
fn dims(rng: &mut Rng, cells: usize, side: usize) -> (usize, usize) {
    let cells = cells.clamp(1, side * side);
    let shapes: Vec<(usize, usize, usize)> = (cells.div_ceil(side)..=cells.min(side))
        .map(|r| {
            let c = ((cells + r / 2) / r).clamp(1, side);
            (r, c, (r * c).abs_diff(cells))
        })
        .collect();
    let best = shapes.iter().map(|s| s.2).min().unwrap();
    let near: Vec<(usize, usize)> =
        shapes.iter().filter(|s| s.2 <= best.max(cells / 50)).map(|s| (s.0, s.1)).collect();
    *rng.pick(&near)
}

/// A random valid grid of about `n` cells (1 <= n <= 250 * 250): walls with
/// a density from 0 to 0.35, gates from 0.001 to 0.05, the rest rooms.
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, w) = dims(rng, n, SIDE);
    let wall = 0.35 * (rng.below(1001) as f64 / 1000.0);
    let gate = 0.001 + 0.049 * (rng.below(1001) as f64 / 1000.0);
    grid_args(&random_grid(rng, m, w, wall, gate))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(286);

    // Small random floor plans for the brute force.
    for i in 0..36 {
        let m = rng.range(1, 7) as usize;
        let n = rng.range(1, 7) as usize;
        let (wall, gate) = [(0.2, 0.1), (0.3, 0.05), (0.0, 0.1), (0.4, 0.15)][i % 4];
        emit(&format!("small-{i}"), &grid_args(&random_grid(&mut rng, m, n, wall, gate)));
    }
    emit("small-snake", &grid_args(&snake(9, 7)));

    let n = SIDE;
    // Largest floor plans: few gates among random walls.
    emit("max-random-sparse", &grid_args(&random_grid(&mut rng, n, n, 0.2, 0.001)));
    emit("max-random-dense-walls", &grid_args(&random_grid(&mut rng, n, n, 0.4, 0.01)));
    // A third of the cells are gates: worst for one search per gate.
    emit("max-many-gates", &grid_args(&random_grid(&mut rng, n, n, 0.05, 0.33)));
    // One gate in a corner of an open floor: distances up to 498.
    let mut g = vec![vec![INF; n]; n];
    g[0][0] = 0;
    emit("max-one-gate-corner", &grid_args(&g));
    // One corridor through the whole grid: distances over 31000.
    emit("max-snake", &grid_args(&snake(n, n)));
    // Gates on the whole border, walls inside in a checkerboard.
    let g: Vec<Vec<i64>> = (0..n)
        .map(|r| {
            (0..n)
                .map(|c| {
                    if r == 0 || c == 0 || r == n - 1 || c == n - 1 {
                        0
                    } else if (r + c) % 2 == 0 {
                        -1
                    } else {
                        INF
                    }
                })
                .collect()
        })
        .collect();
    emit("max-border-gates-checker-walls", &grid_args(&g));
    // Smaller shapes: no gate at all, many walls and many gates, thin grids.
    emit("no-gates-250x60", &grid_args(&random_grid(&mut rng, n, 60, 0.3, 0.0)));
    emit("all-gates-60x250", &grid_args(&vec![vec![0; n]; 60]));
    emit("max-one-row", &grid_args(&random_grid(&mut rng, 1, n, 0.05, 0.02)));
    emit("max-one-column", &grid_args(&random_grid(&mut rng, n, 1, 0.05, 0.02)));
}
