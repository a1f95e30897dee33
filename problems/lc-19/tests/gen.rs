use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_SZ: usize = 30;

fn put(name: &str, vals: &[i64], n: usize) {
    assert!((1..=MAX_SZ).contains(&vals.len()), "{name}: size");
    assert!((1..=vals.len()).contains(&n), "{name}: n");
    assert!(vals.iter().all(|v| (0..=100).contains(v)), "{name}: value");
    emit(name, &format!("[{},{}]", list(vals), n));
}

/// A random valid input of a list of `sz` nodes (1 <= sz <= 30), values from
/// a range that grows with sz, and a random n in 1..=sz.
fn random(rng: &mut Rng, sz: usize) -> String {
    let top = (2 * sz as i64 + 3).min(100);
    let vals: Vec<i64> = (0..sz).map(|_| rng.range(0, top)).collect();
    let n = 1 + rng.below(sz);
    format!("[{},{}]", list(&vals), n)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(19);

    // Every n for every length up to 8, with distinct values so a wrong
    // position shows.
    for len in 1..=8usize {
        let vals: Vec<i64> = (1..=len as i64).collect();
        for n in 1..=len {
            put(&format!("len-{len}-n-{n}"), &vals, n);
        }
    }

    // The longest list, removing the head, the last node, the middle and
    // random positions.
    let vals: Vec<i64> = (0..MAX_SZ).map(|_| rng.range(0, 100)).collect();
    for n in [1, 2, 15, 29, 30] {
        put(&format!("max-n-{n}"), &vals, n);
    }
    for i in 0..10 {
        let len = 1 + rng.below(MAX_SZ);
        let vals: Vec<i64> = (0..len).map(|_| rng.range(0, 100)).collect();
        let n = 1 + rng.below(len);
        put(&format!("random-{i}"), &vals, n);
    }
    put("max-all-zero", &vec![0; MAX_SZ], 30);
    put("max-all-100", &vec![100; MAX_SZ], 7);
}
