use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_LEN: usize = 500;

fn word(rng: &mut Rng, len: usize, alphabet: &[u8]) -> String {
    (0..len).map(|_| *rng.pick(alphabet) as char).collect()
}

/// `w` changed by `edits` random insertions, deletions and replacements.
fn mutate(rng: &mut Rng, w: &str, edits: usize, alphabet: &[u8]) -> String {
    let mut v: Vec<u8> = w.bytes().collect();
    for _ in 0..edits {
        let op = rng.below(3);
        if op == 0 && v.len() < MAX_LEN {
            let at = rng.below(v.len() + 1);
            v.insert(at, *rng.pick(alphabet));
        } else if op == 1 && !v.is_empty() {
            let at = rng.below(v.len());
            v.remove(at);
        } else if !v.is_empty() {
            let at = rng.below(v.len());
            v[at] = *rng.pick(alphabet);
        }
    }
    String::from_utf8(v).unwrap()
}

fn pair(name: &str, a: &str, b: &str) {
    emit(name, &format!("[{},{}]", string(a), string(b)));
}

/// A random valid input of total length `n` = word1.length + word2.length
/// (1 <= n <= 1000, each word at most 500 letters, either may be empty),
/// over an alphabet that is small at small n (up to all 26 letters): two
/// thirds of the time two random words of a random split; otherwise the
/// lengths are about equal and word2 is word1 after a few random edits
/// (trimmed or padded to its length), so the distance is small.
fn random(rng: &mut Rng, n: usize) -> String {
    let full: Vec<u8> = (b'a'..=b'z').collect();
    let k = 1 + rng.below((2 + n / 8).min(26));
    let alphabet = &full[..k];
    let (lo, hi) = (n.saturating_sub(MAX_LEN), n.min(MAX_LEN));
    if rng.chance(0.67) {
        let m = rng.range(lo as i64, hi as i64) as usize;
        let a = word(rng, m, alphabet);
        let b = word(rng, n - m, alphabet);
        return format!("[{},{}]", string(&a), string(&b));
    }
    let m = (n / 2 + rng.below(n / 10 + 1)).clamp(lo, hi);
    let a = word(rng, m, alphabet);
    let edits = 1 + rng.below(1 + n / 20);
    let mut v: Vec<u8> = mutate(rng, &a, edits, alphabet).into_bytes();
    v.truncate(n - m);
    while v.len() < n - m {
        let at = rng.below(v.len() + 1);
        v.insert(at, *rng.pick(alphabet));
    }
    let b = String::from_utf8(v).unwrap();
    format!("[{},{}]", string(&a), string(&b))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(72);
    let full: Vec<u8> = (b'a'..=b'z').collect();

    // Small words over small alphabets, for the brute-force cross-check.
    for i in 0..30 {
        let alphabet = &full[..1 + rng.below(4)];
        let (m, n) = (rng.below(9), rng.below(9));
        let a = word(&mut rng, m, alphabet);
        let b = word(&mut rng, n, alphabet);
        pair(&format!("small-{i}"), &a, &b);
    }
    // Small words and a nearby variant of them.
    for i in 0..10 {
        let m = 1 + rng.below(12);
        let a = word(&mut rng, m, &full[..3]);
        let edits = 1 + rng.below(4);
        let b = mutate(&mut rng, &a, edits, &full[..3]);
        pair(&format!("small-near-{i}"), &a, &b);
    }
    for i in 0..5 {
        let (m, n) = (30 + rng.below(50), 30 + rng.below(50));
        let a = word(&mut rng, m, &full[..4]);
        let b = word(&mut rng, n, &full[..4]);
        pair(&format!("medium-{i}"), &a, &b);
    }

    // Maximum lengths.
    for i in 0..2 {
        let a = word(&mut rng, MAX_LEN, &full);
        let b = word(&mut rng, MAX_LEN, &full);
        pair(&format!("random-max-{i}"), &a, &b);
    }
    let a = word(&mut rng, MAX_LEN, &full[..2]);
    let b = word(&mut rng, MAX_LEN, &full[..2]);
    pair("binary-max", &a, &b);
    let a = word(&mut rng, MAX_LEN, &full);
    let b = mutate(&mut rng, &a, 40, &full);
    pair("near-identical-max", &a, &b);
    let b = mutate(&mut rng, &a, 3, &full);
    pair("few-edits-max", &a, &b);
    let b = word(&mut rng, 1, &full);
    pair("max-vs-one", &a, &b);
    let b = word(&mut rng, 250, &full[..3]);
    pair("max-vs-half", &word(&mut rng, MAX_LEN, &full[..3]), &b);
    let rev: String = a.chars().rev().collect();
    pair("reversed-max", &a, &rev);
    pair("shifted-max", &a[1..], &a[..MAX_LEN - 1]);
}
