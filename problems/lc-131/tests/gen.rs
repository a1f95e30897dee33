use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 16;

fn case(name: &str, s: &str) {
    assert!((1..=MAX_N).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase()));
    emit(name, &format!("[{}]", string(s)));
}

/// `n` letters from the first `k` of the alphabet.
fn letters(rng: &mut Rng, n: usize, k: usize) -> String {
    (0..n).map(|_| (b'a' + rng.below(k) as u8) as char).collect()
}

/// A random valid input of `n` lowercase letters (1 <= n <= 16), over an
/// alphabet of 1, 2, 3 or 26 letters (fewer letters, more palindromes).
fn random(rng: &mut Rng, n: usize) -> String {
    let k = *rng.pick(&[1, 2, 2, 3, 26]);
    format!("[{}]", string(&letters(rng, n, k)))
}

/// A palindrome of length `n` over the first `k` letters.
fn palindrome(rng: &mut Rng, n: usize, k: usize) -> String {
    let half = letters(rng, (n + 1) / 2, k);
    let back: String = half.chars().rev().skip(n % 2).collect();
    half + &back
}

fn main() {
    sized(random);
    let mut rng = Rng::new(131);
    // Small and medium cases for the brute force.
    for i in 0..36 {
        let n = 1 + rng.below(13);
        let k = *rng.pick(&[1, 2, 2, 3, 4, 26]);
        case(&format!("small-{i}"), &letters(&mut rng, n, k));
    }
    // The largest length. One letter only: every cutting works, 2^15
    // partitions (the largest answer, 1.4 MB).
    case("one-letter-max", &"z".repeat(MAX_N));
    for i in 0..3 {
        case(&format!("random-2-max-{i}"), &letters(&mut rng, MAX_N, 2));
    }
    case("random-3-max", &letters(&mut rng, MAX_N, 3));
    case("random-26-max", &letters(&mut rng, MAX_N, 26));
    case("alternating-max", &"ab".repeat(MAX_N / 2));
    case("palindrome-max", &palindrome(&mut rng, MAX_N, 2));
    case("odd-palindrome-15", &palindrome(&mut rng, MAX_N - 1, 3));
    case("alphabet-max", "abcdefghijklmnop");
    case("runs-max", "aaaabbbbccccdddd");
    case("one-odd-letter-max", "aaaaaaabaaaaaaaa");
}
