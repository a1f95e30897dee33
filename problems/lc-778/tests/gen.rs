use judge_harness::r#gen::{Rng, emit, list, sized};

const SIDE: usize = 50;

fn grid_args(g: &[Vec<usize>]) -> String {
    let rows: Vec<String> = g.iter().map(|r| list(r)).collect();
    format!("[[{}]]", rows.join(","))
}

/// The heights 0..n*n in a random arrangement.
fn shuffled(rng: &mut Rng, n: usize) -> Vec<Vec<usize>> {
    let mut v: Vec<usize> = (0..n * n).collect();
    rng.shuffle(&mut v);
    v.chunks(n).map(|c| c.to_vec()).collect()
}

/// Heights rising along a path that snakes through every row (left to
/// right, then right to left).
fn snake(n: usize) -> Vec<Vec<usize>> {
    let mut g = vec![vec![0; n]; n];
    let mut k = 0;
    for r in 0..n {
        for i in 0..n {
            let c = if r % 2 == 0 { i } else { n - 1 - i };
            g[r][c] = k;
            k += 1;
        }
    }
    g
}

/// A low winding corridor (every other row open, joined alternately at the
/// right and left ends) through walls of high squares. The corridor's
/// squares get the lowest heights in random order, the walls the rest.
fn corridor(rng: &mut Rng, n: usize) -> Vec<Vec<usize>> {
    let mut open = vec![vec![false; n]; n];
    for r in 0..n {
        if r % 2 == 0 {
            open[r].iter_mut().for_each(|x| *x = true);
        } else if r % 4 == 1 {
            open[r][n - 1] = true;
        } else {
            open[r][0] = true;
        }
    }
    open[n - 1][n - 1] = true;
    let cells: Vec<(usize, usize)> = (0..n).flat_map(|r| (0..n).map(move |c| (r, c))).collect();
    let mut low: Vec<(usize, usize)> = cells.iter().copied().filter(|&(r, c)| open[r][c]).collect();
    let mut high: Vec<(usize, usize)> = cells.iter().copied().filter(|&(r, c)| !open[r][c]).collect();
    rng.shuffle(&mut low);
    rng.shuffle(&mut high);
    let mut g = vec![vec![0; n]; n];
    for (k, &(r, c)) in low.iter().chain(high.iter()).enumerate() {
        g[r][c] = k;
    }
    g
}

/// Heights increasing along a spiral from the outside in.
fn spiral(n: usize) -> Vec<Vec<usize>> {
    let mut g = vec![vec![usize::MAX; n]; n];
    let (mut r, mut c, mut d) = (0i64, 0i64, 0usize);
    let dirs = [(0i64, 1i64), (1, 0), (0, -1), (-1, 0)];
    for k in 0..n * n {
        g[r as usize][c as usize] = k;
        let (nr, nc) = (r + dirs[d].0, c + dirs[d].1);
        if nr < 0 || nc < 0 || nr >= n as i64 || nc >= n as i64 || g[nr as usize][nc as usize] != usize::MAX {
            d = (d + 1) % 4;
        }
        r += dirs[d].0;
        c += dirs[d].1;
    }
    g
}

/// A random valid grid of side `n` (1 <= n <= 50): a random permutation of
/// 0..n*n.
fn random(rng: &mut Rng, n: usize) -> String {
    grid_args(&shuffled(rng, n))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(778);

    // Small random grids for the brute force.
    for i in 0..36 {
        let n = 1 + i % 7;
        emit(&format!("small-{i}"), &grid_args(&shuffled(&mut rng, n)));
    }
    emit("small-corridor", &grid_args(&corridor(&mut rng, 7)));
    emit("small-spiral", &grid_args(&spiral(6)));

    let n = SIDE;
    for i in 0..3 {
        emit(&format!("max-random-{i}"), &grid_args(&shuffled(&mut rng, n)));
    }
    // The target is the highest square: the answer is 2499.
    let mut g = shuffled(&mut rng, n);
    let (tr, tc) = (0..n).flat_map(|r| (0..n).map(move |c| (r, c))).find(|&(r, c)| g[r][c] == n * n - 1).unwrap();
    let last = g[n - 1][n - 1];
    g[tr][tc] = last;
    g[n - 1][n - 1] = n * n - 1;
    emit("max-target-highest", &grid_args(&g));
    // The start is the highest square.
    let mut g = shuffled(&mut rng, n);
    let (sr, sc) = (0..n).flat_map(|r| (0..n).map(move |c| (r, c))).find(|&(r, c)| g[r][c] == n * n - 1).unwrap();
    let first = g[0][0];
    g[sr][sc] = first;
    g[0][0] = n * n - 1;
    emit("max-start-highest", &grid_args(&g));
    emit("max-snake", &grid_args(&snake(n)));
    emit("max-corridor", &grid_args(&corridor(&mut rng, n)));
    emit("max-corridor-2", &grid_args(&corridor(&mut rng, n)));
    emit("max-spiral", &grid_args(&spiral(n)));
    // Heights in reading order, and the reverse.
    let g: Vec<Vec<usize>> = (0..n).map(|r| (0..n).map(|c| r * n + c).collect()).collect();
    emit("max-reading-order", &grid_args(&g));
    let g: Vec<Vec<usize>> = (0..n).map(|r| (0..n).map(|c| n * n - 1 - (r * n + c)).collect()).collect();
    emit("max-reverse-order", &grid_args(&g));
}
