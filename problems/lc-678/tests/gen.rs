use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_N: usize = 100;

fn put(name: &str, s: &[u8]) {
    assert!((1..=MAX_N).contains(&s.len()), "{name}: length");
    assert!(s.iter().all(|c| b"()*".contains(c)), "{name}: characters");
    emit(name, &format!("[{}]", string(std::str::from_utf8(s).unwrap())));
}

fn args(s: &[u8]) -> String {
    format!("[{}]", string(std::str::from_utf8(s).unwrap()))
}

/// Each character a '*' with probability `star`, else '(' or ')' equally.
fn uniform(rng: &mut Rng, n: usize, star: f64) -> Vec<u8> {
    (0..n)
        .map(|_| if rng.chance(star) { b'*' } else if rng.chance(0.5) { b'(' } else { b')' })
        .collect()
}

/// A random balanced string of length m (m even): a random walk that
/// never goes below zero and returns to zero.
fn balanced(rng: &mut Rng, m: usize) -> Vec<u8> {
    let mut s = Vec::with_capacity(m);
    let mut depth = 0usize;
    for i in 0..m {
        let left = m - i;
        let open = if depth == 0 {
            true
        } else if depth == left {
            false
        } else {
            rng.chance(0.5)
        };
        if open {
            depth += 1;
            s.push(b'(');
        } else {
            depth -= 1;
            s.push(b')');
        }
    }
    s
}

/// A balanced string with some characters turned into wildcards and, if
/// n is odd, one extra wildcard inserted: always true. With `spoil`, one
/// position is then overwritten at random, which usually makes it false.
fn hidden(rng: &mut Rng, n: usize, star: f64, spoil: bool) -> Vec<u8> {
    let mut s = balanced(rng, n - n % 2);
    for c in s.iter_mut() {
        if rng.chance(star) {
            *c = b'*';
        }
    }
    if n % 2 == 1 {
        let at = rng.below(s.len() + 1);
        s.insert(at, b'*');
    }
    if spoil {
        let at = rng.below(n);
        s[at] = *rng.pick(&[b'(', b')']);
    }
    s
}

/// A random valid string of length n (1 <= n <= 100): uniformly random
/// characters with a random share of wildcards, or a balanced string with
/// wildcards hidden in it (true), possibly with one character overwritten;
/// half the time mostly wildcards ending in '(' (false, however the
/// wildcards are read: a search of every reading tries them all).
fn random(rng: &mut Rng, n: usize) -> String {
    let star = *rng.pick(&[0.0, 0.1, 0.3, 0.6, 0.9]);
    let s = match rng.below(6) {
        0 => uniform(rng, n, star),
        1 => hidden(rng, n, star, false),
        2 => hidden(rng, n, star, true),
        _ => {
            let mut s = uniform(rng, n, 0.6 + star / 3.0);
            s.pop();
            s.push(b'(');
            s
        }
    };
    args(&s)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(678);

    // Small random cases for the brute-force cross-check (3^k readings).
    for i in 0..36 {
        let n = 1 + rng.below(12);
        let star = *rng.pick(&[0.1, 0.3, 0.5]);
        let s = match i % 3 {
            0 => uniform(&mut rng, n, star),
            1 => hidden(&mut rng, n, star, false),
            _ => hidden(&mut rng, n, star, true),
        };
        put(&format!("small-{i}"), &s);
    }

    let n = MAX_N;
    // Wildcards and one '(' at the very end: false, with 3^99 readings.
    let mut s = vec![b'*'; n - 1];
    s.push(b'(');
    put("max-stars-then-open", &s);
    let mut s = vec![b')'];
    s.extend(vec![b'*'; n - 1]);
    put("max-close-then-stars", &s);
    put("max-all-stars", &vec![b'*'; n]);
    // 50 '(' closed by 50 wildcards, and 51 '(' with only 49.
    let mut s = vec![b'('; 50];
    s.extend(vec![b'*'; 50]);
    put("max-opens-then-stars", &s);
    let mut s = vec![b'('; 51];
    s.extend(vec![b'*'; 49]);
    put("max-opens-then-too-few-stars", &s);
    // Alternating "*(": every '(' has a wildcard after it except the last.
    let s: Vec<u8> = (0..n).map(|i| if i % 2 == 0 { b'*' } else { b'(' }).collect();
    put("max-alternating-star-open", &s);
    let s: Vec<u8> = (0..n).map(|i| if i % 2 == 0 { b'(' } else { b'*' }).collect();
    put("max-alternating-open-star", &s);
    // Fully nested, and nested with the middle turned into wildcards.
    let mut s = vec![b'('; 50];
    s.extend(vec![b')'; 50]);
    put("max-nested", &s);
    let mut t = s.clone();
    for c in &mut t[40..60] {
        *c = b'*';
    }
    put("max-nested-star-middle", &t);
    // Closers first, wildcards at the end: the wildcards come too late.
    let mut s = vec![b'*'; 30];
    s.extend(vec![b')'; 31]);
    s.extend(vec![b'*'; 39]);
    put("max-closers-outnumber-early-stars", &s);
    put("max-hidden-many-stars", &hidden(&mut rng, n, 0.6, false));
    put("max-hidden-few-stars", &hidden(&mut rng, n, 0.05, false));
    put("max-hidden-spoilt", &hidden(&mut rng, n, 0.3, true));
    put("max-uniform", &uniform(&mut rng, n, 0.4));
}
