use judge_harness::r#gen::{Rng, Tree, emit, sized};

const MAX_NODES: usize = 100;
const MAX_VAL: i64 = 10_000;

fn random_tree(rng: &mut Rng, n: usize, recent: usize, span: i64) -> Tree {
    let mut t = Tree::new();
    if n == 0 {
        return t;
    }
    t.add(rng.range(-span, span) as i32);
    let mut free = vec![(0, 0), (0, 1)];
    for _ in 1..n {
        let lo = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = lo + rng.below(free.len() - lo);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(rng.range(-span, span) as i32);
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

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

/// Ways of turning a tree into a slightly different one.
fn change_value(rng: &mut Rng, t: &Tree) -> Tree {
    let mut t = t.clone();
    let i = rng.below(t.vals.len());
    t.vals[i] = if t.vals[i] == MAX_VAL as i32 { t.vals[i] - 1 } else { t.vals[i] + 1 };
    t
}

/// Moves one leaf to its parent's other (empty) slot, or drops it if the
/// other slot is taken; the values in pre-order stay the same when moved.
fn move_leaf(rng: &mut Rng, t: &Tree) -> Tree {
    let mut t = t.clone();
    let parents: Vec<(usize, usize)> = (0..t.vals.len())
        .flat_map(|p| (0..2).map(move |s| (p, s)))
        .filter(|&(p, s)| t.kids[p][s].is_some_and(|c| t.kids[c] == [None, None]))
        .collect();
    let &(p, s) = rng.pick(&parents);
    let leaf = t.kids[p][s].take();
    if t.kids[p][1 - s].is_none() {
        t.kids[p][1 - s] = leaf;
    }
    t
}

fn add_leaf(rng: &mut Rng, t: &Tree) -> Tree {
    let mut t = t.clone();
    let slots: Vec<(usize, usize)> = (0..t.vals.len())
        .flat_map(|p| (0..2).map(move |s| (p, s)))
        .filter(|&(p, s)| t.kids[p][s].is_none())
        .collect();
    let &(p, s) = rng.pick(&slots);
    let leaf = t.add(rng.range(-MAX_VAL, MAX_VAL) as i32);
    t.kids[p][s] = Some(leaf);
    t
}

fn mirror(t: &Tree) -> Tree {
    let mut t = t.clone();
    for k in &mut t.kids {
        k.swap(0, 1);
    }
    t
}

fn put(name: &str, p: &Tree, q: &Tree) {
    for t in [p, q] {
        assert!(t.vals.len() <= MAX_NODES, "{name}: too many nodes");
        assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    }
    emit(name, &format!("[{},{}]", p.encode(), q.encode()));
}

/// Moves one leaf to its parent's other, empty slot (the same values in
/// pre-order, another shape); None if no leaf has an empty sibling slot.
fn shift_leaf(rng: &mut Rng, t: &Tree) -> Option<Tree> {
    let mut t = t.clone();
    let spots: Vec<(usize, usize)> = (0..t.vals.len())
        .flat_map(|p| (0..2).map(move |s| (p, s)))
        .filter(|&(p, s)| {
            t.kids[p][s].is_some_and(|c| t.kids[c] == [None, None]) && t.kids[p][1 - s].is_none()
        })
        .collect();
    if spots.is_empty() {
        return None;
    }
    let &(p, s) = rng.pick(&spots);
    t.kids[p][1 - s] = t.kids[p][s].take();
    Some(t)
}

/// A random valid input whose smaller tree has `n` nodes (1 <= n <= 100),
/// values from a range that grows with n (up to -10^4..=10^4): the pair is
/// the same tree twice, or one value changed, a leaf moved to the other
/// side, the mirror image, a leaf added to the second (n < 100), or an
/// unrelated tree of the same size; in either order.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = rng.range(1, (2 * n as i64 + 3).min(MAX_VAL));
    let recent = *rng.pick(&[0, 2, 3]);
    let t = random_tree(rng, n, recent, span);
    let u = match rng.below(7) {
        0 | 1 => t.clone(),
        2 => change_value(rng, &t),
        3 => shift_leaf(rng, &t).unwrap_or_else(|| change_value(rng, &t)),
        4 => mirror(&t),
        5 if n < MAX_NODES => add_leaf(rng, &t),
        _ => {
            let recent = *rng.pick(&[0, 2, 3]);
            random_tree(rng, n, recent, span)
        }
    };
    if rng.chance(0.5) {
        format!("[{},{}]", t.encode(), u.encode())
    } else {
        format!("[{},{}]", u.encode(), t.encode())
    }
}

fn main() {
    sized(random);
    let mut rng = Rng::new(100);

    // Small pairs: equal copies, near misses of every kind, unrelated trees.
    for i in 0..40 {
        let n = 1 + rng.below(12);
        let span = if i % 3 == 0 { 2 } else { MAX_VAL };
        let t = random_tree(&mut rng, n, [0, 2, 3][i % 3], span);
        let u = match i % 6 {
            0 | 1 => t.clone(),
            2 => change_value(&mut rng, &t),
            3 if n >= 2 => move_leaf(&mut rng, &t),
            4 => mirror(&t),
            _ => add_leaf(&mut rng, &t),
        };
        if i % 2 == 0 {
            put(&format!("small-pair-{i}"), &t, &u);
        } else {
            put(&format!("small-pair-{i}"), &u, &t);
        }
    }
    for i in 0..6 {
        let (na, nb) = (rng.below(6), rng.below(6));
        let a = random_tree(&mut rng, na, 0, 1);
        let b = random_tree(&mut rng, nb, 0, 1);
        put(&format!("small-unrelated-{i}"), &a, &b);
    }

    // Full-size trees of 100 nodes: equal, and differing in one spot.
    let shapes = [
        ("bushy", random_tree(&mut rng, MAX_NODES, 0, MAX_VAL)),
        ("long-branches", random_tree(&mut rng, MAX_NODES, 3, MAX_VAL)),
        ("few-values", random_tree(&mut rng, MAX_NODES, 2, 1)),
        ("left-skewed", chain(&mut rng, MAX_NODES, &|_| 0)),
        ("right-skewed", chain(&mut rng, MAX_NODES, &|_| 1)),
        ("zigzag", chain(&mut rng, MAX_NODES, &|i| i % 2)),
    ];
    for (name, t) in &shapes {
        put(&format!("max-{name}-equal"), t, t);
        put(&format!("max-{name}-one-value-differs"), t, &change_value(&mut rng, t));
        put(&format!("max-{name}-leaf-moved"), &move_leaf(&mut rng, t), t);
    }
    put("max-bushy-mirrored", &shapes[0].1, &mirror(&shapes[0].1));
}
