use judge_harness::r#gen::{Rng, emit, sized};

/// The input of size `n` = |x| (1 <= n <= 2^31): x = n or x = -n, the sign
/// at random (2^31 itself only as -2^31).
fn random(rng: &mut Rng, n: usize) -> String {
    let n = n as i64;
    let x = if n > i32::MAX as i64 || rng.chance(0.5) { -n } else { n };
    assert!((i32::MIN as i64..=i32::MAX as i64).contains(&x));
    format!("[{x}]")
}

fn main() {
    sized(random);
    let mut rng = Rng::new(7);
    let (lo, hi) = (i32::MIN as i64, i32::MAX as i64);
    // Random values with every number of digits, both signs.
    for digits in 1..=10u32 {
        for i in 0..4 {
            let top = 10i64.pow(digits) - 1;
            let bottom = if digits == 1 { 0 } else { 10i64.pow(digits - 1) };
            let mut v = rng.range(bottom, top.min(hi));
            if i % 2 == 1 {
                v = -v;
            }
            assert!((lo..=hi).contains(&v));
            emit(&format!("digits-{digits}-{i}"), &format!("[{v}]"));
        }
    }
    // Values whose reverse lands near the limits: the reversed digits of
    // numbers close to 2^31 - 1 and -2^31 (when those are valid inputs).
    for i in 0..20 {
        let near = if i % 2 == 0 { hi - rng.range(0, 10_000_000) } else { lo + rng.range(0, 10_000_000) };
        let digits: String = near.abs().to_string().chars().rev().collect();
        let mut v: i64 = digits.parse().unwrap();
        if near < 0 {
            v = -v;
        }
        if (lo..=hi).contains(&v) {
            emit(&format!("reverse-near-limit-{i}"), &format!("[{v}]"));
        }
    }
    // Trailing zeros.
    for i in 0..6 {
        let v = rng.range(1, 99_999) * 10i64.pow(rng.range(1, 4) as u32);
        let v = if i % 2 == 0 { v } else { -v };
        emit(&format!("trailing-zeros-{i}"), &format!("[{v}]"));
    }
}
