use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 10_000;
const OPEN: [u8; 3] = [b'(', b'[', b'{'];

fn close_of(b: u8) -> u8 {
    match b {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn case(name: &str, s: &[u8]) {
    assert!(!s.is_empty() && s.len() <= MAX_N);
    assert!(s.iter().all(|b| b"()[]{}".contains(b)));
    emit(name, &format!("[{}]", string(std::str::from_utf8(s).unwrap())));
}

/// A random properly matched string of length `n` (even): at each step open
/// a bracket with probability `p_open` while there is room, else close.
fn valid(rng: &mut Rng, n: usize, p_open: f64) -> Vec<u8> {
    let mut out = Vec::with_capacity(n);
    let mut stack = Vec::new();
    while out.len() < n {
        let room = n - out.len();
        if stack.is_empty() || (stack.len() < room && rng.chance(p_open)) {
            let b = *rng.pick(&OPEN);
            stack.push(b);
            out.push(b);
        } else {
            out.push(close_of(stack.pop().unwrap()));
        }
    }
    assert!(stack.is_empty());
    out
}

/// `depth` brackets opened, then all closed: the deepest nesting.
fn nested(rng: &mut Rng, depth: usize) -> Vec<u8> {
    let opens: Vec<u8> = (0..depth).map(|_| *rng.pick(&OPEN)).collect();
    let mut s = opens.clone();
    s.extend(opens.iter().rev().map(|&b| close_of(b)));
    s
}

/// Replaces one closing bracket with one of another kind.
fn wrong_kind(rng: &mut Rng, s: &mut [u8]) {
    let closers: Vec<usize> = (0..s.len()).filter(|&i| b")]}".contains(&s[i])).collect();
    let i = *rng.pick(&closers);
    s[i] = match s[i] {
        b')' => b']',
        b']' => b'}',
        _ => b')',
    };
}

/// A random input of length `n` (1 <= n <= 10^4). A quarter of the small
/// ones are fully random brackets. Otherwise a properly matched string of
/// random depth: left valid, given one closer of the wrong kind, or (always
/// when n is odd) given extra brackets at random places, so that a solution
/// has to read much of the string.
fn random(rng: &mut Rng, n: usize) -> String {
    let s: Vec<u8> = if n <= 12 && rng.chance(0.25) {
        (0..n).map(|_| *rng.pick(b"()[]{}")).collect()
    } else {
        let p_open = *rng.pick(&[0.3, 0.5, 0.7, 0.95]);
        let kind = if n % 2 == 1 { 2 } else { rng.below(3) };
        let extra = if kind == 2 { 2 - n % 2 } else { 0 };
        let mut s = valid(rng, n - extra, p_open);
        if kind == 1 {
            wrong_kind(rng, &mut s);
        }
        for _ in 0..extra {
            let at = rng.below(s.len() + 1);
            s.insert(at, *rng.pick(b"()[]{}"));
        }
        s
    };
    assert_eq!(s.len(), n);
    format!("[{}]", string(std::str::from_utf8(&s).unwrap()))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(20);

    // Small strings: fully random (mostly invalid), valid, and valid with one
    // closing bracket of the wrong kind.
    for i in 0..40 {
        let s = match i % 4 {
            0 | 1 => {
                let n = 1 + rng.below(8);
                (0..n).map(|_| *rng.pick(b"()[]{}")).collect::<Vec<u8>>()
            }
            2 => {
                let n = 2 * (1 + rng.below(6));
                valid(&mut rng, n, 0.5)
            }
            _ => {
                let n = 2 * (1 + rng.below(6));
                let mut s = valid(&mut rng, n, 0.5);
                wrong_kind(&mut rng, &mut s);
                s
            }
        };
        case(&format!("small-{i}"), &s);
    }

    let n = MAX_N;
    // Valid strings of the maximum length, shallow and deep.
    for (i, p) in [0.3, 0.5, 0.7, 0.95].into_iter().enumerate() {
        case(&format!("max-valid-{i}"), &valid(&mut rng, n, p));
    }
    // 5000 brackets opened, then all closed.
    let deep = nested(&mut rng, n / 2);
    case("max-deepest", &deep);
    // The same with the innermost closer of the wrong kind.
    let mut bad = deep.clone();
    bad[n / 2] = if bad[n / 2] == b')' { b']' } else { b')' };
    case("max-deepest-inner-mismatch", &bad);
    // The same with the outermost closer of the wrong kind.
    let mut bad = deep.clone();
    bad[n - 1] = if bad[n - 1] == b'}' { b')' } else { b'}' };
    case("max-deepest-last-mismatch", &bad);
    // One pair after another.
    let pairs: Vec<u8> = (0..n / 2).flat_map(|i| { let b = OPEN[i % 3]; [b, close_of(b)] }).collect();
    case("max-flat-pairs", &pairs);
    // A valid string with one wrong closer somewhere.
    let mut s = valid(&mut rng, n, 0.6);
    wrong_kind(&mut rng, &mut s);
    case("max-one-wrong-kind", &s);
    // Valid except for one unclosed bracket at the very start.
    let mut s = vec![b'['];
    s.extend(valid(&mut rng, n - 2, 0.5));
    case("max-odd-length", &s);
    // A valid prefix followed by a closer with nothing left to close.
    let mut s = valid(&mut rng, n - 2, 0.5);
    s.extend_from_slice(b")(");
    case("max-extra-closer", &s);
    // Only opening brackets; only closing brackets.
    case("max-all-open", &vec![b'{'; n]);
    case("max-all-close", &vec![b')'; n]);
    // Balanced counts of every kind, but the pairs cross: "([)]" repeated.
    let crossed: Vec<u8> = b"([)]".iter().copied().cycle().take(n).collect();
    case("max-crossed", &crossed);
}
