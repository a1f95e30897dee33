use judge_harness::r#gen::{Rng, emit, sized, strings};

const MAX_N: usize = 10_000;
const MAX_LEN: usize = 100;

fn case(name: &str, strs: &[Vec<u8>]) {
    assert!(!strs.is_empty() && strs.len() <= MAX_N);
    assert!(strs.iter().all(|s| s.len() <= MAX_LEN && s.iter().all(|b| b.is_ascii_lowercase())));
    let v: Vec<&str> = strs.iter().map(|s| std::str::from_utf8(s).unwrap()).collect();
    emit(name, &format!("[{}]", strings(&v)));
}

fn word(rng: &mut Rng, len: usize, alphabet: usize) -> Vec<u8> {
    (0..len).map(|_| b'a' + rng.below(alphabet) as u8).collect()
}

fn shuffled(rng: &mut Rng, s: &[u8]) -> Vec<u8> {
    let mut t = s.to_vec();
    rng.shuffle(&mut t);
    t
}

/// A string with the given count of each letter, in random order.
fn from_counts(rng: &mut Rng, counts: &[usize]) -> Vec<u8> {
    let mut s = Vec::new();
    for (i, &c) in counts.iter().enumerate() {
        s.extend(std::iter::repeat(b'a' + i as u8).take(c));
    }
    rng.shuffle(&mut s);
    s
}

/// A random valid input of `n` strings (1 <= n <= 10^4): shuffles of a few
/// base words (about one base per four strings, at least one), with a fresh
/// random word now and then; the longest length (up to 100) and the
/// alphabet (2, 3 or 26 letters) are random, so groups, repeats and empty
/// strings all occur.
fn random(rng: &mut Rng, n: usize) -> String {
    let alphabet = *rng.pick(&[2usize, 3, 26]);
    let max_len = rng.range(0, MAX_LEN as i64) as usize;
    let groups = 1 + rng.below(n / 4 + 1);
    let bases: Vec<Vec<u8>> = (0..groups)
        .map(|_| {
            let len = rng.range(0, max_len as i64) as usize;
            word(rng, len, alphabet)
        })
        .collect();
    let strs: Vec<Vec<u8>> = (0..n)
        .map(|_| {
            if rng.chance(0.1) {
                let len = rng.range(0, max_len as i64) as usize;
                word(rng, len, alphabet)
            } else {
                let b = rng.pick(&bases).clone();
                shuffled(rng, &b)
            }
        })
        .collect();
    let v: Vec<&str> = strs.iter().map(|s| std::str::from_utf8(s).unwrap()).collect();
    format!("[{}]", strings(&v))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(49);

    // Small lists of short strings over tiny alphabets: many anagrams,
    // repeats and empty strings, for the brute force.
    for i in 0..36 {
        let n = 1 + rng.below(10);
        let alphabet = [1, 2, 3, 26][i % 4];
        let strs: Vec<Vec<u8>> = (0..n)
            .map(|_| {
                let len = rng.below(5);
                word(&mut rng, len, alphabet)
            })
            .collect();
        case(&format!("small-{i}"), &strs);
    }
    // A few hundred strings built from a handful of base words.
    for i in 0..4 {
        let bases: Vec<Vec<u8>> = (0..8)
            .map(|_| {
                let len = rng.below(12);
                word(&mut rng, len, 4)
            })
            .collect();
        let strs: Vec<Vec<u8>> = (0..300)
            .map(|_| {
                let b = rng.pick(&bases).clone();
                shuffled(&mut rng, &b)
            })
            .collect();
        case(&format!("medium-{i}"), &strs);
    }

    let n = MAX_N;
    // 10^4 strings of 100 random letters: every string is its own group.
    let strs: Vec<Vec<u8>> = (0..n).map(|_| word(&mut rng, MAX_LEN, 26)).collect();
    case("max-all-distinct-groups", &strs);
    // 20 groups of about 500 shuffled copies each.
    let bases: Vec<Vec<u8>> = (0..20)
        .map(|_| {
            let len = 50 + rng.below(51);
            word(&mut rng, len, 26)
        })
        .collect();
    let strs: Vec<Vec<u8>> = (0..n)
        .map(|_| {
            let b = rng.pick(&bases).clone();
            shuffled(&mut rng, &b)
        })
        .collect();
    case("max-twenty-groups", &strs);
    // One group: shuffles of one 100-letter word.
    let base = word(&mut rng, MAX_LEN, 26);
    let strs: Vec<Vec<u8>> = (0..n).map(|_| shuffled(&mut rng, &base)).collect();
    case("max-one-group", &strs);
    // Only empty strings.
    case("max-all-empty", &vec![Vec::new(); n]);
    // Random lengths from 0 to 100 over three letters: short strings collide a lot.
    let strs: Vec<Vec<u8>> = (0..n)
        .map(|_| {
            let len = rng.below(MAX_LEN + 1);
            word(&mut rng, len, 3)
        })
        .collect();
    case("max-mixed-lengths", &strs);
    // One or two letters each: few groups, many repeated strings.
    let strs: Vec<Vec<u8>> = (0..n)
        .map(|_| {
            let len = 1 + rng.below(2);
            word(&mut rng, len, 26)
        })
        .collect();
    case("max-short-strings", &strs);
    // Letter counts of one and two digits, arranged so that writing the
    // counts one after another without a separator makes many keys collide.
    let patterns: Vec<Vec<usize>> = (0..400)
        .map(|_| {
            let mut counts = vec![0; 26];
            let mut total = 0;
            for _ in 0..6 {
                let letter = rng.below(26);
                let c = *rng.pick(&[1, 2, 11, 12, 21]);
                if total + c <= MAX_LEN && counts[letter] == 0 {
                    counts[letter] = c;
                    total += c;
                }
            }
            counts
        })
        .collect();
    let strs: Vec<Vec<u8>> = (0..n)
        .map(|_| {
            let p = rng.pick(&patterns).clone();
            from_counts(&mut rng, &p)
        })
        .collect();
    case("max-two-digit-counts", &strs);
    // Pairs of letter counts (x, y) and (y, x) for neighbouring letters.
    let mut strs = Vec::new();
    while strs.len() < n {
        let l = rng.below(25);
        let (x, y) = (1 + rng.below(12), 1 + rng.below(12));
        let mut counts = vec![0; 26];
        counts[l] = x;
        counts[l + 1] = y;
        strs.push(from_counts(&mut rng, &counts));
    }
    case("max-swapped-counts", &strs);
}
