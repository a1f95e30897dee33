use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 100_000;

fn random_string(rng: &mut Rng, n: usize, letters: &[u8]) -> String {
    (0..n).map(|_| *rng.pick(letters) as char).collect()
}

fn emit_case(name: &str, s: &str, k: usize) {
    assert!(!s.is_empty() && s.len() <= MAX_N && k <= s.len());
    emit(name, &format!("[{},{}]", string(s), k));
}

/// A random valid input of length `n` (1 <= n <= 10^5): letters from the
/// first 2 to 2 + n/4 of the alphabet (at most 26), so small strings repeat
/// letters; k from 0..=n/4+1 (never above n), or k = n one time in twenty.
fn random(rng: &mut Rng, n: usize) -> String {
    let all: Vec<u8> = (b'A'..=b'Z').collect();
    let letters = rng.range(2, (2 + n / 4).min(26) as i64) as usize;
    let s = random_string(rng, n, &all[..letters]);
    let k = if rng.chance(0.05) { n } else { rng.below(n / 4 + 2) };
    assert!(k <= n);
    format!("[{},{}]", string(&s), k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(424);
    let all: Vec<u8> = (b'A'..=b'Z').collect();

    // Small strings over two to four letters, every k, for the brute force.
    for i in 0..30 {
        let letters = &all[..2 + i % 3];
        let n = 1 + rng.below(16);
        let s = random_string(&mut rng, n, letters);
        let k = rng.below(n + 1);
        emit_case(&format!("small-{i}"), &s, k);
    }
    for i in 0..6 {
        let n = 50 + rng.below(250);
        let letters = &all[..3 + rng.below(24)];
        let s = random_string(&mut rng, n, letters);
        let k = rng.below(n / 4 + 1);
        emit_case(&format!("medium-{i}"), &s, k);
    }

    // Maximum length, all 26 letters, small and large k.
    for (i, k) in [0, 1, 100, 5_000].into_iter().enumerate() {
        let s = random_string(&mut rng, MAX_N, &all);
        emit_case(&format!("random-max-{i}"), &s, k);
    }
    // Half the string may be edited: windows of about 52 000 qualify.
    let s = random_string(&mut rng, MAX_N, &all);
    emit_case("random-half-k-max", &s, MAX_N / 2);
    // k = n: the whole string.
    let s = random_string(&mut rng, MAX_N, &all);
    emit_case("k-equals-length-max", &s, MAX_N);
    // One letter throughout, no edits.
    emit_case("same-letter-max", &"Q".repeat(MAX_N), 0);
    // Two letters alternating; every other position must change.
    let s: String = "AB".repeat(MAX_N / 2);
    emit_case("alternating-max", &s, MAX_N / 4);
    // Two letters at random with a moderate k.
    let s = random_string(&mut rng, MAX_N, b"XY");
    emit_case("two-letters-max", &s, 1_000);
    // Long blocks of one letter separated by short noise.
    let mut s = String::new();
    while s.len() < MAX_N {
        let run = 1 + rng.below(2_000);
        let c = *rng.pick(&all) as char;
        s.extend(std::iter::repeat(c).take(run));
        let noise = 1 + rng.below(5);
        s.push_str(&random_string(&mut rng, noise, &all));
    }
    s.truncate(MAX_N);
    emit_case("blocks-max", &s, 20);
    // A long run of one letter right at the end, k = 0.
    let mut s = random_string(&mut rng, MAX_N - 30_000, &all[1..]);
    s.push_str(&"A".repeat(30_000));
    emit_case("run-at-end-max", &s, 0);
}
