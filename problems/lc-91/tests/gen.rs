use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 100;
const LIMIT: u128 = i32::MAX as u128;

/// The largest decoding count over every prefix and every suffix of `d`
/// (digits as bytes), so that a table filled from either end stays within
/// an i32, as does the answer itself.
fn largest_count(d: &[u8]) -> u128 {
    let n = d.len();
    let pair_ok = |i: usize| d[i] == b'1' || (d[i] == b'2' && d[i + 1] <= b'6');
    let mut best = 0;
    // Suffixes.
    let mut suf = vec![0u128; n + 2];
    suf[n] = 1;
    for i in (0..n).rev() {
        if d[i] != b'0' {
            suf[i] = suf[i + 1];
            if i + 1 < n && pair_ok(i) {
                suf[i] = (suf[i] + suf[i + 2]).min(u64::MAX as u128);
            }
        }
        best = best.max(suf[i]);
    }
    // Prefixes.
    let mut pre = vec![0u128; n + 1];
    pre[0] = 1;
    for i in 1..=n {
        if d[i - 1] != b'0' {
            pre[i] = pre[i - 1];
        }
        if i >= 2 && pair_ok(i - 2) {
            pre[i] = (pre[i] + pre[i - 2]).min(u64::MAX as u128);
        }
        best = best.max(pre[i]);
    }
    best
}

fn case(name: &str, s: &str) {
    assert!((1..=MAX_N).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()));
    assert!(largest_count(s.as_bytes()) <= LIMIT, "{name}: count too large");
    emit(name, &format!("[{}]", string(s)));
}

/// Digits weighted towards '1' and '2' (which start two-digit codes), with
/// a '0' mostly right after a '1' or a '2' (a valid 10 or 20) and now and
/// then a stray one (which makes the answer 0).
fn digits(rng: &mut Rng, n: usize, stray_zero: f64) -> Vec<u8> {
    let mut d: Vec<u8> = Vec::with_capacity(n);
    for i in 0..n {
        let after_12 = i > 0 && (d[i - 1] == b'1' || d[i - 1] == b'2');
        let c = if after_12 && rng.chance(0.2) {
            b'0'
        } else if rng.chance(stray_zero) {
            b'0'
        } else if rng.chance(0.45) {
            *rng.pick(b"12")
        } else {
            b'0' + rng.range(3, 9) as u8
        };
        d.push(c);
    }
    d
}

/// Lowers the counts until they fit an i32: a '1' or '2' that does not
/// start "10"/"20" becomes a '9', which removes pairs and never adds any.
fn fit(rng: &mut Rng, d: &mut Vec<u8>) {
    while largest_count(d) > LIMIT {
        let spots: Vec<usize> = (0..d.len())
            .filter(|&i| (d[i] == b'1' || d[i] == b'2') && d.get(i + 1) != Some(&b'0'))
            .collect();
        let i = *rng.pick(&spots);
        d[i] = b'9';
    }
}

fn text(d: &[u8]) -> String {
    String::from_utf8(d.to_vec()).unwrap()
}

/// A random valid input of `n` digits (1 <= n <= 100) whose counts fit an
/// i32; one in ten has a stray '0' somewhere likely (answer 0).
fn random(rng: &mut Rng, n: usize) -> String {
    let stray = if rng.chance(0.1) { 0.05 } else { 0.0 };
    let mut d = digits(rng, n, stray);
    fit(rng, &mut d);
    format!("[{}]", string(&text(&d)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(91);
    // Small cases for the brute force.
    for i in 0..36 {
        let n = 1 + rng.below(18);
        let stray = if i % 4 == 3 { 0.15 } else { 0.0 };
        let mut d = digits(&mut rng, n, stray);
        fit(&mut rng, &mut d);
        case(&format!("small-{i}"), &text(&d));
    }
    // The largest length.
    for i in 0..4 {
        let mut d = digits(&mut rng, MAX_N, 0.0);
        fit(&mut rng, &mut d);
        case(&format!("random-max-{i}"), &text(&d));
    }
    // Only 1s and 2s until the count is as large as allowed: the recursion
    // without a memo makes about that many calls.
    let mut d: Vec<u8> = (0..MAX_N).map(|_| *rng.pick(b"12")).collect();
    fit(&mut rng, &mut d);
    case("ones-and-twos-max", &text(&d));
    // Two blocks of 22 ones: 28657^2 decodings, the blocks kept apart by "30"
    // would be 0, so by a forced "10".
    let s = format!("{}10{}10{}", "1".repeat(22), "1".repeat(22), "9".repeat(52));
    case("two-blocks-max", &s);
    let s = format!("{}{}", "2".repeat(45), "7".repeat(55));
    case("twos-then-sevens-max", &s);
    let s = format!("{}{}", "12".repeat(22), "34".repeat(28));
    case("twelves-max", &s);
    // A huge count everywhere but the very end, where "00" makes it 0.
    let s = format!("{}{}100", "1".repeat(44), "9".repeat(53));
    case("late-double-zero-max", &s);
    let s = format!("0{}", "1".repeat(44)) + &"8".repeat(55);
    case("leading-zero-max", &s);
    let s = format!("{}30", "26".repeat(30)) + &"5".repeat(38);
    case("thirty-inside-max", &s);
    case("all-twenties-max", &"20".repeat(50));
    case("all-sevens-max", &"7".repeat(MAX_N));
}
