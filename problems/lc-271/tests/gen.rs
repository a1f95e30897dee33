use judge_harness::r#gen::{Rng, emit, sized, strings};

const MAX_STRS: usize = 200;
const MAX_LEN: usize = 200;

fn put(name: &str, strs: &[String]) {
    assert!(
        (1..=MAX_STRS).contains(&strs.len()),
        "{name}: bad number of strings"
    );
    for s in strs {
        assert!(s.chars().count() <= MAX_LEN, "{name}: string too long");
        assert!(
            s.chars().all(|c| (c as u32) < 256),
            "{name}: character above 255"
        );
    }
    emit(name, &format!("[{}]", strings(strs)));
}

/// A string of `len` characters drawn from `alphabet`.
fn word(rng: &mut Rng, len: usize, alphabet: &[char]) -> String {
    (0..len).map(|_| *rng.pick(alphabet)).collect()
}

fn codes(lo: u32, hi: u32) -> Vec<char> {
    (lo..=hi).filter_map(char::from_u32).collect()
}

/// A random valid list whose strings hold `n` characters in all
/// (1 <= n <= 200 * 200): between ceil(n / 200) and 200 strings (more
/// strings than characters at small n, so empty strings occur), each
/// character going to a random string that is not yet full. The characters
/// are the separator-like ones (`#`, digits, `,`, NUL, ...) or any code from
/// 0 to 255, half of the time each.
fn random(rng: &mut Rng, n: usize) -> String {
    let fewest = n.div_ceil(MAX_LEN).max(1);
    let most = (n / 3 + 2).clamp(fewest, MAX_STRS);
    let k = rng.range(fewest as i64, most as i64) as usize;
    let alphabet: Vec<char> = if rng.chance(0.5) {
        "#,;|\\/: \n\t\"'0123456789\u{0}\u{1f}\u{7f}é".chars().collect()
    } else {
        codes(0, 255)
    };
    let mut strs = vec![String::new(); k];
    let mut lens = vec![0; k];
    let mut open: Vec<usize> = (0..k).collect();
    for _ in 0..n {
        let j = rng.below(open.len());
        let i = open[j];
        strs[i].push(*rng.pick(&alphabet));
        lens[i] += 1;
        if lens[i] == MAX_LEN {
            open.swap_remove(j);
        }
    }
    format!("[{}]", strings(&strs))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(271);
    let all = codes(0, 255);
    let high = codes(128, 255);
    // Characters that separators, escapes and length prefixes are made of.
    let tricky: Vec<char> = "#,;|\\/: \n\t\"'0123456789\u{0}\u{1f}\u{7f}é"
        .chars()
        .collect();

    // Small lists for the brute-force cross-check: tricky characters, any
    // character, and empty strings.
    for i in 0..36 {
        let n = 1 + rng.below(8);
        let alphabet = if i % 2 == 0 { &tricky } else { &all };
        let strs: Vec<String> = (0..n)
            .map(|_| {
                let len = if rng.chance(0.2) { 0 } else { rng.below(13) };
                word(&mut rng, len, alphabet)
            })
            .collect();
        put(&format!("small-random-{i}"), &strs);
    }

    let n = MAX_STRS;

    // 200 strings of 200 characters, any of the 256 codes: the largest input.
    let strs: Vec<String> = (0..n).map(|_| word(&mut rng, MAX_LEN, &all)).collect();
    put("max-all-codes", &strs);
    // Random lengths, any codes.
    let strs: Vec<String> = (0..n)
        .map(|_| {
            let len = rng.below(MAX_LEN + 1);
            word(&mut rng, len, &all)
        })
        .collect();
    put("max-random-lengths", &strs);
    // Only codes 128 to 255: two bytes each in UTF-8, 80 000 bytes in all.
    let strs: Vec<String> = (0..n).map(|_| word(&mut rng, MAX_LEN, &high)).collect();
    put("max-two-byte-codes", &strs);
    // Separator and digit characters only.
    let strs: Vec<String> = (0..n).map(|_| word(&mut rng, MAX_LEN, &tricky)).collect();
    put("max-tricky-characters", &strs);
    let digits_and_hash: Vec<char> = "0123456789#".chars().collect();
    let strs: Vec<String> = (0..n)
        .map(|_| {
            let len = rng.below(MAX_LEN + 1);
            word(&mut rng, len, &digits_and_hash)
        })
        .collect();
    put("max-digits-and-hashes", &strs);
    put("max-all-hashes", &vec!["#".repeat(MAX_LEN); n]);
    put("max-all-nul", &vec!["\u{0}".repeat(MAX_LEN); n]);
    put("max-all-backslashes", &vec!["\\".repeat(MAX_LEN); n]);
    // Many strings, nothing in them.
    put("max-all-empty", &vec![String::new(); n]);
    // Full and empty strings in turn.
    let strs: Vec<String> = (0..n)
        .map(|i| {
            if i % 2 == 0 {
                word(&mut rng, MAX_LEN, &all)
            } else {
                String::new()
            }
        })
        .collect();
    put("max-full-and-empty", &strs);
    // Every length from 0 to 199, shuffled: each number of digits occurs.
    let mut strs: Vec<String> = (0..n).map(|len| word(&mut rng, len, &all)).collect();
    rng.shuffle(&mut strs);
    put("max-every-length", &strs);
    // A single string of the largest length.
    put("one-max-string", &[word(&mut rng, MAX_LEN, &all)]);
}
