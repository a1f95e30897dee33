use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_SIDE: usize = 200;
const MAX_H: i64 = 100_000;

type Grid = Vec<Vec<i64>>;

fn put(name: &str, g: &Grid) {
    let (m, n) = (g.len(), g[0].len());
    assert!((1..=MAX_SIDE).contains(&m) && (1..=MAX_SIDE).contains(&n), "{name}: size");
    assert!(g.iter().all(|row| row.len() == n && row.iter().all(|&h| (0..=MAX_H).contains(&h))), "{name}: heights");
    let rows: Vec<String> = g.iter().map(|row| list(row)).collect();
    emit(name, &format!("[[{}]]", rows.join(",")));
}

fn random_grid(rng: &mut Rng, m: usize, n: usize, lo: i64, hi: i64) -> Grid {
    (0..m).map(|_| (0..n).map(|_| rng.range(lo, hi)).collect()).collect()
}

fn from_fn(m: usize, n: usize, f: impl Fn(usize, usize) -> i64) -> Grid {
    (0..m).map(|r| (0..n).map(|c| f(r, c)).collect()).collect()
}

/// Rolling terrain: random heights smoothed a few times, so that water
/// runs over long distances and plateaus form.
fn terrain(rng: &mut Rng, m: usize, n: usize, rounds: usize) -> Grid {
    let mut g = random_grid(rng, m, n, 0, MAX_H);
    for _ in 0..rounds {
        let prev = g.clone();
        for r in 0..m {
            for c in 0..n {
                let mut sum = prev[r][c];
                let mut k = 1;
                for (dr, dc) in [(-1i64, 0i64), (1, 0), (0, -1), (0, 1)] {
                    let (nr, nc) = (r as i64 + dr, c as i64 + dc);
                    if nr >= 0 && nc >= 0 && (nr as usize) < m && (nc as usize) < n {
                        sum += prev[nr as usize][nc as usize];
                        k += 1;
                    }
                }
                g[r][c] = sum / k;
            }
        }
    }
    // Round to coarse steps so that equal neighbours are common.
    for row in &mut g {
        for h in row.iter_mut() {
            *h = *h / 500 * 500;
        }
    }
    g
}

/// A serpentine corridor through the grid (even rows left-right and
/// right-left, joined at alternating ends), descending by 1 per cell; the
/// walls between are at the maximum height.
fn snake(m: usize, n: usize, descending_from_top: bool) -> Grid {
    let mut g = vec![vec![MAX_H; n]; m];
    let mut path = Vec::new();
    for r in (0..m).step_by(2) {
        let cols: Vec<usize> = if (r / 2) % 2 == 0 { (0..n).collect() } else { (0..n).rev().collect() };
        for &c in &cols {
            path.push((r, c));
        }
        if r + 1 < m && r + 2 < m {
            path.push((r + 1, *cols.last().unwrap()));
        }
    }
    let len = path.len() as i64;
    for (i, &(r, c)) in path.iter().enumerate() {
        let i = i as i64;
        g[r][c] = if descending_from_top { MAX_H - 1 - i } else { MAX_H - len + i };
    }
    g
}

/// A random valid grid of about `n` cells (1 <= n <= 200 * 200): m rows
/// and c columns (each 1..=200) with m * c as close to n as they allow,
/// chosen at random among the closest shapes (thin ones included). Half of
/// the time rolling terrain (long flows, plateaus), otherwise independent
/// heights from 0..=hi with hi drawn up to 2n+3 (capped at 10^5), so small
/// grids have equal neighbours.
fn random(rng: &mut Rng, n: usize) -> String {
    let shape = |r: usize| {
        let c = ((n + r / 2) / r).clamp(1, MAX_SIDE);
        (r, c, (r * c).abs_diff(n))
    };
    let best = (1..=MAX_SIDE).map(|r| shape(r).2).min().unwrap();
    let shapes: Vec<(usize, usize)> = (1..=MAX_SIDE)
        .map(shape)
        .filter(|s| s.2 == best)
        .map(|(r, c, _)| (r, c))
        .collect();
    let (m, c) = *rng.pick(&shapes);
    let g = if rng.chance(0.5) {
        let rounds = 1 + rng.below(4);
        terrain(rng, m, c, rounds)
    } else {
        let hi = rng.range(1, (2 * n as i64 + 3).min(MAX_H));
        random_grid(rng, m, c, 0, hi)
    };
    let rows: Vec<String> = g.iter().map(|row| list(row)).collect();
    format!("[[{}]]", rows.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(417);

    // Small random grids for the brute-force cross-check; narrow height
    // ranges make plateaus (equal neighbours) common.
    for i in 0..36 {
        let m = 1 + rng.below(7);
        let n = 1 + rng.below(7);
        let hi = [2, 3, 10, MAX_H][i % 4];
        let g = random_grid(&mut rng, m, n, 0, hi);
        put(&format!("small-{i}"), &g);
    }
    for i in 0..4 {
        let m = 3 + rng.below(10);
        let n = 3 + rng.below(10);
        let g = terrain(&mut rng, m, n, 2);
        put(&format!("small-terrain-{i}"), &g);
    }

    let s = MAX_SIDE;
    put("max-random", &random_grid(&mut rng, s, s, 0, MAX_H));
    put("max-few-heights", &random_grid(&mut rng, s, s, 0, 2));
    put("max-two-heights", &random_grid(&mut rng, s, s, 0, 1));
    // Flat grids: every cell drains everywhere.
    put("max-all-equal", &from_fn(s, s, |_, _| 7));
    put("max-all-max", &from_fn(s, s, |_, _| MAX_H));
    // Slopes, a peak and a basin.
    put("max-slope-down-right", &from_fn(s, s, |r, c| (2 * s - r - c) as i64 * 200));
    put("max-slope-down-left", &from_fn(s, s, |r, c| (s + r - c) as i64 * 200));
    let centre = |r: usize, c: usize| (r as i64 - 100).abs() + (c as i64 - 100).abs();
    put("max-peak", &from_fn(s, s, |r, c| MAX_H - centre(r, c) * 400));
    put("max-basin", &from_fn(s, s, |r, c| centre(r, c) * 400));
    // Smooth random terrain.
    put("max-terrain-1", &terrain(&mut rng, s, s, 6));
    put("max-terrain-2", &terrain(&mut rng, s, s, 20));
    // Long winding corridors (about 20 000 cells of descending path).
    put("max-snake-from-top", &snake(s, s, true));
    put("max-snake-from-bottom", &snake(s, s, false));
    put("max-snake-odd-rows", &snake(199, s, true));
    // Checkerboard of the extremes.
    put("max-checkerboard", &from_fn(s, s, |r, c| if (r + c) % 2 == 0 { MAX_H } else { 0 }));
    // Thin and non-square grids.
    put("max-one-row", &random_grid(&mut rng, 1, s, 0, MAX_H));
    put("max-one-column", &random_grid(&mut rng, s, 1, 0, MAX_H));
    put("max-two-rows", &random_grid(&mut rng, 2, s, 0, 5));
    put("max-two-columns", &random_grid(&mut rng, s, 2, 0, 5));
    put("max-wide-terrain", &terrain(&mut rng, 37, s, 8));
    put("max-tall-terrain", &terrain(&mut rng, s, 199, 8));
}
