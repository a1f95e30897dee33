use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_LEN: usize = 20;

fn word(rng: &mut Rng, len: usize, alphabet: &[u8]) -> String {
    (0..len).map(|_| *rng.pick(alphabet) as char).collect()
}

/// A random valid pattern of at most `max` characters: units `c`, `.`,
/// `c*` and `.*`.
fn random_pattern(rng: &mut Rng, max: usize, alphabet: &[u8]) -> String {
    let target = 1 + rng.below(max);
    let mut p = String::new();
    while p.len() < target {
        let c = if rng.chance(0.2) { '.' } else { *rng.pick(alphabet) as char };
        p.push(c);
        if p.len() < max && rng.chance(0.4) {
            p.push('*');
        }
    }
    p
}

/// A pattern built to match `s` (then trimmed to `max`): letters become
/// themselves or '.', runs may become a starred unit, and starred units that
/// match nothing are slipped in.
fn pattern_for(rng: &mut Rng, s: &str, max: usize, alphabet: &[u8]) -> String {
    let s = s.as_bytes();
    let mut p = String::new();
    let mut i = 0;
    while i < s.len() {
        if rng.chance(0.2) {
            p.push(*rng.pick(alphabet) as char);
            p.push('*');
        }
        let c = s[i] as char;
        if rng.chance(0.35) {
            // A starred unit covering a run (possibly of length 0 or more).
            let unit = if rng.chance(0.3) { '.' } else { c };
            let mut j = i;
            while j < s.len() && (unit == '.' || s[j] as char == unit) && rng.chance(0.7) {
                j += 1;
            }
            p.push(unit);
            p.push('*');
            i = j;
        } else {
            p.push(if rng.chance(0.2) { '.' } else { c });
            i += 1;
        }
    }
    // Trim to `max` characters without leaving a '*' at the front of a unit.
    let mut bytes: Vec<u8> = p.into_bytes();
    bytes.truncate(max);
    if bytes.is_empty() {
        bytes.push(b'.');
    }
    String::from_utf8(bytes).unwrap()
}

/// A string of exactly `len` letters matched by `p`, if there is one:
/// plain units take one letter, the spare letters go to random starred units.
fn expand(rng: &mut Rng, p: &str, len: usize, alphabet: &[u8]) -> Option<String> {
    let b = p.as_bytes();
    let mut units: Vec<(u8, bool)> = Vec::new();
    let mut j = 0;
    while j < b.len() {
        let starred = j + 1 < b.len() && b[j + 1] == b'*';
        units.push((b[j], starred));
        j += if starred { 2 } else { 1 };
    }
    let fixed = units.iter().filter(|u| !u.1).count();
    let starred: Vec<usize> = (0..units.len()).filter(|&k| units[k].1).collect();
    if fixed > len || (fixed < len && starred.is_empty()) {
        return None;
    }
    let mut copies = vec![1usize; units.len()];
    for &k in &starred {
        copies[k] = 0;
    }
    for _ in fixed..len {
        copies[*rng.pick(&starred)] += 1;
    }
    let mut s = String::new();
    for (k, &(c, _)) in units.iter().enumerate() {
        for _ in 0..copies[k] {
            s.push(if c == b'.' { *rng.pick(alphabet) as char } else { c as char });
        }
    }
    Some(s)
}

/// Changes one letter of `s` to another letter of the alphabet.
fn flip(rng: &mut Rng, s: &str, alphabet: &[u8]) -> String {
    let mut v: Vec<u8> = s.bytes().collect();
    let at = rng.below(v.len());
    let others: Vec<u8> = alphabet.iter().copied().filter(|&c| c != v[at]).collect();
    v[at] = *rng.pick(&others);
    String::from_utf8(v).unwrap()
}

/// Changes one letter of the pattern (keeping it valid), usually spoiling the match.
fn spoil(rng: &mut Rng, p: &str, alphabet: &[u8]) -> String {
    let mut v: Vec<u8> = p.bytes().collect();
    let spots: Vec<usize> = (0..v.len()).filter(|&i| v[i] != b'*').collect();
    let at = *rng.pick(&spots);
    v[at] = *rng.pick(alphabet);
    String::from_utf8(v).unwrap()
}

fn case(name: &str, s: &str, p: &str) {
    assert!((1..=MAX_LEN).contains(&s.len()) && (1..=MAX_LEN).contains(&p.len()));
    assert!(!p.starts_with('*') && !p.contains("**"));
    emit(name, &format!("[{},{}]", string(s), string(p)));
}

/// A random valid pattern of exactly `len` characters: units `c`, `.`, `c*`
/// and `.*`, with no `*` at the front or doubled.
fn exact_pattern(rng: &mut Rng, len: usize, alphabet: &[u8]) -> String {
    let mut p = String::new();
    while p.len() < len {
        p.push(if rng.chance(0.2) { '.' } else { *rng.pick(alphabet) as char });
        if p.len() < len && rng.chance(0.4) {
            p.push('*');
        }
    }
    p
}

/// A random valid input of size `n` = s.length + p.length (2 <= n <= 40),
/// each length between 1 and 20, over a small alphabet most of the time.
/// Half the strings are built to match the pattern (when it can match a
/// string of that length), some of them then spoiled by one letter.
fn random(rng: &mut Rng, n: usize) -> String {
    let full: Vec<u8> = (b'a'..=b'z').collect();
    let alphabet: &[u8] = match rng.below(5) {
        0 | 1 => b"ab",
        2 | 3 => b"abc",
        _ => &full,
    };
    let ls = rng.range(n.saturating_sub(MAX_LEN).max(1) as i64, (n - 1).min(MAX_LEN) as i64) as usize;
    let p = exact_pattern(rng, n - ls, alphabet);
    let built = if rng.chance(0.5) { expand(rng, &p, ls, alphabet) } else { None };
    let s = match built {
        Some(s) if rng.chance(0.25) => flip(rng, &s, alphabet),
        Some(s) => s,
        None => word(rng, ls, alphabet),
    };
    assert!(s.len() == ls && p.len() == n - ls && !p.starts_with('*') && !p.contains("**"));
    format!("[{},{}]", string(&s), string(&p))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(10);
    let ab = b"ab";
    let abc = b"abc";
    let full: Vec<u8> = (b'a'..=b'z').collect();
    let alphabets: [&[u8]; 3] = [ab, abc, &full];

    // Small cases for the brute force: random patterns, built patterns, spoiled ones.
    for i in 0..40 {
        let alphabet: &[u8] = if i % 2 == 0 { ab } else { abc };
        let len = 1 + rng.below(8);
        let s = word(&mut rng, len, alphabet);
        let p = match i % 4 {
            0 | 1 => random_pattern(&mut rng, 10, alphabet),
            2 => pattern_for(&mut rng, &s, 12, alphabet),
            _ => {
                let p = pattern_for(&mut rng, &s, 12, alphabet);
                spoil(&mut rng, &p, alphabet)
            }
        };
        case(&format!("small-{i}"), &s, &p);
    }

    // Maximum lengths: a random pattern and a random string (almost never
    // a match), then patterns with strings built to match them, some spoiled.
    for i in 0..4 {
        let alphabet: &[u8] = alphabets[i % 3];
        let s = word(&mut rng, MAX_LEN, alphabet);
        let p = random_pattern(&mut rng, MAX_LEN, alphabet);
        case(&format!("max-random-{i}"), &s, &p);
    }
    for i in 0..12 {
        let alphabet: &[u8] = alphabets[i % 3];
        let (s, p) = loop {
            let p = random_pattern(&mut rng, MAX_LEN, alphabet);
            if let Some(s) = expand(&mut rng, &p, MAX_LEN, alphabet) {
                break (s, p);
            }
        };
        match i % 4 {
            0 | 1 => case(&format!("max-built-{i}"), &s, &p),
            2 => case(&format!("max-spoiled-string-{i}"), &flip(&mut rng, &s, alphabet), &p),
            _ => case(&format!("max-spoiled-pattern-{i}"), &s, &spoil(&mut rng, &p, alphabet)),
        }
    }

    // Many starred units and a string they almost match: plain backtracking
    // tries every way to share the letters between the units.
    let a20 = "a".repeat(MAX_LEN);
    case("stars-then-b", &a20, &format!("{}b", "a*".repeat(9)));
    case("mixed-stars-then-c", &a20, "a*.*a*.*a*.*a*.*a*c");
    case("stars-then-two", &a20, &format!("{}ab", "a*".repeat(9)));
    case("stars-vs-final-b", &format!("{}b", "a".repeat(MAX_LEN - 1)), &format!("{}a", ".*".repeat(9)));
    case("stars-vs-final-b-2", &format!("{}b", "a".repeat(MAX_LEN - 1)), &format!("{}a", "a*".repeat(9)));
    case("stars-then-match", &a20, &format!("{}a", "a*".repeat(9)));
    case("dot-stars-then-match", &format!("{}b", "a".repeat(MAX_LEN - 1)), &format!("{}b", ".*".repeat(9)));
    case("blocks-of-stars", "aabbaabbaabbaabbaabb", "a*b*a*b*a*b*a*b*a*b*");
    case("too-many-blocks", &"ab".repeat(MAX_LEN / 2), "a*b*a*b*a*b*a*b*a*b*");
}
