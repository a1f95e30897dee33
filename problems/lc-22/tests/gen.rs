use judge_harness::r#gen::{Rng, emit, sized};

/// The input of size `n` (1 <= n <= 8): the number of pairs itself.
fn random(_rng: &mut Rng, n: usize) -> String {
    format!("[{n}]")
}

fn main() {
    sized(random);
    // There are only eight inputs; n = 1, 2 and 3 are handwritten cases.
    // The rest go up to the limit, n = 8 (1430 strings).
    for n in 4..=8 {
        emit(&format!("n-{n}"), &format!("[{n}]"));
    }
}
