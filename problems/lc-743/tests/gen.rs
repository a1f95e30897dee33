use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_NODES: usize = 100;
const MAX_E: usize = 6000;

/// Links (u, v, w) on nodes 1..=n, never repeating an ordered pair.
struct Net {
    n: usize,
    links: Vec<(usize, usize, i64)>,
    seen: HashSet<(usize, usize)>,
}

impl Net {
    fn new(n: usize) -> Net {
        Net { n, links: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, u: usize, v: usize, w: i64) -> bool {
        assert!((1..=self.n).contains(&u) && (1..=self.n).contains(&v) && (0..=100).contains(&w));
        if u == v || !self.seen.insert((u, v)) {
            return false;
        }
        self.links.push((u, v, w));
        true
    }

    /// Random links with weights in lo..=hi until there are `m` (at most
    /// n * (n - 1)).
    fn fill(&mut self, rng: &mut Rng, m: usize, lo: i64, hi: i64) {
        let m = m.min(self.n * (self.n - 1));
        if 2 * m > self.n * (self.n - 1) {
            let n = self.n;
            let mut all: Vec<(usize, usize)> =
                (1..=n).flat_map(|u| (1..=n).map(move |v| (u, v))).filter(|&(u, v)| u != v).collect();
            rng.shuffle(&mut all);
            for (u, v) in all {
                if self.links.len() >= m {
                    break;
                }
                let w = rng.range(lo, hi);
                self.add(u, v, w);
            }
        }
        while self.links.len() < m {
            let (u, v) = (1 + rng.below(self.n), 1 + rng.below(self.n));
            let w = rng.range(lo, hi);
            self.add(u, v, w);
        }
    }

    /// A random tree of links out of k reaching every node.
    fn reach_all(&mut self, rng: &mut Rng, k: usize, lo: i64, hi: i64) {
        let mut order: Vec<usize> = (1..=self.n).filter(|&v| v != k).collect();
        rng.shuffle(&mut order);
        order.insert(0, k);
        for i in 1..order.len() {
            let p = order[rng.below(i)];
            let w = rng.range(lo, hi);
            self.add(p, order[i], w);
        }
    }

    fn args(&self, k: usize) -> String {
        assert!((1..=MAX_E).contains(&self.links.len()));
        assert!((1..=self.n).contains(&k) && self.n <= MAX_NODES);
        let parts: Vec<String> = self.links.iter().map(|(u, v, w)| format!("[{u},{v},{w}]")).collect();
        format!("[[{}],{},{}]", parts.join(","), self.n, k)
    }
}

/// A random valid input with `m` links (1 <= m <= 6000): 2 to 100 nodes
/// (enough for m distinct ordered pairs), half the time with a spanning
/// tree out of k so that every node is reached, weights 0..=100 (or a
/// narrow range), links in random order.
fn random(rng: &mut Rng, m: usize) -> String {
    let lo = (2..=MAX_NODES).find(|&v| v * (v - 1) >= m).unwrap();
    let hi = MAX_NODES.min(m + 1).max(lo);
    let n = lo + rng.below(hi - lo + 1);
    let k = 1 + rng.below(n);
    let (wlo, whi) = if rng.chance(0.3) { (0, rng.range(0, 3)) } else { (0, 100) };
    let mut net = Net::new(n);
    if m + 1 >= n && rng.chance(0.5) {
        net.reach_all(rng, k, wlo, whi);
    }
    net.fill(rng, m, wlo, whi);
    rng.shuffle(&mut net.links);
    net.args(k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(743);

    for i in 0..36 {
        let m = 1 + rng.below(14);
        emit(&format!("small-{i}"), &random(&mut rng, m));
    }

    let n = MAX_NODES;
    // Random dense networks, everything reached.
    for j in 0..2 {
        let mut net = Net::new(n);
        let k = 1 + rng.below(n);
        net.reach_all(&mut rng, k, 0, 100);
        net.fill(&mut rng, MAX_E, 0, 100);
        rng.shuffle(&mut net.links);
        emit(&format!("max-dense-random-{j}"), &net.args(k));
    }
    // Dense, but one node has no incoming link.
    let mut net = Net::new(n);
    let lonely = 1 + rng.below(n);
    let mut all: Vec<(usize, usize)> =
        (1..=n).flat_map(|u| (1..=n).map(move |v| (u, v))).filter(|&(u, v)| u != v && v != lonely).collect();
    rng.shuffle(&mut all);
    for &(u, v) in &all[..MAX_E] {
        let w = rng.range(0, 100);
        net.add(u, v, w);
    }
    let k = if lonely == 1 { 2 } else { 1 };
    emit("max-one-unreached", &net.args(k));
    // A long chain 1 -> 2 -> ... -> 100 of cheap links, listed from the end
    // (the worst order for relaxing links in list order), with expensive
    // shortcuts forward and random links backwards.
    let mut net = Net::new(n);
    for v in (2..=n).rev() {
        net.add(v - 1, v, 1);
    }
    for u in 1..=n {
        for v in u + 2..=n {
            if net.links.len() < 4000 {
                net.add(u, v, 100);
            }
        }
    }
    net.fill(&mut rng, MAX_E, 50, 100);
    emit("max-cheap-chain-reversed", &net.args(1));
    // Every forward link, the longer jumps cheaper: w(u, v) = 100 - (v - u)
    // for v > u. Times keep improving as nodes settle, so heaps hold many
    // stale entries.
    let mut net = Net::new(n);
    for u in 1..=n {
        for v in u + 1..=n {
            if net.links.len() < MAX_E {
                net.add(u, v, (100 - (v - u) as i64).max(0));
            }
        }
    }
    emit("max-decreasing-weights", &net.args(1));
    // All zero weights: the answer is 0.
    let mut net = Net::new(n);
    net.reach_all(&mut rng, 50, 0, 0);
    net.fill(&mut rng, MAX_E, 0, 0);
    rng.shuffle(&mut net.links);
    emit("max-all-zero", &net.args(50));
    // The source has no outgoing link.
    let mut net = Net::new(n);
    let mut all: Vec<(usize, usize)> =
        (1..=n).flat_map(|u| (1..=n).map(move |v| (u, v))).filter(|&(u, v)| u != v && u != 7).collect();
    rng.shuffle(&mut all);
    for &(u, v) in &all[..MAX_E] {
        let w = rng.range(0, 100);
        net.add(u, v, w);
    }
    emit("max-silent-source", &net.args(7));
    // A sparse tree out of k only: 99 links, heavy weights.
    let mut net = Net::new(n);
    net.reach_all(&mut rng, 100, 90, 100);
    emit("max-nodes-tree-only", &net.args(100));
    // Weights in 0..=2 with many equal shortest times.
    let mut net = Net::new(n);
    net.reach_all(&mut rng, 1, 0, 2);
    net.fill(&mut rng, MAX_E, 0, 2);
    rng.shuffle(&mut net.links);
    emit("max-tiny-weights", &net.args(1));
}
