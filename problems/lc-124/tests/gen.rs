use judge_harness::r#gen::{Rng, Tree, emit, sized};

const MAX_NODES: usize = 30_000;
const MAX_VAL: i64 = 1000;

/// `n` nodes with values in lo..=hi, each attached to a free child slot;
/// `recent` limits the choice to the newest slots (0: bushy, small: long
/// branches).
fn random_tree(rng: &mut Rng, n: usize, recent: usize, lo: i64, hi: i64) -> Tree {
    let mut t = Tree::new();
    t.add(rng.range(lo, hi) as i32);
    let mut free = vec![(0, 0), (0, 1)];
    for _ in 1..n {
        let l = if recent == 0 { 0 } else { free.len().saturating_sub(recent) };
        let pick = l + rng.below(free.len() - l);
        let (parent, side) = free.swap_remove(pick);
        let child = t.add(rng.range(lo, hi) as i32);
        t.kids[parent][side] = Some(child);
        free.push((child, 0));
        free.push((child, 1));
    }
    t
}

fn chain(rng: &mut Rng, n: usize, lo: i64, hi: i64, side: &dyn Fn(usize) -> usize) -> Tree {
    let mut t = Tree::new();
    t.add(rng.range(lo, hi) as i32);
    for i in 1..n {
        t.add(rng.range(lo, hi) as i32);
        t.kids[i - 1][side(i)] = Some(i);
    }
    t
}

fn complete(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Tree {
    let mut t = Tree::new();
    for i in 0..n {
        t.add(rng.range(lo, hi) as i32);
        if i > 0 {
            t.kids[(i - 1) / 2][(i - 1) % 2] = Some(i);
        }
    }
    t
}

/// A long left arm and a long right arm below a very negative root: the best
/// path crosses the root only if the arms are worth it.
fn two_arms(rng: &mut Rng, n: usize, root_val: i32) -> Tree {
    let mut t = Tree::new();
    t.add(root_val);
    let half = (n - 1) / 2;
    for (side, len) in [(0, half), (1, n - 1 - half)] {
        let mut prev = 0;
        for i in 0..len {
            let cur = t.add(rng.range(-MAX_VAL / 2, MAX_VAL) as i32);
            t.kids[prev][if i == 0 { side } else { rng.below(2) }] = Some(cur);
            prev = cur;
        }
    }
    t
}

fn put(name: &str, t: &Tree) {
    assert!((1..=MAX_NODES).contains(&t.vals.len()), "{name}: node count");
    assert!(t.vals.iter().all(|&v| (v as i64).abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{}]", t.encode()));
}

/// A random valid tree of `n` nodes (1 <= n <= 3 * 10^4): bushy, with long
/// branches or in between, with values whose range grows with n (and all
/// negative one time in five).
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_VAL);
    let (lo, hi) = if rng.chance(0.2) { (-span, -1) } else { (-span, span) };
    let recent = *rng.pick(&[0, 2, 3, 50]);
    let t = random_tree(rng, n, recent, lo, hi);
    format!("[{}]", t.encode())
}

fn main() {
    sized(random);
    let mut rng = Rng::new(124);

    // Small trees for the brute-force cross-check, with mostly negative,
    // mixed, and all-negative values.
    for i in 0..40 {
        let n = 1 + rng.below(20);
        let (lo, hi) = [(-MAX_VAL, MAX_VAL), (-10, 5), (-MAX_VAL, -1), (-3, 3)][i % 4];
        put(&format!("small-random-{i}"), &random_tree(&mut rng, n, [0, 2, 3][i % 3], lo, hi));
    }
    for i in 0..4 {
        let n = 3 + rng.below(14);
        put(&format!("small-two-arms-{i}"), &two_arms(&mut rng, n, -(MAX_VAL as i32)));
    }

    let n = MAX_NODES;
    let (lo, hi) = (-MAX_VAL, MAX_VAL);
    put("max-bushy", &random_tree(&mut rng, n, 0, lo, hi));
    put("max-long-branches", &random_tree(&mut rng, n, 3, lo, hi));
    put("max-medium-depth", &random_tree(&mut rng, n, 50, lo, hi));
    put("max-complete", &complete(&mut rng, n, lo, hi));
    put("max-all-negative", &random_tree(&mut rng, n, 3, -MAX_VAL, -1));
    put("max-all-positive", &random_tree(&mut rng, n, 2, 1, MAX_VAL));
    put("max-all-1000", &complete(&mut rng, n, MAX_VAL, MAX_VAL));
    put("max-all-minus-1000", &complete(&mut rng, n, -MAX_VAL, -MAX_VAL));
    put("max-left-chain", &chain(&mut rng, n, lo, hi, &|_| 0));
    put("max-right-chain", &chain(&mut rng, n, lo, hi, &|_| 1));
    put("max-zigzag-chain", &chain(&mut rng, n, -MAX_VAL / 2, MAX_VAL, &|i| i % 2));
    put("max-chain-all-1000", &chain(&mut rng, n, MAX_VAL, MAX_VAL, &|_| 1));
    put("max-two-arms", &two_arms(&mut rng, n, -(MAX_VAL as i32)));
}
