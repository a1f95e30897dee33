use judge_harness::r#gen::{emit, string, Rng, sized};

const MAX_LEN: usize = 1000;

fn random_text(rng: &mut Rng, len: usize, alphabet: &[u8]) -> String {
    (0..len).map(|_| *rng.pick(alphabet) as char).collect()
}

fn emit_case(name: &str, a: &str, b: &str) {
    emit(name, &format!("[{},{}]", string(a), string(b)));
}

/// `s` with each character dropped with probability `p`; never empty.
fn thin(rng: &mut Rng, s: &str, p: f64) -> String {
    let kept: String = s.chars().filter(|_| !rng.chance(p)).collect();
    if kept.is_empty() { s[..1].to_string() } else { kept }
}

/// A random valid input with text1.length + text2.length = n (2 <= n <=
/// 2000, each length in 1..=1000), split near the middle (so the table has
/// about n^2/4 cells), over an alphabet of 1 to n/10 + 2 letters (at most
/// 26): small inputs share letters.
fn random(rng: &mut Rng, n: usize) -> String {
    let all: Vec<u8> = (b'a'..=b'z').collect();
    let lo = n.saturating_sub(MAX_LEN).max(1);
    let hi = (n - 1).min(MAX_LEN);
    let a = (n / 4 + rng.below(n / 2 + 1)).clamp(lo, hi);
    let k = 1 + rng.below(26.min(2 + n / 10));
    let t1 = random_text(rng, a, &all[..k]);
    let t2 = random_text(rng, n - a, &all[..k]);
    format!("[{},{}]", string(&t1), string(&t2))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(1143);
    let all: Vec<u8> = (b'a'..=b'z').collect();

    // Small strings over tiny alphabets for the brute-force cross-check.
    for i in 0..24 {
        let k = 1 + rng.below(4);
        let alphabet = &all[..k];
        let n = 1 + rng.below(12);
        let m = 1 + rng.below(12);
        let a = random_text(&mut rng, n, alphabet);
        let b = random_text(&mut rng, m, alphabet);
        emit_case(&format!("small-{i}"), &a, &b);
    }
    for i in 0..8 {
        let n = 20 + rng.below(150);
        let m = 20 + rng.below(150);
        let a = random_text(&mut rng, n, &all);
        let b = random_text(&mut rng, m, &all);
        emit_case(&format!("medium-{i}"), &a, &b);
    }

    // Maximum lengths: full alphabet, and two or four letters (long answers).
    for i in 0..2 {
        let a = random_text(&mut rng, MAX_LEN, &all);
        let b = random_text(&mut rng, MAX_LEN, &all);
        emit_case(&format!("random-max-{i}"), &a, &b);
    }
    let a = random_text(&mut rng, MAX_LEN, b"ab");
    let b = random_text(&mut rng, MAX_LEN, b"ab");
    emit_case("two-letters-max", &a, &b);
    let a = random_text(&mut rng, MAX_LEN, b"acgt");
    let b = random_text(&mut rng, MAX_LEN, b"acgt");
    emit_case("four-letters-max", &a, &b);

    // Identical, reversed, and one a thinned copy of the other (its whole
    // length is the answer).
    let a = random_text(&mut rng, MAX_LEN, &all);
    emit_case("identical-max", &a, &a);
    let r: String = a.chars().rev().collect();
    emit_case("reversed-max", &a, &r);
    let t = thin(&mut rng, &a, 0.4);
    emit_case("subsequence-max", &t, &a);
    let t1 = thin(&mut rng, &a, 0.3);
    let t2 = thin(&mut rng, &a, 0.3);
    emit_case("two-thinned-copies-max", &t1, &t2);

    // Disjoint alphabets (answer 0), one repeated letter on both sides, and
    // a single character against a long string.
    let a = random_text(&mut rng, MAX_LEN, &all[..13]);
    let b = random_text(&mut rng, MAX_LEN, &all[13..]);
    emit_case("disjoint-max", &a, &b);
    emit_case("all-a-max", &"a".repeat(MAX_LEN), &"a".repeat(MAX_LEN));
    emit_case("all-a-vs-all-z-max", &"a".repeat(MAX_LEN), &"z".repeat(MAX_LEN));
    let b = random_text(&mut rng, MAX_LEN, &all);
    emit_case("one-char-vs-max", "m", &b);
    emit_case("max-vs-one-char", &b, "q");
    // Same letter counts, different order: the first half of the alphabet
    // repeated, against it shifted.
    let a: String = (0..MAX_LEN).map(|i| (b'a' + (i % 13) as u8) as char).collect();
    let b: String = (0..MAX_LEN).map(|i| (b'a' + ((i + 7) % 13) as u8) as char).collect();
    emit_case("cyclic-shift-max", &a, &b);
}
