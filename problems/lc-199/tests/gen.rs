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

/// Hangs a chain of `len` new nodes below `from` on the given sides.
fn grow(rng: &mut Rng, t: &mut Tree, from: usize, len: usize, side: &dyn Fn(usize) -> usize) {
    let mut prev = from;
    for i in 0..len {
        let cur = t.add(val(rng));
        t.kids[prev][side(i)] = Some(cur);
        prev = cur;
    }
}

fn chain(rng: &mut Rng, n: usize, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    let root = t.add(val(rng));
    grow(rng, &mut t, root, n - 1, side);
    t
}

/// A root with a short right arm and a long left arm that zigzags, so the
/// view runs down the right arm and then switches to the left one.
fn left_heavy(rng: &mut Rng, n: usize, right_len: usize) -> Tree {
    let mut t = Tree::new();
    let root = t.add(val(rng));
    let right = t.add(val(rng));
    t.kids[root][1] = Some(right);
    grow(rng, &mut t, right, right_len - 1, &|i| i % 2);
    let left = t.add(val(rng));
    t.kids[root][0] = Some(left);
    let rest = n - t.vals.len();
    grow(rng, &mut t, left, rest, &|i| (i / 3) % 2);
    t
}

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
    let mut rng = Rng::new(199);

    for i in 0..30 {
        let n = rng.below(16);
        let recent = [0, 2, 3, 6][i % 4];
        put(&format!("small-random-{i}"), &random_tree(&mut rng, n, recent));
    }
    for i in 0..4 {
        let right_len = 1 + rng.below(4);
        let n = right_len + 2 + rng.below(10);
        put(&format!("small-left-heavy-{i}"), &left_heavy(&mut rng, n, right_len));
    }

    for i in 0..3 {
        put(&format!("max-bushy-{i}"), &random_tree(&mut rng, MAX_NODES, 0));
        put(&format!("max-long-branches-{i}"), &random_tree(&mut rng, MAX_NODES, 3));
    }
    put("max-complete", &complete(&mut rng, MAX_NODES));
    put("max-left-skewed", &chain(&mut rng, MAX_NODES, &|_| 0));
    put("max-right-skewed", &chain(&mut rng, MAX_NODES, &|_| 1));
    put("max-zigzag", &chain(&mut rng, MAX_NODES, &|i| i % 2));
    put("max-left-heavy", &left_heavy(&mut rng, MAX_NODES, 10));
}
