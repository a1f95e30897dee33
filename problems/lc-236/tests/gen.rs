use judge_harness::r#gen::{Rng, emit, level_order, sized};
use std::collections::{HashSet, VecDeque};

const MAX_NODES: usize = 100_000;
const MAX_VAL: i64 = 1_000_000_000;

/// A tree as an arena: node 0 is the root; children and parents are indices.
struct Tree {
    vals: Vec<i32>,
    kids: Vec<[Option<usize>; 2]>,
    parent: Vec<Option<usize>>,
}

impl Tree {
    fn new() -> Tree {
        Tree { vals: Vec::new(), kids: Vec::new(), parent: Vec::new() }
    }

    fn add(&mut self, val: i32) -> usize {
        self.vals.push(val);
        self.kids.push([None, None]);
        self.parent.push(None);
        self.vals.len() - 1
    }

    fn attach(&mut self, parent: usize, side: usize, child: usize) {
        self.kids[parent][side] = Some(child);
        self.parent[child] = Some(parent);
    }

    fn len(&self) -> usize {
        self.vals.len()
    }

    /// LeetCode's level order, with `null` for the missing children.
    fn encode(&self) -> String {
        let mut out = Vec::new();
        let mut queue = VecDeque::from([Some(0)]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push(None),
                Some(i) => {
                    out.push(Some(self.vals[i]));
                    queue.extend(self.kids[i]);
                }
            }
        }
        level_order(&out)
    }

    /// The depth of every node (a parent is always added before its children).
    fn depths(&self) -> Vec<usize> {
        let mut depth = vec![0; self.len()];
        for i in 1..self.len() {
            if let Some(p) = self.parent[i] {
                depth[i] = depth[p] + 1;
            }
        }
        depth
    }

    /// The node `steps` levels above `i` (stopping at the root).
    fn up(&self, mut i: usize, steps: usize) -> usize {
        for _ in 0..steps {
            match self.parent[i] {
                Some(p) => i = p,
                None => break,
            }
        }
        i
    }
}

/// `n` distinct values in -10^9..=10^9, in random order.
fn distinct_values(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i32> {
    let mut seen = HashSet::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let v = rng.range(lo, hi) as i32;
        if seen.insert(v) {
            out.push(v);
        }
    }
    out
}

/// `n` nodes attached one by one to a free child slot. `recent` limits the
/// choice to the newest free slots: 0 means any slot (bushy, shallow trees),
/// small values grow long branches.
fn random_tree(rng: &mut Rng, vals: &[i32], recent: usize) -> Tree {
    let mut t = Tree::new();
    t.add(vals[0]);
    let mut free = vec![(0, 0), (0, 1)];
    for &v in &vals[1..] {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(v);
        t.attach(parent, side, child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

/// A chain; `side(i)` says whether node i hangs left (0) or right (1) of node i-1.
fn chain(vals: &[i32], side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    t.add(vals[0]);
    for (i, &v) in vals.iter().enumerate().skip(1) {
        let child = t.add(v);
        t.attach(i - 1, side(i), child);
    }
    t
}

fn put(name: &str, t: &Tree, p: usize, q: usize) {
    assert!((2..=MAX_NODES).contains(&t.len()), "{name}: node count");
    assert!(p != q && p < t.len() && q < t.len(), "{name}: p and q");
    let distinct: HashSet<i32> = t.vals.iter().copied().collect();
    assert_eq!(distinct.len(), t.len(), "{name}: values not unique");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{},{},{}]", t.encode(), t.vals[p], t.vals[q]));
}

/// Two different random nodes.
fn two_nodes(rng: &mut Rng, n: usize) -> (usize, usize) {
    let p = rng.below(n);
    let q = (p + 1 + rng.below(n - 1)) % n;
    (p, q)
}

/// A random valid input with `n` nodes (2 <= n <= 10^5): a tree of a random
/// shape (bushy or with long branches), distinct values from a range that
/// grows with n; a third of the time p is an ancestor of q, else two random
/// nodes, in either order.
fn random(rng: &mut Rng, n: usize) -> String {
    let recent = *rng.pick(&[0, 2, 3]);
    let span = (2 * n as i64 + 3).min(MAX_VAL);
    let vals = distinct_values(rng, n, -span, span);
    let t = random_tree(rng, &vals, recent);
    // q is the leaf reached by going right where it can, p the one reached
    // going left (or, one time in three, an ancestor of q): a search of
    // either side first visits most of the tree before it has both, so the
    // time per size does not jump with where two random nodes fall.
    let leaf = |first: usize| {
        let mut i = 0;
        while let Some(c) = t.kids[i][first].or(t.kids[i][1 - first]) {
            i = c;
        }
        i
    };
    let q = leaf(1);
    let p = leaf(0);
    let (p, q) = if p == q || rng.chance(1.0 / 3.0) {
        let steps = 1 + rng.below(t.depths()[q].max(1));
        (t.up(q, steps), q)
    } else {
        (p, q)
    };
    let (p, q) = if rng.chance(0.5) { (p, q) } else { (q, p) };
    format!("[{},{},{}]", t.encode(), t.vals[p], t.vals[q])
}

fn main() {
    sized(random);
    let mut rng = Rng::new(236);

    // Small random trees for the brute-force cross-check; every third case
    // picks p as an ancestor of q.
    for i in 0..36 {
        let n = 2 + rng.below(11);
        let (lo, hi) = if i % 4 == 0 { (-MAX_VAL, MAX_VAL) } else { (-20, 20) };
        let vals = distinct_values(&mut rng, n, lo, hi);
        let t = random_tree(&mut rng, &vals, [0, 2, 3][i % 3]);
        let (p, q) = if i % 3 == 0 {
            let q = 1 + rng.below(n - 1);
            let steps = 1 + rng.below(t.depths()[q]);
            (t.up(q, steps), q)
        } else {
            two_nodes(&mut rng, n)
        };
        put(&format!("small-random-{i}"), &t, p, q);
    }

    let n = MAX_NODES;

    // Chains of 10^5 nodes with p and q at the very bottom: the answer is the
    // second-deepest node, and searching subtrees again from every node on
    // the way down is quadratic.
    {
        let vals = distinct_values(&mut rng, n, -MAX_VAL, MAX_VAL);
        put("left-chain-deepest-pair", &chain(&vals, &|_| 0), n - 1, n - 2);
        let vals = distinct_values(&mut rng, n, -MAX_VAL, MAX_VAL);
        put("right-chain-deepest-pair", &chain(&vals, &|_| 1), n - 2, n - 1);
        let vals = distinct_values(&mut rng, n, -MAX_VAL, MAX_VAL);
        put("zigzag-chain-root-and-bottom", &chain(&vals, &|i| i % 2), 0, n - 1);
    }

    // A "broom": a spine of half the nodes, then two long branches with p
    // and q at their ends; the answer is deep, where the branches split.
    {
        let vals = distinct_values(&mut rng, n, -MAX_VAL, MAX_VAL);
        let mut t = Tree::new();
        for (i, &v) in vals.iter().enumerate() {
            let node = t.add(v);
            let spine = n / 2;
            if i == 0 {
                continue;
            } else if i < spine {
                t.attach(i - 1, 0, node);
            } else if i == spine {
                t.attach(spine - 1, 0, node);
            } else if i == spine + 1 {
                t.attach(spine - 1, 1, node);
            } else {
                // Alternate between the two branches.
                t.attach(i - 2, if i % 2 == 0 { 0 } else { 1 }, node);
            }
        }
        put("broom-branch-ends", &t, n - 1, n - 2);
    }

    // Bushy random trees: random p and q, and p an ancestor of q.
    {
        let vals = distinct_values(&mut rng, n, -MAX_VAL, MAX_VAL);
        let t = random_tree(&mut rng, &vals, 0);
        let (p, q) = two_nodes(&mut rng, n);
        put("bushy-random-pair", &t, p, q);
        let q = n - 1;
        let p = t.up(q, 1 + rng.below(t.depths()[q]));
        put("bushy-ancestor-pair", &t, p, q);
    }

    // Long random branches, with p and q deep in the tree.
    {
        let vals = distinct_values(&mut rng, n, -MAX_VAL, MAX_VAL);
        let t = random_tree(&mut rng, &vals, 3);
        let depth = t.depths();
        let mut by_depth: Vec<usize> = (0..n).collect();
        by_depth.sort_by_key(|&i| std::cmp::Reverse(depth[i]));
        put("long-branches-deep-pair", &t, by_depth[0], by_depth[n / 100]);
    }

    // A complete tree with two leaves as p and q; values include both bounds.
    {
        let mut vals = distinct_values(&mut rng, n, -MAX_VAL + 1, MAX_VAL - 1);
        vals[0] = -MAX_VAL as i32;
        vals[n - 1] = MAX_VAL as i32;
        let mut t = Tree::new();
        for (i, &v) in vals.iter().enumerate() {
            t.add(v);
            if i > 0 {
                t.attach((i - 1) / 2, (i - 1) % 2, i);
            }
        }
        put("complete-two-leaves", &t, n - 1, n / 2 + 7);
    }
}
