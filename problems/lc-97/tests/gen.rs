use judge_harness::r#gen::{Rng, emit, string, sized};

const MAX_LEN: usize = 100;

fn word(rng: &mut Rng, len: usize, alphabet: u8) -> Vec<u8> {
    (0..len).map(|_| b'a' + rng.below(alphabet as usize) as u8).collect()
}

/// A random merge of a and b (each keeps its order).
fn merge(rng: &mut Rng, a: &[u8], b: &[u8]) -> Vec<u8> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len() + b.len());
    while i < a.len() || j < b.len() {
        let from_a = j == b.len() || (i < a.len() && rng.chance(0.5));
        if from_a {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out
}

fn case(a: &[u8], b: &[u8], c: &[u8]) -> String {
    let s = |v: &[u8]| string(std::str::from_utf8(v).unwrap());
    format!("[{},{},{}]", s(a), s(b), s(c))
}

/// Spoils a merge: swaps two neighbouring letters, changes one letter, or
/// (keeping within 200 letters) drops or adds one.
fn spoil(rng: &mut Rng, c: &mut Vec<u8>, alphabet: u8) {
    match rng.below(4) {
        0 if c.len() >= 2 => {
            let i = rng.below(c.len() - 1);
            c.swap(i, i + 1);
        }
        1 if !c.is_empty() => {
            let i = rng.below(c.len());
            c[i] = b'a' + rng.below(alphabet as usize + 1) as u8;
        }
        2 if !c.is_empty() => {
            c.remove(rng.below(c.len()));
        }
        _ if c.len() < 2 * MAX_LEN => {
            let at = rng.below(c.len() + 1);
            c.insert(at, b'a' + rng.below(alphabet as usize) as u8);
        }
        _ => {
            c.pop();
        }
    }
}

/// One valid input with len(s1) + len(s2) = n: random letters from a small
/// or the full alphabet, s3 a random merge, spoiled half of the time.
fn random(rng: &mut Rng, n: usize) -> String {
    let lo = n.saturating_sub(MAX_LEN);
    let hi = n.min(MAX_LEN);
    let n1 = rng.range(lo as i64, hi as i64) as usize;
    let alphabet = *rng.pick(&[1u8, 2, 2, 3, 26]);
    let a = word(rng, n1, alphabet);
    let b = word(rng, n - n1, alphabet);
    let mut c = merge(rng, &a, &b);
    if rng.chance(0.5) {
        spoil(rng, &mut c, alphabet);
    }
    case(&a, &b, &c)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(97);

    // Small cases for the memo-less brute force.
    for i in 0..36 {
        let n = rng.below(17);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    let all_a = vec![b'a'; MAX_LEN];
    let mut all_a_b = vec![b'a'; 2 * MAX_LEN - 1];
    all_a_b.push(b'b');
    emit("max-all-a", &case(&all_a, &all_a, &vec![b'a'; 2 * MAX_LEN]));
    // Every merge matches up to the last letter: exponential without a memo.
    emit("max-all-a-last-differs", &case(&all_a, &all_a, &all_a_b));
    let mut first_b = all_a_b.clone();
    first_b.rotate_right(1);
    emit("max-all-a-first-differs", &case(&all_a, &all_a, &first_b));
    for i in 0..2 {
        let a = word(&mut rng, MAX_LEN, 2);
        let b = word(&mut rng, MAX_LEN, 2);
        let c = merge(&mut rng, &a, &b);
        emit(&format!("max-two-letters-merged-{i}"), &case(&a, &b, &c));
        let mut d = c.clone();
        let k = rng.below(d.len() - 1);
        d.swap(k, k + 1);
        emit(&format!("max-two-letters-spoiled-{i}"), &case(&a, &b, &d));
    }
    let a = word(&mut rng, MAX_LEN, 26);
    let b = word(&mut rng, MAX_LEN, 26);
    let c = merge(&mut rng, &a, &b);
    emit("max-26-letters-merged", &case(&a, &b, &c));
    // s1 = s2: every letter could come from either string.
    let c = merge(&mut rng, &a, &a);
    emit("max-equal-strings", &case(&a, &a, &c));
    // Alternating patterns that look alike: (ab)^50 and (ba)^50.
    let ab: Vec<u8> = (0..MAX_LEN).map(|i| if i % 2 == 0 { b'a' } else { b'b' }).collect();
    let ba: Vec<u8> = (0..MAX_LEN).map(|i| if i % 2 == 0 { b'b' } else { b'a' }).collect();
    let c = merge(&mut rng, &ab, &ba);
    emit("max-alternating-merged", &case(&ab, &ba, &c));
    let mut d: Vec<u8> = ab.iter().chain(ba.iter()).copied().collect();
    d.sort();
    emit("max-alternating-sorted", &case(&ab, &ba, &d));
    // One string empty.
    emit("max-s2-empty", &case(&a, &[], &a));
    let mut a2 = a.clone();
    a2.swap(40, 41);
    emit("max-s2-empty-mismatch", &case(&a, &[], if a2 == a { &all_a } else { &a2 }));
    // Lengths that do not add up (s3 one letter short / long).
    let c = merge(&mut rng, &all_a, &ab);
    emit("max-s3-one-short", &case(&all_a, &ab, &c[..c.len() - 1]));
    emit("max-s3-too-long", &case(&ab[..MAX_LEN - 1], &all_a, &c));
}
