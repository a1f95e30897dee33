use judge_harness::r#gen::{Rng, Tree, emit, sized};

const MAX_NODES: usize = 100;
const MAX_VAL: i64 = 100;

fn val(rng: &mut Rng) -> i32 {
    rng.range(-MAX_VAL, MAX_VAL) as i32
}

/// `n` nodes, each attached to a free child slot. `recent` limits the choice
/// to the newest free slots: 0 means any slot (bushy, shallow trees), small
/// values grow long branches.
fn random_tree(rng: &mut Rng, n: usize, recent: usize) -> Tree {
    let mut t = Tree::new();
    if n == 0 {
        return t;
    }
    t.add(val(rng));
    let mut free = vec![(0, 0), (0, 1)];
    for _ in 1..n {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(val(rng));
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

/// A chain of `n` nodes; `side(i)` says whether node i hangs left (0) or right (1) of node i-1.
fn chain(rng: &mut Rng, n: usize, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    let mut prev = t.add(val(rng));
    for i in 1..n {
        let cur = t.add(val(rng));
        t.kids[prev][side(i)] = Some(cur);
        prev = cur;
    }
    t
}

/// A complete tree of `n` nodes (level order without gaps).
fn complete(rng: &mut Rng, n: usize) -> Tree {
    let mut t = Tree::new();
    for i in 0..n {
        t.add(val(rng));
        if i > 0 {
            t.kids[(i - 1) / 2][(i - 1) % 2] = Some(i);
        }
    }
    t
}

fn put(name: &str, t: &Tree) {
    assert!(t.vals.len() <= MAX_NODES, "{name}: too many nodes");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{}]", t.encode()));
}

/// A random valid tree of `n` nodes (1 <= n <= 100), of a random kind:
/// bushy, or with long branches (the newest free slots only).
fn random(rng: &mut Rng, n: usize) -> String {
    let recent = *rng.pick(&[0, 2, 3, 6]);
    format!("[{}]", random_tree(rng, n, recent).encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(226);

    // Small random trees of every shape.
    for i in 0..30 {
        let n = rng.below(16);
        let recent = [0, 2, 3, 6][i % 4];
        put(&format!("small-random-{i}"), &random_tree(&mut rng, n, recent));
    }

    // Full-size trees (100 nodes) of several shapes.
    for i in 0..4 {
        put(&format!("max-bushy-{i}"), &random_tree(&mut rng, MAX_NODES, 0));
        put(&format!("max-long-branches-{i}"), &random_tree(&mut rng, MAX_NODES, 3));
    }
    put("max-complete", &complete(&mut rng, MAX_NODES));
    put("complete-63", &complete(&mut rng, 63));
    put("max-left-skewed", &chain(&mut rng, MAX_NODES, &|_| 0));
    put("max-right-skewed", &chain(&mut rng, MAX_NODES, &|_| 1));
    put("max-zigzag", &chain(&mut rng, MAX_NODES, &|i| i % 2));
}
