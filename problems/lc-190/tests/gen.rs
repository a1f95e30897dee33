use judge_harness::r#gen::{Rng, emit, sized};

fn put(name: &str, n: i64) {
    assert!((0..=i32::MAX as i64 - 1).contains(&n) && n % 2 == 0, "{name}: n must be even in 0..=2^31-2");
    emit(name, &format!("[{n}]"));
}

/// A random valid input of bit length `n` (1 <= n <= 31): an even number
/// whose highest set bit is bit n - 1 (0 for n = 1, since bit 0 is never set).
fn random(rng: &mut Rng, n: usize) -> String {
    let x = if n == 1 { 0 } else { rng.range(1i64 << (n - 2), (1i64 << (n - 1)) - 1) * 2 };
    assert!((0..=i32::MAX as i64 - 1).contains(&x) && x % 2 == 0);
    format!("[{x}]")
}

fn main() {
    sized(random);
    let mut rng = Rng::new(190);
    // Every even power of two: one bit, moved to every position.
    for k in 1..31 {
        put(&format!("power-{k}"), 1 << k);
    }
    // All ones above bit 0, for every length.
    for k in 1..31 {
        put(&format!("ones-{k}"), ((1i64 << (k + 1)) - 1) & !1);
    }
    for i in 0..40 {
        put(&format!("random-{i}"), rng.range(0, (i32::MAX as i64 - 1) / 2) * 2);
    }
    // Small values: all their bits land in the top of the answer.
    for i in 0..10 {
        put(&format!("small-{i}"), rng.range(0, 500) * 2);
    }
}
