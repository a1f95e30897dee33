use judge_harness::r#gen::{Rng, emit, list, sized};

/// `n` distinct values from -10..=10, in random order.
fn distinct(rng: &mut Rng, n: usize) -> Vec<i64> {
    let mut pool: Vec<i64> = (-10..=10).collect();
    rng.shuffle(&mut pool);
    pool.truncate(n);
    pool
}

/// A random valid input of `n` distinct values (1 <= n <= 10) from -10..=10.
fn random(rng: &mut Rng, n: usize) -> String {
    format!("[{}]", list(&distinct(rng, n)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(78);
    // Every length, several times.
    for n in 1..=10 {
        for k in 0..3 {
            let nums = distinct(&mut rng, n);
            emit(&format!("n{n}-{k}"), &format!("[{}]", list(&nums)));
        }
    }
    // The maximum length: sorted, reversed, only the extremes.
    let mut nums = distinct(&mut rng, 10);
    nums.sort();
    emit("sorted-max", &format!("[{}]", list(&nums)));
    nums.reverse();
    emit("reversed-max", &format!("[{}]", list(&nums)));
    let nums: Vec<i64> = vec![10, -10, 9, -9, 8, -8, 7, -7, 6, -6];
    emit("paired-extremes-max", &format!("[{}]", list(&nums)));
    let nums: Vec<i64> = (1..=10).collect();
    emit("positive-max", &format!("[{}]", list(&nums)));
}
