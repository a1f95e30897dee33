use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_N: usize = 2000;
const MAX_E: usize = 5000;

/// Undirected edges on `n` nodes, never repeated in either direction.
struct Graph {
    n: usize,
    edges: Vec<(usize, usize)>,
    seen: HashSet<(usize, usize)>,
}

impl Graph {
    fn new(n: usize) -> Graph {
        Graph { n, edges: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, a: usize, b: usize) -> bool {
        assert!(a < self.n && b < self.n);
        if a == b || !self.seen.insert((a.min(b), a.max(b))) {
            return false;
        }
        self.edges.push((a, b));
        true
    }

    /// `m` more random edges (as many as fit).
    fn random_edges(&mut self, rng: &mut Rng, m: usize) {
        let target = (self.edges.len() + m).min(self.n * (self.n - 1) / 2);
        if 3 * target > self.n * (self.n - 1) / 2 {
            let mut all: Vec<(usize, usize)> = (0..self.n)
                .flat_map(|a| (a + 1..self.n).map(move |b| (a, b)))
                .filter(|e| !self.seen.contains(e))
                .collect();
            rng.shuffle(&mut all);
            for (a, b) in all {
                if self.edges.len() >= target {
                    break;
                }
                self.add(a, b);
            }
        }
        while self.edges.len() < target {
            let (a, b) = (rng.below(self.n), rng.below(self.n));
            self.add(a, b);
        }
    }

    fn args(&self) -> String {
        assert!((1..=MAX_N).contains(&self.n));
        assert!(self.edges.len() <= MAX_E);
        let parts: Vec<String> = self.edges.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
        format!("[{},[{}]]", self.n, parts.join(","))
    }
}

/// A random tree on the nodes `nodes` (each node after the first hangs on
/// an earlier one), ends in random order.
fn random_tree(rng: &mut Rng, g: &mut Graph, nodes: &[usize]) {
    for i in 1..nodes.len() {
        let p = nodes[rng.below(i)];
        if rng.chance(0.5) {
            g.add(p, nodes[i]);
        } else {
            g.add(nodes[i], p);
        }
    }
}

fn shuffled(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut v);
    v
}

/// A random valid input of size `n` = nodes + edges (1 <= n <= 7000).
/// Half the time the graph is tree-like (n nodes about half the size, so
/// the edge count is n - 1 or n): a random tree, or a tree with one edge
/// moved so that it closes a cycle and cuts a part off. Otherwise the node
/// count is a random share of the size and the edges are random.
fn random(rng: &mut Rng, size: usize) -> String {
    // Smallest node count whose simple graph can hold the rest as edges.
    let lo = (1..).find(|&v: &usize| v * (v + 1) / 2 >= size).unwrap().max(size.saturating_sub(MAX_E));
    let hi = size.min(MAX_N);
    let half = (size + 1) / 2;
    if rng.chance(0.5) && (lo..=hi).contains(&half) {
        let v = half;
        let e = size - v;
        let mut g = Graph::new(v);
        let order = shuffled(rng, v);
        if e + 1 == v && (v < 4 || rng.chance(0.5)) {
            random_tree(rng, &mut g, &order);
        } else if e + 1 == v {
            // A tree on all but the last node, plus one extra edge among them.
            random_tree(rng, &mut g, &order[..v - 1]);
            g.random_edges(rng, 1);
        } else {
            random_tree(rng, &mut g, &order);
            g.random_edges(rng, e - (v - 1));
        }
        rng.shuffle(&mut g.edges);
        assert_eq!(g.edges.len(), e);
        return g.args();
    }
    let share = 0.2 + 0.6 * rng.below(1001) as f64 / 1000.0;
    let v = ((size as f64 * share).round() as usize).clamp(lo, hi);
    let mut g = Graph::new(v);
    g.random_edges(rng, size - v);
    assert_eq!(g.edges.len(), size - v);
    g.args()
}

fn main() {
    sized(random);
    let mut rng = Rng::new(261);

    // Small cases for the brute force: trees, trees with an edge added or
    // moved, forests, random graphs.
    for i in 0..36 {
        let n = 1 + rng.below(8);
        let mut g = Graph::new(n);
        let order = shuffled(&mut rng, n);
        match i % 4 {
            0 => random_tree(&mut rng, &mut g, &order),
            1 => {
                random_tree(&mut rng, &mut g, &order);
                g.random_edges(&mut rng, 1);
            }
            2 => {
                let cut = rng.below(n) + 1;
                random_tree(&mut rng, &mut g, &order[..cut]);
                if n >= 3 {
                    g.random_edges(&mut rng, n - cut);
                }
                g.edges.truncate(n - 1);
            }
            _ => {
                let m = rng.below(n * (n - 1) / 2 + 1);
                g.random_edges(&mut rng, m);
            }
        }
        rng.shuffle(&mut g.edges);
        emit(&format!("small-{i}"), &g.args());
    }

    let n = MAX_N;
    // Random trees on 2000 nodes.
    for k in 0..2 {
        let mut g = Graph::new(n);
        let order = shuffled(&mut rng, n);
        random_tree(&mut rng, &mut g, &order);
        rng.shuffle(&mut g.edges);
        emit(&format!("max-random-tree-{k}"), &g.args());
    }
    // A star around node 0, edges [0, i] in order: plain union-find links
    // each new root below the previous one, so finds from 0 walk a chain.
    let mut g = Graph::new(n);
    for i in 1..n {
        g.add(0, i);
    }
    emit("max-star-from-zero", &g.args());
    // A path in label order and in reverse order.
    let mut g = Graph::new(n);
    for i in 1..n {
        g.add(i - 1, i);
    }
    emit("max-path-ascending", &g.args());
    let mut g = Graph::new(n);
    for i in (1..n).rev() {
        g.add(i, i - 1);
    }
    emit("max-path-descending", &g.args());
    // n - 1 edges, but the last node is cut off and an edge closes a cycle.
    let mut g = Graph::new(n);
    let order = shuffled(&mut rng, n);
    random_tree(&mut rng, &mut g, &order[..n - 1]);
    g.random_edges(&mut rng, 1);
    rng.shuffle(&mut g.edges);
    emit("max-cycle-and-loner", &g.args());
    // A long cycle through 1999 nodes plus an isolated node.
    let mut g = Graph::new(n);
    for i in 0..n - 1 {
        g.add(order[i], order[(i + 1) % (n - 1)]);
    }
    emit("max-big-cycle-and-loner", &g.args());
    // A path with its two ends joined: connected, one edge too many.
    let mut g = Graph::new(n);
    for i in 1..n {
        g.add(order[i - 1], order[i]);
    }
    g.add(order[n - 1], order[0]);
    emit("max-ring", &g.args());
    // Two trees of 1000 nodes: a forest, one edge short.
    let mut g = Graph::new(n);
    random_tree(&mut rng, &mut g, &order[..n / 2]);
    random_tree(&mut rng, &mut g, &order[n / 2..]);
    rng.shuffle(&mut g.edges);
    emit("max-two-trees", &g.args());
    // Many edges: a dense random graph with 5000 edges, and no edges.
    let mut g = Graph::new(n);
    g.random_edges(&mut rng, MAX_E);
    emit("max-dense-random", &g.args());
    emit("max-no-edges", &Graph::new(n).args());
    // A tree whose deep caterpillar spine comes last in the list.
    let mut g = Graph::new(n);
    for i in 1..n / 2 {
        g.add(order[i - 1], order[i]);
    }
    for i in n / 2..n {
        g.add(order[rng.below(n / 2)], order[i]);
    }
    g.edges.reverse();
    emit("max-caterpillar", &g.args());
}
