use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 200_000;

fn alphanumerics() -> Vec<u8> {
    (b'0'..=b'9').chain(b'a'..=b'z').chain(b'A'..=b'Z').collect()
}

/// Printable ASCII characters that are neither letters nor digits.
fn others() -> Vec<u8> {
    (b' '..=b'~').filter(|b| !b.is_ascii_alphanumeric()).collect()
}

fn random_case(rng: &mut Rng, b: u8) -> u8 {
    if rng.chance(0.5) { b.to_ascii_uppercase() } else { b }
}

/// A string of exactly `n` characters whose letters and digits (about a
/// fraction `keep` of them) form a palindrome, in random case, with other
/// printable characters in between. With `break_it`, one letter or digit is
/// changed so that the result is no longer a palindrome.
fn make(rng: &mut Rng, n: usize, keep: f64, core: &[u8], noise: &[u8], break_it: bool) -> Vec<u8> {
    let slots: Vec<bool> = (0..n).map(|_| rng.chance(keep)).collect();
    let k = slots.iter().filter(|&&x| x).count();
    let mut letters = vec![0u8; k];
    for i in 0..(k + 1) / 2 {
        let c = *rng.pick(core);
        letters[i] = c;
        letters[k - 1 - i] = c;
    }
    if break_it && k >= 2 {
        let i = rng.below(k);
        let mirror = k - 1 - i;
        let i = if i == mirror { i + 1 } else { i };
        let old = letters[i].to_ascii_lowercase();
        let mut c = *rng.pick(core);
        while c.to_ascii_lowercase() == old {
            c = *rng.pick(core);
        }
        letters[i] = c;
    }
    let mut out = Vec::with_capacity(n);
    let mut next = 0;
    for &is_letter in &slots {
        if is_letter {
            out.push(random_case(rng, letters[next]));
            next += 1;
        } else {
            out.push(*rng.pick(noise));
        }
    }
    out
}

fn emit_case(name: &str, s: &[u8]) {
    emit(name, &format!("[{}]", string(std::str::from_utf8(s).unwrap())));
}

/// A random valid string of exactly `n` printable characters
/// (1 <= n <= 2 * 10^5): a palindrome, a palindrome with one letter changed,
/// or random characters; tiny alphabets for short strings (and sometimes for
/// long ones), all of printable ASCII otherwise.
fn random(rng: &mut Rng, n: usize) -> String {
    let (core, noise): (Vec<u8>, Vec<u8>) = if n <= 20 || rng.chance(0.3) {
        (b"ab0".to_vec(), b" ,.\"\\_".to_vec())
    } else {
        (alphanumerics(), others())
    };
    let keep = [0.3, 0.6, 0.9][rng.below(3)];
    let s = match rng.below(5) {
        0 | 1 => make(rng, n, keep, &core, &noise, false),
        2 | 3 => make(rng, n, keep, &core, &noise, true),
        _ => {
            let all: Vec<u8> = core.iter().chain(noise.iter()).copied().collect();
            (0..n)
                .map(|_| {
                    let c = *rng.pick(&all);
                    random_case(rng, c)
                })
                .collect()
        }
    };
    format!("[{}]", string(std::str::from_utf8(&s).unwrap()))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(125);
    let alnum = alphanumerics();
    let noise = others();
    let small_core: &[u8] = b"ab0";
    let small_noise: &[u8] = b" ,.\"\\_";

    // Small strings for the brute force: palindromes, broken palindromes and
    // fully random strings over tiny alphabets.
    for i in 0..36 {
        let n = 1 + rng.below(14);
        let s = match i % 3 {
            0 => make(&mut rng, n, 0.6, small_core, small_noise, false),
            1 => make(&mut rng, n, 0.6, small_core, small_noise, true),
            _ => {
                let all: Vec<u8> = small_core.iter().chain(small_noise.iter()).copied().collect();
                (0..n)
                    .map(|_| {
                        let c = *rng.pick(&all);
                        random_case(&mut rng, c)
                    })
                    .collect()
            }
        };
        emit_case(&format!("small-{i}"), &s);
    }
    for i in 0..4 {
        let n = 50 + rng.below(400);
        let s = make(&mut rng, n, 0.7, &alnum, &noise, i % 2 == 1);
        emit_case(&format!("medium-{i}"), &s);
    }

    // Maximum length.
    let s = make(&mut rng, MAX_N, 0.8, &alnum, &noise, false);
    emit_case("palindrome-max", &s);
    let s = make(&mut rng, MAX_N, 0.8, &alnum, &noise, true);
    emit_case("broken-palindrome-max", &s);
    let s = make(&mut rng, MAX_N, 0.05, &alnum, &noise, false);
    emit_case("sparse-letters-max", &s);
    let s = make(&mut rng, MAX_N, 1.0, b"0123456789", &noise, false);
    emit_case("digits-only-max", &s);

    // The only mismatch sits right in the middle.
    let half: Vec<u8> = (0..MAX_N / 2).map(|_| *rng.pick(&alnum)).collect();
    let mut s = half.clone();
    s.extend(half.iter().rev());
    let mid = MAX_N / 2;
    s[mid] = if s[mid - 1].to_ascii_lowercase() == b'x' { b'y' } else { b'x' };
    emit_case("middle-mismatch-max", &s);
    // The only mismatch is at the two ends, after long runs of noise.
    let mut s = make(&mut rng, MAX_N - 2, 0.5, &alnum, &noise, false);
    s.insert(0, b'q');
    s.push(b'7');
    emit_case("ends-mismatch-max", &s);

    // No letter or digit at all.
    let s: Vec<u8> = (0..MAX_N).map(|_| *rng.pick(&noise)).collect();
    emit_case("no-alphanumerics-max", &s);
    emit_case("spaces-max", &vec![b' '; MAX_N]);
    // One letter, alternating case.
    let s: Vec<u8> = (0..MAX_N).map(|i| if i % 2 == 0 { b'a' } else { b'A' }).collect();
    emit_case("one-letter-mixed-case-max", &s);
    // A lone letter buried in noise near one end.
    let mut s: Vec<u8> = (0..MAX_N).map(|_| *rng.pick(&noise)).collect();
    s[3] = b'Z';
    emit_case("lone-letter-max", &s);
}
