use judge_harness::r#gen::{emit, Rng, Tree, sized};

const MAX_NODES: usize = 10_000;
const MAX_VAL: i64 = 100;

fn val(rng: &mut Rng) -> i32 {
    rng.range(-MAX_VAL, MAX_VAL) as i32
}

/// `n` nodes, each attached to a free child slot. `recent` limits the choice
/// to the newest free slots: 0 means any slot (bushy, shallow trees), small
/// values grow long branches.
fn random_tree(rng: &mut Rng, n: usize, recent: usize) -> Tree {
    let mut t = Tree::new();
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

/// Hangs a chain of `len` new nodes below `from`; `side(i)` says whether the
/// i-th node of the chain goes left (0) or right (1) of the one before.
/// Returns the last node.
fn grow(rng: &mut Rng, t: &mut Tree, from: usize, len: usize, side: &dyn Fn(usize) -> usize) -> usize {
    let mut prev = from;
    for i in 0..len {
        let cur = t.add(val(rng));
        t.kids[prev][side(i)] = Some(cur);
        prev = cur;
    }
    prev
}

/// A chain of `n` nodes.
fn chain(rng: &mut Rng, n: usize, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    let root = t.add(val(rng));
    grow(rng, &mut t, root, n - 1, side);
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

/// A long spine with a leaf hanging off every spine node on a random side;
/// the spine itself turns at random.
fn caterpillar(rng: &mut Rng, n: usize) -> Tree {
    let mut t = Tree::new();
    let mut spine = t.add(val(rng));
    while t.vals.len() + 2 <= n {
        let side = rng.below(2);
        let next = t.add(val(rng));
        let leaf = t.add(val(rng));
        t.kids[spine][side] = Some(next);
        t.kids[spine][1 - side] = Some(leaf);
        spine = next;
    }
    t
}

/// A handle of `stem` nodes going down from the root, then two long arms:
/// the longest path turns at the bottom of the handle, far from the root.
fn broom(rng: &mut Rng, n: usize, stem: usize) -> Tree {
    let mut t = Tree::new();
    let root = t.add(val(rng));
    let fork = grow(rng, &mut t, root, stem - 1, &|_| 0);
    let rest = n - stem;
    let left = t.add(val(rng));
    t.kids[fork][0] = Some(left);
    grow(rng, &mut t, left, rest / 2 - 1, &|i| i % 2);
    let right = t.add(val(rng));
    t.kids[fork][1] = Some(right);
    grow(rng, &mut t, right, rest - rest / 2 - 1, &|_| 1);
    t
}

fn put(name: &str, t: &Tree) {
    assert!((1..=MAX_NODES).contains(&t.vals.len()), "{name}: node count");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{}]", t.encode()));
}

/// A random valid tree of n nodes (1 <= n <= 10^4), bushy or with long
/// branches.
fn random(rng: &mut Rng, n: usize) -> String {
    let recent = *rng.pick(&[0, 2, 3, 6, 50]);
    format!("[{}]", random_tree(rng, n, recent).encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(543);

    // Small random trees for the brute-force cross-check.
    for i in 0..32 {
        let n = 1 + rng.below(20);
        let recent = [0, 2, 3, 6][i % 4];
        put(&format!("small-random-{i}"), &random_tree(&mut rng, n, recent));
    }
    for i in 0..4 {
        let stem = 1 + rng.below(5);
        let n = stem + 2 + rng.below(12);
        put(&format!("small-broom-{i}"), &broom(&mut rng, n, stem));
    }
    // Medium trees: the brute force still finishes these.
    put("medium-long-branches", &random_tree(&mut rng, 300, 3));
    put("medium-broom", &broom(&mut rng, 300, 40));

    // Full-size trees of several shapes.
    put("max-bushy", &random_tree(&mut rng, MAX_NODES, 0));
    put("max-long-branches", &random_tree(&mut rng, MAX_NODES, 3));
    put("max-random-turns-chain", &random_tree(&mut rng, MAX_NODES, 2));
    put("max-medium-depth", &random_tree(&mut rng, MAX_NODES, 50));
    put("max-complete", &complete(&mut rng, MAX_NODES));
    put("max-left-skewed", &chain(&mut rng, MAX_NODES, &|_| 0));
    put("max-right-skewed", &chain(&mut rng, MAX_NODES, &|_| 1));
    put("max-zigzag", &chain(&mut rng, MAX_NODES, &|i| i % 2));
    put("max-caterpillar", &caterpillar(&mut rng, MAX_NODES));
    put("max-broom-short-handle", &broom(&mut rng, MAX_NODES, 100));
    put("max-broom-long-handle", &broom(&mut rng, MAX_NODES, 6000));
}
