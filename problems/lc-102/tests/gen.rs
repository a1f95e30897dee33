use judge_harness::r#gen::{Rng, Tree, emit, sized};

const MAX_NODES: usize = 2000;
const MAX_VAL: i64 = 1000;

/// `n` nodes attached one by one to a free child slot. `recent` limits the
/// choice to the newest free slots: 0 means any slot (bushy, shallow trees),
/// small values grow long branches.
fn random_tree(rng: &mut Rng, n: usize, recent: usize, vals: &mut dyn FnMut(&mut Rng) -> i32) -> Tree {
    let mut t = Tree::new();
    if n == 0 {
        return t;
    }
    let v = vals(rng);
    t.add(v);
    let mut free = vec![(0, 0), (0, 1)];
    for _ in 1..n {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        let v = vals(rng);
        let child = t.add(v);
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

/// A chain of `n` nodes; `side(i)` says whether node i+1 hangs left (0) or right (1).
fn chain(rng: &mut Rng, n: usize, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    let mut prev = t.add(rng.range(-MAX_VAL, MAX_VAL) as i32);
    for i in 1..n {
        let cur = t.add(rng.range(-MAX_VAL, MAX_VAL) as i32);
        t.kids[prev][side(i)] = Some(cur);
        prev = cur;
    }
    t
}

fn put(name: &str, t: &Tree) {
    assert!(t.vals.len() <= MAX_NODES, "{name}: too many nodes");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{}]", t.encode()));
}

/// A random valid input of `n` nodes (1 <= n <= 2000): a random shape
/// (bushy, long branches, deep) or now and then a chain, values from a
/// range that grows with n (up to -1000..=1000).
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_VAL);
    let t = if rng.chance(0.1) {
        let turns: Vec<usize> = (0..n).map(|_| rng.below(2)).collect();
        let mut t = chain(rng, n, &|i| turns[i]);
        for v in &mut t.vals {
            *v = rng.range(-span, span) as i32;
        }
        t
    } else {
        let recent = *rng.pick(&[0, 2, 3, 40]);
        random_tree(rng, n, recent, &mut |rng: &mut Rng| rng.range(-span, span) as i32)
    };
    format!("[{}]", t.encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(102);
    let mut any = |rng: &mut Rng| rng.range(-MAX_VAL, MAX_VAL) as i32;
    let mut small = |rng: &mut Rng| rng.range(-3, 3) as i32;

    // Small random trees for the brute-force cross-check.
    for i in 0..32 {
        let n = rng.below(13);
        let recent = [0, 2, 3][i % 3];
        let t = if i % 2 == 0 {
            random_tree(&mut rng, n, recent, &mut any)
        } else {
            random_tree(&mut rng, n, recent, &mut small)
        };
        put(&format!("small-random-{i}"), &t);
    }

    // Full-size trees of several shapes.
    put("bushy-max", &random_tree(&mut rng, MAX_NODES, 0, &mut any));
    put("long-branches-max", &random_tree(&mut rng, MAX_NODES, 3, &mut any));
    put("random-turns-chain-max", &random_tree(&mut rng, MAX_NODES, 2, &mut any));
    put("medium-depth-max", &random_tree(&mut rng, MAX_NODES, 40, &mut any));
    put("left-skewed-max", &chain(&mut rng, MAX_NODES, &|_| 0));
    put("right-skewed-max", &chain(&mut rng, MAX_NODES, &|_| 1));
    put("zigzag-max", &chain(&mut rng, MAX_NODES, &|i| i % 2));

    // A complete tree: level order without any null.
    {
        let mut t = Tree::new();
        for i in 0..MAX_NODES {
            t.add(any(&mut rng));
            if i > 0 {
                t.kids[(i - 1) / 2][(i - 1) % 2] = Some(i);
            }
        }
        put("complete-max", &t);
    }

    // All values equal, and only the extreme values.
    put("all-equal-max", &random_tree(&mut rng, MAX_NODES, 0, &mut |_| 7));
    let mut extreme = |rng: &mut Rng| if rng.chance(0.5) { -1000 } else { 1000 };
    put("extremes-max", &random_tree(&mut rng, MAX_NODES, 4, &mut extreme));
}
