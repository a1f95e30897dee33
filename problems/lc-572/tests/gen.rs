use judge_harness::r#gen::{emit, Rng, Tree, sized};

const MAX_ROOT: usize = 2000;
const MAX_SUB: usize = 1000;
const MAX_VAL: i64 = 10_000;

/// `n` nodes with values in -span..=span, each attached to a free child
/// slot; `recent` limits the choice to the newest slots (0: bushy, small:
/// long branches).
fn random_tree(rng: &mut Rng, n: usize, recent: usize, span: i64) -> Tree {
    let mut t = Tree::new();
    t.add(rng.range(-span, span) as i32);
    let mut free = vec![(0, 0), (0, 1)];
    for _ in 1..n {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(rng.range(-span, span) as i32);
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

/// A chain of `n` nodes with the given values; `side(i)` says whether node i
/// hangs left (0) or right (1) of node i-1.
fn chain(vals: &[i32], side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    t.add(vals[0]);
    for i in 1..vals.len() {
        t.add(vals[i]);
        t.kids[i - 1][side(i)] = Some(i);
    }
    t
}

/// The size of every node's subtree (children are added after parents).
fn sizes(t: &Tree) -> Vec<usize> {
    let mut size = vec![1; t.vals.len()];
    for i in (0..t.vals.len()).rev() {
        for c in t.kids[i].into_iter().flatten() {
            size[i] += size[c];
        }
    }
    size
}

/// A copy of the subtree under node `i`.
fn copy_subtree(t: &Tree, i: usize) -> Tree {
    let mut out = Tree::new();
    out.add(t.vals[i]);
    let mut stack = vec![(i, 0)];
    while let Some((from, to)) = stack.pop() {
        for side in 0..2 {
            if let Some(c) = t.kids[from][side] {
                let nc = out.add(t.vals[c]);
                out.kids[to][side] = Some(nc);
                stack.push((c, nc));
            }
        }
    }
    out
}

/// A node whose subtree has between `lo` and `hi` nodes, as large as
/// possible among a few random tries.
fn pick_subtree(rng: &mut Rng, t: &Tree, lo: usize, hi: usize) -> usize {
    let size = sizes(t);
    let fits: Vec<usize> = (0..t.vals.len()).filter(|&i| size[i] >= lo && size[i] <= hi).collect();
    (0..8).map(|_| *rng.pick(&fits)).max_by_key(|&i| size[i]).unwrap()
}

/// Small changes that turn a copy of a subtree into a near miss.
fn change_value(rng: &mut Rng, t: &mut Tree) {
    let i = rng.below(t.vals.len());
    t.vals[i] = if t.vals[i] == MAX_VAL as i32 { t.vals[i] - 1 } else { t.vals[i] + 1 };
}

fn drop_leaf(rng: &mut Rng, t: &mut Tree) {
    let slots: Vec<(usize, usize)> = (0..t.vals.len())
        .flat_map(|p| (0..2).map(move |s| (p, s)))
        .filter(|&(p, s)| t.kids[p][s].is_some_and(|c| t.kids[c] == [None, None]))
        .collect();
    let &(p, s) = rng.pick(&slots);
    t.kids[p][s] = None;
    // Leave the arena compact: rebuild from the root.
    *t = copy_subtree(t, 0);
}

fn put(name: &str, root: &Tree, sub: &Tree) {
    assert!((1..=MAX_ROOT).contains(&root.vals.len()), "{name}: root size");
    assert!((1..=MAX_SUB).contains(&sub.vals.len()), "{name}: sub_root size");
    for t in [root, sub] {
        assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    }
    emit(name, &format!("[{},{}]", root.encode(), sub.encode()));
}

/// Hangs a copy of `sub` at a random free child slot of `t`.
fn graft(rng: &mut Rng, t: &mut Tree, sub: &Tree) {
    let slots: Vec<(usize, usize)> = (0..t.vals.len())
        .flat_map(|p| (0..2).map(move |s| (p, s)))
        .filter(|&(p, s)| t.kids[p][s].is_none())
        .collect();
    let &(p, side) = rng.pick(&slots);
    let base = t.vals.len();
    for &v in &sub.vals {
        t.add(v);
    }
    for (i, kids) in sub.kids.iter().enumerate() {
        t.kids[base + i] = [kids[0].map(|c| c + base), kids[1].map(|c| c + base)];
    }
    t.kids[p][side] = Some(base);
}

/// A random valid input of n nodes in all (2 <= n <= 3000): sub_root has
/// s nodes (1..=1000, at most half of n), root the other n - s (at most
/// 2000). A third of the time sub_root is a subtree of root, a third a
/// subtree with one value changed, a third unrelated. Values are often
/// from a tiny range (partial matches everywhere), otherwise up to 2n+3.
fn random(rng: &mut Rng, n: usize) -> String {
    let lo = n.saturating_sub(MAX_ROOT).max(1);
    let hi = (n / 2).min(MAX_SUB).max(lo);
    let s = lo + rng.below(hi - lo + 1);
    let r = n - s;
    let span = if rng.chance(0.3) { rng.range(0, 2) } else { (2 * n as i64 + 3).min(MAX_VAL) };
    let recent = *rng.pick(&[0, 2, 3, 6]);
    let mut sub = random_tree(rng, s, recent, span);
    let mode = rng.below(3);
    let root = if mode == 2 {
        random_tree(rng, r, recent, span)
    } else if r == s {
        sub.clone()
    } else {
        let mut t = random_tree(rng, r - s, recent, span);
        graft(rng, &mut t, &sub);
        t
    };
    if mode == 1 {
        change_value(rng, &mut sub);
    }
    format!("[{},{}]", root.encode(), sub.encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(572);

    // Small cases for the brute-force cross-check: a real subtree, a near
    // miss (one value changed, a leaf dropped), or an unrelated small tree.
    // Few distinct values make partial matches common.
    for i in 0..40 {
        let n = 1 + rng.below(16);
        let span = [1, 2, 3, MAX_VAL][i % 4];
        let root = random_tree(&mut rng, n, [0, 2, 3][i % 3], span);
        let at = pick_subtree(&mut rng, &root, 1, n);
        let mut sub = copy_subtree(&root, at);
        match i % 5 {
            0 | 1 => {}
            2 => change_value(&mut rng, &mut sub),
            3 if sub.vals.len() >= 2 => drop_leaf(&mut rng, &mut sub),
            _ => {
                let m = 1 + rng.below(4);
                sub = random_tree(&mut rng, m, 0, span);
            }
        }
        put(&format!("small-{i}"), &root, &sub);
    }

    // Full-size random trees with a subtree of up to 1000 nodes: found, with
    // one value changed, and with one leaf missing.
    for (shape, recent, span) in [("bushy", 0, MAX_VAL), ("long-branches", 3, MAX_VAL), ("two-values", 2, 1)] {
        let root = random_tree(&mut rng, MAX_ROOT, recent, span);
        let at = pick_subtree(&mut rng, &root, 2, MAX_SUB);
        let sub = copy_subtree(&root, at);
        put(&format!("max-{shape}-found"), &root, &sub);
        let mut near = sub.clone();
        change_value(&mut rng, &mut near);
        put(&format!("max-{shape}-value-changed"), &root, &near);
        let mut near = sub.clone();
        drop_leaf(&mut rng, &mut near);
        put(&format!("max-{shape}-leaf-missing"), &root, &near);
    }

    // Chains of equal values: every node starts a long partial match, the
    // worst case for trying an identity check at each node.
    let ones = vec![1; MAX_ROOT];
    let mut sub_vals = vec![1; MAX_SUB];
    for (name, side) in [("left", 0), ("right", 1)] {
        let root = chain(&ones, &|_| side);
        sub_vals[MAX_SUB - 1] = 2;
        put(&format!("max-{name}-chain-last-differs"), &root, &chain(&sub_vals, &|_| side));
        sub_vals[MAX_SUB - 1] = 1;
        put(&format!("max-{name}-chain-found"), &root, &chain(&sub_vals, &|_| side));
    }
    // The root chain ends in a 2, and sub_root is its last 1000 nodes.
    let mut vals = ones.clone();
    vals[MAX_ROOT - 1] = 2;
    let root = chain(&vals, &|i| i % 2);
    let mut sub_vals = vec![1; MAX_SUB];
    sub_vals[MAX_SUB - 1] = 2;
    // Node MAX_ROOT - MAX_SUB hangs on side (MAX_ROOT - MAX_SUB) % 2 = 0; the
    // sub chain must turn the same way below it.
    put("max-zigzag-chain-tail", &root, &chain(&sub_vals, &|i| (i + MAX_ROOT - MAX_SUB) % 2));
    // A complete tree of ones: a subtree of 500-1000 nodes is found; with one
    // leaf missing, it matches the top of many subtrees but none whole.
    let mut full = Tree::new();
    for i in 0..MAX_ROOT {
        full.add(1);
        if i > 0 {
            full.kids[(i - 1) / 2][(i - 1) % 2] = Some(i);
        }
    }
    let at = pick_subtree(&mut rng, &full, 500, MAX_SUB);
    let sub = copy_subtree(&full, at);
    put("max-complete-ones-found", &full, &sub);
    let mut near = sub.clone();
    drop_leaf(&mut rng, &mut near);
    put("max-complete-ones-leaf-missing", &full, &near);
}
