use judge_harness::r#gen::{Rng, Tree, emit, sized};

const MAX_NODES: usize = 10_000;
const MAX_VAL: i64 = 1000;

fn put(name: &str, t: &Tree) {
    assert!(t.vals.len() <= MAX_NODES, "{name}: too many nodes");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{}]", t.encode()));
}

fn values(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i32> {
    (0..n).map(|_| rng.range(lo, hi) as i32).collect()
}

/// Nodes attached one by one to a free child slot. `recent` limits the
/// choice to the newest free slots: 0 means any slot (bushy, shallow
/// trees), small values grow long branches.
fn random_tree(rng: &mut Rng, vals: &[i32], recent: usize) -> Tree {
    let mut t = Tree::new();
    let Some((&first, rest)) = vals.split_first() else { return t };
    t.add(first);
    let mut free = vec![(0, 0), (0, 1)];
    for &v in rest {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(v);
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

/// A chain: node i hangs on side `side(i)` (0 left, 1 right) of node i-1.
fn chain(vals: &[i32], side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    for (i, &v) in vals.iter().enumerate() {
        let node = t.add(v);
        if i > 0 {
            t.kids[i - 1][side(i)] = Some(node);
        }
    }
    t
}

/// A complete tree in heap order.
fn complete(vals: &[i32]) -> Tree {
    let mut t = Tree::new();
    for (i, &v) in vals.iter().enumerate() {
        t.add(v);
        if i > 0 {
            t.kids[(i - 1) / 2][(i - 1) % 2] = Some(i);
        }
    }
    t
}

/// A random valid tree of `n` nodes (1 <= n <= 10^4): bushy, with long
/// branches, or (one time in four) a chain turning left and right at random.
/// Values lie in -(2n+3)..=2n+3 (capped at 1000), so small trees repeat
/// values, and are negative and several digits long.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_VAL);
    let vals = values(rng, n, -span, span);
    let t = match rng.below(4) {
        0 => random_tree(rng, &vals, 0),
        1 => random_tree(rng, &vals, 2),
        2 => random_tree(rng, &vals, 3),
        _ => {
            let sides: Vec<usize> = (0..n).map(|_| rng.below(2)).collect();
            chain(&vals, &|i| sides[i])
        }
    };
    format!("[{}]", t.encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(297);

    // Small random trees for the brute-force cross-check: bushy and
    // stringy shapes, values over the whole range or from a tiny one.
    for i in 0..36 {
        let n = rng.below(16);
        let vals = if i % 2 == 0 {
            values(&mut rng, n, -MAX_VAL, MAX_VAL)
        } else {
            values(&mut rng, n, -3, 3)
        };
        let t = random_tree(&mut rng, &vals, [0, 2, 3][i % 3]);
        put(&format!("small-random-{i}"), &t);
    }

    let n = MAX_NODES;

    // Chains of 10^4 nodes: the deepest trees allowed.
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    put("left-chain-max", &chain(&vals, &|_| 0));
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    put("right-chain-max", &chain(&vals, &|_| 1));
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    put("zigzag-chain-max", &chain(&vals, &|i| i % 2));
    put("right-chain-all-min", &chain(&vec![-1000; n], &|_| 1));

    // Bushy and long-branched random trees, complete trees.
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    put("bushy-random-max", &random_tree(&mut rng, &vals, 0));
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    put("long-branches-max", &random_tree(&mut rng, &vals, 3));
    let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
    put("complete-max", &complete(&vals));
    put("complete-all-max", &complete(&vec![1000; n]));

    // Values only at the bounds, and values from a tiny range.
    let vals: Vec<i32> = (0..n).map(|_| if rng.chance(0.5) { -1000 } else { 1000 }).collect();
    put("bushy-bounds-only", &random_tree(&mut rng, &vals, 0));
    let vals = values(&mut rng, n, -2, 2);
    put("long-branches-tiny-values", &random_tree(&mut rng, &vals, 2));
}
