use judge_harness::r#gen::{Rng, Tree, emit, sized};

const MAX_NODES: usize = 5000;
const MAX_VAL: i64 = 10_000;

fn val(rng: &mut Rng) -> i32 {
    rng.range(-MAX_VAL, MAX_VAL) as i32
}

/// The fewest and the most nodes a balanced tree of height `h` can have.
fn min_size(h: usize) -> usize {
    let (mut a, mut b) = (0usize, 1usize); // sizes for heights 0 and 1
    for _ in 0..h {
        (a, b) = (b, a + b + 1);
    }
    a
}

fn max_size(h: usize) -> usize {
    (1usize << h) - 1
}

/// A random balanced tree of height `h` with exactly `n` nodes
/// (`min_size(h) <= n <= max_size(h)`); returns its root, or None if h = 0.
fn balanced(rng: &mut Rng, t: &mut Tree, h: usize, n: usize) -> Option<usize> {
    assert!(min_size(h) <= n && n <= max_size(h));
    if h == 0 {
        return None;
    }
    let root = t.add(val(rng));
    // Heights of the two subtrees: equal, or one less on a random side.
    let mut shapes = vec![(h - 1, h - 1)];
    if h >= 2 {
        shapes.push((h - 1, h - 2));
        shapes.push((h - 2, h - 1));
    }
    rng.shuffle(&mut shapes);
    for (hl, hr) in shapes {
        let rest = n - 1;
        let lo = min_size(hl).max(rest.saturating_sub(max_size(hr)));
        let hi = max_size(hl).min(rest.saturating_sub(min_size(hr)));
        if lo > hi || rest < min_size(hl) + min_size(hr) {
            continue;
        }
        let nl = lo + rng.below(hi - lo + 1);
        let l = balanced(rng, t, hl, nl);
        let r = balanced(rng, t, hr, rest - nl);
        t.kids[root] = [l, r];
        return Some(root);
    }
    unreachable!("no split for h = {h}, n = {n}");
}

fn balanced_tree(rng: &mut Rng, h: usize, n: usize) -> Tree {
    let mut t = Tree::new();
    balanced(rng, &mut t, h, n);
    t
}

/// The depth of every node (root 0) and its parent.
fn depths(t: &Tree) -> (Vec<usize>, Vec<Option<usize>>) {
    let mut depth = vec![0; t.vals.len()];
    let mut parent = vec![None; t.vals.len()];
    let mut stack = vec![0];
    while let Some(i) = stack.pop() {
        for c in t.kids[i].into_iter().flatten() {
            depth[c] = depth[i] + 1;
            parent[c] = Some(i);
            stack.push(c);
        }
    }
    (depth, parent)
}

/// Hangs a chain of two new nodes below a leaf whose sibling is missing or a
/// leaf, which puts the leaf's parent out of balance. `deepest` picks the
/// deepest such leaf, otherwise a random one.
fn spoil(rng: &mut Rng, t: &mut Tree, deepest: bool) {
    let (depth, parent) = depths(t);
    let is_leaf = |t: &Tree, i: usize| t.kids[i] == [None, None];
    let candidates: Vec<usize> = (1..t.vals.len())
        .filter(|&i| is_leaf(t, i))
        .filter(|&i| {
            let p = parent[i].unwrap();
            t.kids[p].into_iter().flatten().all(|s| is_leaf(t, s))
        })
        .collect();
    let leaf = if deepest {
        *candidates.iter().max_by_key(|&&i| depth[i]).unwrap()
    } else {
        *rng.pick(&candidates)
    };
    let a = t.add(val(rng));
    let b = t.add(val(rng));
    let side = rng.below(2);
    t.kids[leaf][side] = Some(a);
    t.kids[a][rng.below(2)] = Some(b);
}

/// `n` nodes, each attached to a random free child slot (mostly unbalanced).
fn random_tree(rng: &mut Rng, n: usize, recent: usize) -> Tree {
    let mut t = Tree::new();
    if n == 0 {
        return t;
    }
    t.add(val(rng));
    let mut free = vec![(0, 0), (0, 1)];
    for _ in 1..n {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(val(rng));
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

fn chain(rng: &mut Rng, n: usize, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    let mut prev = t.add(val(rng));
    for i in 1..n {
        let cur = t.add(val(rng));
        t.kids[prev][side(i)] = Some(cur);
        prev = cur;
    }
    t
}

fn put(name: &str, t: &Tree) {
    assert!(t.vals.len() <= MAX_NODES, "{name}: too many nodes");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{}]", t.encode()));
}

/// A random balanced tree of exactly `n` nodes, of a random height among
/// those that allow n nodes.
fn random_balanced(rng: &mut Rng, n: usize) -> Tree {
    let heights: Vec<usize> = (1..=n.min(40)).filter(|&h| min_size(h) <= n && n <= max_size(h)).collect();
    let h = *rng.pick(&heights);
    balanced_tree(rng, h, n)
}

/// A random valid input of `n` nodes (1 <= n <= 5000): half the time a
/// random balanced tree (every node must be looked at); a quarter of the
/// time a balanced tree of n - 2 nodes put out of balance by a chain of two
/// below a leaf (deepest or random), which only a check below the root
/// sees; otherwise a random tree (bushy or with long branches, rarely
/// balanced).
fn random(rng: &mut Rng, n: usize) -> String {
    let t = match rng.below(4) {
        0 | 3 => random_balanced(rng, n),
        1 if n >= 4 => {
            let mut t = random_balanced(rng, n - 2);
            let deepest = rng.chance(0.5);
            spoil(rng, &mut t, deepest);
            t
        }
        _ => {
            let recent = *rng.pick(&[0, 2, 3]);
            random_tree(rng, n, recent)
        }
    };
    format!("[{}]", t.encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(110);

    // Small cases for the brute-force cross-check: balanced trees, balanced
    // trees with one spot spoiled, and arbitrary random trees.
    for i in 0..16 {
        let h = 1 + rng.below(6);
        let n = min_size(h) + rng.below(max_size(h) - min_size(h) + 1);
        let mut t = balanced_tree(&mut rng, h, n);
        put(&format!("small-balanced-{i}"), &t);
        if n >= 2 {
            spoil(&mut rng, &mut t, i % 2 == 0);
            put(&format!("small-spoiled-{i}"), &t);
        }
    }
    for i in 0..12 {
        let n = rng.below(12);
        put(&format!("small-random-{i}"), &random_tree(&mut rng, n, [0, 2, 3][i % 3]));
    }

    // Large balanced trees, from perfect (height 12) to the sparsest and
    // deepest ones (height 17, every node leaning by one).
    put("perfect-height-12", &balanced_tree(&mut rng, 12, max_size(12)));
    put("fibonacci-17", &balanced_tree(&mut rng, 17, min_size(17)));
    for h in 13..=17 {
        let n = MAX_NODES.min(max_size(h));
        put(&format!("max-balanced-height-{h}"), &balanced_tree(&mut rng, h, n));
    }
    // The same kinds of tree with one node put out of balance near the
    // bottom, where a check of the root alone cannot see it.
    for h in [13, 15, 17] {
        let n = MAX_NODES.min(max_size(h)) - 2;
        let mut t = balanced_tree(&mut rng, h, n.max(min_size(h)));
        spoil(&mut rng, &mut t, true);
        put(&format!("max-spoiled-deep-height-{h}"), &t);
        let mut t = balanced_tree(&mut rng, h, n.max(min_size(h)));
        spoil(&mut rng, &mut t, false);
        put(&format!("max-spoiled-random-height-{h}"), &t);
    }

    // Unbalanced shapes of the full size, including chains.
    put("max-random-bushy", &random_tree(&mut rng, MAX_NODES, 0));
    put("max-long-branches", &random_tree(&mut rng, MAX_NODES, 3));
    put("max-left-skewed", &chain(&mut rng, MAX_NODES, &|_| 0));
    put("max-right-skewed", &chain(&mut rng, MAX_NODES, &|_| 1));
    put("max-zigzag", &chain(&mut rng, MAX_NODES, &|i| i % 2));
}
