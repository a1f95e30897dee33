use judge_harness::r#gen::{Rng, emit, sized};

const SIDE: usize = 200;

/// The case's arguments: one board of "O" (true) and "X" (false) strings.
fn board_args(g: &[Vec<bool>]) -> String {
    let rows: Vec<String> = g
        .iter()
        .map(|row| {
            let cells: Vec<&str> = row.iter().map(|&o| if o { "\"O\"" } else { "\"X\"" }).collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    format!("[[{}]]", rows.join(","))
}

fn random_board(rng: &mut Rng, m: usize, n: usize, p: f64) -> Vec<Vec<bool>> {
    (0..m).map(|_| (0..n).map(|_| rng.chance(p)).collect()).collect()
}

/// 'O' rows joined alternately at the right and left ends; with `open` the
/// path starts on the edge (it escapes), otherwise the whole snake is kept
/// one cell away from the edge (it is captured).
fn snake(m: usize, n: usize, open: bool) -> Vec<Vec<bool>> {
    let mut g = vec![vec![false; n]; m];
    for r in 1..m - 1 {
        let k = r - 1;
        if k % 2 == 0 {
            for c in 1..n - 1 {
                g[r][c] = true;
            }
        } else if k % 4 == 1 {
            g[r][n - 2] = true;
        } else {
            g[r][1] = true;
        }
    }
    if open {
        g[1][0] = true;
    }
    g
}

/// Concentric square rings, alternately 'O' and 'X'.
fn rings(n: usize) -> Vec<Vec<bool>> {
    (0..n)
        .map(|r| (0..n).map(|c| r.min(c).min(n - 1 - r).min(n - 1 - c) % 2 == 1).collect())
        .collect()
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

/// A random valid board of about `n` cells (1 <= n <= 200 * 200), 'O' with
/// a random density from 0.3 to 0.7, but for its first half of rows: a
/// captured snake there, one region of about n/4 cells that a fresh search
/// from each of them walks whole (n^2 / 16 steps).
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, w) = dims(rng, n, SIDE);
    let p = 0.3 + 0.4 * (rng.below(1001) as f64 / 1000.0);
    let mut g = random_board(rng, m, w, p);
    let rows = m.div_ceil(2);
    if rows >= 3 && w >= 3 {
        // The snake's own last row is all 'X': nothing below reaches it.
        for (r, row) in snake(rows, w, false).into_iter().enumerate() {
            g[r] = row;
        }
    }
    board_args(&g)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(130);

    // Small random boards for the brute force.
    for i in 0..36 {
        let m = rng.range(1, 8) as usize;
        let n = rng.range(1, 8) as usize;
        let p = [0.3, 0.5, 0.6, 0.7][i % 4];
        emit(&format!("small-{i}"), &board_args(&random_board(&mut rng, m, n, p)));
    }
    emit("small-snake-open", &board_args(&snake(9, 7, true)));
    emit("small-snake-closed", &board_args(&snake(9, 7, false)));
    emit("small-rings", &board_args(&rings(9)));

    let n = SIDE;
    for (i, p) in [0.4, 0.5, 0.6].into_iter().enumerate() {
        emit(&format!("max-random-{i}"), &board_args(&random_board(&mut rng, n, n, p)));
    }
    emit("max-all-o", &board_args(&vec![vec![true; n]; n]));
    emit("max-all-x", &board_args(&vec![vec![false; n]; n]));
    // One enclosed region of 198 x 198 cells: captured whole.
    let closed: Vec<Vec<bool>> =
        (0..n).map(|r| (0..n).map(|c| r > 0 && c > 0 && r < n - 1 && c < n - 1).collect()).collect();
    emit("max-enclosed-block", &board_args(&closed));
    // The same with one opening in the frame: the whole block escapes.
    let mut opened = closed.clone();
    opened[n - 1][n / 2] = true;
    emit("max-block-with-opening", &board_args(&opened));
    // One long winding path, escaping at its far end or fully enclosed.
    emit("max-snake-open", &board_args(&snake(n, n, true)));
    emit("max-snake-closed", &board_args(&snake(n, n, false)));
    emit("max-rings", &board_args(&rings(n)));
    let checker: Vec<Vec<bool>> = (0..n).map(|r| (0..n).map(|c| (r + c) % 2 == 0).collect()).collect();
    emit("max-checkerboard", &board_args(&checker));
    emit("max-one-row", &board_args(&random_board(&mut rng, 1, n, 0.5)));
    emit("max-one-column", &board_args(&random_board(&mut rng, n, 1, 0.5)));
    emit("two-rows-200", &board_args(&random_board(&mut rng, 2, n, 0.5)));
}
