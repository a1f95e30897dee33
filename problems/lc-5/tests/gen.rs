use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 1000;
const ALL: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

fn random_string(rng: &mut Rng, n: usize, alphabet: &str) -> Vec<u8> {
    let a = alphabet.as_bytes();
    (0..n).map(|_| *rng.pick(a)).collect()
}

/// Overwrites `s[start..start + len]` with a random palindrome.
fn plant(rng: &mut Rng, s: &mut [u8], start: usize, len: usize, alphabet: &str) {
    let a = alphabet.as_bytes();
    for k in 0..(len + 1) / 2 {
        let c = *rng.pick(a);
        s[start + k] = c;
        s[start + len - 1 - k] = c;
    }
}

fn args(s: &[u8]) -> String {
    format!("[{}]", string(std::str::from_utf8(s).unwrap()))
}

/// A random valid s of length n (1 <= n <= 1000): letters and digits from a
/// small or a large alphabet, sometimes with a palindrome planted in it.
fn random(rng: &mut Rng, n: usize) -> String {
    let alphabets = ["ab", "abc", "xyz0", "abcdefghijklmnopqrstuvwxyz", ALL];
    let alphabet = *rng.pick(&alphabets);
    let mut s = random_string(rng, n, alphabet);
    if n >= 2 && rng.chance(0.5) {
        let len = 2 + rng.below(n - 1);
        let start = rng.below(n - len + 1);
        plant(rng, &mut s, start, len, alphabet);
    }
    args(&s)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(5);

    // Small strings for the brute-force cross-check; small alphabets give
    // many ties between longest palindromes.
    for i in 0..36 {
        let n = 1 + rng.below(14);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    let n = MAX_N;
    emit("max-all-equal", &args(&vec![b'a'; n]));
    let mut s = vec![b'z'; n];
    s[n / 2] = b'y';
    emit("max-all-equal-one-different", &args(&s));
    let alternating: Vec<u8> = (0..n).map(|i| if i % 2 == 0 { b'a' } else { b'b' }).collect();
    emit("max-alternating", &args(&alternating));
    // No palindrome longer than one character: every character ties.
    let cycle: Vec<u8> = (0..n).map(|i| b"abc"[i % 3]).collect();
    emit("max-no-long-palindrome", &args(&cycle));
    let all: Vec<u8> = (0..n).map(|i| ALL.as_bytes()[i % ALL.len()]).collect();
    emit("max-62-in-a-row", &args(&all));
    // The whole string is a palindrome, of even and of odd length.
    let mut s = random_string(&mut rng, n, ALL);
    plant(&mut rng, &mut s, 0, n, ALL);
    emit("max-whole-even", &args(&s));
    let mut s = random_string(&mut rng, n - 1, "ab");
    plant(&mut rng, &mut s, 0, n - 1, "ab");
    emit("max-whole-odd-999", &args(&s));
    // Random strings over two letters and over all 62 characters.
    emit("max-random-ab", &args(&random_string(&mut rng, n, "ab")));
    emit("max-random-62", &args(&random_string(&mut rng, n, ALL)));
    // A long planted palindrome, and two of the same length (a tie).
    let mut s = random_string(&mut rng, n, ALL);
    plant(&mut rng, &mut s, 337, 400, "ab");
    emit("max-planted-400", &args(&s));
    let mut s = random_string(&mut rng, n, ALL);
    plant(&mut rng, &mut s, 50, 301, ALL);
    plant(&mut rng, &mut s, 600, 301, ALL);
    emit("max-two-equal-planted", &args(&s));
    // A palindrome mirrored elsewhere in s: its reverse-substring twins.
    let mut s = random_string(&mut rng, n, "abcdefghij");
    let piece = random_string(&mut rng, 200, "abcdefghij");
    s[100..300].copy_from_slice(&piece);
    for k in 0..200 {
        s[799 - k] = piece[k];
    }
    emit("max-mirrored-pieces", &args(&s));
    // Blocks of equal letters: many even and odd middles.
    let mut s = Vec::new();
    while s.len() < n {
        let c = *rng.pick(b"ab");
        for _ in 0..1 + rng.below(30) {
            s.push(c);
        }
    }
    s.truncate(n);
    emit("max-runs", &args(&s));
}
