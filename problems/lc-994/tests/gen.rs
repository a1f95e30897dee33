use judge_harness::r#gen::{Rng, emit, sized};

const SIDE: usize = 10;

fn grid_args(g: &[Vec<u8>]) -> String {
    let rows: Vec<String> = g
        .iter()
        .map(|row| {
            let cells: Vec<String> = row.iter().map(|v| v.to_string()).collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    format!("[[{}]]", rows.join(","))
}

/// Each cell empty with probability `empty`, rotten with `rotten`, else fresh.
fn random_grid(rng: &mut Rng, m: usize, n: usize, empty: f64, rotten: f64) -> Vec<Vec<u8>> {
    (0..m)
        .map(|_| {
            (0..n)
                .map(|_| {
                    let x = rng.below(1_000_000) as f64 / 1_000_000.0;
                    if x < empty {
                        0
                    } else if x < empty + rotten {
                        2
                    } else {
                        1
                    }
                })
                .collect()
        })
        .collect()
}

/// A one-cell-wide path of fresh oranges winding through the grid (rows
/// joined alternately at the right and left ends), rotten at its start.
fn snake(m: usize, n: usize) -> Vec<Vec<u8>> {
    let mut g = vec![vec![0u8; n]; m];
    for r in 0..m {
        if r % 2 == 0 {
            g[r].iter_mut().for_each(|x| *x = 1);
        } else if r % 4 == 1 {
            g[r][n - 1] = 1;
        } else {
            g[r][0] = 1;
        }
    }
    g[0][0] = 2;
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

/// A random valid grid of about `n` cells (1 <= n <= 100): empty cells with
/// a density from 0 to 0.3, rotten ones from 0.02 to 0.2, the rest fresh.
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, w) = dims(rng, n, SIDE);
    let empty = 0.3 * (rng.below(1001) as f64 / 1000.0);
    let rotten = 0.02 + 0.18 * (rng.below(1001) as f64 / 1000.0);
    grid_args(&random_grid(rng, m, w, empty, rotten))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(994);

    // Small random crates for the brute force.
    for i in 0..36 {
        let m = rng.range(1, 6) as usize;
        let n = rng.range(1, 6) as usize;
        let (empty, rotten) = [(0.1, 0.1), (0.25, 0.15), (0.0, 0.05), (0.35, 0.2)][i % 4];
        emit(&format!("small-{i}"), &grid_args(&random_grid(&mut rng, m, n, empty, rotten)));
    }

    // Full-size crates (10 x 10).
    let n = SIDE;
    for (i, (empty, rotten)) in [(0.1, 0.05), (0.2, 0.1), (0.0, 0.02), (0.3, 0.03)].into_iter().enumerate() {
        emit(&format!("max-random-{i}"), &grid_args(&random_grid(&mut rng, n, n, empty, rotten)));
    }
    // All fresh except one corner: the rot needs 18 minutes.
    let mut g = vec![vec![1u8; n]; n];
    g[0][0] = 2;
    emit("max-one-rotten-corner", &grid_args(&g));
    // The same, but the opposite corner is cut off by empty cells.
    let mut g = vec![vec![1u8; n]; n];
    g[0][0] = 2;
    g[n - 1][n - 2] = 0;
    g[n - 2][n - 1] = 0;
    emit("max-cut-off-corner", &grid_args(&g));
    // All fresh, nothing rotten.
    emit("max-all-fresh", &grid_args(&vec![vec![1u8; n]; n]));
    emit("max-all-rotten", &grid_args(&vec![vec![2u8; n]; n]));
    emit("max-all-empty", &grid_args(&vec![vec![0u8; n]; n]));
    // One long winding path of oranges: many minutes.
    emit("max-snake", &grid_args(&snake(n, n)));
    // A rotten orange in the centre of a full crate.
    let mut g = vec![vec![1u8; n]; n];
    g[n / 2][n / 2] = 2;
    emit("max-rotten-centre", &grid_args(&g));
    // Oranges on a checkerboard: none touch, the fresh ones never rot.
    let g: Vec<Vec<u8>> = (0..n).map(|r| (0..n).map(|c| if (r + c) % 2 == 0 { 1 } else { 0 }).collect()).collect();
    let mut g = g;
    g[0][0] = 2;
    emit("max-checkerboard", &grid_args(&g));
    // Thin crates.
    let mut row = vec![vec![1u8; n]];
    row[0][n - 1] = 2;
    emit("one-row-rotten-end", &grid_args(&row));
    let col: Vec<Vec<u8>> = (0..n).map(|r| vec![if r == 3 { 2 } else { 1 }]).collect();
    emit("one-column", &grid_args(&col));
}
