use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_N: usize = 2000;
const MAX_E: usize = 5000;

fn emit_case(name: &str, n: usize, edges: &[(usize, usize)]) {
    assert!((1..=MAX_N).contains(&n));
    assert!(!edges.is_empty() && edges.len() <= MAX_E);
    let mut seen = HashSet::new();
    for &(a, b) in edges {
        assert!(a < b && b < n, "{name}: bad edge [{a},{b}]");
        assert!(seen.insert((a, b)), "{name}: repeated edge [{a},{b}]");
    }
    let parts: Vec<String> = edges.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
    emit(name, &format!("[{},[{}]]", n, parts.join(",")));
}

/// An edge between two distinct nodes, smaller end first.
fn edge(a: usize, b: usize) -> (usize, usize) {
    assert!(a != b);
    (a.min(b), a.max(b))
}

/// Up to `m` distinct random edges on nodes `0..n` (at least one).
fn random_edges(rng: &mut Rng, n: usize, m: usize) -> Vec<(usize, usize)> {
    let m = m.min(n * (n - 1) / 2).max(1);
    let mut seen = HashSet::new();
    let mut edges = Vec::with_capacity(m);
    while edges.len() < m {
        let a = rng.below(n);
        let b = rng.below(n);
        if a != b && seen.insert(edge(a, b)) {
            edges.push(edge(a, b));
        }
    }
    edges
}

/// A random node relabelling, so shapes are not laid out in index order.
fn relabel(rng: &mut Rng, n: usize, edges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut p: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut p);
    let mut out: Vec<(usize, usize)> = edges.iter().map(|&(a, b)| edge(p[a], p[b])).collect();
    rng.shuffle(&mut out);
    out
}

/// A random valid graph of size `n` = nodes + edges (3 <= n <= 7000):
/// the edges take a share of 35% to 65% of n (then moved within the limits:
/// 2 to 2000 nodes, 1 to 5000 edges, no more than a simple graph holds), so
/// some graphs break into many components and others are nearly connected.
fn random(rng: &mut Rng, n: usize) -> String {
    let share = rng.range(35, 65) as usize;
    let mut e = (n * share / 100).max(1);
    let mut v = n - e;
    if v > MAX_N {
        e += v - MAX_N;
        v = MAX_N;
    }
    if e > MAX_E {
        v += e - MAX_E;
        e = MAX_E;
    }
    while v < 2 || e > v * (v - 1) / 2 {
        e -= 1;
        v += 1;
    }
    assert!(v + e == n && (2..=MAX_N).contains(&v) && (1..=MAX_E).contains(&e));
    let edges = random_edges(rng, v, e);
    let parts: Vec<String> = edges.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
    format!("[{},[{}]]", v, parts.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(323);

    // Small random graphs (many isolated nodes, some cycles), for the brute force.
    for i in 0..36 {
        let n = 2 + rng.below(11);
        let m = 1 + rng.below(n + 2);
        let edges = random_edges(&mut rng, n, m);
        emit_case(&format!("small-{i}"), n, &edges);
    }
    for i in 0..4 {
        let n = 50 + rng.below(400);
        let m = 1 + rng.below(n);
        let edges = random_edges(&mut rng, n, m);
        emit_case(&format!("medium-{i}"), n, &edges);
    }

    // Maximum sizes: 5000 random edges on 2000 nodes.
    for i in 0..2 {
        let edges = random_edges(&mut rng, MAX_N, MAX_E);
        emit_case(&format!("random-max-{i}"), MAX_N, &edges);
    }
    // Sparse: about n/2 random edges leave hundreds of components.
    let edges = random_edges(&mut rng, MAX_N, 1000);
    emit_case("sparse-max", MAX_N, &edges);
    // One edge: 1999 components.
    emit_case("one-edge-max", MAX_N, &[(0, 1)]);
    // A path through all nodes, in order and then scrambled.
    let path: Vec<(usize, usize)> = (0..MAX_N - 1).map(|i| (i, i + 1)).collect();
    emit_case("path-in-order-max", MAX_N, &path);
    let rev: Vec<(usize, usize)> = path.iter().rev().copied().collect();
    emit_case("path-reversed-max", MAX_N, &rev);
    let scrambled = relabel(&mut rng, MAX_N, &path);
    emit_case("path-scrambled-max", MAX_N, &scrambled);
    // A path plus chords, up to 5000 edges, with cycles.
    let mut chords = path.clone();
    let mut seen: HashSet<(usize, usize)> = chords.iter().copied().collect();
    while chords.len() < MAX_E {
        let a = rng.below(MAX_N);
        let b = rng.below(MAX_N);
        if a != b && seen.insert(edge(a, b)) {
            chords.push(edge(a, b));
        }
    }
    let chords = relabel(&mut rng, MAX_N, &chords);
    emit_case("path-with-chords-max", MAX_N, &chords);
    // A star centred on node 0 and one centred on the last node.
    let star: Vec<(usize, usize)> = (1..MAX_N).map(|i| (0, i)).collect();
    emit_case("star-first-max", MAX_N, &star);
    let star: Vec<(usize, usize)> = (0..MAX_N - 1).map(|i| (i, MAX_N - 1)).collect();
    emit_case("star-last-max", MAX_N, &star);
    // 1000 disjoint pairs.
    let pairs: Vec<(usize, usize)> = (0..MAX_N / 2).map(|i| (2 * i, 2 * i + 1)).collect();
    let pairs = relabel(&mut rng, MAX_N, &pairs);
    emit_case("pairs-max", MAX_N, &pairs);
    // A clique of 100 nodes (4950 edges) and 1900 isolated nodes.
    let mut clique = Vec::new();
    for a in 0..100 {
        for b in a + 1..100 {
            clique.push((a, b));
        }
    }
    emit_case("clique-and-isolated-max", MAX_N, &clique);
    let clique = relabel(&mut rng, MAX_N, &clique);
    emit_case("clique-scrambled-max", MAX_N, &clique);
    // Many small triangles (cycles everywhere): 666 triangles, 1998 edges.
    let mut tri = Vec::new();
    for t in 0..MAX_N / 3 {
        let (a, b, c) = (3 * t, 3 * t + 1, 3 * t + 2);
        tri.extend([(a, b), (b, c), (a, c)]);
    }
    let tri = relabel(&mut rng, MAX_N, &tri);
    emit_case("triangles-max", MAX_N, &tri);
    // 40 dense random clusters of 50 nodes, 125 edges each.
    let mut clusters = Vec::new();
    for c in 0..40 {
        let base = c * 50;
        for (a, b) in random_edges(&mut rng, 50, 125) {
            clusters.push((base + a, base + b));
        }
    }
    let clusters = relabel(&mut rng, MAX_N, &clusters);
    emit_case("clusters-max", MAX_N, &clusters);
}
