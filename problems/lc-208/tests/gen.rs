use judge_harness::r#gen::{Rng, emit, sized, string};
use std::collections::HashMap;

const MAX_CALLS: usize = 30_000;
const MAX_LEN: usize = 2000;
// Trie nodes per case (distinct prefixes of the inserted words), to keep
// the tries a sensible size: a boxed 26-child node is over 200 bytes.
const MAX_NODES: usize = 200_000;

enum Op {
    Insert(String),
    Search(String),
    StartsWith(String),
}

fn put(name: &str, ops: &[Op]) {
    assert!(ops.len() <= MAX_CALLS, "{name}: too many calls");
    let mut names = vec!["\"Trie\"".to_string()];
    let mut args = vec!["[]".to_string()];
    let mut edges: HashMap<(usize, u8), usize> = HashMap::new();
    for op in ops {
        let (label, s) = match op {
            Op::Insert(s) => {
                let mut node = 0;
                for b in s.bytes() {
                    let next = edges.len() + 1;
                    node = *edges.entry((node, b)).or_insert(next);
                }
                ("insert", s)
            }
            Op::Search(s) => ("search", s),
            Op::StartsWith(s) => ("starts_with", s),
        };
        assert!((1..=MAX_LEN).contains(&s.len()), "{name}: length");
        assert!(s.bytes().all(|b| b.is_ascii_lowercase()), "{name}: letters");
        names.push(format!("\"{label}\""));
        args.push(format!("[{}]", string(s)));
    }
    assert!(edges.len() <= MAX_NODES, "{name}: too many trie nodes");
    emit(name, &format!("[[{}],[{}]]", names.join(","), args.join(",")));
}

fn word(rng: &mut Rng, len: usize, letters: u8) -> String {
    (0..len).map(|_| (b'a' + rng.below(letters as usize) as u8) as char).collect()
}

/// A lookup built from an inserted word: the word itself, a prefix of it, or
/// it with one more letter or a changed last letter.
fn variant(rng: &mut Rng, w: &str, letters: u8) -> String {
    let mut s = w.to_string();
    match rng.below(4) {
        0 => {}
        1 => {
            let cut = 1 + rng.below(s.len());
            s.truncate(cut);
        }
        2 if s.len() < MAX_LEN => s.push((b'a' + rng.below(letters as usize) as u8) as char),
        _ => {
            s.pop();
            s.push((b'a' + rng.below(letters as usize) as u8) as char);
        }
    }
    s
}

fn random_ops(rng: &mut Rng, calls: usize, max_len: usize, letters: u8, p_insert: f64) -> Vec<Op> {
    let mut words: Vec<String> = Vec::new();
    let mut ops = Vec::with_capacity(calls);
    for _ in 0..calls {
        if words.is_empty() || rng.chance(p_insert) {
            let len = 1 + rng.below(max_len);
            let w = word(rng, len, letters);
            words.push(w.clone());
            ops.push(Op::Insert(w));
        } else {
            let q = if rng.chance(0.7) {
                let w = rng.pick(&words).clone();
                variant(rng, &w, letters)
            } else {
                let len = 1 + rng.below(max_len);
                word(rng, len, letters)
            };
            ops.push(if rng.chance(0.5) { Op::Search(q) } else { Op::StartsWith(q) });
        }
    }
    ops
}

/// The JSON arguments of a sequence of calls, the constructor first.
fn design_args(ops: &[Op]) -> String {
    let mut names = vec!["\"Trie\"".to_string()];
    let mut args = vec!["[]".to_string()];
    for op in ops {
        let (label, s) = match op {
            Op::Insert(s) => ("insert", s),
            Op::Search(s) => ("search", s),
            Op::StartsWith(s) => ("starts_with", s),
        };
        names.push(format!("\"{label}\""));
        args.push(format!("[{}]", string(s)));
    }
    format!("[[{}],[{}]]", names.join(","), args.join(","))
}

/// A random valid sequence of `n` calls (1 <= n <= 3 * 10^4) after the
/// constructor: words of up to 3 to 16 letters over 2, 3, 5 or 26 letters,
/// 30% to 60% inserts, lookups mostly built from inserted words (the word,
/// a prefix, one letter more or a changed last letter).
fn random(rng: &mut Rng, n: usize) -> String {
    let max_len = 3 + rng.below(14);
    let letters = *rng.pick(&[2u8, 3, 5, 26]);
    let p_insert = 0.3 + 0.3 * rng.below(1001) as f64 / 1000.0;
    design_args(&random_ops(rng, n, max_len, letters, p_insert))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(208);

    // Small cases for the brute-force cross-check: a few letters, short
    // words, so prefixes and near misses are common.
    for i in 0..40 {
        let calls = 1 + rng.below(25);
        let letters = [2, 3, 26][i % 3];
        let ops = random_ops(&mut rng, calls, 5, letters, 0.4);
        put(&format!("small-{i}"), &ops);
    }

    // 15,000 short random words, then 15,000 lookups that mostly miss.
    let mut ops = Vec::with_capacity(MAX_CALLS);
    let mut words = Vec::new();
    for _ in 0..MAX_CALLS / 2 {
        let len = 5 + rng.below(16);
        let w = word(&mut rng, len, 26);
        words.push(w.clone());
        ops.push(Op::Insert(w));
    }
    for i in 0..MAX_CALLS / 2 {
        let len = 3 + rng.below(8);
        let q = if i % 10 == 0 { rng.pick(&words).clone() } else { word(&mut rng, len, 26) };
        ops.push(if i % 5 == 0 { Op::Search(q) } else { Op::StartsWith(q) });
    }
    put("max-short-words-misses", &ops);

    // Many words behind one long shared prefix; prefix lookups diverge only
    // after it (a `z` that no stored word has there).
    let shared = "q".repeat(30);
    let mut ops = Vec::with_capacity(MAX_CALLS);
    let mut words = Vec::new();
    for _ in 0..MAX_CALLS / 2 {
        let w = format!("{shared}{}", word(&mut rng, 8, 25));
        words.push(w.clone());
        ops.push(Op::Insert(w));
    }
    for i in 0..MAX_CALLS / 2 {
        let q = match i % 4 {
            0 => format!("{shared}z{}", word(&mut rng, 3, 26)),
            1 => format!("{shared}{}z", word(&mut rng, 2, 25)),
            2 => rng.pick(&words).clone(),
            _ => {
                let w = rng.pick(&words).clone();
                variant(&mut rng, &w, 26)
            }
        };
        ops.push(if i % 3 == 0 { Op::Search(q) } else { Op::StartsWith(q) });
    }
    put("max-shared-prefix", &ops);

    // Longest words: 90 words of 2000 letters over two letters, then long
    // and short lookups. (Few long lookups: each walks 2000 nodes, and a
    // trie of boxed nodes pays a cache miss for nearly every one.)
    let mut ops = Vec::with_capacity(MAX_CALLS);
    let mut words = Vec::new();
    for _ in 0..90 {
        let w = word(&mut rng, MAX_LEN, 2);
        words.push(w.clone());
        ops.push(Op::Insert(w));
    }
    for i in 0..200 {
        let w = rng.pick(&words).clone();
        let q = variant(&mut rng, &w, 2);
        ops.push(if i % 2 == 0 { Op::Search(q) } else { Op::StartsWith(q) });
    }
    while ops.len() < MAX_CALLS {
        let len = 1 + rng.below(40);
        let q = word(&mut rng, len, 2);
        ops.push(if ops.len() % 2 == 0 { Op::Search(q) } else { Op::StartsWith(q) });
    }
    put("max-long-words", &ops);

    // A random mix over the whole alphabet, and one over two letters.
    put("max-random-mix", &random_ops(&mut rng, MAX_CALLS, 20, 26, 0.5));
    put("max-random-two-letters", &random_ops(&mut rng, MAX_CALLS, 30, 2, 0.3));

    // The same word inserted over and over, then looked up.
    let w = word(&mut rng, 20, 26);
    let mut ops: Vec<Op> = (0..MAX_CALLS / 2).map(|_| Op::Insert(w.clone())).collect();
    for i in 0..MAX_CALLS / 2 {
        let q = variant(&mut rng, &w, 26);
        ops.push(if i % 2 == 0 { Op::Search(q) } else { Op::StartsWith(q) });
    }
    put("max-one-word-repeated", &ops);
}
