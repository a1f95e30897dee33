use judge_harness::r#gen::{Rng, Tree, emit, sized};

const MAX_NODES: usize = 10_000;
const MAX_VAL: i64 = 10_000;

/// A random shape with `n` nodes (values filled in later); `recent` limits
/// the choice of free slot to the newest ones (0: any slot, bushy; small:
/// long branches).
fn random_shape(rng: &mut Rng, n: usize, recent: usize) -> Tree {
    let mut t = Tree::new();
    t.add(0);
    let mut free = vec![(0, 0), (0, 1)];
    for _ in 1..n {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(0);
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

fn chain_shape(n: usize, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    t.add(0);
    for i in 1..n {
        t.add(0);
        t.kids[i - 1][side(i)] = Some(i);
    }
    t
}

fn complete_shape(n: usize) -> Tree {
    let mut t = Tree::new();
    for i in 0..n {
        t.add(0);
        if i > 0 {
            t.kids[(i - 1) / 2][(i - 1) % 2] = Some(i);
        }
    }
    t
}

/// The nodes in in-order, without recursion.
fn in_order(t: &Tree) -> Vec<usize> {
    let mut out = Vec::with_capacity(t.vals.len());
    let mut stack = Vec::new();
    let mut cur = Some(0);
    while cur.is_some() || !stack.is_empty() {
        while let Some(i) = cur {
            stack.push(i);
            cur = t.kids[i][0];
        }
        let i = stack.pop().unwrap();
        out.push(i);
        cur = t.kids[i][1];
    }
    out
}

/// `n` distinct values in 0..=hi, sorted.
fn distinct_sorted(rng: &mut Rng, n: usize, hi: i64) -> Vec<i32> {
    let mut all: Vec<i32> = (0..=hi as i32).collect();
    rng.shuffle(&mut all);
    let mut v = all[..n].to_vec();
    v.sort();
    v
}

/// Gives the shape distinct values in in-order, making a search tree.
fn fill(rng: &mut Rng, t: &mut Tree, hi: i64) {
    let vals = distinct_sorted(rng, t.vals.len(), hi);
    for (pos, i) in in_order(t).into_iter().enumerate() {
        t.vals[i] = vals[pos];
    }
}

fn put(name: &str, t: &Tree, k: usize) {
    let n = t.vals.len();
    assert!((1..=MAX_NODES).contains(&n), "{name}: node count");
    assert!((1..=n).contains(&k), "{name}: k");
    assert!(t.vals.iter().all(|&v| (0..=MAX_VAL).contains(&(v as i64))), "{name}: value out of range");
    let order = in_order(t);
    assert!(order.windows(2).all(|w| t.vals[w[0]] < t.vals[w[1]]), "{name}: not a search tree");
    emit(name, &format!("[{},{}]", t.encode(), k));
}

/// A random valid input with `n` nodes (1 <= n <= 10^4): a search tree of a
/// random shape (bushy or with long branches), distinct values from a range
/// that grows with n, and a random k in 1..=n.
fn random(rng: &mut Rng, n: usize) -> String {
    let recent = *rng.pick(&[0, 2, 3, 20]);
    let mut t = random_shape(rng, n, recent);
    fill(rng, &mut t, (3 * n as i64 + 3).min(MAX_VAL));
    let k = 1 + rng.below(n);
    format!("[{},{}]", t.encode(), k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(230);

    // Small search trees for the brute-force cross-check, every k.
    for i in 0..12 {
        let n = 1 + rng.below(12);
        let mut t = random_shape(&mut rng, n, [0, 2, 3][i % 3]);
        fill(&mut rng, &mut t, if i % 2 == 0 { 30 } else { MAX_VAL });
        let mut ks = vec![1, n, 1 + rng.below(n)];
        ks.sort();
        ks.dedup();
        for k in ks {
            put(&format!("small-{i}-k{k}"), &t, k);
        }
    }

    let n = MAX_NODES;
    // Full-size trees; k at both ends, in the middle and at random.
    let shapes: Vec<(&str, Tree)> = vec![
        ("bushy", random_shape(&mut rng, n, 0)),
        ("long-branches", random_shape(&mut rng, n, 3)),
        ("complete", complete_shape(n)),
        ("left-chain", chain_shape(n, &|_| 0)),
        ("right-chain", chain_shape(n, &|_| 1)),
        ("zigzag", chain_shape(n, &|i| i % 2)),
    ];
    for (name, mut t) in shapes {
        fill(&mut rng, &mut t, MAX_VAL);
        let random_k = 1 + rng.below(n);
        for (label, k) in [("k-1", 1), ("k-n", n), ("k-half", n / 2), ("k-random", random_k)] {
            put(&format!("max-{name}-{label}"), &t, k);
        }
    }
    // All 10^4 + 1 possible values but one: the values are nearly 0..=10^4.
    let mut t = random_shape(&mut rng, n, 20);
    fill(&mut rng, &mut t, n as i64);
    put("max-dense-values", &t, n - 1);
}
