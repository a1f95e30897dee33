use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 50_000;

fn case(name: &str, s: &[u8], t: &[u8]) {
    for x in [s, t] {
        assert!(!x.is_empty() && x.len() <= MAX_N);
        assert!(x.iter().all(|b| b.is_ascii_lowercase()));
    }
    let s = std::str::from_utf8(s).unwrap();
    let t = std::str::from_utf8(t).unwrap();
    emit(name, &format!("[{},{}]", string(s), string(t)));
}

fn word(rng: &mut Rng, n: usize, alphabet: u8) -> Vec<u8> {
    (0..n).map(|_| b'a' + rng.below(alphabet as usize) as u8).collect()
}

fn shuffled(rng: &mut Rng, s: &[u8]) -> Vec<u8> {
    let mut t = s.to_vec();
    rng.shuffle(&mut t);
    t
}

/// Changes one letter of `s` at position `i` to a different one.
fn change_at(s: &[u8], i: usize) -> Vec<u8> {
    let mut t = s.to_vec();
    t[i] = if t[i] == b'z' { b'a' } else { t[i] + 1 };
    t
}

/// A random valid input of total length `n` (2 <= n <= 10^5): s gets
/// n / 2 letters and t the rest. The alphabet grows with n, so small inputs
/// are often anagrams by chance; otherwise t is a shuffled copy of s (an
/// anagram when n is even), a shuffled copy with one letter changed, or an
/// unrelated word.
fn random(rng: &mut Rng, n: usize) -> String {
    let (a, b) = (n / 2, n - n / 2);
    let alphabet = (2 + n / 6).min(26) as u8;
    let s = word(rng, a, alphabet);
    let mut t = match rng.below(3) {
        0 => shuffled(rng, &s),
        1 => {
            let i = rng.below(a);
            let t = change_at(&s, i);
            shuffled(rng, &t)
        }
        _ => word(rng, a, alphabet),
    };
    if b > a {
        let extra = word(rng, 1, alphabet);
        let at = rng.below(t.len() + 1);
        t.insert(at, extra[0]);
    }
    let (s, t) = if rng.chance(0.5) { (s, t) } else { (t, s) };
    let s = std::str::from_utf8(&s).unwrap();
    let t = std::str::from_utf8(&t).unwrap();
    format!("[{},{}]", string(s), string(t))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(242);

    // Small strings over tiny alphabets: anagrams, near misses, random pairs.
    for i in 0..36 {
        let n = 1 + rng.below(10);
        let alphabet = [1, 2, 3, 26][i % 4];
        let s = word(&mut rng, n, alphabet);
        let t = match i % 3 {
            0 => shuffled(&mut rng, &s),
            1 => {
                let j = rng.below(n);
                let t = change_at(&s, j);
                shuffled(&mut rng, &t)
            }
            _ => {
                let m = 1 + rng.below(10);
                word(&mut rng, m, alphabet)
            }
        };
        case(&format!("small-{i}"), &s, &t);
    }

    let n = MAX_N;
    // Anagrams of the maximum length.
    let s = word(&mut rng, n, 26);
    let t = shuffled(&mut rng, &s);
    case("max-anagram", &s, &t);
    // The letters in opposite sorted orders.
    let mut sorted = s.clone();
    sorted.sort();
    let reversed: Vec<u8> = sorted.iter().rev().copied().collect();
    case("max-anagram-sorted-reversed", &reversed, &sorted);
    // One letter different, at the end, same length.
    let t = change_at(&sorted, n - 1);
    case("max-last-letter-differs", &sorted, &t);
    // One letter different somewhere in a shuffled copy.
    let t = change_at(&s, n / 2);
    let t = shuffled(&mut rng, &t);
    case("max-one-letter-differs", &s, &t);
    // The same letters, one count moved from 'a' to 'b' and one from 'd'
    // to 'c': equal lengths and equal code sums.
    let mut s2 = word(&mut rng, n - 4, 26);
    s2.extend_from_slice(b"aadd");
    let mut t2 = s2[..n - 4].to_vec();
    t2.extend_from_slice(b"abcc");
    let t2 = shuffled(&mut rng, &t2);
    case("max-equal-code-sums", &s2, &t2);
    // One letter only.
    case("max-all-a", &vec![b'a'; n], &vec![b'a'; n]);
    case("max-all-z-vs-all-y", &vec![b'z'; n], &vec![b'y'; n]);
    // Lengths differ by one: t is s without its last letter.
    case("max-t-one-shorter", &s, &s[..n - 1]);
    case("max-s-one-shorter", &t[..n - 1].to_vec(), &s);
    // The longest s against a single letter.
    case("max-vs-single", &s, b"q");
    // Two letters, nearly balanced.
    let ab = word(&mut rng, n, 2);
    let ab_t = shuffled(&mut rng, &ab);
    case("max-two-letters-anagram", &ab, &ab_t);
}
