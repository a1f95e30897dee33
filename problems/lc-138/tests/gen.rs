use judge_harness::r#gen::{Rng, emit, sized};

const MAX_N: usize = 1000;
const MAX_VAL: i64 = 10_000;

/// One case: node i has value `vals[i]` and its random link points to node
/// `randoms[i]` (or nowhere).
fn put(name: &str, vals: &[i64], randoms: &[Option<usize>]) {
    let n = vals.len();
    assert!(n <= MAX_N && randoms.len() == n, "{name}: bad size");
    assert!(
        vals.iter().all(|v| v.abs() <= MAX_VAL),
        "{name}: value out of range"
    );
    assert!(
        randoms.iter().flatten().all(|&r| r < n),
        "{name}: random index out of range"
    );
    let pairs: Vec<String> = vals
        .iter()
        .zip(randoms)
        .map(|(v, r)| match r {
            Some(r) => format!("[{v},{r}]"),
            None => format!("[{v},null]"),
        })
        .collect();
    emit(name, &format!("[[{}]]", pairs.join(",")));
}

fn values(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    (0..n).map(|_| rng.range(lo, hi)).collect()
}

/// Random targets, `None` with probability `p_none`.
fn random_links(rng: &mut Rng, n: usize, p_none: f64) -> Vec<Option<usize>> {
    (0..n)
        .map(|_| {
            if rng.chance(p_none) {
                None
            } else {
                Some(rng.below(n))
            }
        })
        .collect()
}

/// A random valid list of `n` nodes (1 <= n <= 1000; the constraints also
/// allow the empty list), with values from a range that grows with n (so
/// they repeat) and random links, none, some or most of them null.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_VAL);
    let vals = values(rng, n, -span, span);
    let p_none = [0.0, 0.3, 0.7][rng.below(3)];
    let randoms = random_links(rng, n, p_none);
    let pairs: Vec<String> = vals
        .iter()
        .zip(&randoms)
        .map(|(v, r)| match r {
            Some(r) => format!("[{v},{r}]"),
            None => format!("[{v},null]"),
        })
        .collect();
    format!("[[{}]]", pairs.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(138);

    // Small lists for the brute-force cross-check; values from a tiny range
    // so that they repeat.
    for i in 0..36 {
        let n = rng.below(11);
        let vals = if i % 3 == 0 {
            values(&mut rng, n, -MAX_VAL, MAX_VAL)
        } else {
            values(&mut rng, n, -2, 2)
        };
        let p_none = [0.0, 0.3, 0.7][i % 3];
        let links = random_links(&mut rng, n, p_none);
        put(&format!("small-random-{i}"), &vals, &links);
    }

    let n = MAX_N;

    // 1000 nodes with random targets, some or none of them null.
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    let links = random_links(&mut rng, n, 0.0);
    put("max-random-targets", &vals, &links);
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    let links = random_links(&mut rng, n, 0.5);
    put("max-half-null", &vals, &links);
    // Every value the same: positions are all that tell nodes apart.
    let links = random_links(&mut rng, n, 0.1);
    put("max-all-equal-values", &vec![MAX_VAL; n], &links);
    let vals = values(&mut rng, n, -1, 1);
    let links = random_links(&mut rng, n, 0.1);
    put("max-three-values", &vals, &links);

    // Regular shapes: no links, every link to itself, to the head, to the
    // tail, one ahead, one behind, mirrored.
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    put("max-all-null", &vals, &vec![None; n]);
    put("max-all-self", &vals, &(0..n).map(Some).collect::<Vec<_>>());
    put("max-all-to-head", &vals, &vec![Some(0); n]);
    put("max-all-to-tail", &vals, &vec![Some(n - 1); n]);
    let ahead: Vec<Option<usize>> = (0..n).map(|i| (i + 1 < n).then_some(i + 1)).collect();
    put("max-one-ahead", &vals, &ahead);
    let behind: Vec<Option<usize>> = (0..n).map(|i| i.checked_sub(1)).collect();
    put("max-one-behind", &vals, &behind);
    let mirrored: Vec<Option<usize>> = (0..n).map(|i| Some(n - 1 - i)).collect();
    put("max-mirrored", &vals, &mirrored);

    // Values only at the bounds.
    let vals: Vec<i64> = (0..n)
        .map(|_| if rng.chance(0.5) { -MAX_VAL } else { MAX_VAL })
        .collect();
    let links = random_links(&mut rng, n, 0.2);
    put("max-bounds-only", &vals, &links);

    // One short of the maximum.
    let vals = values(&mut rng, n - 1, -MAX_VAL, MAX_VAL);
    let links = random_links(&mut rng, n - 1, 0.3);
    put("near-max-random", &vals, &links);
}
