use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_COURSES: usize = 2000;
/// The constraints allow n*(n-1) pairs; the tests stop at this many, which
/// keeps a case under a megabyte.
const MAX_PAIRS: usize = 60_000;

/// Prerequisite pairs `[course, required]`, distinct, never a course with itself.
struct Pairs {
    n: usize,
    list: Vec<(usize, usize)>,
    seen: HashSet<(usize, usize)>,
}

impl Pairs {
    fn new(n: usize) -> Pairs {
        Pairs { n, list: Vec::new(), seen: HashSet::new() }
    }

    /// `course` needs `required` first; false if not added (a repeat or a self-pair).
    fn add(&mut self, course: usize, required: usize) -> bool {
        assert!(course < self.n && required < self.n);
        if course != required && self.seen.insert((course, required)) {
            self.list.push((course, required));
            true
        } else {
            false
        }
    }

    fn encode(mut self, rng: &mut Rng) -> String {
        assert!((1..=MAX_COURSES).contains(&self.n), "course count");
        assert!(self.list.len() <= self.n * (self.n - 1), "too many pairs");
        rng.shuffle(&mut self.list);
        let pairs: Vec<String> = self.list.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
        format!("[{},[{}]]", self.n, pairs.join(","))
    }

    fn put(self, rng: &mut Rng, name: &str) {
        assert!(self.list.len() <= MAX_PAIRS, "{name}: too many pairs");
        let args = self.encode(rng);
        emit(name, &args);
    }
}

/// A random order of the courses: `order[i]` is the i-th course to take.
fn random_order(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    order
}

/// Adds pairs that agree with `order` (so no cycle) until there are `m`
/// pairs in all, or as many as the order allows.
fn random_dag(rng: &mut Rng, p: &mut Pairs, order: &[usize], m: usize) {
    let n = order.len();
    if n < 2 {
        return;
    }
    let limit = m.min(p.list.len() + n * (n - 1) / 2);
    if 4 * (limit - p.list.len().min(limit)) > n * (n - 1) / 2 {
        // Dense: pick among all the pairs that agree with the order.
        let mut all: Vec<(usize, usize)> = (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j))).collect();
        rng.shuffle(&mut all);
        for (i, j) in all {
            if p.list.len() >= limit {
                break;
            }
            p.add(order[j], order[i]);
        }
        return;
    }
    let mut tries = 0;
    while p.list.len() < limit && tries < 50 * limit + 100 {
        tries += 1;
        let (i, j) = (rng.below(n), rng.below(n));
        if i < j {
            p.add(order[j], order[i]);
        } else if j < i {
            p.add(order[i], order[j]);
        }
    }
}

/// One pair against `order`: an earlier course needs a later one (closing a
/// cycle if the later one depends on it already). False if none is left.
fn back_pair(rng: &mut Rng, p: &mut Pairs, order: &[usize]) -> bool {
    let n = order.len();
    if n < 2 {
        return false;
    }
    for _ in 0..1000 {
        let (i, j) = (rng.below(n), rng.below(n));
        if i < j && p.add(order[i], order[j]) {
            return true;
        }
    }
    false
}

/// Stacked layers of `width` courses; each course needs every course of the
/// layer before it. The number of paths grows as width^layers.
fn layered(p: &mut Pairs, order: &[usize], width: usize) {
    let layers = order.len() / width;
    for l in 1..layers {
        for a in 0..width {
            for b in 0..width {
                p.add(order[l * width + a], order[(l - 1) * width + b]);
            }
        }
    }
}

/// A random valid input with n courses (1 <= n <= 2000): up to
/// min(n*(n-1), 8n) distinct pairs, agreeing with a hidden order half of the
/// time (an order exists) and otherwise with one or a few pairs against it
/// (usually closing a cycle), or any pairs at all.
fn random(rng: &mut Rng, n: usize) -> String {
    let order = random_order(rng, n);
    let mut p = Pairs::new(n);
    let m = rng.below((n * (n - 1)).min(8 * n) + 1);
    match rng.below(4) {
        0 | 1 => random_dag(rng, &mut p, &order, m),
        2 => {
            let back = 1 + rng.below(3);
            random_dag(rng, &mut p, &order, m.saturating_sub(back));
            for _ in 0..back {
                back_pair(rng, &mut p, &order);
            }
        }
        _ => {
            let mut all: Vec<(usize, usize)> =
                (0..n).flat_map(|a| (0..n).map(move |b| (a, b))).filter(|(a, b)| a != b).collect();
            if all.len() > 20 * m + 100 {
                // Sparse: random pairs, no need to list them all.
                while p.list.len() < m {
                    let (a, b) = (rng.below(n), rng.below(n));
                    p.add(a, b);
                }
            } else {
                rng.shuffle(&mut all);
                for &(a, b) in &all[..m] {
                    p.add(a, b);
                }
            }
        }
    }
    p.encode(rng)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(210);

    // Small inputs for the brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(9);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    let n = MAX_COURSES;

    // Layers of two courses, each needing both courses of the layer before:
    // 2^1000 paths from the last layer down to the first.
    let order = random_order(&mut rng, n);
    let mut p = Pairs::new(n);
    layered(&mut p, &order, 2);
    p.put(&mut rng, "max-layered-width-2");
    let mut p = Pairs::new(n);
    layered(&mut p, &order, 2);
    random_dag(&mut rng, &mut p, &order, 20_000);
    p.put(&mut rng, "max-layered-plus-shortcuts");
    let mut p = Pairs::new(n);
    layered(&mut p, &order[..1998], 3);
    p.put(&mut rng, "max-layered-width-3");
    // The width-2 layers with one pair from the bottom layer to the top: a cycle.
    let mut p = Pairs::new(n);
    layered(&mut p, &order, 2);
    p.add(order[0], order[n - 1]);
    p.put(&mut rng, "max-layered-with-cycle");

    // Random pairs that agree with a hidden order.
    for k in 0..2 {
        let order = random_order(&mut rng, n);
        let mut p = Pairs::new(n);
        random_dag(&mut rng, &mut p, &order, 20_000);
        p.put(&mut rng, &format!("max-random-dag-{k}"));
    }
    // The same with one pair against the order.
    for k in 0..2 {
        let order = random_order(&mut rng, n);
        let mut p = Pairs::new(n);
        random_dag(&mut rng, &mut p, &order, 19_999);
        back_pair(&mut rng, &mut p, &order);
        p.put(&mut rng, &format!("max-random-one-back-pair-{k}"));
    }

    // A chain through every course (one course per round for a round-based
    // solution) with many pairs skipping ahead, with and without a cycle.
    let order = random_order(&mut rng, n);
    let mut p = Pairs::new(n);
    for i in 1..n {
        p.add(order[i], order[i - 1]);
    }
    random_dag(&mut rng, &mut p, &order, MAX_PAIRS);
    p.put(&mut rng, "max-chain-dense");
    let mut p = Pairs::new(n);
    for i in 1..n {
        p.add(order[i], order[i - 1]);
    }
    random_dag(&mut rng, &mut p, &order, MAX_PAIRS - 1);
    p.add(order[n / 2], order[n - 1]);
    p.put(&mut rng, "max-chain-dense-closed");

    // Plain chains, in a random order and in reverse numeric order.
    let order = random_order(&mut rng, n);
    let mut p = Pairs::new(n);
    for i in 1..n {
        p.add(order[i], order[i - 1]);
    }
    p.put(&mut rng, "max-chain");
    let mut p = Pairs::new(n);
    for i in 1..n {
        p.add(i - 1, i);
    }
    p.put(&mut rng, "max-chain-descending");

    Pairs::new(n).put(&mut rng, "max-no-pairs");

    // Hubs: every course needs course 0, and course 1 needs every course
    // from 2 on, plus random pairs among the others.
    let mut p = Pairs::new(n);
    for c in 1..n {
        p.add(c, 0);
    }
    for c in 2..n {
        p.add(1, c);
    }
    let middle: Vec<usize> = (2..n).collect();
    random_dag(&mut rng, &mut p, &middle, 10_000);
    p.put(&mut rng, "max-hubs");

    // A small cycle hidden among otherwise ordered courses.
    let order = random_order(&mut rng, n);
    let mut p = Pairs::new(n);
    random_dag(&mut rng, &mut p, &order[..n - 3], 19_997);
    let (a, b, c) = (order[n - 3], order[n - 2], order[n - 1]);
    p.add(a, b);
    p.add(b, c);
    p.add(c, a);
    p.put(&mut rng, "max-hidden-triangle");

    // Few courses, every possible pair: n*(n-1) pairs, a cycle everywhere;
    // and all n*(n-1)/2 pairs of one order (a single valid answer).
    let mut p = Pairs::new(200);
    for a in 0..200 {
        for b in 0..200 {
            p.add(a, b);
        }
    }
    p.put(&mut rng, "all-pairs-200");
    let order = random_order(&mut rng, 300);
    let mut p = Pairs::new(300);
    for i in 0..300 {
        for j in i + 1..300 {
            p.add(order[j], order[i]);
        }
    }
    p.put(&mut rng, "complete-order-300");
}
