use judge_harness::r#gen::{emit, Rng};

/// A case-name-safe spelling of a number: `m5` for -5.
fn tag(v: i64) -> String {
    if v < 0 { format!("m{}", -v) } else { v.to_string() }
}

fn main() {
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
