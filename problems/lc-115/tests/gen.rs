use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_LEN: usize = 1000;
const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The number of ways to spell t from s, saturating: exact whenever it is at
/// most i32::MAX (all terms are non-negative, so a saturated term would make
/// the total saturate too).
fn count(s: &[u8], t: &[u8]) -> u128 {
    let mut ways = vec![0u128; t.len() + 1];
    ways[0] = 1;
    for &c in s {
        for j in (1..=t.len()).rev() {
            if t[j - 1] == c {
                ways[j] = ways[j].saturating_add(ways[j - 1]);
            }
        }
    }
    ways[t.len()]
}

fn fits(s: &[u8], t: &[u8]) -> bool {
    count(s, t) <= i32::MAX as u128
}

fn args(s: &[u8], t: &[u8]) -> String {
    let s = std::str::from_utf8(s).unwrap();
    let t = std::str::from_utf8(t).unwrap();
    format!("[{},{}]", string(s), string(t))
}

fn emit_case(name: &str, s: &[u8], t: &[u8]) {
    assert!((1..=MAX_LEN).contains(&s.len()) && (1..=MAX_LEN).contains(&t.len()), "{name}: length");
    assert!(fits(s, t), "{name}: the answer does not fit in i32");
    emit(name, &args(s, t));
}

fn random_string(rng: &mut Rng, n: usize, alphabet: &[u8]) -> Vec<u8> {
    (0..n).map(|_| *rng.pick(alphabet)).collect()
}

/// A subsequence of `s` of length `m` (m <= s.len()), positions chosen at random.
fn subsequence(rng: &mut Rng, s: &[u8], m: usize) -> Vec<u8> {
    let mut keep: Vec<usize> = (0..s.len()).collect();
    rng.shuffle(&mut keep);
    keep.truncate(m);
    keep.sort_unstable();
    keep.iter().map(|&i| s[i]).collect()
}

/// A `t` for `s`: usually a random subsequence of s (so the answer is at
/// least 1), sometimes with one letter changed, sometimes random; its length
/// is drawn so the answer fits in i32. Longer subsequences have fewer ways, so
/// after each try that does not fit, the next one is longer; t = s always fits.
fn pick_t(rng: &mut Rng, s: &[u8], alphabet: &[u8]) -> Vec<u8> {
    let n = s.len();
    let mut m = 1 + rng.below(n);
    for _ in 0..40 {
        let mut t = subsequence(rng, s, m);
        match rng.below(5) {
            0 => {
                let i = rng.below(m);
                t[i] = *rng.pick(alphabet);
            }
            1 => t = random_string(rng, m, alphabet),
            _ => {}
        }
        if fits(s, &t) {
            return t;
        }
        m = (m + 1 + (n - m) / 4).min(n);
    }
    s.to_vec()
}

/// A random subsequence of `s` whose count fits in i32, as short as a
/// search from length `m` upwards in small steps finds: the answer is then
/// usually large (thousands to billions of ways).
fn long_count_t(rng: &mut Rng, s: &[u8], mut m: usize) -> Vec<u8> {
    let n = s.len();
    loop {
        let t = subsequence(rng, s, m);
        if fits(s, &t) {
            return t;
        }
        m = (m + 1 + (n - m) / 20).min(n);
    }
}

/// A random valid input with |s| = n (1 <= n <= 1000): letters from an
/// alphabet of 1 to 52 letters, `t` from `pick_t`, and now and then a `t`
/// longer than `s` (answer 0).
fn random(rng: &mut Rng, n: usize) -> String {
    let k = [1, 2, 3, 5, 26, 52][rng.below(6)];
    let alphabet = &LETTERS[..k];
    let s = random_string(rng, n, alphabet);
    if n < MAX_LEN && rng.chance(0.1) {
        let m = rng.range(n as i64 + 1, MAX_LEN as i64) as usize;
        return args(&s, &random_string(rng, m, alphabet));
    }
    let t = pick_t(rng, &s, alphabet);
    args(&s, &t)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(115);

    // Short strings for the brute-force cross-check, over small alphabets
    // (many ways) and larger ones.
    for i in 0..30 {
        let n = 1 + rng.below(14);
        let k = [1, 2, 2, 3, 4, 52][rng.below(6)];
        let alphabet = &LETTERS[..k];
        let s = random_string(&mut rng, n, alphabet);
        let t = if i % 6 == 5 {
            let m = 1 + rng.below(16);
            random_string(&mut rng, m, alphabet)
        } else {
            pick_t(&mut rng, &s, alphabet)
        };
        emit_case(&format!("small-{i}"), &s, &t);
    }
    // Repeated letters: choose m of n equal letters, C(n, m) ways.
    for (i, (n, m)) in [(12, 6), (14, 7), (10, 3), (13, 1)].into_iter().enumerate() {
        emit_case(&format!("small-all-equal-{i}"), &vec![b'a'; n], &vec![b'a'; m]);
    }

    let n = MAX_LEN;
    // One letter 1000 times: t of 997 letters has C(1000, 3) ways, t of 3
    // letters as many; the table is full for the first.
    emit_case("all-equal-long-t-max", &vec![b'a'; n], &vec![b'a'; n - 3]);
    emit_case("all-equal-short-t-max", &vec![b'a'; n], &vec![b'a'; 3]);
    // Prefix counts far beyond u64, answer 0: the letter t ends with never
    // comes after enough a's (a table in i32 or u64 overflows on the way).
    let mut s = vec![b'a'; n];
    s[0] = b'b';
    let mut t = vec![b'a'; 500];
    t.push(b'b');
    emit_case("overflowing-prefixes-zero-max", &s, &t);
    let s: Vec<u8> = (0..n).map(|i| if i < 600 { b'a' } else { b'c' }).collect();
    let mut t = vec![b'a'; 300];
    t.extend(vec![b'c'; 399]);
    t.push(b'a');
    emit_case("overflowing-prefixes-zero-2-max", &s, &t);
    // t longer than s, and t equal to s.
    let s = random_string(&mut rng, n - 1, &LETTERS[..2]);
    let t = random_string(&mut rng, n, &LETTERS[..2]);
    emit_case("t-longer-max", &s, &t);
    let s = random_string(&mut rng, n, LETTERS);
    emit_case("t-equals-s-max", &s, &s.clone());
    // Random strings over two, three, 26 and all 52 letters, t a random
    // subsequence with many ways; and one t from the mixed generator.
    for (i, (k, m)) in [(2, 300), (3, 200), (26, 20), (52, 5)].into_iter().enumerate() {
        let s = random_string(&mut rng, n, &LETTERS[..k]);
        let t = long_count_t(&mut rng, &s, m);
        emit_case(&format!("random-max-{i}"), &s, &t);
    }
    let s = random_string(&mut rng, n, &LETTERS[..4]);
    let t = pick_t(&mut rng, &s, &LETTERS[..4]);
    emit_case("random-mixed-max", &s, &t);
    // Blocks of two equal letters, t taking one of each: 2^30 ways.
    let mut s = Vec::new();
    let mut t = Vec::new();
    for b in 0..30 {
        let c = LETTERS[b % 52];
        s.extend([c, c]);
        t.push(c);
    }
    s.extend(random_string(&mut rng, n - 60, &LETTERS[30..]));
    emit_case("blocks-of-two-max", &s, &t);
    // "ab" repeated, t = "ab" repeated 498 times (a long t, a long s).
    let s: Vec<u8> = (0..n).map(|i| b"ab"[i % 2]).collect();
    let t: Vec<u8> = (0..996).map(|i| b"ab"[i % 2]).collect();
    emit_case("alternating-max", &s, &t);
}
