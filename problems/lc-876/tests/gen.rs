use judge_harness::r#gen::{emit, list, Rng, sized};

/// A random valid list of n nodes (1 <= n <= 100), values in 1..=2n+3
/// (capped at 100).
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (2 * n as i64 + 3).min(100);
    let vals: Vec<i64> = (0..n).map(|_| rng.range(1, top)).collect();
    format!("[{}]", list(&vals))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(876);

    // Every length from 1 to 30, random values.
    for len in 1..=30 {
        let vals: Vec<i64> = (0..len).map(|_| rng.range(1, 100)).collect();
        emit(&format!("len-{len}"), &format!("[{}]", list(&vals)));
    }

    // The longest lists: 99 and 100 nodes, increasing, equal and random values.
    for len in [99, 100] {
        let inc: Vec<i64> = (1..=len).collect();
        emit(&format!("increasing-{len}"), &format!("[{}]", list(&inc)));
        let same = vec![100i64; len as usize];
        emit(&format!("all-100-{len}"), &format!("[{}]", list(&same)));
        let vals: Vec<i64> = (0..len).map(|_| rng.range(1, 100)).collect();
        emit(&format!("random-{len}"), &format!("[{}]", list(&vals)));
    }
}
