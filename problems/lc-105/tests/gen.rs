use judge_harness::r#gen::{Rng, Tree, emit, list, sized};
use std::collections::HashSet;

const MAX_NODES: usize = 3000;
const MAX_VAL: i64 = 3000;

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

/// Distinct values in -3000..=3000 (span limits them to -span..=span).
fn give_values(rng: &mut Rng, t: &mut Tree, span: i64) {
    let mut all: Vec<i32> = (-span as i32..=span as i32).collect();
    rng.shuffle(&mut all);
    let n = t.vals.len();
    t.vals.copy_from_slice(&all[..n]);
}

fn preorder(t: &Tree) -> Vec<i32> {
    let mut out = Vec::new();
    let mut stack = vec![0];
    while let Some(i) = stack.pop() {
        out.push(t.vals[i]);
        stack.extend(t.kids[i][1]);
        stack.extend(t.kids[i][0]);
    }
    out
}

fn inorder(t: &Tree) -> Vec<i32> {
    let mut out = Vec::new();
    let mut stack = Vec::new();
    let mut cur = Some(0);
    while cur.is_some() || !stack.is_empty() {
        while let Some(i) = cur {
            stack.push(i);
            cur = t.kids[i][0];
        }
        let i = stack.pop().unwrap();
        out.push(t.vals[i]);
        cur = t.kids[i][1];
    }
    out
}

fn put(name: &str, t: &Tree) {
    let n = t.vals.len();
    assert!((1..=MAX_NODES).contains(&n), "{name}: node count");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    assert_eq!(t.vals.iter().collect::<HashSet<_>>().len(), n, "{name}: values not unique");
    emit(name, &format!("[{},{}]", list(&preorder(t)), list(&inorder(t))));
}

/// A random valid input of `n` nodes (1 <= n <= 3000): a random shape
/// (bushy, long branches, deep), or now and then a chain with random turns
/// or a complete tree, with distinct values from a range that grows with n
/// (up to -3000..=3000); its pre-order and in-order listings.
fn random(rng: &mut Rng, n: usize) -> String {
    let mut t = match rng.below(10) {
        0 => {
            let turns: Vec<usize> = (0..n).map(|_| rng.below(2)).collect();
            chain_shape(n, &|i| turns[i])
        }
        1 => complete_shape(n),
        _ => {
            let recent = *rng.pick(&[0, 2, 3, 50]);
            random_shape(rng, n, recent)
        }
    };
    give_values(rng, &mut t, (2 * n as i64 + 3).min(MAX_VAL));
    format!("[{},{}]", list(&preorder(&t)), list(&inorder(&t)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(105);

    // Small trees for the brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(16);
        let mut t = random_shape(&mut rng, n, [0, 2, 3][i % 3]);
        give_values(&mut rng, &mut t, if i % 2 == 0 { 20 } else { MAX_VAL });
        put(&format!("small-random-{i}"), &t);
    }
    for i in 0..4 {
        let n = 2 + rng.below(10);
        let mut t = chain_shape(n, &|k| (k * 5 / 3) % 2);
        give_values(&mut rng, &mut t, 20);
        put(&format!("small-chain-{i}"), &t);
    }

    // Full-size trees of 3000 nodes.
    let n = MAX_NODES;
    let shapes: Vec<(&str, Tree)> = vec![
        ("bushy", random_shape(&mut rng, n, 0)),
        ("long-branches", random_shape(&mut rng, n, 3)),
        ("random-turns-chain", random_shape(&mut rng, n, 2)),
        ("medium-depth", random_shape(&mut rng, n, 50)),
        ("complete", complete_shape(n)),
        ("left-chain", chain_shape(n, &|_| 0)),
        ("right-chain", chain_shape(n, &|_| 1)),
        ("zigzag", chain_shape(n, &|i| i % 2)),
    ];
    for (name, mut t) in shapes {
        give_values(&mut rng, &mut t, MAX_VAL);
        put(&format!("max-{name}"), &t);
    }
    // Both extremes of the value range in one tree.
    let mut t = random_shape(&mut rng, n, 6);
    give_values(&mut rng, &mut t, MAX_VAL);
    let (a, b) = (t.vals.iter().position(|&v| v == -3000), t.vals.iter().position(|&v| v == 3000));
    if a.is_none() {
        t.vals[1] = -3000;
    }
    if b.is_none() {
        t.vals[2] = 3000;
    }
    put("max-extreme-values", &t);
}
