use judge_harness::r#gen::{Rng, emit, list, sized};

const V: i64 = 10_000;

fn case(name: &str, m: &[Vec<i64>], target: i64) {
    let rows = m.len();
    let cols = m[0].len();
    assert!((1..=100).contains(&rows) && (1..=100).contains(&cols));
    for (r, row) in m.iter().enumerate() {
        assert_eq!(row.len(), cols);
        assert!(row.windows(2).all(|w| w[0] <= w[1]), "{name}: row not sorted");
        assert!(row.iter().all(|x| x.abs() <= V));
        if r > 0 {
            assert!(row[0] > m[r - 1][cols - 1], "{name}: rows overlap");
        }
    }
    assert!(target.abs() <= V);
    let rows_text: Vec<String> = m.iter().map(|row| list(row)).collect();
    emit(name, &format!("[[{}],{}]", rows_text.join(","), target));
}

/// A random valid matrix: sorted values from `lo..=hi - rows`, with each row
/// pushed up where needed so that it starts above the previous row's end.
/// `p_dup` is the chance that a number repeats the one before it in a row.
fn matrix(rng: &mut Rng, rows: usize, cols: usize, lo: i64, hi: i64, p_dup: f64) -> Vec<Vec<i64>> {
    let mut flat: Vec<i64> = (0..rows * cols).map(|_| rng.range(lo, hi - rows as i64)).collect();
    flat.sort();
    for k in 1..flat.len() {
        if rng.chance(p_dup) && k % cols != 0 {
            flat[k] = flat[k - 1];
        }
        if k % cols == 0 && flat[k] <= flat[k - 1] {
            flat[k] = flat[k - 1] + 1;
        }
        if flat[k] < flat[k - 1] {
            flat[k] = flat[k - 1];
        }
    }
    flat.chunks(cols).map(|c| c.to_vec()).collect()
}

/// Targets for one matrix: present cells (first, last, row ends, random)
/// and absent values (below, above, between rows, gaps inside rows).
fn targets(rng: &mut Rng, m: &[Vec<i64>]) -> Vec<(&'static str, i64)> {
    let cols = m[0].len();
    let flat: Vec<i64> = m.concat();
    let mut out = vec![("first", flat[0]), ("last", *flat.last().unwrap())];
    let r = rng.below(m.len());
    out.push(("row-start", m[r][0]));
    out.push(("row-end", m[r][cols - 1]));
    out.push(("present", *rng.pick(&flat)));
    if flat[0] > -V {
        out.push(("below", flat[0] - 1));
    }
    if *flat.last().unwrap() < V {
        out.push(("above", flat.last().unwrap() + 1));
    }
    // A missing value between two neighbouring cells, if any gap exists.
    let gaps: Vec<usize> = (1..flat.len()).filter(|&k| flat[k] - flat[k - 1] > 1).collect();
    if !gaps.is_empty() {
        let k = *rng.pick(&gaps);
        let name = if k % cols == 0 { "between-rows" } else { "gap" };
        out.push((name, rng.range(flat[k - 1] + 1, flat[k] - 1)));
    }
    out
}

/// A random shape rows x cols (each in 1..=max) with rows*cols as close to
/// `n` as the limits allow, among all such shapes.
fn shape(rng: &mut Rng, n: usize, max: usize) -> (usize, usize) {
    let mut best = Vec::new();
    let mut dist = usize::MAX;
    for r in 1..=max {
        let c = (n / r).clamp(1, max);
        for c in [c, (c + 1).min(max)] {
            let d = (r * c).abs_diff(n);
            if d < dist {
                dist = d;
                best.clear();
            }
            if d == dist && !best.contains(&(r, c)) {
                best.push((r, c));
            }
        }
    }
    *rng.pick(&best)
}

/// A random valid input of about `n` cells (1 <= n <= 10^4): the shape
/// closest to n cells, sorted values from a range that grows with n (up to
/// -10^4..=10^4, some repeated inside rows), and a target that is one of
/// the kinds `targets` offers (present: first, last, a row end, anywhere;
/// absent: below, above, in a gap), picked at random.
fn random(rng: &mut Rng, n: usize) -> String {
    let (rows, cols) = shape(rng, n, 100);
    let span = (2 * n as i64 + 3).max(rows as i64 + 1).min(V);
    let p_dup = *rng.pick(&[0.0, 0.1, 0.3]);
    let m = matrix(rng, rows, cols, -span, span, p_dup);
    let kinds = targets(rng, &m);
    let (_, target) = *rng.pick(&kinds);
    let rows_text: Vec<String> = m.iter().map(|row| list(row)).collect();
    format!("[[{}],{}]", rows_text.join(","), target)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(74);

    // Small matrices of every shape.
    for i in 0..12 {
        let rows = 1 + rng.below(5);
        let cols = 1 + rng.below(5);
        let m = matrix(&mut rng, rows, cols, -30, 30, 0.2);
        for (what, t) in targets(&mut rng, &m) {
            case(&format!("small-{i}-{what}"), &m, t);
        }
    }

    // The largest matrix, over the whole value range.
    let m = matrix(&mut rng, 100, 100, -V, V, 0.1);
    for (what, t) in targets(&mut rng, &m) {
        case(&format!("max-{what}"), &m, t);
    }
    // 100 x 100 consecutive values: no gaps anywhere.
    let dense: Vec<Vec<i64>> = (0..100).map(|r| (0..100).map(|c| -5_000 + r * 100 + c).collect()).collect();
    case("max-dense-present", &dense, 4_999);
    case("max-dense-below", &dense, -5_001);
    case("max-dense-above", &dense, 5_000);
    // Extreme shapes: one row of 100, one column of 100, 2 x 100, 100 x 2.
    for (label, rows, cols) in [("one-row", 1, 100), ("one-column", 100, 1), ("wide", 2, 100), ("tall", 100, 2)] {
        let m = matrix(&mut rng, rows, cols, -V, V, 0.1);
        for (what, t) in targets(&mut rng, &m) {
            case(&format!("{label}-{what}"), &m, t);
        }
    }
    // Long runs of repeated numbers in every row.
    let m = matrix(&mut rng, 50, 100, -200, 200, 0.8);
    for (what, t) in targets(&mut rng, &m) {
        case(&format!("repeats-{what}"), &m, t);
    }
    // The extremes of the value range in the first and last cells.
    let mut m = matrix(&mut rng, 100, 100, -V + 1, V - 1, 0.0);
    m[0][0] = -V;
    m[99][99] = V;
    case("max-extreme-first", &m, -V);
    case("max-extreme-last", &m, V);
}
