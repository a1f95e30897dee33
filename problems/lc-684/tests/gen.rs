use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_N: usize = 1000;

/// The case: edges as [a, b] with a < b, nodes 1..=n, n == edges.len(),
/// a tree plus one extra edge (checked).
fn args(edges: &[(usize, usize)]) -> String {
    let n = edges.len();
    assert!((3..=MAX_N).contains(&n));
    let mut seen = HashSet::new();
    let mut parent: Vec<usize> = (0..=n).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        if p[x] != x {
            let r = find(p, p[x]);
            p[x] = r;
        }
        p[x]
    }
    let mut merges = 0;
    for &(a, b) in edges {
        assert!(1 <= a && a < b && b <= n, "bad edge [{a},{b}]");
        assert!(seen.insert((a, b)), "repeated edge [{a},{b}]");
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra] = rb;
            merges += 1;
        }
    }
    assert_eq!(merges, n - 1, "not connected");
    let parts: Vec<String> = edges.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
    format!("[[{}]]", parts.join(","))
}

fn e(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// A random labelling of 1..=n.
fn labels(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (1..=n).collect();
    rng.shuffle(&mut v);
    v
}

/// A random tree on the nodes `1..=n` (under a random labelling) plus one
/// random edge that is not yet there, in random order.
fn random_graph(rng: &mut Rng, n: usize) -> Vec<(usize, usize)> {
    let lab = labels(rng, n);
    let mut seen = HashSet::new();
    let mut edges = Vec::with_capacity(n);
    for i in 1..n {
        // Sometimes deep (near the previous node), sometimes bushy.
        let p = if rng.chance(0.5) { i - 1 - rng.below(i.min(3)) } else { rng.below(i) };
        let ed = e(lab[p], lab[i]);
        seen.insert(ed);
        edges.push(ed);
    }
    loop {
        let (a, b) = (1 + rng.below(n), 1 + rng.below(n));
        if a != b && seen.insert(e(a, b)) {
            edges.push(e(a, b));
            break;
        }
    }
    rng.shuffle(&mut edges);
    edges
}

/// A random valid input with n nodes and n edges (3 <= n <= 1000).
fn random(rng: &mut Rng, n: usize) -> String {
    args(&random_graph(rng, n))
}

/// A cycle through the nodes `cyc` and a random tree hanging off it on the
/// remaining nodes of 1..=n: returns (cycle edges in cycle order, tree edges).
fn cycle_with_trees(rng: &mut Rng, n: usize, len: usize) -> (Vec<(usize, usize)>, Vec<(usize, usize)>) {
    let lab = labels(rng, n);
    let cycle: Vec<(usize, usize)> = (0..len).map(|i| e(lab[i], lab[(i + 1) % len])).collect();
    let tree: Vec<(usize, usize)> = (len..n).map(|i| e(lab[rng.below(i)], lab[i])).collect();
    (cycle, tree)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(684);

    // Small random cases for the brute force.
    for i in 0..36 {
        let n = 3 + rng.below(8);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    let n = MAX_N;
    for k in 0..3 {
        emit(&format!("max-random-{k}"), &random(&mut rng, n));
    }
    // A triangle listed first, then a tree: the answer is near the front
    // (every "remove an edge and check" loop from the end runs ~n times).
    let (cycle, tree) = cycle_with_trees(&mut rng, n, 3);
    let mut edges = cycle.clone();
    let mut rest = tree.clone();
    rng.shuffle(&mut rest);
    edges.extend(rest);
    emit("max-triangle-first", &args(&edges));
    // The same triangle, listed last.
    let mut edges = tree.clone();
    rng.shuffle(&mut edges);
    edges.extend(cycle);
    emit("max-triangle-last", &args(&edges));
    // One cycle through all nodes: the path 1-2-...-n plus [1, n], in order.
    let mut edges: Vec<(usize, usize)> = (1..n).map(|i| (i, i + 1)).collect();
    edges.push((1, n));
    emit("max-ring-in-order", &args(&edges));
    // The chord [1, n] first, then the path: the answer is the path's last edge.
    let mut edges = vec![(1, n)];
    edges.extend((1..n).map(|i| (i, i + 1)));
    emit("max-ring-chord-first", &args(&edges));
    // The path listed from the far end, closed by [1, 2] at the very end
    // of the list (a long deep chain before the check).
    let mut edges: Vec<(usize, usize)> = (2..n).rev().map(|i| (i, i + 1)).collect();
    edges.push((1, n));
    edges.push((1, 2));
    emit("max-ring-reverse", &args(&edges));
    // A long random cycle with trees, in random order.
    let (cycle, tree) = cycle_with_trees(&mut rng, n, 500);
    let mut edges = cycle;
    edges.extend(tree);
    rng.shuffle(&mut edges);
    emit("max-half-cycle-shuffled", &args(&edges));
    // A star around node n plus one chord between two leaves.
    let mut edges: Vec<(usize, usize)> = (1..n).map(|i| (i, n)).collect();
    edges.insert(n / 2, (1, 2));
    emit("max-star-chord", &args(&edges));
    // A caterpillar: a spine of half the nodes, leaves on it, and the
    // closing edge between the two spine ends in the middle of the list.
    let lab = labels(&mut rng, n);
    let mut edges: Vec<(usize, usize)> = (1..n / 2).map(|i| e(lab[i - 1], lab[i])).collect();
    for i in n / 2..n {
        edges.push(e(lab[rng.below(n / 2)], lab[i]));
    }
    edges.insert(rng.below(edges.len()), e(lab[0], lab[n / 2 - 1]));
    emit("max-caterpillar", &args(&edges));
    // The smallest graph: a triangle.
    emit("min-triangle", &args(&[(1, 2), (2, 3), (1, 3)]));
}
