use judge_harness::r#gen::{Rng, emit, level_order, sized};
use std::collections::VecDeque;

const MAX_NODES: usize = 10_000;
const MIN: i64 = i32::MIN as i64;
const MAX: i64 = i32::MAX as i64;

/// A tree as an arena: node 0 is the root, children are indices.
struct Tree {
    vals: Vec<i64>,
    kids: Vec<[Option<usize>; 2]>,
}

impl Tree {
    fn with_nodes(n: usize) -> Tree {
        Tree { vals: vec![0; n], kids: vec![[None, None]; n] }
    }

    /// LeetCode's level order, `null` for missing children.
    fn encode(&self) -> String {
        let mut out = Vec::new();
        let mut queue = VecDeque::from([Some(0)]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push(None),
                Some(i) => {
                    out.push(Some(self.vals[i] as i32));
                    queue.extend(self.kids[i]);
                }
            }
        }
        level_order(&out)
    }

    /// The nodes in in-order (left, node, right), without recursion.
    fn in_order(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.vals.len());
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

    /// Whether it is a search tree: in-order values strictly increase.
    fn valid(&self) -> bool {
        self.in_order().windows(2).all(|w| self.vals[w[0]] < self.vals[w[1]])
    }

    /// Whether every node is in order with its direct children.
    fn children_ok(&self) -> bool {
        (0..self.vals.len()).all(|i| {
            self.kids[i][0].map_or(true, |l| self.vals[l] < self.vals[i])
                && self.kids[i][1].map_or(true, |r| self.vals[r] > self.vals[i])
        })
    }

    /// Gives the nodes the sorted `values` in in-order, making a search tree.
    fn fill(&mut self, values: &[i64]) {
        for (pos, i) in self.in_order().into_iter().enumerate() {
            self.vals[i] = values[pos];
        }
    }
}

/// A random shape with `n` nodes; `recent` limits the choice of free slot to
/// the newest ones (0: any slot, bushy; small: long branches).
fn random_shape(rng: &mut Rng, n: usize, recent: usize) -> Tree {
    let mut t = Tree::with_nodes(n);
    let mut free = vec![(0, 0), (0, 1)];
    for child in 1..n {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

/// A chain; `side(i)` says whether node i hangs left (0) or right (1) of node i-1.
fn chain(n: usize, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::with_nodes(n);
    for i in 1..n {
        t.kids[i - 1][side(i)] = Some(i);
    }
    t
}

fn complete(n: usize) -> Tree {
    let mut t = Tree::with_nodes(n);
    for i in 1..n {
        t.kids[(i - 1) / 2][(i - 1) % 2] = Some(i);
    }
    t
}

/// `n` distinct sorted values in `lo..=hi`; with `ends`, the two ends are included.
fn sorted_values(rng: &mut Rng, n: usize, lo: i64, hi: i64, ends: bool) -> Vec<i64> {
    assert!(hi - lo + 1 >= n as i64);
    let mut set = std::collections::BTreeSet::new();
    if ends {
        set.insert(lo);
        if n > 1 {
            set.insert(hi);
        }
    }
    while set.len() < n {
        set.insert(rng.range(lo, hi));
    }
    set.into_iter().collect()
}

/// Swaps the values of two distinct nodes.
fn swap_two(rng: &mut Rng, t: &mut Tree) {
    let n = t.vals.len();
    let a = rng.below(n);
    let mut b = rng.below(n);
    while b == a {
        b = rng.below(n);
    }
    t.vals.swap(a, b);
}

/// Gives a node the value of its in-order neighbour (a repeated value).
fn duplicate(rng: &mut Rng, t: &mut Tree) {
    let order = t.in_order();
    let p = rng.below(order.len() - 1);
    if rng.chance(0.5) {
        t.vals[order[p]] = t.vals[order[p + 1]];
    } else {
        t.vals[order[p + 1]] = t.vals[order[p]];
    }
}

/// Moves one value to the wrong side of some ancestor while keeping it in
/// order with its parent and children: only a check against ancestors can
/// see it. Returns false if no such change was found.
fn deep_violation(rng: &mut Rng, t: &mut Tree) -> bool {
    let n = t.vals.len();
    for _ in 0..2000 {
        let i = rng.below(n);
        let old = t.vals[i];
        // A new value near the node's parent, its children or anywhere.
        let base = t.vals[rng.below(n)];
        let new = (base + rng.range(-2, 2)).clamp(MIN, MAX);
        t.vals[i] = new;
        if !t.valid() && t.children_ok() {
            return true;
        }
        t.vals[i] = old;
    }
    false
}

fn put(name: &str, t: &Tree) {
    assert!(!t.vals.is_empty() && t.vals.len() <= MAX_NODES, "{name}: node count");
    assert!(t.vals.iter().all(|&v| (MIN..=MAX).contains(&v)), "{name}: value out of range");
    emit(name, &format!("[{}]", t.encode()));
}

/// A random valid input of `n` nodes (1 <= n <= 10^4): a random shape
/// (bushy, long branches or a chain) holding distinct sorted values in
/// in-order, from a range near zero or packed against either end of the
/// i32 range (its width grows with n) or spread over all of it; then, half
/// of the time (n >= 2), broken by a swap, a repeated value or a value on
/// the wrong side of a distant ancestor.
fn random(rng: &mut Rng, n: usize) -> String {
    let mut t = match rng.below(5) {
        0 => chain(n, &|i| i % 2),
        1 => {
            let turns: Vec<usize> = (0..n).map(|_| rng.below(2)).collect();
            chain(n, &|i| turns[i])
        }
        k => random_shape(rng, n, [0, 3, 50][k - 2]),
    };
    let w = 4 * n as i64 + 6;
    let ends = rng.chance(0.5);
    let values = match rng.below(4) {
        0 => sorted_values(rng, n, -w / 2, w / 2, false),
        1 => sorted_values(rng, n, MIN, MIN + w, ends),
        2 => sorted_values(rng, n, MAX - w, MAX, ends),
        _ => sorted_values(rng, n, MIN, MAX, ends),
    };
    t.fill(&values);
    if n >= 2 && rng.chance(0.5) {
        match rng.below(3) {
            0 => swap_two(rng, &mut t),
            1 => duplicate(rng, &mut t),
            _ => {
                if !deep_violation(rng, &mut t) {
                    swap_two(rng, &mut t);
                }
            }
        }
    }
    format!("[{}]", t.encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(98);

    // Small random trees for the brute-force cross-check; about half are
    // search trees, the others are broken in one of several ways.
    for i in 0..40 {
        let n = 1 + rng.below(12);
        let mut t = random_shape(&mut rng, n, [0, 2, 4][i % 3]);
        let ends = rng.chance(0.5);
        let values = match i % 4 {
            0 => sorted_values(&mut rng, n, -6, 6, false),
            1 => sorted_values(&mut rng, n, MIN, MAX, true),
            2 => sorted_values(&mut rng, n, MIN, MIN + 20, ends),
            _ => sorted_values(&mut rng, n, MAX - 20, MAX, ends),
        };
        t.fill(&values);
        if n >= 2 {
            match rng.below(6) {
                0 => swap_two(&mut rng, &mut t),
                1 => duplicate(&mut rng, &mut t),
                2 => {
                    deep_violation(&mut rng, &mut t);
                }
                _ => {}
            }
        }
        put(&format!("small-{i}"), &t);
    }

    let n = MAX_NODES;
    // Valid search trees of every shape, with the values spread over the whole
    // i32 range and i32::MIN and i32::MAX present.
    let shapes: Vec<(&str, Tree)> = vec![
        ("bushy", random_shape(&mut rng, n, 0)),
        ("long-branches", random_shape(&mut rng, n, 3)),
        ("medium-depth", random_shape(&mut rng, n, 50)),
        ("complete", complete(n)),
        ("left-chain", chain(n, &|_| 0)),
        ("right-chain", chain(n, &|_| 1)),
        ("zigzag", chain(n, &|i| i % 2)),
    ];
    for (shape, mut t) in shapes {
        let values = sorted_values(&mut rng, n, MIN, MAX, true);
        t.fill(&values);
        assert!(t.valid());
        put(&format!("max-valid-{shape}"), &t);
    }
    // Valid, with consecutive values packed against each end of the range.
    let mut values: Vec<i64> = (MIN..MIN + 5000).collect();
    values.extend(MAX - 4999..=MAX);
    let mut t = random_shape(&mut rng, n, 0);
    t.fill(&values);
    put("max-valid-packed-extremes", &t);

    // Invalid trees: two values swapped, a repeated value, a value on the
    // wrong side of a distant ancestor.
    for (k, recent) in [0, 3].into_iter().enumerate() {
        let mut t = random_shape(&mut rng, n, recent);
        t.fill(&sorted_values(&mut rng, n, MIN, MAX, true));
        swap_two(&mut rng, &mut t);
        assert!(!t.valid());
        put(&format!("max-invalid-swap-{k}"), &t);

        let mut t = random_shape(&mut rng, n, recent);
        t.fill(&sorted_values(&mut rng, n, MIN, MAX, true));
        duplicate(&mut rng, &mut t);
        put(&format!("max-invalid-duplicate-{k}"), &t);
    }
    {
        // The root's left child starts a right chain of 9999 nodes; the
        // chain's last value is larger than the root's. Every parent-child
        // pair is in order, the violation is against the root, 9999 levels up.
        let mut t = chain(n, &|i| if i == 1 { 0 } else { 1 });
        t.fill(&sorted_values(&mut rng, n, MIN, MAX - 1, true));
        t.vals[n - 1] = t.vals[0] + 1;
        assert!(!t.valid() && t.children_ok());
        put("max-invalid-deep-hook", &t);
    }
    let mut t = random_shape(&mut rng, n, 0);
    t.fill(&sorted_values(&mut rng, n, MIN, MAX, true));
    assert!(deep_violation(&mut rng, &mut t));
    put("max-invalid-ancestor-bushy", &t);
    // A right chain whose last two values are both i32::MAX.
    let mut t = chain(n, &|_| 1);
    let mut values = sorted_values(&mut rng, n, MIN, MAX, true);
    values[n - 2] = MAX;
    t.fill(&values);
    assert!(!t.valid());
    put("max-invalid-repeated-i32-max", &t);
}
