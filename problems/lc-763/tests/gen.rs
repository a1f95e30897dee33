use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 500;

fn put(name: &str, s: &[u8]) {
    assert!((1..=MAX_N).contains(&s.len()) && s.iter().all(|b| b.is_ascii_lowercase()), "{name}");
    emit(name, &format!("[{}]", string(std::str::from_utf8(s).unwrap())));
}

fn letter(i: usize) -> u8 {
    b'a' + i as u8
}

/// Uniformly random letters from the first `a` of the alphabet.
fn uniform(rng: &mut Rng, n: usize, a: usize) -> Vec<u8> {
    (0..n).map(|_| letter(rng.below(a))).collect()
}

/// `p` pieces (1 <= p <= min(n, 26)) of random lengths, each filled with
/// random letters from its own share of a shuffled alphabet, so no letter
/// crosses a piece boundary (a piece may still split further).
fn pieces(rng: &mut Rng, n: usize, p: usize) -> Vec<u8> {
    let p = p.clamp(1, n.min(26));
    // Piece lengths: p - 1 distinct cut points in 1..n.
    let mut cuts: Vec<usize> = (1..n).collect();
    rng.shuffle(&mut cuts);
    let mut cuts: Vec<usize> = cuts[..p - 1].to_vec();
    cuts.sort();
    cuts.insert(0, 0);
    cuts.push(n);
    // Letters: each piece gets at least one, the rest are spread at random.
    let mut alphabet: Vec<usize> = (0..26).collect();
    rng.shuffle(&mut alphabet);
    let mut sets: Vec<Vec<usize>> = (0..p).map(|i| vec![alphabet[i]]).collect();
    for &c in &alphabet[p..] {
        if rng.chance(0.5) {
            let k = rng.below(p);
            sets[k].push(c);
        }
    }
    let mut s = Vec::with_capacity(n);
    for k in 0..p {
        for _ in cuts[k]..cuts[k + 1] {
            s.push(letter(*rng.pick(&sets[k])));
        }
    }
    s
}

/// Runs of one letter each (letters reused at random), so that pieces
/// appear where a letter does not come back.
fn runs(rng: &mut Rng, n: usize, a: usize) -> Vec<u8> {
    let mut s = Vec::with_capacity(n);
    while s.len() < n {
        let c = letter(rng.below(a));
        let len = 1 + rng.below(8);
        for _ in 0..len.min(n - s.len()) {
            s.push(c);
        }
    }
    s
}

/// A random valid string of length n (1 <= n <= 500): uniformly random
/// letters from a small or the full alphabet, disjoint pieces with their
/// own letters, or runs of repeated letters.
fn random(rng: &mut Rng, n: usize) -> String {
    let s = match rng.below(3) {
        0 => {
            let a = *rng.pick(&[1, 2, 3, 10, 26]);
            uniform(rng, n, a)
        }
        1 => {
            let p = 1 + rng.below(26);
            pieces(rng, n, p)
        }
        _ => {
            let a = *rng.pick(&[3, 8, 26]);
            runs(rng, n, a)
        }
    };
    format!("[{}]", string(std::str::from_utf8(&s).unwrap()))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(763);

    // Small random cases for the brute-force cross-check (every cutting).
    for i in 0..36 {
        let n = 1 + rng.below(14);
        let s = match i % 3 {
            0 => {
                let a = *rng.pick(&[2, 3, 5, 26]);
                uniform(&mut rng, n, a)
            }
            1 => {
                let p = 1 + rng.below(6);
                pieces(&mut rng, n, p)
            }
            _ => runs(&mut rng, n, 4),
        };
        put(&format!("small-{i}"), &s);
    }

    let n = MAX_N;
    // 26 blocks, one letter each: 26 pieces, and 2^25 cuttings to choose from.
    let blocks: Vec<u8> = (0..n).map(|i| letter(i * 26 / n)).collect();
    put("max-26-blocks", &blocks);
    put("max-26-pieces-mixed", &pieces(&mut rng, n, 26));
    put("max-10-pieces-mixed", &pieces(&mut rng, n, 10));
    put("max-all-same", &vec![b'q'; n]);
    put("max-uniform-26", &uniform(&mut rng, n, 26));
    put("max-uniform-2", &uniform(&mut rng, n, 2));
    put("max-runs-26", &runs(&mut rng, n, 26));
    // The alphabet over and over: one piece.
    let cycle: Vec<u8> = (0..n).map(|i| letter(i % 26)).collect();
    put("max-alphabet-repeated", &cycle);
    // Mirror image: "abc...z" then the reverse, then filler 'z': one piece.
    let mut mirror: Vec<u8> = (0..26).map(letter).collect();
    mirror.extend((0..26).rev().map(letter));
    mirror.resize(n, b'z');
    put("max-mirror", &mirror);
    // 25 single letters, then one letter for the rest: 26 pieces.
    let mut singles: Vec<u8> = (1..26).map(letter).collect();
    singles.resize(n, b'a');
    put("max-singletons-then-block", &singles);
    // Overlapping chain: each letter's span overlaps the next letter's.
    let chain: Vec<u8> = (0..n).map(|i| letter(((i / 10) + (i % 2)) % 26)).collect();
    put("max-overlap-chain", &chain);
}
