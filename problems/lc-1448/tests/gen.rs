use judge_harness::r#gen::{emit, Rng, Tree, sized};

const MAX_NODES: usize = 100_000;
const MAX_VAL: i64 = 10_000;

/// `n` nodes with values drawn by `val`, each attached to a free child slot.
/// `recent` limits the choice to the newest free slots: 0 means any slot
/// (bushy, shallow trees), small values grow long branches.
fn random_tree(rng: &mut Rng, n: usize, recent: usize, lo: i64, hi: i64) -> Tree {
    let mut t = Tree::new();
    t.add(rng.range(lo, hi) as i32);
    let mut free = vec![(0, 0), (0, 1)];
    for _ in 1..n {
        let l = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = l + rng.below(free.len() - l);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(rng.range(lo, hi) as i32);
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

/// A chain with the given values; `side(i)` says whether node i hangs left
/// (0) or right (1) of node i-1.
fn chain(vals: &[i32], side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    t.add(vals[0]);
    for i in 1..vals.len() {
        t.add(vals[i]);
        t.kids[i - 1][side(i)] = Some(i);
    }
    t
}

fn complete(rng: &mut Rng, n: usize) -> Tree {
    let mut t = Tree::new();
    for i in 0..n {
        t.add(rng.range(-MAX_VAL, MAX_VAL) as i32);
        if i > 0 {
            t.kids[(i - 1) / 2][(i - 1) % 2] = Some(i);
        }
    }
    t
}

/// `n` values from -10^4 up to 10^4, never decreasing: on a chain every
/// node is good, and every node's whole path has to be looked at.
fn non_decreasing(rng: &mut Rng, n: usize) -> Vec<i32> {
    let mut v: Vec<i32> = (0..n).map(|_| rng.range(-MAX_VAL, MAX_VAL) as i32).collect();
    v.sort();
    v[0] = -MAX_VAL as i32;
    v[n - 1] = MAX_VAL as i32;
    v
}

fn put(name: &str, t: &Tree) {
    assert!((1..=MAX_NODES).contains(&t.vals.len()), "{name}: node count");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{}]", t.encode()));
}

/// A random valid tree of n nodes (1 <= n <= 10^5), values in
/// -(2n+3)..=2n+3 (capped at 10^4). Half of its nodes are one path down from
/// the root whose values never fall, so every node on it is good: a check
/// that walks up to the root walks all of it (n^2 / 8 steps). The other half
/// hang at random below it.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_VAL);
    let k = n.div_ceil(2);
    let mut spine: Vec<i64> = (0..k).map(|_| rng.range(-span, span)).collect();
    spine.sort_unstable();
    let mut t = Tree::new();
    t.add(spine[0] as i32);
    let mut free = Vec::new();
    for (i, &v) in spine.iter().enumerate().skip(1) {
        let side = rng.below(2);
        let child = t.add(v as i32);
        t.kids[i - 1][side] = Some(child);
        free.push((i - 1, 1 - side));
    }
    free.extend([(k - 1, 0), (k - 1, 1)]);
    for _ in k..n {
        let (parent, side) = free.swap_remove(rng.below(free.len()));
        let child = t.add(rng.range(-span, span) as i32);
        t.kids[parent][side] = Some(child);
        free.extend([(child, 0), (child, 1)]);
    }
    format!("[{}]", t.encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(1448);

    // Small random trees for the brute-force cross-check; narrow value
    // ranges make ties with the path maximum common.
    for i in 0..36 {
        let n = 1 + rng.below(20);
        let (lo, hi) = [(-3, 3), (-MAX_VAL, MAX_VAL), (-5, -1), (0, 1)][i % 4];
        put(&format!("small-random-{i}"), &random_tree(&mut rng, n, [0, 2, 3][i % 3], lo, hi));
    }
    for i in 0..4 {
        let n = 2 + rng.below(15);
        put(&format!("small-non-decreasing-chain-{i}"), &chain(&non_decreasing(&mut rng, n), &|k| k % 2));
    }

    let n = MAX_NODES;
    // Full-size random trees.
    put("max-bushy", &random_tree(&mut rng, n, 0, -MAX_VAL, MAX_VAL));
    put("max-long-branches", &random_tree(&mut rng, n, 3, -MAX_VAL, MAX_VAL));
    put("max-few-values", &random_tree(&mut rng, n, 2, -2, 2));
    put("max-all-negative", &random_tree(&mut rng, n, 50, -MAX_VAL, -1));
    put("max-complete", &complete(&mut rng, n));
    // Chains of 10^5 nodes: every node good (each path fully checked),
    // values all equal, values decreasing, values random.
    let up = non_decreasing(&mut rng, n);
    put("max-left-chain-non-decreasing", &chain(&up, &|_| 0));
    let up = non_decreasing(&mut rng, n);
    put("max-right-chain-non-decreasing", &chain(&up, &|_| 1));
    let up = non_decreasing(&mut rng, n);
    put("max-zigzag-chain-non-decreasing", &chain(&up, &|i| i % 2));
    put("max-chain-all-equal", &chain(&vec![-7; n], &|i| (i / 5) % 2));
    let mut down = non_decreasing(&mut rng, n);
    down.reverse();
    put("max-chain-decreasing", &chain(&down, &|_| 1));
    let random: Vec<i32> = (0..n).map(|_| rng.range(-MAX_VAL, MAX_VAL) as i32).collect();
    put("max-chain-random", &chain(&random, &|_| 0));
}
