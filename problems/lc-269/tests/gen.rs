use judge_harness::r#gen::{Rng, emit, sized, strings};

const MAX_WORDS: usize = 100;
const MAX_LEN: usize = 100;

/// A random alien alphabet: `k` distinct letters in a random order.
fn alphabet(rng: &mut Rng, k: usize) -> Vec<u8> {
    let mut all: Vec<u8> = (b'a'..=b'z').collect();
    rng.shuffle(&mut all);
    all.truncate(k);
    all
}

/// Sorts `words` the alien way, by the position of each letter in `alpha`.
fn alien_sort(words: &mut [Vec<u8>], alpha: &[u8]) {
    let mut rank = [0usize; 26];
    for (i, &c) in alpha.iter().enumerate() {
        rank[(c - b'a') as usize] = i;
    }
    words.sort_by_cached_key(|w| w.iter().map(|&c| rank[(c - b'a') as usize]).collect::<Vec<_>>());
}

/// Word lengths: `k` lengths in 1..=100 adding up to `total` (k <= total <= 100k).
fn lengths(rng: &mut Rng, k: usize, total: usize) -> Vec<usize> {
    assert!(k <= total && total <= k * MAX_LEN);
    let mut len = vec![1; k];
    let mut rest = total - k;
    while rest > 0 {
        for l in len.iter_mut() {
            let cap = MAX_LEN - *l;
            if rest == 0 || cap == 0 {
                continue;
            }
            let add = rest.min(1 + rng.below(cap));
            *l += add;
            rest -= add;
        }
    }
    rng.shuffle(&mut len);
    len
}

/// Random words of the given lengths over `alpha`; about half of them copy a
/// prefix of an earlier word, so that neighbours often agree for a while.
fn random_words(rng: &mut Rng, lens: &[usize], alpha: &[u8]) -> Vec<Vec<u8>> {
    let mut words: Vec<Vec<u8>> = Vec::new();
    for &len in lens {
        let mut w = Vec::with_capacity(len);
        if !words.is_empty() && rng.chance(0.5) {
            let from = rng.pick(&words).clone();
            let keep = rng.below(len.min(from.len()) + 1);
            w.extend_from_slice(&from[..keep]);
        }
        while w.len() < len {
            w.push(*rng.pick(alpha));
        }
        words.push(w);
    }
    words
}

fn args(words: &[Vec<u8>]) -> String {
    assert!((1..=MAX_WORDS).contains(&words.len()));
    let ws: Vec<String> = words
        .iter()
        .map(|w| {
            assert!((1..=MAX_LEN).contains(&w.len()));
            String::from_utf8(w.clone()).unwrap()
        })
        .collect();
    format!("[{}]", strings(&ws))
}

/// Words with `total` letters in all over at most `max_letters` letters,
/// sorted by a hidden alphabet; then, a quarter of the time each, one pair
/// of neighbours swapped (often creating a contradiction), or a word and its
/// own prefix swapped when there is such a pair.
fn make(rng: &mut Rng, total: usize, max_letters: usize) -> Vec<Vec<u8>> {
    let lo = (total + MAX_LEN - 1) / MAX_LEN;
    let hi = total.min(MAX_WORDS);
    let k = lo + rng.below(hi - lo + 1);
    let lens = lengths(rng, k, total);
    let letters = 1 + rng.below(max_letters);
    let alpha = alphabet(rng, letters);
    let mut words = random_words(rng, &lens, &alpha);
    alien_sort(&mut words, &alpha);
    if k >= 2 {
        match rng.below(4) {
            0 => {
                let i = rng.below(k - 1);
                words.swap(i, i + 1);
            }
            1 => {
                let prefix_pairs: Vec<usize> = (0..k - 1)
                    .filter(|&i| words[i].len() < words[i + 1].len() && words[i + 1].starts_with(&words[i]))
                    .collect();
                let i = if prefix_pairs.is_empty() { rng.below(k - 1) } else { *rng.pick(&prefix_pairs) };
                words.swap(i, i + 1);
            }
            _ => {}
        }
    }
    words
}

/// A random valid input with n letters in all (1 <= n <= 10000).
fn random(rng: &mut Rng, n: usize) -> String {
    args(&make(rng, n, 26))
}

/// 100 words of 100 letters: word j starts with the (26j/100)-th letter of
/// `alpha`, so the first letters alone chain the whole alphabet.
fn chained(rng: &mut Rng, alpha: &[u8]) -> Vec<Vec<u8>> {
    let mut words: Vec<Vec<u8>> = (0..MAX_WORDS)
        .map(|j| {
            let mut w = vec![alpha[j * alpha.len() / MAX_WORDS]];
            while w.len() < MAX_LEN {
                w.push(*rng.pick(alpha));
            }
            w
        })
        .collect();
    alien_sort(&mut words, alpha);
    words
}

fn main() {
    sized(random);
    let mut rng = Rng::new(269);

    // Small inputs over at most six letters, for the brute force.
    for i in 0..36 {
        let total = 1 + rng.below(30);
        emit(&format!("small-{i}"), &args(&make(&mut rng, total, 6)));
    }

    let n = MAX_WORDS * MAX_LEN;
    for (k, letters) in [(0, 26), (1, 26), (2, 5), (3, 12)] {
        let alpha = alphabet(&mut rng, letters);
        let lens = vec![MAX_LEN; MAX_WORDS];
        let mut words = random_words(&mut rng, &lens, &alpha);
        alien_sort(&mut words, &alpha);
        emit(&format!("max-sorted-{letters}-letters-{k}"), &args(&words));
    }
    for k in 0..2 {
        emit(&format!("max-random-{k}"), &random(&mut rng, n));
    }

    // The first letters chain all 26 letters: exactly one alphabet fits.
    let alpha = alphabet(&mut rng, 26);
    let words = chained(&mut rng, &alpha);
    emit("max-unique-alphabet", &args(&words));
    // The same, with the last word starting with the first letter: a cycle
    // through the whole alphabet.
    let mut cyc = words.clone();
    cyc[MAX_WORDS - 1][0] = alpha[0];
    emit("max-cycle-through-alphabet", &args(&cyc));
    let mut rev: Vec<u8> = (b'a'..=b'z').rev().collect();
    emit("max-reverse-alphabet", &args(&chained(&mut rng, &rev)));
    rev.reverse();
    emit("max-usual-alphabet", &args(&chained(&mut rng, &rev)));

    // A word before its own prefix in the middle of an otherwise sorted list.
    let alpha = alphabet(&mut rng, 26);
    let mut words = chained(&mut rng, &alpha);
    words[50] = words[49][..60].to_vec();
    emit("max-prefix-violation-in-the-middle", &args(&words));

    // Neighbours agree up to position 98 and differ at 99: the only rules
    // are deep inside the words; the letters before them are rule-free.
    let alpha = alphabet(&mut rng, 26);
    let common: Vec<u8> = (0..MAX_LEN - 1).map(|_| *rng.pick(&alpha[..6])).collect();
    let mut words: Vec<Vec<u8>> = (0..MAX_WORDS)
        .map(|_| {
            let mut w = common.clone();
            w.push(*rng.pick(&alpha[6..]));
            w
        })
        .collect();
    alien_sort(&mut words, &alpha);
    emit("max-rules-at-the-last-letter", &args(&words));
    // The same with one deep contradiction.
    let i = (0..MAX_WORDS - 1).find(|&i| words[i] != words[i + 1]).unwrap();
    words.swap(i, i + 1);
    emit("max-deep-contradiction", &args(&words));

    // No rules at all: the same word a hundred times, and a single word.
    let alpha = alphabet(&mut rng, 26);
    let mut w: Vec<u8> = alpha.clone();
    while w.len() < MAX_LEN {
        w.push(*rng.pick(&alpha));
    }
    rng.shuffle(&mut w);
    emit("max-same-word", &args(&vec![w.clone(); MAX_WORDS]));
    emit("one-long-word", &args(&[w]));
    emit("max-one-letter", &args(&vec![vec![b'q'; MAX_LEN]; MAX_WORDS]));
    // A hundred one-letter words.
    let alpha = alphabet(&mut rng, 26);
    let mut words: Vec<Vec<u8>> = (0..MAX_WORDS).map(|_| vec![*rng.pick(&alpha)]).collect();
    alien_sort(&mut words, &alpha);
    emit("one-letter-words", &args(&words));
}
