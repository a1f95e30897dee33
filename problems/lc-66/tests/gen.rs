use judge_harness::r#gen::{Rng, emit, list, sized};

/// `n` digits with no leading zero (a single digit may be 0).
fn number(rng: &mut Rng, n: usize, trailing_nines: usize) -> Vec<i64> {
    let mut d: Vec<i64> = (0..n).map(|_| rng.range(0, 9)).collect();
    for k in 0..trailing_nines.min(n) {
        d[n - 1 - k] = 9;
    }
    if n > 1 && d[0] == 0 {
        d[0] = rng.range(1, 9);
    }
    d
}

/// A random valid input of `n` digits (1 <= n <= 100), no leading zero;
/// half of the time it ends in a run of 9s (up to all of them), so the
/// carry travels.
fn random(rng: &mut Rng, n: usize) -> String {
    let nines = if rng.chance(0.5) { rng.below(n + 1) } else { 0 };
    format!("[{}]", list(&number(rng, n, nines)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(66);

    // Small random numbers, often ending in a run of 9s.
    for i in 0..40 {
        let n = rng.range(1, 8) as usize;
        let nines = if i % 2 == 0 { rng.below(n + 1) } else { 0 };
        emit(&format!("small-{i}"), &format!("[{}]", list(&number(&mut rng, n, nines))));
    }

    // The longest inputs.
    emit("max-all-nines", &format!("[{}]", list(&vec![9i64; 100])));
    let mut d = vec![9i64; 100];
    d[0] = 8;
    emit("max-nines-after-eight", &format!("[{}]", list(&d)));
    let mut d = vec![0i64; 100];
    d[0] = 1;
    emit("max-power-of-ten", &format!("[{}]", list(&d)));
    for i in 0..3 {
        let nines = [0, 10, 99][i];
        emit(&format!("max-random-{i}"), &format!("[{}]", list(&number(&mut rng, 100, nines))));
    }
}
