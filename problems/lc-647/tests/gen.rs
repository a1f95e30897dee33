use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 1000;

fn case(name: &str, s: &str) {
    assert!((1..=MAX_N).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase()));
    emit(name, &format!("[{}]", string(s)));
}

/// `n` letters drawn from the first `k` of the alphabet.
fn letters(rng: &mut Rng, n: usize, k: u8) -> String {
    (0..n).map(|_| (b'a' + rng.below(k as usize) as u8) as char).collect()
}

/// A random valid input of `n` lowercase letters (1 <= n <= 1000), over an
/// alphabet of a random size (few letters make many palindromes).
fn random(rng: &mut Rng, n: usize) -> String {
    let k = *rng.pick(&[1u8, 2, 3, 5, 26]);
    format!("[{}]", string(&letters(rng, n, k)))
}

/// A palindrome of length `n` over the first `k` letters.
fn palindrome(rng: &mut Rng, n: usize, k: u8) -> String {
    let half = letters(rng, (n + 1) / 2, k);
    let back: String = half.chars().rev().skip(n % 2).collect();
    half + &back
}

fn main() {
    sized(random);
    let mut rng = Rng::new(647);
    // Small cases for the brute force.
    for i in 0..36 {
        let n = 1 + rng.below(30);
        let k = *rng.pick(&[1u8, 2, 2, 3, 4, 26]);
        case(&format!("small-{i}"), &letters(&mut rng, n, k));
    }
    for i in 0..4 {
        let n = 2 + rng.below(29);
        case(&format!("small-palindrome-{i}"), &palindrome(&mut rng, n, 3));
    }
    // The largest length.
    case("random-26-max", &letters(&mut rng, MAX_N, 26));
    case("random-2-max", &letters(&mut rng, MAX_N, 2));
    case("random-3-max", &letters(&mut rng, MAX_N, 3));
    case("all-b-max", &"b".repeat(MAX_N));
    case("ab-repeated-max", &"ab".repeat(MAX_N / 2));
    case("alphabet-repeated-max", &"abcdefghijklmnopqrstuvwxyz".repeat(39)[..MAX_N]);
    case("palindrome-max", &palindrome(&mut rng, MAX_N, 2));
    case("odd-length-palindrome-999", &palindrome(&mut rng, MAX_N - 1, 4));
    // One different letter in the middle of a run: long odd palindromes.
    let mut s = "y".repeat(MAX_N);
    s.replace_range(500..501, "x");
    case("one-odd-letter-max", &s);
    // Runs of equal letters of growing length.
    let mut s = String::new();
    let mut k = 1;
    while s.len() < MAX_N {
        let c = (b'a' + (k % 26) as u8) as char;
        s.extend(std::iter::repeat(c).take(k));
        k += 1;
    }
    s.truncate(MAX_N);
    case("growing-runs-max", &s);
}
