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
    fn with_nodes(n: usize) -> Tree {
        Tree { vals: vec![0; n], kids: vec![[None, None]; n], parent: vec![None; n] }
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

    /// The depth of every node (a parent always has a smaller index).
    fn depths(&self) -> Vec<usize> {
        let mut depth = vec![0; self.len()];
        for i in 1..self.len() {
            depth[i] = depth[self.parent[i].unwrap()] + 1;
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

    /// The nodes in in-order, without recursion.
    fn in_order(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.len());
        let mut stack = Vec::new();
        let mut cur = Some(0);
        while cur.is_some() || !stack.is_empty() {
            while let Some(i) = cur {
                stack.push(i);
                cur = self.kids[i][0];
            }
            let i = stack.pop().unwrap();
            out.push(i);
            cur = self.kids[i][1];
        }
        out
    }

    /// Gives the nodes `n` distinct values in lo..=hi, in increasing
    /// in-order, which makes the tree a search tree.
    fn fill(&mut self, rng: &mut Rng, lo: i64, hi: i64) {
        let n = self.len();
        let mut seen = HashSet::with_capacity(n);
        let mut vals = Vec::with_capacity(n);
        while vals.len() < n {
            let v = rng.range(lo, hi) as i32;
            if seen.insert(v) {
                vals.push(v);
            }
        }
        vals.sort();
        for (pos, i) in self.in_order().into_iter().enumerate() {
            self.vals[i] = vals[pos];
        }
    }
}

/// A random shape of `n` nodes, each attached to a free child slot; `recent`
/// limits the choice to the newest slots (0: bushy, small: long branches).
fn random_shape(rng: &mut Rng, n: usize, recent: usize) -> Tree {
    let mut t = Tree::with_nodes(n);
    let mut free = vec![(0, 0), (0, 1)];
    for child in 1..n {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        t.attach(parent, side, child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

/// A chain; `side(i)` says whether node i hangs left (0) or right (1) of node i-1.
fn chain_shape(n: usize, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::with_nodes(n);
    for i in 1..n {
        t.attach(i - 1, side(i), i);
    }
    t
}

fn put(name: &str, t: &Tree, p: usize, q: usize) {
    assert!((2..=MAX_NODES).contains(&t.len()), "{name}: node count");
    assert!(p != q && p < t.len() && q < t.len(), "{name}: p and q");
    let order = t.in_order();
    assert!(order.windows(2).all(|w| t.vals[w[0]] < t.vals[w[1]]), "{name}: not a search tree");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{},{},{}]", t.encode(), t.vals[p], t.vals[q]));
}

/// Two different random nodes.
fn two_nodes(rng: &mut Rng, n: usize) -> (usize, usize) {
    let p = rng.below(n);
    let q = (p + 1 + rng.below(n - 1)) % n;
    (p, q)
}

/// A random valid input with `n` nodes (2 <= n <= 10^5): a search tree of a
/// random shape (bushy or with long branches), distinct values from a range
/// that grows with n; a third of the time p is an ancestor of q, else two
/// random nodes, in either order.
fn random(rng: &mut Rng, n: usize) -> String {
    let recent = *rng.pick(&[0, 2, 3]);
    let span = (2 * n as i64 + 3).min(MAX_VAL);
    let mut t = random_shape(rng, n, recent);
    t.fill(rng, -span, span);
    let (p, q) = if rng.chance(1.0 / 3.0) {
        let q = 1 + rng.below(n - 1);
        let steps = 1 + rng.below(t.depths()[q]);
        (t.up(q, steps), q)
    } else {
        two_nodes(rng, n)
    };
    let (p, q) = if rng.chance(0.5) { (p, q) } else { (q, p) };
    format!("[{},{},{}]", t.encode(), t.vals[p], t.vals[q])
}

fn main() {
    sized(random);
    let mut rng = Rng::new(235);

    // Small search trees for the brute-force cross-check; every third case
    // picks p as an ancestor of q, and half of them swap p and q so that p
    // is not always the smaller one.
    for i in 0..40 {
        let n = 2 + rng.below(11);
        let (lo, hi) = if i % 4 == 0 { (-MAX_VAL, MAX_VAL) } else { (-20, 20) };
        let mut t = random_shape(&mut rng, n, [0, 2, 3][i % 3]);
        t.fill(&mut rng, lo, hi);
        let (p, q) = if i % 3 == 0 {
            let q = 1 + rng.below(n - 1);
            let steps = 1 + rng.below(t.depths()[q]);
            (t.up(q, steps), q)
        } else {
            two_nodes(&mut rng, n)
        };
        if i % 2 == 0 {
            put(&format!("small-random-{i}"), &t, p, q);
        } else {
            put(&format!("small-random-{i}"), &t, q, p);
        }
    }

    let n = MAX_NODES;

    // Chains of 10^5 nodes with p and q at the very bottom: the answer is the
    // second-deepest node, and searching subtrees again from every node on
    // the way down is quadratic.
    {
        let mut t = chain_shape(n, &|_| 0);
        t.fill(&mut rng, -MAX_VAL, MAX_VAL);
        put("left-chain-deepest-pair", &t, n - 1, n - 2);
        let mut t = chain_shape(n, &|_| 1);
        t.fill(&mut rng, -MAX_VAL, MAX_VAL);
        put("right-chain-deepest-pair", &t, n - 2, n - 1);
        let mut t = chain_shape(n, &|i| i % 2);
        t.fill(&mut rng, -MAX_VAL, MAX_VAL);
        put("zigzag-chain-root-and-bottom", &t, 0, n - 1);
        put("zigzag-chain-deepest-pair", &t, n - 1, n - 3);
    }

    // Bushy random trees: random p and q, and p an ancestor of q.
    {
        let mut t = random_shape(&mut rng, n, 0);
        t.fill(&mut rng, -MAX_VAL, MAX_VAL);
        let (p, q) = two_nodes(&mut rng, n);
        put("bushy-random-pair", &t, p, q);
        let q = n - 1;
        let p = t.up(q, 1 + rng.below(t.depths()[q]));
        put("bushy-ancestor-pair", &t, q, p);
    }

    // Long random branches, with p and q deep in the tree.
    {
        let mut t = random_shape(&mut rng, n, 3);
        t.fill(&mut rng, -MAX_VAL, MAX_VAL);
        let depth = t.depths();
        let mut by_depth: Vec<usize> = (0..n).collect();
        by_depth.sort_by_key(|&i| std::cmp::Reverse(depth[i]));
        put("long-branches-deep-pair", &t, by_depth[0], by_depth[n / 100]);
        put("long-branches-deepest-and-parent", &t, by_depth[0], t.up(by_depth[0], 1));
    }

    // A complete tree with the two extreme values as p and q: the smallest
    // and the largest value, so the answer is the root.
    {
        let mut t = Tree::with_nodes(n);
        for i in 1..n {
            t.attach((i - 1) / 2, (i - 1) % 2, i);
        }
        t.fill(&mut rng, -MAX_VAL + 1, MAX_VAL - 1);
        let order = t.in_order();
        let (first, last) = (order[0], order[n - 1]);
        t.vals[first] = -MAX_VAL as i32;
        t.vals[last] = MAX_VAL as i32;
        put("complete-min-and-max", &t, last, first);
        put("complete-two-leaves", &t, n - 1, n / 2 + 7);
    }
}
