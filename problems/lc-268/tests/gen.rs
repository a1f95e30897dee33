use judge_harness::r#gen::{Rng, emit, list, sized};

/// 0..=n without `missing`, shuffled unless `order` says otherwise.
fn make(rng: &mut Rng, n: i64, missing: i64, order: u8) -> Vec<i64> {
    let mut v: Vec<i64> = (0..=n).filter(|&x| x != missing).collect();
    match order {
        0 => rng.shuffle(&mut v),
        1 => {}
        _ => v.reverse(),
    }
    assert_eq!(v.len() as i64, n);
    v
}

/// A random valid input of `n` numbers (1 <= n <= 10^4): 0..=n without
/// one of them, shuffled. The missing number is 0 or n a quarter of the
/// time each (the ends), anywhere otherwise.
fn random(rng: &mut Rng, n: usize) -> String {
    let n = n as i64;
    let missing = match rng.below(4) {
        0 => 0,
        1 => n,
        _ => rng.range(0, n),
    };
    let v = make(rng, n, missing, 0);
    format!("[{}]", list(&v))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(268);
    for i in 0..40 {
        let n = rng.range(1, 12);
        let missing = match i % 4 {
            0 => 0,
            1 => n,
            _ => rng.range(0, n),
        };
        let v = make(&mut rng, n, missing, (i % 3) as u8);
        emit(&format!("small-{i}"), &format!("[{}]", list(&v)));
    }
    let n = 10_000;
    for (name, missing, order) in [
        ("max-missing-zero", 0, 0u8),
        ("max-missing-n", n, 0),
        ("max-missing-n-sorted", n, 1),
        ("max-missing-middle-sorted", n / 2, 1),
        ("max-missing-one-reversed", 1, 2),
    ] {
        let v = make(&mut rng, n, missing, order);
        emit(name, &format!("[{}]", list(&v)));
    }
    for i in 0..3 {
        let missing = rng.range(0, n);
        let v = make(&mut rng, n, missing, 0);
        emit(&format!("max-random-{i}"), &format!("[{}]", list(&v)));
    }
}
