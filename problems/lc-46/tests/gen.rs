use judge_harness::r#gen::{Rng, emit, list, sized};

/// `n` distinct values from -10..=10, in random order.
fn distinct(rng: &mut Rng, n: usize) -> Vec<i64> {
    let mut pool: Vec<i64> = (-10..=10).collect();
    rng.shuffle(&mut pool);
    pool.truncate(n);
    pool
}

/// A random valid input of `n` distinct values (1 <= n <= 6), in random order.
fn random(rng: &mut Rng, n: usize) -> String {
    format!("[{}]", list(&distinct(rng, n)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(46);
    // Every length, several times.
    for n in 1..=6 {
        for k in 0..5 {
            let nums = distinct(&mut rng, n);
            emit(&format!("n{n}-{k}"), &format!("[{}]", list(&nums)));
        }
    }
    // The maximum length: sorted, reversed, the extreme values.
    let mut nums = distinct(&mut rng, 6);
    nums.sort();
    emit("sorted-max", &format!("[{}]", list(&nums)));
    nums.reverse();
    emit("reversed-max", &format!("[{}]", list(&nums)));
    emit("edges-max", &format!("[{}]", list(&[10i64, -10, 9, -9, 8, -8])));
}
