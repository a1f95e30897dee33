use judge_harness::r#gen::{Rng, emit, sized};

/// Checks the constraints (-100 < x < 100; x != 0 or n > 0; |x^n| <= 10^4)
/// on the value exactly as printed, then emits the case.
fn put(name: &str, x: f64, n: i64) {
    let text = format!("{x:?}");
    let x: f64 = text.parse().unwrap();
    assert!(x > -100.0 && x < 100.0, "{name}: x out of range");
    assert!(n >= i32::MIN as i64 && n <= i32::MAX as i64, "{name}: n out of range");
    if x == 0.0 {
        assert!(n > 0, "{name}: 0 to a power <= 0");
    } else {
        // ln |x^n| = n ln |x|, kept a little inside ln 10^4.
        assert!(n as f64 * x.abs().ln() <= 4.0 * 10f64.ln() - 1e-9, "{name}: |x^n| > 10^4");
    }
    emit(name, &format!("[{text},{n}]"));
}

/// A random x with five decimals in (-100, 100).
fn five_decimals(rng: &mut Rng) -> f64 {
    rng.range(-9_999_999, 9_999_999) as f64 / 100_000.0
}

/// An x whose |x|^n is about `target` (n != 0), with a random sign.
fn base_for(rng: &mut Rng, n: i64, target: f64) -> f64 {
    let x = (target.ln() / n as f64).exp();
    if rng.chance(0.5) { -x } else { x }
}

/// Whether `x` (exactly as printed) and the exponent `n` meet the
/// constraints: -100 < x < 100; x != 0 or n > 0; |x^n| <= 10^4 (kept a
/// little inside, as `put` checks).
fn valid(text: &str, n: i64) -> bool {
    let x: f64 = text.parse().unwrap();
    if !(x > -100.0 && x < 100.0) || n < i32::MIN as i64 || n > i32::MAX as i64 {
        return false;
    }
    if x == 0.0 {
        n > 0
    } else {
        n as f64 * x.abs().ln() <= 4.0 * 10f64.ln() - 1e-9
    }
}

/// A random valid input of size `n` = |exponent| (1 <= n <= 2^31): the
/// exponent is n or -n (at random; -n for 2^31), the base is either any
/// five-decimal x that keeps |x^n| in range (likely only for small n) or
/// one chosen so that |x^n| lands between 10^-6 and 10^4, now and then
/// exactly +-1 or just off it.
fn random(rng: &mut Rng, n: usize) -> String {
    let n = n as i64;
    let e = if n > i32::MAX as i64 || rng.chance(0.5) { -n } else { n };
    for _ in 0..1000 {
        let x = match rng.below(8) {
            0..=2 => {
                // Any base of a range that shrinks as n grows.
                let span = (9_999_999 / n.min(9_999_999)).max(100_000 + rng.range(0, 2000));
                rng.range(-span.min(9_999_999), span.min(9_999_999)) as f64 / 100_000.0
            }
            3 => *rng.pick(&[1.0, -1.0, 0.99999, -0.99999, 1.00001, -1.00001]),
            _ => {
                let target = 10f64.powf(rng.range(-6, 3) as f64 + rng.below(1000) as f64 / 1000.0);
                base_for(rng, e, target)
            }
        };
        let text = format!("{x:?}");
        if valid(&text, e) {
            return format!("[{text},{e}]");
        }
    }
    format!("[1.0,{e}]")
}

fn main() {
    sized(random);
    let mut rng = Rng::new(50);

    // Small exponents, any base (where the result stays in range).
    let mut made = 0;
    while made < 40 {
        let x = five_decimals(&mut rng);
        let n = rng.range(-8, 8);
        let ok = if x == 0.0 { n > 0 } else { n as f64 * x.abs().ln() <= 9.2 };
        if ok {
            put(&format!("small-{made}"), x, n);
            made += 1;
        }
    }

    // Medium exponents, bases chosen so the result spans 10^-6 .. 10^4.
    for i in 0..12 {
        let n = rng.range(100, 1_000_000) * if i % 2 == 0 { 1 } else { -1 };
        let target = 10f64.powf(rng.range(-6, 3) as f64 + rng.below(1000) as f64 / 1000.0);
        let x = base_for(&mut rng, n, target);
        put(&format!("medium-{i}"), x, n);
    }

    // The largest exponents with non-trivial answers.
    let big = [
        i32::MAX as i64,
        i32::MAX as i64 - 1,
        i32::MIN as i64,
        i32::MIN as i64 + 1,
        1_500_000_001,
        -1_999_999_999,
    ];
    for (i, &n) in big.iter().enumerate() {
        let target = 10f64.powf(rng.range(-3, 3) as f64 + rng.below(1000) as f64 / 1000.0);
        let x = base_for(&mut rng, n, target);
        put(&format!("max-exponent-{i}"), x, n);
    }

    // The largest exponents with the base exactly +-1, or just off it.
    put("max-exponent-one", 1.0, i32::MAX as i64);
    put("min-exponent-one", 1.0, i32::MIN as i64);
    put("max-exponent-minus-one", -1.0, i32::MAX as i64 - 1);
    put("min-exponent-minus-one-odd", -1.0, i32::MIN as i64 + 1);
    put("max-exponent-shrinking", -0.99999, i32::MAX as i64);
    put("min-exponent-shrinking", -1.00001, i32::MIN as i64);
    put("max-exponent-half", 0.5, i32::MAX as i64);
    put("min-exponent-large-base", 99.99999, i32::MIN as i64);
    put("max-exponent-zero", 0.0, i32::MAX as i64);
}
