use judge_harness::r#gen::{Rng, emit, sized};

fn put(name: &str, n: i64) {
    assert!((1..=i32::MAX as i64).contains(&n), "{name}: n out of range");
    emit(name, &format!("[{n}]"));
}

/// A random valid input of size `n` (the value, 1 <= n <= 2^31 - 1): a value
/// in (n/2, n], so it has n's number of bits (or one fewer) and a random
/// number of them set.
fn random(rng: &mut Rng, n: usize) -> String {
    let n = (n as i64).clamp(1, i32::MAX as i64);
    format!("[{}]", rng.range((n + 1) / 2, n))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(191);
    // Every power of two, and every 2^k - 1 (all ones).
    for k in 0..31 {
        put(&format!("power-{k}"), 1 << k);
        put(&format!("ones-{}", k + 1), (1i64 << (k + 1)) - 1);
    }
    // Random values over the whole range, and with few or many bits set.
    for i in 0..30 {
        put(&format!("random-{i}"), rng.range(1, i32::MAX as i64));
    }
    for i in 0..10 {
        let mut x: i64 = 0;
        for _ in 0..3 {
            x |= 1 << rng.below(31);
        }
        put(&format!("sparse-{i}"), x);
        let mut y: i64 = (1 << 31) - 1;
        for _ in 0..3 {
            y &= !(1 << rng.below(31));
        }
        put(&format!("dense-{i}"), y);
    }
}
