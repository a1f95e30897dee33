use judge_harness::r#gen::{Rng, emit, sized};

const MAX: i64 = 2_147_483_647;

/// A random valid input of size `n` (the value, 1 <= n <= 2^31 - 1): a value
/// in (n/2, n], so it has about as many digits as n.
fn random(rng: &mut Rng, n: usize) -> String {
    let n = (n as i64).clamp(1, MAX);
    format!("[{}]", rng.range((n + 1) / 2, n))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(202);

    // Small numbers: about one in seven is happy.
    for i in 0..30 {
        emit(&format!("small-{i}"), &format!("[{}]", rng.range(1, 1000)));
    }
    // Every number from 1 to 20.
    for n in 1..=20 {
        emit(&format!("upto-20-{n}"), &format!("[{n}]"));
    }
    // Anywhere in the range.
    for i in 0..20 {
        emit(&format!("large-{i}"), &format!("[{}]", rng.range(1, MAX)));
    }
    // Ten-digit numbers near the top of the range.
    for i in 0..10 {
        emit(&format!("near-max-{i}"), &format!("[{}]", rng.range(MAX - 1_000_000, MAX)));
    }
    // Happy numbers that need seven steps: the digits 7, 8, 9, 9, 9 in a
    // random order, with zeros spread among them.
    for i in 0..10 {
        let mut digits = vec![7, 8, 9, 9, 9];
        digits.extend(std::iter::repeat(0).take(rng.below(5)));
        rng.shuffle(&mut digits);
        let first = digits.iter().position(|&d| d != 0).unwrap();
        digits.swap(0, first);
        let n = digits.iter().fold(0i64, |acc, &d| acc * 10 + d);
        emit(&format!("seven-steps-{i}"), &format!("[{n}]"));
    }
}
