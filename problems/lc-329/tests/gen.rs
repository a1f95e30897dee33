use judge_harness::r#gen::{Rng, emit, list, sized};

const SIDE: usize = 200;
const MAX: i64 = 2_147_483_647;

fn matrix_args(g: &[Vec<i64>]) -> String {
    let rows: Vec<String> = g.iter().map(|r| list(r)).collect();
    format!("[[{}]]", rows.join(","))
}

fn random_matrix(rng: &mut Rng, m: usize, n: usize, lo: i64, hi: i64) -> Vec<Vec<i64>> {
    (0..m).map(|_| (0..n).map(|_| rng.range(lo, hi)).collect()).collect()
}

/// Values growing along a path that snakes through the rows (left to right,
/// then right to left): one increasing path through every cell.
fn snake(m: usize, n: usize, base: i64) -> Vec<Vec<i64>> {
    let mut g = vec![vec![0i64; n]; m];
    let mut k = base;
    for r in 0..m {
        for i in 0..n {
            let c = if r % 2 == 0 { i } else { n - 1 - i };
            g[r][c] = k;
            k += 1;
        }
    }
    g
}

/// Values increasing along a spiral from the outside in.
fn spiral(n: usize) -> Vec<Vec<i64>> {
    let mut g = vec![vec![-1i64; n]; n];
    let (mut r, mut c, mut d) = (0i64, 0i64, 0usize);
    let dirs = [(0i64, 1i64), (1, 0), (0, -1), (-1, 0)];
    for k in 0..(n * n) as i64 {
        g[r as usize][c as usize] = k;
        let (nr, nc) = (r + dirs[d].0, c + dirs[d].1);
        if nr < 0 || nc < 0 || nr >= n as i64 || nc >= n as i64 || g[nr as usize][nc as usize] >= 0 {
            d = (d + 1) % 4;
        }
        r += dirs[d].0;
        c += dirs[d].1;
    }
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

/// A random valid matrix of about `n` cells (1 <= n <= 200 * 200), values
/// from 0 up to a random bound between 3 and 2^31 - 1 (small bounds give
/// plateaus of equal values), its first half of rows a snake: one increasing
/// path through half the cells, which a search without memory walks again
/// from each of them (n^2 / 8 steps).
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, w) = dims(rng, n, SIDE);
    let hi = *rng.pick(&[3, 20, 1000, n as i64 + 3, MAX]);
    let mut g = random_matrix(rng, m, w, 0, hi);
    let rows = m.div_ceil(2);
    let base = rng.range(0, MAX - (rows * w) as i64 + 1);
    for (r, row) in snake(rows, w, base).into_iter().enumerate() {
        g[r] = row;
    }
    matrix_args(&g)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(329);

    // Small random matrices for the brute force.
    for i in 0..36 {
        let m = rng.range(1, 8) as usize;
        let n = rng.range(1, 8) as usize;
        let hi = [3, 10, 50, MAX][i % 4];
        emit(&format!("small-{i}"), &matrix_args(&random_matrix(&mut rng, m, n, 0, hi)));
    }
    emit("small-snake", &matrix_args(&snake(6, 7, 0)));
    emit("small-spiral", &matrix_args(&spiral(7)));
    let g: Vec<Vec<i64>> = (0..8).map(|r| (0..8).map(|c| (r + c) as i64).collect()).collect();
    emit("small-diagonals", &matrix_args(&g));

    let n = SIDE;
    emit("max-random-full-range", &matrix_args(&random_matrix(&mut rng, n, n, 0, MAX)));
    emit("max-random-small-range", &matrix_args(&random_matrix(&mut rng, n, n, 0, 5)));
    emit("max-random-mid-range", &matrix_args(&random_matrix(&mut rng, n, n, 0, 40_000)));
    // Values r + c: every right/down path increases, exponentially many of
    // them; the longest has 399 cells.
    let g: Vec<Vec<i64>> = (0..n).map(|r| (0..n).map(|c| (r + c) as i64).collect()).collect();
    emit("max-diagonals", &matrix_args(&g));
    // The same, mirrored: the paths run up and left.
    let g: Vec<Vec<i64>> = (0..n).map(|r| (0..n).map(|c| (2 * n - 2 - r - c) as i64).collect()).collect();
    emit("max-diagonals-reversed", &matrix_args(&g));
    // One path through all 40000 cells, at the top of the value range.
    emit("max-snake-high-values", &matrix_args(&snake(n, n, MAX - (n * n) as i64 + 1)));
    emit("max-spiral", &matrix_args(&spiral(n)));
    emit("max-all-equal", &matrix_args(&vec![vec![MAX; n]; n]));
    let g: Vec<Vec<i64>> = (0..n).map(|r| (0..n).map(|c| ((r + c) % 2) as i64).collect()).collect();
    emit("max-checkerboard", &matrix_args(&g));
    let row: Vec<Vec<i64>> = vec![(0..n as i64).rev().collect()];
    emit("max-one-row-decreasing", &matrix_args(&row));
    let col: Vec<Vec<i64>> = (0..n).map(|r| vec![(r as i64 - 100).abs()]).collect();
    emit("max-one-column-valley", &matrix_args(&col));
}
