use judge_harness::r#gen::{Rng, emit, sized, string, strings};
use std::collections::BTreeSet;

const MAX_S: usize = 300;
const MAX_WORDS: usize = 1000;
const MAX_WORD_LEN: usize = 20;

fn word(rng: &mut Rng, len: usize, alphabet: &[u8]) -> String {
    (0..len).map(|_| *rng.pick(alphabet) as char).collect()
}

/// `count` distinct random words with lengths in `lo..=hi`, in random order.
fn dictionary(rng: &mut Rng, count: usize, lo: usize, hi: usize, alphabet: &[u8]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut words = Vec::new();
    while words.len() < count {
        let len = lo + rng.below(hi - lo + 1);
        let w = word(rng, len, alphabet);
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    words
}

/// Concatenates random dictionary words while they fit into `max` letters.
fn sentence(rng: &mut Rng, words: &[String], max: usize) -> String {
    let mut s = String::new();
    loop {
        let fitting: Vec<&String> = words.iter().filter(|w| s.len() + w.len() <= max).collect();
        if fitting.is_empty() {
            break;
        }
        let w: &String = *rng.pick(&fitting);
        s.push_str(w);
    }
    s
}

/// Replaces one random letter of `s` by another letter of the alphabet.
fn flip(rng: &mut Rng, s: &str, alphabet: &[u8]) -> String {
    let mut v: Vec<u8> = s.bytes().collect();
    let at = rng.below(v.len());
    let old = v[at];
    let others: Vec<u8> = alphabet.iter().copied().filter(|&c| c != old).collect();
    v[at] = *rng.pick(&others);
    String::from_utf8(v).unwrap()
}

fn case(name: &str, s: &str, words: &[String]) {
    emit(name, &format!("[{},{}]", string(s), strings(words)));
}

/// `a`, `aa`, ..., up to `top` letters, then filler words over c..z until
/// there are `count` words (fillers share no letter with "a...ab").
fn runs_and_fillers(rng: &mut Rng, top: usize, count: usize) -> Vec<String> {
    let mut words: Vec<String> = (1..=top).map(|k| "a".repeat(k)).collect();
    let fillers: Vec<u8> = (b'c'..=b'z').collect();
    words.extend(dictionary(rng, count - top, 1, MAX_WORD_LEN, &fillers));
    words
}

/// How many distinct words of lengths `lo..=hi` an alphabet of `a` letters
/// has (capped, to stay small).
fn word_count(a: usize, lo: usize, hi: usize) -> usize {
    (lo..=hi).map(|k| a.saturating_pow(k as u32)).fold(0usize, |x, y| x.saturating_add(y))
}

/// A random valid input with `s` of exactly `n` letters (1 <= n <= 300): a
/// dictionary of up to 1000 distinct words (more and longer words as n
/// grows) over two, three or (rarely) 26 letters, and `s` made of
/// dictionary words padded to n letters, the same with one letter changed,
/// or random letters.
fn random(rng: &mut Rng, n: usize) -> String {
    let full: Vec<u8> = (b'a'..=b'z').collect();
    let alphabet: Vec<u8> = match rng.below(10) {
        0..=4 => b"ab".to_vec(),
        5..=8 => b"abc".to_vec(),
        _ => full,
    };
    let hi = (1 + n / 8).min(MAX_WORD_LEN);
    let lo = 1 + rng.below(hi.min(3));
    let most = word_count(alphabet.len(), lo, hi).min(MAX_WORDS).min(2 * n + 3);
    let count = 1 + rng.below(most);
    let words = dictionary(rng, count, lo, hi, &alphabet);
    let mut s = match rng.below(3) {
        2 => word(rng, n, &alphabet),
        _ => sentence(rng, &words, n),
    };
    while s.len() < n {
        s.push(*rng.pick(&alphabet) as char);
    }
    if rng.chance(0.3) {
        s = flip(rng, &s, &alphabet);
    }
    format!("[{},{}]", string(&s), strings(&words))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(139);
    let ab = b"ab";
    let abc = b"abc";
    let full: Vec<u8> = (b'a'..=b'z').collect();

    // Small cases for the brute-force cross-check: built from the words
    // (mostly true), built and then changed (mostly false), and random.
    for i in 0..36 {
        let alphabet: &[u8] = if i % 2 == 0 { ab } else { abc };
        let count = 1 + rng.below(6);
        let words = dictionary(&mut rng, count, 1, 4, alphabet);
        let max = 1 + rng.below(14);
        let s = match i % 3 {
            0 => sentence(&mut rng, &words, max),
            1 => {
                let s = sentence(&mut rng, &words, max);
                flip(&mut rng, &s, alphabet)
            }
            _ => word(&mut rng, max, alphabet),
        };
        let s = if s.is_empty() { word(&mut rng, 1, alphabet) } else { s };
        case(&format!("small-{i}"), &s, &words);
    }

    // The classic blow-up for backtracking: a^299 b, every run of a's is a word.
    let s = format!("{}b", "a".repeat(MAX_S - 1));
    let words: Vec<String> = (1..=MAX_WORD_LEN).map(|k| "a".repeat(k)).collect();
    case("runs-then-b", &s, &words);
    let words = runs_and_fillers(&mut rng, MAX_WORD_LEN, MAX_WORDS);
    case("runs-then-b-max-dict", &s, &words);
    case("all-a-max-dict", &"a".repeat(MAX_S), &words);
    // Only even runs: an odd string cannot be cut, and there are many ways to try.
    let words: Vec<String> = [4usize, 6, 10].iter().map(|&k| "a".repeat(k)).collect();
    case("odd-length-even-runs", &"a".repeat(MAX_S - 1), &words);
    let words: Vec<String> = [7usize, 13].iter().map(|&k| "a".repeat(k)).collect();
    case("two-runs-fit", &"a".repeat(MAX_S), &words);
    // The b comes first: fails at once.
    let words = runs_and_fillers(&mut rng, MAX_WORD_LEN, MAX_WORDS);
    case("b-then-runs", &format!("b{}", "a".repeat(MAX_S - 1)), &words);

    // A thousand words over a small alphabet, the string built from them.
    for i in 0..3 {
        let alphabet: &[u8] = if i == 0 { ab } else { abc };
        let words = dictionary(&mut rng, MAX_WORDS, 3, MAX_WORD_LEN, alphabet);
        let s = sentence(&mut rng, &words, MAX_S);
        case(&format!("built-max-{i}"), &s, &words);
        let t = flip(&mut rng, &s, alphabet);
        case(&format!("built-flipped-max-{i}"), &t, &words);
    }
    // Many ways to cut all but the last letter, which no word contains.
    for i in 0..2 {
        let alphabet: &[u8] = if i == 0 { ab } else { abc };
        let words = dictionary(&mut rng, MAX_WORDS, 1 + i, MAX_WORD_LEN, alphabet);
        let s = sentence(&mut rng, &words, MAX_S - 1) + "z";
        case(&format!("stray-last-letter-max-{i}"), &s, &words);
    }
    // Few short words over two letters: many cuts, both answers possible.
    for i in 0..4 {
        let words = dictionary(&mut rng, 4, 2, 5, ab);
        let s = sentence(&mut rng, &words, MAX_S);
        let s = if i % 2 == 0 { s } else { flip(&mut rng, &s, ab) };
        case(&format!("few-words-long-{i}"), &s, &words);
    }
    // Twenty-letter words only: exactly fifteen of them make up s.
    let words = dictionary(&mut rng, MAX_WORDS, MAX_WORD_LEN, MAX_WORD_LEN, abc);
    let s: String = (0..MAX_S / MAX_WORD_LEN).map(|_| rng.pick(&words).clone()).collect();
    case("long-words-max", &s, &words);
    // Random words and string over the full alphabet: almost surely false.
    let words = dictionary(&mut rng, MAX_WORDS, 1, MAX_WORD_LEN, &full);
    let s = word(&mut rng, MAX_S, &full);
    case("random-full-alphabet-max", &s, &words);
    let s = sentence(&mut rng, &words, MAX_S);
    case("built-full-alphabet-max", &s, &words);
}
