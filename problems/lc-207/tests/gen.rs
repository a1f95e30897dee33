use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_COURSES: usize = 2000;
const MAX_PAIRS: usize = 5000;

/// Prerequisite pairs `[course, required]`, kept unique.
struct Pairs {
    n: usize,
    list: Vec<(usize, usize)>,
    seen: HashSet<(usize, usize)>,
}

impl Pairs {
    fn new(n: usize) -> Pairs {
        Pairs { n, list: Vec::new(), seen: HashSet::new() }
    }

    /// `course` needs `required` first; returns false if the pair already exists.
    fn add(&mut self, course: usize, required: usize) -> bool {
        assert!(course < self.n && required < self.n);
        if self.seen.insert((course, required)) {
            self.list.push((course, required));
            true
        } else {
            false
        }
    }

    fn put(mut self, rng: &mut Rng, name: &str) {
        assert!((1..=MAX_COURSES).contains(&self.n), "{name}: course count");
        assert!(self.list.len() <= MAX_PAIRS, "{name}: too many pairs");
        rng.shuffle(&mut self.list);
        let pairs: Vec<String> = self.list.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
        emit(name, &format!("[{},[{}]]", self.n, pairs.join(",")));
    }
}

/// A random order of the courses: `order[i]` is the i-th course to take.
fn random_order(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    order
}

/// Up to `m` pairs that all agree with `order` (so no cycle).
fn random_dag(rng: &mut Rng, p: &mut Pairs, order: &[usize], m: usize) {
    let n = order.len();
    if n < 2 {
        return;
    }
    let limit = m.min(n * (n - 1) / 2);
    let mut tries = 0;
    while p.list.len() < limit && tries < 50 * limit + 100 {
        tries += 1;
        let i = rng.below(n);
        let j = rng.below(n);
        if i < j {
            p.add(order[j], order[i]);
        } else if j < i {
            p.add(order[i], order[j]);
        }
    }
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

/// A random valid input of size `n` = courses + pairs (1 <= n <= 7000):
/// 20% to 70% of n courses (at most 2000, and few enough that the rest fit
/// as at most 5000 distinct pairs). Courses 0, 1, 2, ... begin with a chain
/// of diamonds of its own (each diamond: a course needing two, which both
/// need the next one), 2 log2(n / 8) diamonds where they fit: a search
/// that does not remember which courses it has cleared walks its 2^k
/// paths, about (n / 8)^2 of them. The other courses get pairs acyclic half
/// of the time and otherwise acyclic but one pointing backwards (which may
/// close a cycle).
fn random(rng: &mut Rng, n: usize) -> String {
    let lo = (n.saturating_sub(MAX_PAIRS)).max((1..).find(|c| c * c >= n).unwrap());
    let hi = n.min(MAX_COURSES);
    let share = 0.2 + 0.5 * rng.below(1001) as f64 / 1000.0;
    let courses = ((n as f64 * share).round() as usize).clamp(lo, hi);
    let pairs = n - courses;
    let mut p = Pairs::new(courses);
    // The chain takes 3k + 1 courses and 4k pairs; the rest must still fit.
    let mut k = (2.0 * (n as f64 / 8.0).max(1.0).log2()).floor() as usize;
    let fits = |k: usize| {
        let c = courses.saturating_sub(3 * k + 1);
        k == 0 || (3 * k < courses && 4 * k <= pairs && pairs - 4 * k <= c * c.saturating_sub(1))
    };
    while !fits(k) {
        k -= 1;
    }
    let chain = if k == 0 { 0 } else { 3 * k + 1 };
    for d in 0..k {
        let (top, left, right, bottom) = (3 * d, 3 * d + 1, 3 * d + 2, 3 * d + 3);
        p.add(top, left);
        p.add(top, right);
        p.add(left, bottom);
        p.add(right, bottom);
    }
    let rest = courses - chain;
    let pairs = pairs - 4 * k;
    let mut order = random_order(rng, rest);
    for c in &mut order {
        *c += chain;
    }
    let back = pairs > 0 && rest >= 2 && rng.chance(0.5);
    let forward = pairs - back as usize;
    let dag_max = rest * rest.saturating_sub(1) / 2;
    if forward > dag_max {
        // Too many pairs to be acyclic: any distinct pairs of two courses.
        let mut all: Vec<(usize, usize)> = (chain..courses)
            .flat_map(|a| (chain..courses).map(move |b| (a, b)))
            .filter(|(a, b)| a != b)
            .collect();
        rng.shuffle(&mut all);
        for &(a, b) in &all[..pairs] {
            p.add(a, b);
        }
    } else {
        if 4 * forward > dag_max {
            // Dense: choose among all the pairs that agree with the order.
            let mut all: Vec<(usize, usize)> =
                (0..rest).flat_map(|i| (i + 1..rest).map(move |j| (i, j))).collect();
            rng.shuffle(&mut all);
            for &(i, j) in &all[..forward] {
                p.add(order[j], order[i]);
            }
        } else {
            // Apart from the chain's pairs (no course is in both).
            let mut dag = Pairs::new(courses);
            random_dag(rng, &mut dag, &order, forward);
            for (a, b) in dag.list {
                p.add(a, b);
            }
        }
        if back {
            // A pair against the order: a course needs a later one.
            loop {
                let (i, j) = (rng.below(rest), rng.below(rest));
                if i < j && p.add(order[i], order[j]) {
                    break;
                }
            }
        }
    }
    assert_eq!(p.list.len(), n - courses);
    rng.shuffle(&mut p.list);
    let list: Vec<String> = p.list.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
    format!("[{},[{}]]", courses, list.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(207);

    // Small random cases for the brute-force cross-check: acyclic ones, ones
    // with a random extra pair (often closing a cycle), and fully random ones.
    for i in 0..36 {
        let n = 1 + rng.below(8);
        let mut p = Pairs::new(n);
        let order = random_order(&mut rng, n);
        let m = rng.below(2 * n + 1);
        random_dag(&mut rng, &mut p, &order, m);
        match i % 3 {
            0 => {}
            1 => {
                let (a, b) = (rng.below(n), rng.below(n));
                p.add(a, b);
            }
            _ => {
                for _ in 0..rng.below(3) {
                    let (a, b) = (rng.below(n), rng.below(n));
                    if a != b || rng.chance(0.3) {
                        p.add(a, b);
                    }
                }
            }
        }
        p.put(&mut rng, &format!("small-{i}"));
    }

    let n = MAX_COURSES;

    // Layers of two courses, each needing both courses of the layer before:
    // 2^1000 paths from the last layer down to the first.
    let order = random_order(&mut rng, n);
    let mut p = Pairs::new(n);
    layered(&mut p, &order, 2);
    p.put(&mut rng, "max-layered-width-2");
    // The same with more pairs skipping ahead, up to 5000 pairs.
    let mut p = Pairs::new(n);
    layered(&mut p, &order, 2);
    random_dag(&mut rng, &mut p, &order, MAX_PAIRS);
    p.put(&mut rng, "max-layered-plus-shortcuts");
    // Layers of three courses (9 pairs per step).
    let mut p = Pairs::new(n);
    layered(&mut p, &order[..1665], 3);
    p.put(&mut rng, "max-layered-width-3");
    // The width-2 layers with one pair closing a cycle from the top layer to the bottom.
    let mut p = Pairs::new(n);
    layered(&mut p, &order, 2);
    p.add(order[0], order[n - 1]);
    p.put(&mut rng, "max-layered-with-cycle");

    // Random acyclic prerequisites, 5000 pairs.
    for k in 0..2 {
        let order = random_order(&mut rng, n);
        let mut p = Pairs::new(n);
        random_dag(&mut rng, &mut p, &order, MAX_PAIRS);
        p.put(&mut rng, &format!("max-random-dag-{k}"));
    }
    // Random acyclic prerequisites plus one pair pointing backwards.
    for k in 0..2 {
        let order = random_order(&mut rng, n);
        let mut p = Pairs::new(n);
        random_dag(&mut rng, &mut p, &order, MAX_PAIRS - 1);
        loop {
            let (i, j) = (rng.below(n), rng.below(n));
            if i < j && p.add(order[i], order[j]) {
                break;
            }
        }
        p.put(&mut rng, &format!("max-random-one-back-pair-{k}"));
    }

    // One long chain through all courses, and the same chain closed into a cycle.
    let order = random_order(&mut rng, n);
    let mut p = Pairs::new(n);
    for i in 1..n {
        p.add(order[i], order[i - 1]);
    }
    p.put(&mut rng, "max-chain");
    let mut p = Pairs::new(n);
    for i in 1..n {
        p.add(order[i], order[i - 1]);
    }
    p.add(order[0], order[n - 1]);
    p.put(&mut rng, "max-chain-closed");

    // Chain in numeric order, and in reverse numeric order.
    let mut p = Pairs::new(n);
    for i in 1..n {
        p.add(i, i - 1);
    }
    p.put(&mut rng, "max-chain-ascending");
    let mut p = Pairs::new(n);
    for i in 1..n {
        p.add(i - 1, i);
    }
    p.put(&mut rng, "max-chain-descending");

    // No prerequisites at all.
    Pairs::new(n).put(&mut rng, "max-no-pairs");

    // Hubs: every course needs course 0, and course 1 needs every course
    // from 2 on, plus random acyclic pairs among the others.
    let mut p = Pairs::new(n);
    for c in 1..n {
        p.add(c, 0);
    }
    for c in 2..n {
        p.add(1, c);
    }
    let middle: Vec<usize> = (2..n).collect();
    random_dag(&mut rng, &mut p, &middle, MAX_PAIRS);
    p.put(&mut rng, "max-hubs");

    // Many small diamonds chained together, and a small cycle hidden in an
    // otherwise acyclic graph.
    let mut p = Pairs::new(n);
    for d in 0..(n - 1) / 3 {
        let (top, l, r, bottom) = (3 * d, 3 * d + 1, 3 * d + 2, 3 * d + 3);
        p.add(l, top);
        p.add(r, top);
        p.add(bottom, l);
        p.add(bottom, r);
    }
    p.put(&mut rng, "max-diamond-chain");
    let order = random_order(&mut rng, n);
    let mut p = Pairs::new(n);
    random_dag(&mut rng, &mut p, &order[..n - 3], MAX_PAIRS - 3);
    let (a, b, c) = (order[n - 3], order[n - 2], order[n - 1]);
    p.add(a, b);
    p.add(b, c);
    p.add(c, a);
    p.put(&mut rng, "max-hidden-triangle");
}
