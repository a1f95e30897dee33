use judge_harness::r#gen::{Rng, emit, sized};

/// The input of size `n` (1 <= n <= 10^5) is n itself: nothing to draw.
fn random(_rng: &mut Rng, n: usize) -> String {
    format!("[{n}]")
}

fn main() {
    sized(random);
    let mut rng = Rng::new(338);
    for n in 3..=40 {
        emit(&format!("n-{n}"), &format!("[{n}]"));
    }
    for i in 0..5 {
        emit(&format!("random-{i}"), &format!("[{}]", rng.range(41, 100_000)));
    }
    emit("power-of-two-65536", "[65536]");
    emit("all-ones-65535", "[65535]");
    emit("max", "[100000]");
}
