use judge_harness::r#gen::{Rng, emit, sized};

/// A case-name-safe spelling of a number: `m5` for -5.
fn tag(v: i64) -> String {
    if v < 0 { format!("m{}", -v) } else { v.to_string() }
}

/// A random valid input for the bound `n` (1 <= n <= 1000): a and b in
/// -n..=n, with an end of that range a quarter of the time each, so small
/// bounds give zeros, opposite numbers and sign changes.
fn random(rng: &mut Rng, n: usize) -> String {
    let n = n as i64;
    let mut pick = || match rng.below(4) {
        0 => if rng.chance(0.5) { n } else { -n },
        _ => rng.range(-n, n),
    };
    let a = pick();
    let b = pick();
    format!("[{a},{b}]")
}

fn main() {
    sized(random);
    let mut rng = Rng::new(371);
    // Every pair from a grid over the range, including both ends.
    let points: [i64; 14] = [-1000, -999, -512, -513, -256, -1, 0, 1, 255, 256, 511, 512, 999, 1000];
    for &a in &points {
        for &b in &points {
            emit(&format!("grid-{}-{}", tag(a), tag(b)), &format!("[{a},{b}]"));
        }
    }
    for i in 0..60 {
        let a = rng.range(-1000, 1000);
        let b = rng.range(-1000, 1000);
        emit(&format!("random-{i}"), &format!("[{a},{b}]"));
    }
}
