use judge_harness::r#gen::{Rng, emit, sized, string};

const MAX_LEN: usize = 100_000;

fn letters() -> Vec<u8> {
    (b'a'..=b'z').chain(b'A'..=b'Z').collect()
}

/// The length of the shortest window of `s` holding all of `t` (None if
/// there is none) and how many windows have that length.
fn shortest_windows(s: &[u8], t: &[u8]) -> (Option<usize>, usize) {
    let mut need = [0i64; 128];
    for &c in t {
        need[c as usize] += 1;
    }
    let mut missing = t.len();
    let mut left = 0;
    let (mut best, mut count) = (None, 0);
    for (right, &c) in s.iter().enumerate() {
        if need[c as usize] > 0 {
            missing -= 1;
        }
        need[c as usize] -= 1;
        if missing == 0 {
            // The shortest window ending at `right`.
            while need[s[left] as usize] < 0 {
                need[s[left] as usize] += 1;
                left += 1;
            }
            let len = right + 1 - left;
            if best.map_or(true, |b| len < b) {
                best = Some(len);
                count = 1;
            } else if best == Some(len) {
                count += 1;
            }
        }
    }
    (best, count)
}

/// True when the case respects the constraints and its answer is unique.
fn valid(s: &[u8], t: &[u8]) -> bool {
    let sizes = (1..=MAX_LEN).contains(&s.len()) && (1..=MAX_LEN).contains(&t.len());
    let letters = s.iter().chain(t).all(|c| c.is_ascii_alphabetic());
    sizes && letters && shortest_windows(s, t).1 <= 1
}

fn emit_case(name: &str, s: &[u8], t: &[u8]) {
    assert!(valid(s, t), "case {name} is invalid or has several shortest windows");
    let s = std::str::from_utf8(s).unwrap();
    let t = std::str::from_utf8(t).unwrap();
    emit(name, &format!("[{},{}]", string(s), string(t)));
}

fn random_string(rng: &mut Rng, n: usize, alphabet: &[u8]) -> Vec<u8> {
    (0..n).map(|_| *rng.pick(alphabet)).collect()
}

/// Draws random (s, t) pairs until one has a unique answer.
fn random_case(rng: &mut Rng, m: usize, n: usize, alphabet: &[u8]) -> (Vec<u8>, Vec<u8>) {
    loop {
        let s = random_string(rng, m, alphabet);
        let t = random_string(rng, n, alphabet);
        if valid(&s, &t) {
            return (s, t);
        }
    }
}

/// The end positions of every shortest window of `s` holding all of `t`.
fn shortest_window_ends(s: &[u8], t: &[u8]) -> Vec<usize> {
    let Some(best) = shortest_windows(s, t).0 else {
        return Vec::new();
    };
    let mut need = [0i64; 128];
    for &c in t {
        need[c as usize] += 1;
    }
    let mut missing = t.len();
    let mut left = 0;
    let mut ends = Vec::new();
    for (right, &c) in s.iter().enumerate() {
        if need[c as usize] > 0 {
            missing -= 1;
        }
        need[c as usize] -= 1;
        if missing == 0 {
            while need[s[left] as usize] < 0 {
                need[s[left] as usize] += 1;
                left += 1;
            }
            if right + 1 - left == best {
                ends.push(right);
            }
        }
    }
    ends
}

/// A random valid input of total length `n` = s.length + t.length
/// (2 <= n <= 2 * 10^5, each from 1 to 10^5): t is usually much shorter
/// than s, the alphabet is small at small n (up to 51 letters), and half
/// of the time t is drawn from the letters of s, so a window exists. The
/// shortest window is made unique as the tests require: the last letter
/// of every shortest window but the first becomes a letter that t does not
/// hold (one outside the alphabet if need be), which removes those windows
/// and creates none.
fn random(rng: &mut Rng, n: usize) -> String {
    let mut all = letters();
    rng.shuffle(&mut all);
    let k = 1 + rng.below((2 + n / 3).min(51));
    let (alphabet, filler) = (&all[..k], all[k]);
    let lo = n.saturating_sub(MAX_LEN).max(1);
    let hi = (n - 1).min(MAX_LEN);
    let t_len = (1 + rng.below((n / 4).max(1))).clamp(lo, hi);
    let s_len = n - t_len;
    let mut s = random_string(rng, s_len, alphabet);
    let t: Vec<u8> = if t_len <= s_len && rng.chance(0.5) {
        let mut pos: Vec<usize> = (0..s_len).collect();
        rng.shuffle(&mut pos);
        pos[..t_len].iter().map(|&i| s[i]).collect()
    } else {
        random_string(rng, t_len, alphabet)
    };
    let ends = shortest_window_ends(&s, &t);
    let spare: Vec<u8> = alphabet.iter().chain([&filler]).copied().filter(|c| !t.contains(c)).collect();
    for &end in ends.iter().skip(1) {
        s[end] = *rng.pick(&spare);
    }
    assert!(valid(&s, &t));
    format!(
        "[{},{}]",
        string(std::str::from_utf8(&s).unwrap()),
        string(std::str::from_utf8(&t).unwrap())
    )
}

fn main() {
    sized(random);
    let mut rng = Rng::new(76);
    let all = letters();

    // Small cases over tiny alphabets, for the brute force.
    let small_alphabets: [&[u8]; 4] = [b"ab", b"abc", b"aAbB", b"xyzX"];
    for i in 0..32 {
        let alphabet = small_alphabets[i % small_alphabets.len()];
        let m = 1 + rng.below(14);
        let n = 1 + rng.below(4);
        let (s, t) = random_case(&mut rng, m, n, alphabet);
        emit_case(&format!("small-{i}"), &s, &t);
    }
    for i in 0..6 {
        let m = 100 + rng.below(400);
        let n = 2 + rng.below(12);
        let (s, t) = random_case(&mut rng, m, n, b"abcdefABC");
        emit_case(&format!("medium-{i}"), &s, &t);
    }

    // No window at all: t needs a letter that s never has.
    let no_z: Vec<u8> = all.iter().copied().filter(|&c| c != b'Z').collect();
    let s = random_string(&mut rng, MAX_LEN, &no_z);
    let mut t = random_string(&mut rng, 20, &no_z);
    t.push(b'Z');
    emit_case("no-window-max", &s, &t);
    // Not enough copies of one letter: s has a single 'q', t wants two.
    let mut s = random_string(&mut rng, MAX_LEN, b"abcdefgh");
    s[MAX_LEN / 2] = b'q';
    emit_case("too-few-copies-max", &s, b"qq");
    // t longer than s.
    let s = random_string(&mut rng, 1000, &all);
    let t = random_string(&mut rng, MAX_LEN, &all);
    emit_case("t-longer-than-s-max", &s, &t);

    // t is s shuffled: the answer is all of s (100 KB).
    let s = random_string(&mut rng, MAX_LEN, &all);
    let mut t = s.clone();
    rng.shuffle(&mut t);
    emit_case("whole-string-max", &s, &t);
    // One letter: t is 99999 a's, s is 99999 a's and a final b.
    let mut s = vec![b'a'; MAX_LEN - 1];
    s.push(b'b');
    emit_case("one-letter-max", &s, &vec![b'a'; MAX_LEN - 1]);
    // A single letter that occurs once in s.
    let mut s = random_string(&mut rng, MAX_LEN, &no_z);
    s[rng.below(MAX_LEN)] = b'Z';
    emit_case("single-letter-max", &s, b"Z");

    // Three rare letters planted in lowercase text; t = "XYZ". Copies are
    // spread so that exactly one window is the shortest.
    loop {
        let mut s = random_string(&mut rng, MAX_LEN, b"abcdefghijklmnopqrstuvw");
        for _ in 0..40 {
            let at = rng.below(MAX_LEN);
            s[at] = *rng.pick(b"XYZ");
        }
        if valid(&s, b"XYZ") && shortest_windows(&s, b"XYZ").0.is_some() {
            emit_case("planted-letters-max", &s, b"XYZ");
            break;
        }
    }
    // Case matters: many lowercase a's, a few uppercase A's; t = "AAA".
    loop {
        let mut s = random_string(&mut rng, MAX_LEN, b"ab");
        for _ in 0..30 {
            let at = rng.below(MAX_LEN);
            s[at] = b'A';
        }
        if valid(&s, b"AAA") && shortest_windows(&s, b"AAA").0.is_some() {
            emit_case("uppercase-among-lowercase-max", &s, b"AAA");
            break;
        }
    }
    // Long random texts and larger t: the window is long and moves a lot.
    for (i, n) in [(0, 60), (1, 2000), (2, 30_000)] {
        loop {
            let s = random_string(&mut rng, MAX_LEN, &all);
            let t = random_string(&mut rng, n, &all);
            if valid(&s, &t) && shortest_windows(&s, &t).0.is_some() {
                emit_case(&format!("random-max-{i}"), &s, &t);
                break;
            }
        }
    }
    // Skewed letter frequencies: t asks for many copies of a rare letter.
    loop {
        let mut s = random_string(&mut rng, MAX_LEN, b"abcdefghij");
        for _ in 0..500 {
            let at = rng.below(MAX_LEN);
            s[at] = b'R';
        }
        let mut t = vec![b'R'; 200];
        t.extend(random_string(&mut rng, 100, b"abcdefghij"));
        if valid(&s, &t) && shortest_windows(&s, &t).0.is_some() {
            emit_case("rare-letter-many-copies-max", &s, &t);
            break;
        }
    }
}
