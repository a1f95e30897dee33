use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_N: usize = 100;

/// An undirected graph on nodes 0..n (node i has value i + 1).
struct Graph {
    adj: Vec<Vec<usize>>,
    edges: HashSet<(usize, usize)>,
}

impl Graph {
    fn new(n: usize) -> Graph {
        Graph { adj: vec![Vec::new(); n], edges: HashSet::new() }
    }

    /// Adds the edge a-b unless it is a self-loop or already there.
    fn join(&mut self, a: usize, b: usize) -> bool {
        if a == b || !self.edges.insert((a.min(b), a.max(b))) {
            return false;
        }
        self.adj[a].push(b);
        self.adj[b].push(a);
        true
    }

    fn len(&self) -> usize {
        self.adj.len()
    }

    /// LeetCode's adjacency list, by value.
    fn encode(&self) -> String {
        let rows: Vec<String> = self
            .adj
            .iter()
            .map(|row| {
                let vals: Vec<String> = row.iter().map(|&j| (j + 1).to_string()).collect();
                format!("[{}]", vals.join(","))
            })
            .collect();
        format!("[{}]", rows.join(","))
    }

    fn connected(&self) -> bool {
        if self.len() == 0 {
            return true;
        }
        let mut seen = vec![false; self.len()];
        let mut stack = vec![0];
        seen[0] = true;
        while let Some(i) = stack.pop() {
            for &j in &self.adj[i] {
                if !seen[j] {
                    seen[j] = true;
                    stack.push(j);
                }
            }
        }
        seen.iter().all(|&s| s)
    }
}

fn put(name: &str, g: &Graph) {
    assert!(g.len() <= MAX_N, "{name}: too many nodes");
    assert!(g.connected(), "{name}: not connected");
    emit(name, &format!("[{}]", g.encode()));
}

/// Nodes in random order, so that node 1 is not always the root of the
/// shapes below.
fn labels(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut v);
    v
}

/// A random spanning tree plus `extra` random edges; neighbour lists
/// shuffled.
fn random_graph(rng: &mut Rng, n: usize, extra: usize) -> Graph {
    let mut g = Graph::new(n);
    let l = labels(rng, n);
    for i in 1..n {
        let parent = rng.below(i);
        g.join(l[i], l[parent]);
    }
    let max_edges = n * n.saturating_sub(1) / 2;
    let target = (n.saturating_sub(1) + extra).min(max_edges);
    while g.edges.len() < target {
        let (a, b) = (rng.below(n), rng.below(n));
        g.join(a, b);
    }
    for row in &mut g.adj {
        rng.shuffle(row);
    }
    g
}

/// A random valid graph of `n` nodes (1 <= n <= 100; the constraints also
/// allow the empty graph): connected, from a tree to a complete graph.
fn random(rng: &mut Rng, n: usize) -> String {
    let extra = rng.below(n * n / 2 + 1);
    let g = random_graph(rng, n, extra);
    assert!(g.connected());
    format!("[{}]", g.encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(133);

    // Small graphs for the brute-force cross-check, from trees to complete.
    for i in 0..36 {
        let n = 1 + rng.below(10);
        let extra = rng.below(n * n / 2 + 1);
        put(&format!("small-random-{i}"), &random_graph(&mut rng, n, extra));
    }

    let n = MAX_N;

    // Complete graph: every node joined to every other (4950 edges).
    let mut g = Graph::new(n);
    for a in 0..n {
        for b in a + 1..n {
            g.join(a, b);
        }
    }
    put("complete-100", &g);

    // A path and a cycle through all nodes in random order: recursion as
    // deep as the graph is large.
    let l = labels(&mut rng, n);
    let mut g = Graph::new(n);
    for w in l.windows(2) {
        g.join(w[0], w[1]);
    }
    put("path-100-shuffled", &g);
    g.join(l[n - 1], l[0]);
    put("cycle-100-shuffled", &g);

    // Stars: node 1 as the center, and node 1 as a leaf.
    let mut g = Graph::new(n);
    for b in 1..n {
        g.join(0, b);
    }
    put("star-center-1", &g);
    let mut g = Graph::new(n);
    for b in 0..n - 1 {
        g.join(n - 1, b);
    }
    put("star-center-100", &g);

    // A 10 x 10 grid.
    let mut g = Graph::new(n);
    for r in 0..10 {
        for c in 0..10 {
            let i = r * 10 + c;
            if c + 1 < 10 {
                g.join(i, i + 1);
            }
            if r + 1 < 10 {
                g.join(i, i + 10);
            }
        }
    }
    put("grid-10x10", &g);

    // Random graphs of 100 nodes, sparse to dense.
    for (i, extra) in [0, 50, 400, 2000].into_iter().enumerate() {
        put(&format!("random-100-{i}"), &random_graph(&mut rng, n, extra));
    }
    put("random-99", &random_graph(&mut rng, n - 1, 300));
}
