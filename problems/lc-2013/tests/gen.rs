use judge_harness::r#gen::{emit, Rng, sized};

const MAX_CALLS: usize = 3000;

enum Op {
    Add(i64, i64),
    Count(i64, i64),
}

/// Emits a design case; checks the constraints on the way.
fn put(name: &str, ops: &[Op]) {
    assert!(!ops.is_empty() && ops.len() <= MAX_CALLS, "{name}: call count {}", ops.len());
    let mut names = vec!["\"DetectSquares\"".to_string()];
    let mut args = vec!["[]".to_string()];
    for op in ops {
        let (n, x, y) = match *op {
            Op::Add(x, y) => ("add", x, y),
            Op::Count(x, y) => ("count", x, y),
        };
        assert!((0..=1000).contains(&x) && (0..=1000).contains(&y), "{name}: point off the grid");
        names.push(format!("\"{n}\""));
        args.push(format!("[[{x},{y}]]"));
    }
    emit(name, &format!("[[{}],[{}]]", names.join(","), args.join(",")));
}

/// Random adds and counts in the box [x0, x0 + w] x [y0, y0 + w].
fn random_ops(rng: &mut Rng, calls: usize, p_add: f64, x0: i64, y0: i64, w: i64) -> Vec<Op> {
    (0..calls)
        .map(|_| {
            let (x, y) = (x0 + rng.range(0, w), y0 + rng.range(0, w));
            if rng.chance(p_add) { Op::Add(x, y) } else { Op::Count(x, y) }
        })
        .collect()
}

/// A random valid input of n calls to add and count (1 <= n <= 3000), in a
/// box of side n/6 + 1 (at most 1000). Each coordinate is, with chance 0.6,
/// on one of 2 to 4 evenly spaced lines of the box: their crossings form
/// squares, added many times over, and a count on such a line looks at a
/// share of all the points. Adds come mostly first (nine in ten calls of
/// the first 60%), counts mostly last.
fn random(rng: &mut Rng, n: usize) -> String {
    let w = (n as i64 / 6 + 1).min(1000);
    let (x0, y0) = (rng.range(0, 1000 - w), rng.range(0, 1000 - w));
    let c = rng.range(2, 4);
    let lines: Vec<i64> = (0..c).map(|i| i * w / (c - 1)).collect();
    let coord = |rng: &mut Rng| if rng.chance(0.6) { *rng.pick(&lines) } else { rng.range(0, w) };
    let mut names = vec!["\"DetectSquares\"".to_string()];
    let mut args = vec!["[]".to_string()];
    for i in 0..n {
        let (x, y) = (x0 + coord(rng), y0 + coord(rng));
        let p_add = if i * 10 < n * 6 { 0.9 } else { 0.4 };
        names.push(if rng.chance(p_add) { "\"add\"" } else { "\"count\"" }.to_string());
        args.push(format!("[[{x},{y}]]"));
    }
    format!("[[{}],[{}]]", names.join(","), args.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(2013);

    // Small boxes and few calls, so squares and copies are common (brute force).
    for i in 0..40 {
        let w = [2, 3, 5][i % 3];
        let calls = rng.range(1, 30) as usize;
        let x0 = if i % 4 == 0 { 0 } else if i % 4 == 1 { 1000 - w } else { rng.range(0, 1000 - w) };
        let y0 = if i % 5 == 0 { 1000 - w } else { rng.range(0, 1000 - w) };
        let ops = random_ops(&mut rng, calls, 0.7, x0, y0, w);
        put(&format!("small-{i}"), &ops);
    }

    // Diagonal-heavy: around the centre, for each side d the four diagonal
    // corners and the four corners on the centre's row and column, then
    // counts at the centre. Every stored diagonal point completes a square.
    let (cx, cy) = (500, 500);
    let mut ops = Vec::new();
    for d in 1..=250 {
        for (sx, sy) in [(1, 1), (1, -1), (-1, 1), (-1, -1)] {
            ops.push(Op::Add(cx + sx * d, cy + sy * d));
        }
        ops.push(Op::Add(cx + d, cy));
        ops.push(Op::Add(cx - d, cy));
        ops.push(Op::Add(cx, cy + d));
        ops.push(Op::Add(cx, cy - d));
    }
    while ops.len() < MAX_CALLS {
        ops.push(Op::Count(cx, cy));
    }
    put("max-diagonal-heavy", &ops);

    // The same, with copies: a smaller star whose points are added several times.
    let mut ops = Vec::new();
    for rep in 0..5 {
        for d in 1..=50 {
            for (sx, sy) in [(1, 1), (1, -1), (-1, 1), (-1, -1)] {
                ops.push(Op::Add(cx + sx * d, cy + sy * d));
            }
            ops.push(Op::Add(cx + d, cy));
            ops.push(Op::Add(cx - d, cy));
            ops.push(Op::Add(cx, cy + d));
            ops.push(Op::Add(cx, cy - d));
        }
        for _ in 0..200 {
            ops.push(Op::Count(cx, cy));
        }
        let _ = rep;
    }
    put("max-diagonal-copies", &ops);

    // Three corners added almost a thousand times each: 999^3 squares.
    let mut ops = Vec::new();
    for _ in 0..999 {
        ops.push(Op::Add(0, 0));
        ops.push(Op::Add(1000, 0));
        ops.push(Op::Add(0, 1000));
    }
    for _ in 0..3 {
        ops.push(Op::Count(1000, 1000));
    }
    put("max-copies-product", &ops);

    // A full column and a full row through (0, 0), then counts along the column.
    let mut ops = Vec::new();
    for t in 0..=1000 {
        ops.push(Op::Add(0, t));
        ops.push(Op::Add(t, 0));
    }
    while ops.len() < MAX_CALLS {
        let y = rng.range(0, 1000);
        ops.push(Op::Count(y, y));
    }
    put("max-full-column-and-row", &ops);

    // Random points on small and on large boxes.
    put("max-random-dense", &random_ops(&mut rng, MAX_CALLS, 0.5, 100, 100, 20));
    put("max-random-medium", &random_ops(&mut rng, MAX_CALLS, 0.5, 0, 0, 100));
    put("max-random-sparse", &random_ops(&mut rng, MAX_CALLS, 0.5, 0, 0, 1000));
    // Near the grid's corner, where partners fall off the grid.
    put("max-random-corner", &random_ops(&mut rng, MAX_CALLS, 0.6, 990, 990, 10));
}
