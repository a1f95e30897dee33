use judge_harness::r#gen::{Rng, emit, sized};

/// The case's arguments: one grid of "1"/"0" strings.
fn grid_args(g: &[Vec<bool>]) -> String {
    let rows: Vec<String> = g
        .iter()
        .map(|row| {
            let cells: Vec<&str> = row.iter().map(|&land| if land { "\"1\"" } else { "\"0\"" }).collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    format!("[[{}]]", rows.join(","))
}

fn random_grid(rng: &mut Rng, m: usize, n: usize, p: f64) -> Vec<Vec<bool>> {
    (0..m).map(|_| (0..n).map(|_| rng.chance(p)).collect()).collect()
}

/// One island: full rows joined alternately at the right and left ends.
/// Every other row is water except for the single joining cell.
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

/// One island: a path winding inwards, with a one-cell water gap between
/// neighbouring turns of the spiral.
fn spiral(n: usize) -> Vec<Vec<bool>> {
    let mut g = vec![vec![false; n]; n];
    let (mut top, mut left, mut bottom, mut right) = (0i64, 0i64, n as i64 - 1, n as i64 - 1);
    let set = |g: &mut Vec<Vec<bool>>, r: i64, c: i64| g[r as usize][c as usize] = true;
    loop {
        if left > right || top > bottom {
            break;
        }
        for c in left..=right {
            set(&mut g, top, c);
        }
        for r in top..=bottom {
            set(&mut g, r, right);
        }
        if top + 2 > bottom {
            break;
        }
        for c in left..=right {
            set(&mut g, bottom, c);
        }
        if left + 2 > right {
            break;
        }
        for r in top + 2..=bottom {
            set(&mut g, r, left);
        }
        // The next turn starts two cells in, leaving a gap of water, and is
        // joined to this turn by the cell at (top + 2, left + 1).
        set(&mut g, top + 2, left + 1);
        top += 2;
        left += 2;
        bottom -= 2;
        right -= 2;
    }
    g
}

/// Vertical strips of land joined along the bottom row (a comb): one island
/// with many cells whose upper and left neighbours are water.
fn comb(m: usize, n: usize) -> Vec<Vec<bool>> {
    let mut g = vec![vec![false; n]; m];
    for r in 0..m {
        for c in 0..n {
            g[r][c] = c % 2 == 0 || r == m - 1;
        }
    }
    g
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

/// A random valid grid of about `n` cells (1 <= n <= 300 * 300), of a
/// random shape, land with a random density from 0.3 to 0.8.
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, w) = dims(rng, n, 300);
    let p = 0.3 + 0.5 * (rng.below(1001) as f64 / 1000.0);
    grid_args(&random_grid(rng, m, w, p))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(200);

    // Small random grids, for the brute force to cross-check the reference.
    for i in 0..36 {
        let m = rng.range(1, 8) as usize;
        let n = rng.range(1, 8) as usize;
        let p = [0.3, 0.5, 0.6, 0.75][i % 4];
        emit(&format!("small-{i}"), &grid_args(&random_grid(&mut rng, m, n, p)));
    }
    // Small special shapes.
    emit("small-snake", &grid_args(&snake(9, 6)));
    emit("small-spiral", &grid_args(&spiral(11)));
    emit("small-comb", &grid_args(&comb(5, 9)));

    // Largest grids.
    let n = 300;
    for (i, p) in [0.3, 0.5, 0.6, 0.8].into_iter().enumerate() {
        emit(&format!("max-random-{i}"), &grid_args(&random_grid(&mut rng, n, n, p)));
    }
    emit("max-all-land", &grid_args(&vec![vec![true; n]; n]));
    emit("max-all-water", &grid_args(&vec![vec![false; n]; n]));
    // 45000 one-cell islands touching only at corners.
    let checker: Vec<Vec<bool>> = (0..n).map(|r| (0..n).map(|c| (r + c) % 2 == 0).collect()).collect();
    emit("max-checkerboard", &grid_args(&checker));
    // One island of 45150 cells in a single long path.
    emit("max-snake", &grid_args(&snake(n, n)));
    // The same turned on its side.
    let s = snake(n, n);
    let turned: Vec<Vec<bool>> = (0..n).map(|r| (0..n).map(|c| s[c][r]).collect()).collect();
    emit("max-snake-columns", &grid_args(&turned));
    emit("max-spiral", &grid_args(&spiral(n)));
    emit("max-comb", &grid_args(&comb(n, n)));
    // Thin grids: one row, one column, and very unequal sides.
    emit("max-one-row", &grid_args(&random_grid(&mut rng, 1, n, 0.6)));
    emit("max-one-column", &grid_args(&random_grid(&mut rng, n, 1, 0.6)));
    emit("wide-3x300", &grid_args(&random_grid(&mut rng, 3, n, 0.55)));
    emit("tall-300x3", &grid_args(&random_grid(&mut rng, n, 3, 0.55)));
}
