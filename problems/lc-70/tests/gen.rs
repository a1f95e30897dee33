use judge_harness::r#gen::{Rng, emit, sized};

// The whole input space is 1..=45: every value not already among the
// handwritten cases (1, 2, 3, 4, 5, 10, 44, 45) is a generated case. The large
// ones separate the linear solution from the exponential recursion.
const HANDWRITTEN: [i64; 8] = [1, 2, 3, 4, 5, 10, 44, 45];

/// The input of size `n` (1 <= n <= 45): the number of steps itself, the
/// only argument, so there is nothing random about it.
fn random(_rng: &mut Rng, n: usize) -> String {
    format!("[{n}]")
}

fn main() {
    sized(random);
    for n in 1..=45i64 {
        if !HANDWRITTEN.contains(&n) {
            emit(&format!("n-{n}"), &format!("[{n}]"));
        }
    }
}
