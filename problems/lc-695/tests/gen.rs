use judge_harness::r#gen::{Rng, emit, sized};

const SIDE: usize = 50;

/// The case's arguments: one grid of 0/1.
fn grid_args(g: &[Vec<bool>]) -> String {
    let rows: Vec<String> = g
        .iter()
        .map(|row| {
            let cells: Vec<&str> = row.iter().map(|&land| if land { "1" } else { "0" }).collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    format!("[[{}]]", rows.join(","))
}

fn random_grid(rng: &mut Rng, m: usize, n: usize, p: f64) -> Vec<Vec<bool>> {
    (0..m).map(|_| (0..n).map(|_| rng.chance(p)).collect()).collect()
}

/// One island: full rows joined alternately at the right and left ends.
fn snake(m: usize, n: usize) -> Vec<Vec<bool>> {
    let mut g = vec![vec![false; n]; m];
    for r in 0..m {
        if r % 2 == 0 {
            g[r].iter_mut().for_each(|x| *x = true);
        } else if r % 4 == 1 {
            g[r][n - 1] = true;
        } else {
            g[r][0] = true;
        }
    }
    g
}

/// Vertical strips of land joined along the bottom row (a comb).
fn comb(m: usize, n: usize) -> Vec<Vec<bool>> {
    (0..m).map(|r| (0..n).map(|c| c % 2 == 0 || r == m - 1).collect()).collect()
}

/// Square blocks of side `b` separated by one line of water.
fn blocks(n: usize, b: usize) -> Vec<Vec<bool>> {
    (0..n).map(|r| (0..n).map(|c| r % (b + 1) != b && c % (b + 1) != b).collect()).collect()
}

/// Random grid dimensions `(rows, cols)`, both in 1..=`side`, with
/// rows * cols as close to `cells` as they can be: a random choice among the
/// shapes within 2% (or the closest one) of it.
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

/// A random valid grid of about `n` cells (1 <= n <= 50 * 50), of a random
/// shape, land with a random density from 0.3 to 0.8, but for its first half
/// of rows: a snake there, one island of at least n/4 cells, which a search
/// per land cell walks again from each of them.
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, w) = dims(rng, n, SIDE);
    let p = 0.3 + 0.5 * (rng.below(1001) as f64 / 1000.0);
    let mut g = random_grid(rng, m, w, p);
    for (r, row) in snake(m.div_ceil(2), w).into_iter().enumerate() {
        g[r] = row;
    }
    grid_args(&g)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(695);

    // Small random grids, for the brute force to cross-check the reference.
    for i in 0..36 {
        let m = rng.range(1, 8) as usize;
        let n = rng.range(1, 8) as usize;
        let p = [0.3, 0.5, 0.6, 0.75][i % 4];
        emit(&format!("small-{i}"), &grid_args(&random_grid(&mut rng, m, n, p)));
    }
    emit("small-snake", &grid_args(&snake(7, 6)));
    emit("small-comb", &grid_args(&comb(5, 9)));
    emit("small-blocks", &grid_args(&blocks(8, 2)));

    // Largest grids.
    let n = SIDE;
    for (i, p) in [0.3, 0.5, 0.6, 0.8].into_iter().enumerate() {
        emit(&format!("max-random-{i}"), &grid_args(&random_grid(&mut rng, n, n, p)));
    }
    // One island of all 2500 cells: worst case for measuring each cell's island anew.
    emit("max-all-land", &grid_args(&vec![vec![true; n]; n]));
    emit("max-all-water", &grid_args(&vec![vec![false; n]; n]));
    let checker: Vec<Vec<bool>> = (0..n).map(|r| (0..n).map(|c| (r + c) % 2 == 0).collect()).collect();
    emit("max-checkerboard", &grid_args(&checker));
    emit("max-snake", &grid_args(&snake(n, n)));
    emit("max-comb", &grid_args(&comb(n, n)));
    // Many equal 4x4 blocks, and all land but one cell.
    emit("max-blocks", &grid_args(&blocks(n, 4)));
    let mut holed = vec![vec![true; n]; n];
    holed[n / 2][n / 2] = false;
    emit("max-land-one-hole", &grid_args(&holed));
    // Thin grids.
    emit("max-one-row", &grid_args(&random_grid(&mut rng, 1, n, 0.7)));
    emit("max-one-column", &grid_args(&random_grid(&mut rng, n, 1, 0.7)));
}
