use judge_harness::r#gen::{emit, string, Rng, sized};

const MAX_N: usize = 10_000;

fn random_string(rng: &mut Rng, n: usize, letters: &[u8]) -> String {
    (0..n).map(|_| *rng.pick(letters) as char).collect()
}

/// A rearrangement of s[from..from + len].
fn shuffled_part(rng: &mut Rng, s: &str, from: usize, len: usize) -> String {
    let mut part: Vec<u8> = s.as_bytes()[from..from + len].to_vec();
    rng.shuffle(&mut part);
    String::from_utf8(part).unwrap()
}

fn emit_case(name: &str, s1: &str, s2: &str) {
    assert!((1..=MAX_N).contains(&s1.len()) && (1..=MAX_N).contains(&s2.len()));
    emit(name, &format!("[{},{}]", string(s1), string(s2)));
}

/// A random valid input with s1.length + s2.length = n (2 <= n <= 2 * 10^4,
/// each length in 1..=10^4); s1 is usually the shorter. Half the time s1
/// is a rearranged block of s2. Few letters at small n.
fn random(rng: &mut Rng, n: usize) -> String {
    let all: Vec<u8> = (b'a'..=b'z').collect();
    let lo = n.saturating_sub(MAX_N).max(1);
    let hi = (n - 1).min(MAX_N);
    let short = (n / 2).clamp(lo, hi);
    let a = if rng.chance(0.8) { lo + rng.below(short - lo + 1) } else { lo + rng.below(hi - lo + 1) };
    let b = n - a;
    let letters = &all[..(2 + rng.below(25)).min(2 + n / 4)];
    let s2 = random_string(rng, b, letters);
    let s1 = if a <= b && rng.chance(0.5) {
        let from = rng.below(b - a + 1);
        shuffled_part(rng, &s2, from, a)
    } else {
        random_string(rng, a, letters)
    };
    format!("[{},{}]", string(&s1), string(&s2))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(567);
    let all: Vec<u8> = (b'a'..=b'z').collect();

    // Small strings over two or three letters, for the brute force; every
    // other one hides a rearranged block of s2 in s1.
    for i in 0..30 {
        let letters = &all[..2 + i % 2];
        let n = 1 + rng.below(14);
        let s2 = random_string(&mut rng, n, letters);
        let s1 = if i % 2 == 0 {
            let len = 1 + rng.below(n);
            let from = rng.below(n - len + 1);
            shuffled_part(&mut rng, &s2, from, len)
        } else {
            let len = 1 + rng.below(6);
            random_string(&mut rng, len, letters)
        };
        emit_case(&format!("small-{i}"), &s1, &s2);
    }
    for i in 0..6 {
        let n = 100 + rng.below(400);
        let letters = &all[..3 + rng.below(24)];
        let s2 = random_string(&mut rng, n, letters);
        let len = 5 + rng.below(30);
        let s1 = if i % 2 == 0 {
            let from = rng.below(n - len + 1);
            shuffled_part(&mut rng, &s2, from, len)
        } else {
            random_string(&mut rng, len, letters)
        };
        emit_case(&format!("medium-{i}"), &s1, &s2);
    }

    // Maximum s2; s1 a rearranged block of it, placed at the start, in the
    // middle and at the very end.
    for (i, len) in [10usize, 1_000, 5_000].into_iter().enumerate() {
        let s2 = random_string(&mut rng, MAX_N, &all);
        let s1 = shuffled_part(&mut rng, &s2, MAX_N - len, len);
        emit_case(&format!("match-at-end-max-{i}"), &s1, &s2);
        let s1 = shuffled_part(&mut rng, &s2, 0, len);
        emit_case(&format!("match-at-start-max-{i}"), &s1, &s2);
        let from = rng.below(MAX_N - len + 1);
        let s1 = shuffled_part(&mut rng, &s2, from, len);
        emit_case(&format!("match-inside-max-{i}"), &s1, &s2);
    }
    // Near misses: the rearranged block with one letter swapped for another.
    for (i, len) in [26usize, 3_000, 5_000].into_iter().enumerate() {
        let s2 = random_string(&mut rng, MAX_N, &all[..25]);
        let from = rng.below(MAX_N - len + 1);
        let mut s1 = shuffled_part(&mut rng, &s2, from, len).into_bytes();
        s1[0] = b'z';
        emit_case(&format!("near-miss-max-{i}"), &String::from_utf8(s1).unwrap(), &s2);
    }
    // Two letters only: the counts, not the letters, decide.
    let s2 = random_string(&mut rng, MAX_N, b"ab");
    let s1 = "a".repeat(3_000) + &"b".repeat(2_000);
    emit_case("two-letters-max", &s1, &s2);
    // s1 and s2 both at the maximum: a permutation, and one letter off.
    let s2 = random_string(&mut rng, MAX_N, &all);
    let s1 = shuffled_part(&mut rng, &s2, 0, MAX_N);
    emit_case("same-length-max", &s1, &s2);
    let mut s1 = s1.into_bytes();
    s1[MAX_N / 2] = if s1[MAX_N / 2] == b'q' { b'r' } else { b'q' };
    emit_case("same-length-off-by-one-max", &String::from_utf8(s1).unwrap(), &s2);
    // s1 longer than s2.
    let s1 = random_string(&mut rng, MAX_N, &all);
    let s2 = random_string(&mut rng, MAX_N - 1, &all);
    emit_case("s1-longer-max", &s1, &s2);
    // One letter throughout; s1 one short of s2, and one too long.
    emit_case("same-letter-max", &"k".repeat(MAX_N - 1), &"k".repeat(MAX_N));
    emit_case("same-letter-too-long", &"k".repeat(MAX_N), &"k".repeat(MAX_N - 1));
}
