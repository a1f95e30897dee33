use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_TOTAL: usize = 10_000;
const MAX_K: usize = 10_000;
const MAX_LEN: usize = 500;
const MAX_VAL: i64 = 10_000;

/// The argument `[[...],[...],...]` for a vector of lists.
fn lists_arg(lists: &[Vec<i64>]) -> String {
    let parts: Vec<String> = lists.iter().map(|l| list(l)).collect();
    format!("[[{}]]", parts.join(","))
}

/// A sorted list of `len` values drawn from `lo..=hi`.
fn sorted(rng: &mut Rng, len: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut v: Vec<i64> = (0..len).map(|_| rng.range(lo, hi)).collect();
    v.sort();
    v
}

fn check(name: &str, lists: &[Vec<i64>]) {
    let total: usize = lists.iter().map(Vec::len).sum();
    assert!(lists.len() <= MAX_K, "{name}: k too large");
    assert!(total <= MAX_TOTAL, "{name}: too many nodes");
    for l in lists {
        assert!(l.len() <= MAX_LEN, "{name}: list too long");
        assert!(l.windows(2).all(|w| w[0] <= w[1]), "{name}: list not sorted");
        assert!(l.iter().all(|x| x.abs() <= MAX_VAL), "{name}: value out of range");
    }
}

fn put(name: &str, lists: &[Vec<i64>]) {
    check(name, lists);
    emit(name, &lists_arg(lists));
}

/// A random valid input of `n` nodes in all (1 <= n <= 10^4): k lists (at
/// least enough to keep every list at most 500 long, at most 10^4, and
/// some empty lists now and then), the nodes dealt to random lists, sorted
/// values from a range that grows with n, so small inputs tie.
fn random(rng: &mut Rng, n: usize) -> String {
    let k_min = n.div_ceil(MAX_LEN).max(1);
    let k_max = n.clamp(k_min, MAX_K);
    // k spread over its range on a log scale: few long lists as often as
    // many short ones.
    let k = if rng.chance(0.5) {
        rng.range(k_min as i64, k_max as i64) as usize
    } else {
        let t = rng.range(0, 1000) as f64 / 1000.0;
        ((k_min as f64) * (k_max as f64 / k_min as f64).powf(t)).round() as usize
    }
    .clamp(k_min, k_max);
    let empty = if rng.chance(0.3) { rng.below(4) } else { 0 };
    let k = (k + empty).min(MAX_K);
    let mut lens = vec![0usize; k];
    for _ in 0..n {
        let mut i = rng.below(k);
        while lens[i] == MAX_LEN {
            i = (i + 1) % k;
        }
        lens[i] += 1;
    }
    let spread = (2 * n as i64 + 3).min(MAX_VAL);
    let lists: Vec<Vec<i64>> = lens.iter().map(|&len| sorted(rng, len, -spread, spread)).collect();
    check("random", &lists);
    assert_eq!(lists.iter().map(Vec::len).sum::<usize>(), n);
    lists_arg(&lists)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(23);

    // Small random cases for the brute-force cross-check; narrow value
    // ranges give many duplicates, and k = 0 or empty lists show up often.
    for i in 0..36 {
        let k = rng.below(7);
        let spread = if i % 3 == 0 { MAX_VAL } else { 4 };
        let lists: Vec<Vec<i64>> = (0..k)
            .map(|_| {
                let len = rng.below(6);
                sorted(&mut rng, len, -spread, spread)
            })
            .collect();
        put(&format!("small-random-{i}"), &lists);
    }

    // The most lists allowed, one node each (odd k = 9999 as well).
    for (name, k) in [("max-k-single-nodes", MAX_K), ("odd-k-single-nodes", MAX_K - 1)] {
        let lists: Vec<Vec<i64>> = (0..k).map(|_| vec![rng.range(-MAX_VAL, MAX_VAL)]).collect();
        put(name, &lists);
    }

    // Ten thousand lists, all empty.
    put("max-k-all-empty", &vec![Vec::new(); MAX_K]);

    // Ten thousand lists, only twenty of them non-empty (500 nodes each).
    {
        let mut lists = vec![Vec::new(); MAX_K];
        for _ in 0..20 {
            let slot = loop {
                let s = rng.below(MAX_K);
                if lists[s].is_empty() {
                    break s;
                }
            };
            lists[slot] = sorted(&mut rng, MAX_LEN, -MAX_VAL, MAX_VAL);
        }
        put("max-k-mostly-empty", &lists);
    }

    // Twenty full-length lists over the whole value range.
    for i in 0..2 {
        let lists: Vec<Vec<i64>> = (0..20).map(|_| sorted(&mut rng, MAX_LEN, -MAX_VAL, MAX_VAL)).collect();
        put(&format!("twenty-full-lists-{i}"), &lists);
    }

    // Random lengths up to 500, filling the 10^4 total exactly; odd k.
    {
        let mut lists = Vec::new();
        let mut left = MAX_TOTAL;
        while left > 0 {
            let len = rng.below(MAX_LEN + 1).min(left);
            left -= len;
            lists.push(sorted(&mut rng, len, -MAX_VAL, MAX_VAL));
        }
        if lists.len() % 2 == 0 {
            lists.push(Vec::new());
        }
        put("random-lengths-full-total", &lists);
    }

    // A hundred lists of a hundred nodes, values only -2..2 (many ties).
    {
        let lists: Vec<Vec<i64>> = (0..100).map(|_| sorted(&mut rng, 100, -2, 2)).collect();
        put("many-ties", &lists);
    }

    // Twenty lists of 500 equal values.
    put("all-equal-max-values", &vec![vec![MAX_VAL; MAX_LEN]; 20]);

    // Interleaved: list i holds i, i+20, i+40, ... so the heads alternate.
    {
        let lists: Vec<Vec<i64>> = (0..20)
            .map(|i| (0..MAX_LEN as i64).map(|j| -MAX_VAL + i + 20 * j).collect())
            .collect();
        put("interleaved", &lists);
    }

    // Blocks: each list's values lie above the next one's (descending heads).
    {
        let lists: Vec<Vec<i64>> = (0..21)
            .map(|i| {
                let base = MAX_VAL - 950 * (i + 1);
                sorted(&mut rng, 476, base, base + 949)
            })
            .collect();
        put("descending-blocks", &lists);
    }

    // Only the extreme values -10^4 and 10^4.
    {
        let lists: Vec<Vec<i64>> = (0..25)
            .map(|_| {
                let low = rng.below(401);
                let mut l = vec![-MAX_VAL; low];
                l.resize(400, MAX_VAL);
                l
            })
            .collect();
        put("extremes-only", &lists);
    }

    // One list of 500 nodes and nothing else.
    put("single-full-list", &[sorted(&mut rng, MAX_LEN, -MAX_VAL, MAX_VAL)]);
}
