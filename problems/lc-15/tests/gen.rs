use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 3000;
const MAX_V: i64 = 100_000;

/// A random valid input of `n` numbers (3 <= n <= 3000). Values lie within
/// +-(n/2 + 2), so inputs of every size repeat values and have triplets.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (n as i64 / 2 + 2).min(MAX_V);
    let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(15);

    // Small cases with many repeated values, for the brute-force cross-check.
    for i in 0..30 {
        let n = 3 + rng.below(10);
        let span = 1 + rng.below(6) as i64;
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
        emit(&format!("small-{i}"), &format!("[{}]", list(&nums)));
    }
    for i in 0..6 {
        let n = 20 + rng.below(60);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-30, 30)).collect();
        emit(&format!("medium-{i}"), &format!("[{}]", list(&nums)));
    }

    // Full range at the maximum length: a few tens of thousands of triplets.
    for i in 0..3 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-MAX_V, MAX_V)).collect();
        emit(&format!("random-max-{i}"), &format!("[{}]", list(&nums)));
    }

    // Already sorted, and sorted descending.
    let mut nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-MAX_V, MAX_V)).collect();
    nums.sort();
    emit("sorted-max", &format!("[{}]", list(&nums)));
    nums.reverse();
    emit("reverse-sorted-max", &format!("[{}]", list(&nums)));

    // All zeros: one triplet, thousands of ways to form it.
    emit("all-zeros-max", &format!("[{}]", list(&vec![0; MAX_N])));

    // A few distinct values, each repeated hundreds of times.
    let mut nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-10, 10)).collect();
    rng.shuffle(&mut nums);
    emit("few-values-max", &format!("[{}]", list(&nums)));

    // Only the extremes and their halves.
    let choices = [-MAX_V, -MAX_V / 2, 0, MAX_V / 2, MAX_V];
    let nums: Vec<i64> = (0..MAX_N).map(|_| *rng.pick(&choices)).collect();
    emit("extremes-max", &format!("[{}]", list(&nums)));

    // No triplet at all: every value is positive except one.
    let mut nums: Vec<i64> = (0..MAX_N - 1).map(|_| rng.range(1, MAX_V)).collect();
    nums.push(-1);
    rng.shuffle(&mut nums);
    emit("no-solution-max", &format!("[{}]", list(&nums)));

    // Distinct values in a narrow band around zero: many triplets, each once.
    let mut nums: Vec<i64> = (-300..300).collect();
    nums.extend((0..MAX_N - 600).map(|_| rng.range(-MAX_V, MAX_V)));
    rng.shuffle(&mut nums);
    emit("dense-band-max", &format!("[{}]", list(&nums)));
}
