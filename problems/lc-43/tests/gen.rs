use judge_harness::r#gen::{Rng, emit, sized, string};

/// A random number of exactly `len` digits (no leading zero unless it is "0").
fn number(rng: &mut Rng, len: usize, digits: &[u8]) -> String {
    let mut s: Vec<u8> = (0..len).map(|_| *rng.pick(digits)).collect();
    if len > 1 && s[0] == b'0' {
        s[0] = b'1' + rng.below(9) as u8;
    }
    String::from_utf8(s).unwrap()
}

fn put(name: &str, a: &str, b: &str) {
    for s in [a, b] {
        assert!((1..=200).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit()));
        assert!(s == "0" || !s.starts_with('0'), "{name}: leading zero");
    }
    emit(name, &format!("[{},{}]", string(a), string(b)));
}

/// A random valid input of `n` digits in all (2 <= n <= 400): the two
/// lengths add up to n, each between 1 and 200; a one-digit number is "0" now
/// and then.
fn random(rng: &mut Rng, n: usize) -> String {
    let all = b"0123456789";
    let la = rng.range(n.saturating_sub(200).max(1) as i64, (n - 1).min(200) as i64) as usize;
    let a = number(rng, la, all);
    let b = number(rng, n - la, all);
    format!("[{},{}]", string(&a), string(&b))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(43);
    let all = b"0123456789";

    // Small random numbers (zero now and then), for the brute force.
    for i in 0..40 {
        let la = rng.range(1, 12) as usize;
        let lb = rng.range(1, 12) as usize;
        let a = if i % 13 == 5 { "0".to_string() } else { number(&mut rng, la, all) };
        let b = number(&mut rng, lb, all);
        put(&format!("small-{i}"), &a, &b);
    }

    // Around the limits of u64 and u128.
    put("u64-max-squared", "18446744073709551615", "18446744073709551615");
    put("u128-max-times-two", "340282366920938463463374607431768211455", "2");

    // The longest inputs.
    for i in 0..3 {
        let a = number(&mut rng, 200, all);
        let b = number(&mut rng, 200, all);
        put(&format!("max-random-{i}"), &a, &b);
    }
    put("max-all-nines", &"9".repeat(200), &"9".repeat(200));
    let mut p = "1".to_string();
    p.push_str(&"0".repeat(199));
    put("max-powers-of-ten", &p, &p);
    put("max-times-zero", &"9".repeat(200), "0");
    put("max-times-one-digit", &number(&mut rng, 200, all), "7");
    put("max-sparse", &number(&mut rng, 200, b"0000000001"), &number(&mut rng, 200, b"0000000009"));
}
