use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_CALLS: usize = 10_000;
const MAX_LEN: usize = 25;

enum Op {
    Add(String),
    Search(String),
}

fn put(name: &str, ops: &[Op]) {
    assert!(ops.len() <= MAX_CALLS, "{name}: too many calls");
    let mut names = vec!["\"WordDictionary\"".to_string()];
    let mut args = vec!["[]".to_string()];
    for op in ops {
        let (label, s) = match op {
            Op::Add(s) => {
                assert!(s.bytes().all(|b| b.is_ascii_lowercase()), "{name}: add letters");
                ("add_word", s)
            }
            Op::Search(s) => {
                assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b == b'.'), "{name}: pattern");
                assert!(s.bytes().filter(|&b| b == b'.').count() <= 2, "{name}: too many dots");
                ("search", s)
            }
        };
        assert!((1..=MAX_LEN).contains(&s.len()), "{name}: length");
        names.push(format!("\"{label}\""));
        args.push(format!("[{}]", string(s)));
    }
    emit(name, &format!("[[{}],[{}]]", names.join(","), args.join(",")));
}

fn word(rng: &mut Rng, len: usize, letters: u8) -> String {
    (0..len).map(|_| (b'a' + rng.below(letters as usize) as u8) as char).collect()
}

/// Replaces up to `dots` random positions of `s` with '.'.
fn dotted(rng: &mut Rng, s: &str, dots: usize) -> String {
    let mut b = s.as_bytes().to_vec();
    for _ in 0..dots {
        let i = rng.below(b.len());
        b[i] = b'.';
    }
    String::from_utf8(b).unwrap()
}

fn random_ops(rng: &mut Rng, calls: usize, min_len: usize, max_len: usize, letters: u8, p_add: f64) -> Vec<Op> {
    let mut words: Vec<String> = Vec::new();
    let mut ops = Vec::with_capacity(calls);
    for _ in 0..calls {
        let len = min_len + rng.below(max_len - min_len + 1);
        if words.is_empty() || rng.chance(p_add) {
            let w = word(rng, len, letters);
            words.push(w.clone());
            ops.push(Op::Add(w));
        } else {
            let base = if rng.chance(0.6) { rng.pick(&words).clone() } else { word(rng, len, letters) };
            let dots = rng.below(3);
            ops.push(Op::Search(dotted(rng, &base, dots)));
        }
    }
    ops
}

/// The JSON arguments of a sequence of calls, the constructor first.
fn design_args(ops: &[Op]) -> String {
    let mut names = vec!["\"WordDictionary\"".to_string()];
    let mut args = vec!["[]".to_string()];
    for op in ops {
        let (label, s) = match op {
            Op::Add(s) => ("add_word", s),
            Op::Search(s) => ("search", s),
        };
        names.push(format!("\"{label}\""));
        args.push(format!("[{}]", string(s)));
    }
    format!("[[{}],[{}]]", names.join(","), args.join(","))
}

/// A random valid sequence of `n` calls (1 <= n <= 10^4) after the
/// constructor: words of 1 to 2..=25 letters over 2, 3, 5 or 26 letters,
/// 30% to 70% adds, searches with up to two dots, mostly built from added
/// words.
fn random(rng: &mut Rng, n: usize) -> String {
    let max_len = 2 + rng.below(MAX_LEN - 1);
    let letters = *rng.pick(&[2u8, 3, 5, 26]);
    let p_add = 0.3 + 0.4 * rng.below(1001) as f64 / 1000.0;
    design_args(&random_ops(rng, n, 1, max_len, letters, p_add))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(211);

    // Small cases for the brute-force cross-check.
    for i in 0..40 {
        let calls = 1 + rng.below(25);
        let letters = [2, 3, 26][i % 3];
        let ops = random_ops(&mut rng, calls, 1, 4, letters, 0.5);
        put(&format!("small-{i}"), &ops);
    }

    // Random mixes at the call limit.
    put("max-random", &random_ops(&mut rng, MAX_CALLS, 1, MAX_LEN, 26, 0.5));
    put("max-random-few-letters", &random_ops(&mut rng, MAX_CALLS, 1, 8, 3, 0.4));

    // A trie that branches 26 ways at the first two levels: every two-letter
    // start followed by random letters, then searches that begin with two
    // dots (676 branches) and mostly fail late.
    let mut ops = Vec::with_capacity(MAX_CALLS);
    for i in 0..MAX_CALLS / 2 {
        let a = (b'a' + (i % 26) as u8) as char;
        let b = (b'a' + (i / 26 % 26) as u8) as char;
        ops.push(Op::Add(format!("{a}{b}{}", word(&mut rng, MAX_LEN - 2, 2))));
    }
    for _ in 0..MAX_CALLS / 2 {
        ops.push(Op::Search(format!("..{}", word(&mut rng, MAX_LEN - 2, 2))));
    }
    put("max-two-leading-dots", &ops);

    // 5000 words of length 25 sharing a 20-letter start; searches with dots
    // at the end that miss in the last letters, so comparing with each word
    // costs the whole length.
    let shared = word(&mut rng, 20, 26);
    let mut ops = Vec::with_capacity(MAX_CALLS);
    for _ in 0..MAX_CALLS / 2 {
        ops.push(Op::Add(format!("{shared}{}", word(&mut rng, 5, 25))));
    }
    for i in 0..MAX_CALLS / 2 {
        let tail = match i % 3 {
            0 => format!("{}z.", word(&mut rng, 2, 26)),
            1 => format!("..{}z", word(&mut rng, 2, 26)),
            _ => format!(".{}z.", word(&mut rng, 2, 26)),
        };
        ops.push(Op::Search(format!("{shared}{tail}")));
    }
    put("max-shared-start-late-misses", &ops);

    // Only searches (nothing stored), and only adds then one search.
    let ops: Vec<Op> = (0..MAX_CALLS).map(|_| {
        let w = word(&mut rng, MAX_LEN, 26);
        Op::Search(dotted(&mut rng, &w, 2))
    }).collect();
    put("max-searches-only", &ops);
    let mut ops: Vec<Op> = (0..MAX_CALLS - 1).map(|_| Op::Add(word(&mut rng, MAX_LEN, 26))).collect();
    ops.push(Op::Search(".".repeat(2) + &"a".repeat(MAX_LEN - 2)));
    put("max-adds-then-one-search", &ops);
}
