use judge_harness::r#gen::{Rng, emit, sized, string, strings};
use std::collections::HashSet;

const MAX_N: usize = 5000;

fn word_string(w: &[u8]) -> String {
    String::from_utf8(w.to_vec()).unwrap()
}

fn args(begin: &[u8], end: &[u8], list: &[Vec<u8>]) -> String {
    let l = begin.len();
    assert!((1..=10).contains(&l) && end.len() == l && begin != end);
    assert!((1..=MAX_N).contains(&list.len()));
    let mut seen = HashSet::new();
    for w in list {
        assert!(w.len() == l && w.iter().all(u8::is_ascii_lowercase));
        assert!(seen.insert(w.clone()), "repeated word");
    }
    let words: Vec<String> = list.iter().map(|w| word_string(w)).collect();
    format!("[{},{},{}]", string(&word_string(begin)), string(&word_string(end)), strings(&words))
}

fn random_word(rng: &mut Rng, l: usize, k: usize) -> Vec<u8> {
    (0..l).map(|_| b'a' + rng.below(k) as u8).collect()
}

fn space(l: usize, k: usize) -> u128 {
    (k as u128).pow(l as u32)
}

/// A dictionary builder: distinct words of length `l` over the first `k`
/// letters.
struct Dict {
    l: usize,
    k: usize,
    words: Vec<Vec<u8>>,
    seen: HashSet<Vec<u8>>,
}

impl Dict {
    fn new(l: usize, k: usize) -> Dict {
        Dict { l, k, words: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, w: &[u8]) -> bool {
        if self.seen.insert(w.to_vec()) {
            self.words.push(w.to_vec());
            true
        } else {
            false
        }
    }

    /// Random words (avoiding `banned`) until there are `n`.
    fn fill(&mut self, rng: &mut Rng, n: usize, banned: &[&[u8]]) {
        let total = space(self.l, self.k);
        if total <= 4 * n as u128 + 16 {
            // Small space: list it all and take a random part.
            let mut all: Vec<Vec<u8>> = vec![Vec::new()];
            for _ in 0..self.l {
                all = all
                    .into_iter()
                    .flat_map(|w| (0..self.k).map(move |c| {
                        let mut v = w.clone();
                        v.push(b'a' + c as u8);
                        v
                    }))
                    .collect();
            }
            rng.shuffle(&mut all);
            for w in all {
                if self.words.len() >= n {
                    break;
                }
                if !banned.contains(&w.as_slice()) {
                    self.add(&w);
                }
            }
        }
        while self.words.len() < n {
            let w = random_word(rng, self.l, self.k);
            if !banned.contains(&w.as_slice()) {
                self.add(&w);
            }
        }
        assert_eq!(self.words.len(), n);
    }
}

/// A walk of `steps` single-letter changes from `from` (letters below k).
fn walk(rng: &mut Rng, from: &[u8], steps: usize, k: usize) -> Vec<Vec<u8>> {
    let mut cur = from.to_vec();
    let mut out = Vec::new();
    for _ in 0..steps {
        let i = rng.below(cur.len());
        let c = b'a' + rng.below(k) as u8;
        if c != cur[i] {
            cur[i] = c;
            out.push(cur.clone());
        }
    }
    out
}

/// A random valid input with `n` dictionary words (1 <= n <= 5000). The
/// word length and alphabet are chosen so that n + 2 distinct words exist,
/// usually few letters (a dense word graph) and sometimes many (sparse).
/// Most of the time a random walk from beginWord is planted so that
/// endWord (its end) is reachable; endWord is left out of the dictionary
/// 15% of the time; beginWord is in it 20% of the time.
fn random(rng: &mut Rng, n: usize) -> String {
    let need = n as u128 + 2;
    let lmin = (1..=10).find(|&l| space(l, 26) >= need).unwrap();
    let l = lmin + rng.below((11 - lmin).min(4));
    let kmin = (2..=26).find(|&k| space(l, k) >= need).unwrap();
    let spread = if rng.chance(0.2) { 24 } else { 3 };
    let k = (kmin + rng.below(spread)).min(26);
    let begin = random_word(rng, l, k);
    let mut dict = Dict::new(l, k);
    let planted = if rng.chance(0.7) {
        let steps = 1 + rng.below(3 * l);
        walk(rng, &begin, steps, k)
    } else {
        Vec::new()
    };
    let end = loop {
        let w = match planted.last() {
            Some(w) if w != &begin && rng.chance(0.9) => w.clone(),
            _ => random_word(rng, l, k),
        };
        if w != begin {
            break w;
        }
    };
    let end_in = rng.chance(0.85) || n == 1 && space(l, k) < 3;
    if end_in {
        dict.add(&end);
    }
    if rng.chance(0.2) && dict.words.len() < n {
        dict.add(&begin);
    }
    for w in &planted {
        if dict.words.len() >= n {
            break;
        }
        if w != &begin && w != &end {
            dict.add(w);
        }
    }
    // beginWord stays out unless it was added above; endWord stays out
    // unless it is meant to be in.
    let mut banned: Vec<&[u8]> = Vec::new();
    if !dict.seen.contains(&begin) {
        banned.push(&begin);
    }
    if !end_in {
        banned.push(&end);
    }
    dict.fill(rng, n, &banned);
    rng.shuffle(&mut dict.words);
    args(&begin, &end, &dict.words)
}

/// A path of words where step j changes position j mod l to a fresh random
/// letter (26 letters): far-apart words differ in many places, so the
/// shortest ladder follows the whole path.
fn long_path(rng: &mut Rng, l: usize, len: usize) -> Vec<Vec<u8>> {
    let mut seen = HashSet::new();
    let mut cur = random_word(rng, l, 26);
    let mut out = vec![cur.clone()];
    seen.insert(cur.clone());
    let mut j = 0;
    while out.len() < len {
        let i = j % l;
        let c = b'a' + rng.below(26) as u8;
        if c == cur[i] {
            continue;
        }
        let mut next = cur.clone();
        next[i] = c;
        if seen.insert(next.clone()) {
            cur = next;
            out.push(cur.clone());
            j += 1;
        }
    }
    out
}

fn main() {
    sized(random);
    let mut rng = Rng::new(127);

    // Small cases for the brute force.
    for i in 0..36 {
        let n = 1 + rng.below(12);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    // Dense dictionaries over three letters, words of length 8 (6561 words
    // exist): the ladder exists, and (worst for exploring) endWord is cut off.
    for k in 0..2 {
        let begin = random_word(&mut rng, 8, 3);
        let end = random_word(&mut rng, 8, 3);
        let mut d = Dict::new(8, 3);
        d.add(&end);
        d.fill(&mut rng, MAX_N, &[&begin]);
        rng.shuffle(&mut d.words);
        emit(&format!("max-dense-three-letters-{k}"), &args(&begin, &end, &d.words));
    }
    // Dense, but endWord is not in the dictionary.
    let begin = random_word(&mut rng, 8, 3);
    let end = random_word(&mut rng, 8, 3);
    let mut d = Dict::new(8, 3);
    d.fill(&mut rng, MAX_N, &[&begin, &end]);
    emit("max-dense-end-missing", &args(&begin, &end, &d.words));
    // Dense, and endWord in the dictionary but isolated: it uses a letter
    // nobody else uses in two positions.
    let mut end = random_word(&mut rng, 8, 3);
    end[0] = b'z';
    end[1] = b'z';
    let mut d = Dict::new(8, 3);
    d.add(&end);
    d.fill(&mut rng, MAX_N, &[&begin]);
    rng.shuffle(&mut d.words);
    emit("max-dense-end-isolated", &args(&begin, &end, &d.words));
    // One long path of 5000 words of length 10 (answer 5000), shuffled,
    // and the same path in order.
    let path = long_path(&mut rng, 10, MAX_N + 1);
    let mut words = path[1..].to_vec();
    emit("max-long-path-in-order", &args(&path[0], &path[MAX_N], &words));
    rng.shuffle(&mut words);
    emit("max-long-path-shuffled", &args(&path[0], &path[MAX_N], &words));
    // A path of 1500 five-letter words hidden among random five-letter words.
    let path = long_path(&mut rng, 5, 1500);
    let mut d = Dict::new(5, 26);
    for w in &path[1..] {
        d.add(w);
    }
    d.fill(&mut rng, MAX_N, &[&path[0]]);
    rng.shuffle(&mut d.words);
    emit("max-path-in-noise", &args(&path[0], &path[1499], &d.words));
    // Sparse random words of length 10 over 26 letters: nothing connects.
    let begin = random_word(&mut rng, 10, 26);
    let end = random_word(&mut rng, 10, 26);
    let mut d = Dict::new(10, 26);
    d.add(&end);
    d.fill(&mut rng, MAX_N, &[&begin]);
    emit("max-sparse-long-words", &args(&begin, &end, &d.words));
    // Three-letter words over 26 letters (17576 exist): many neighbours each.
    let begin = b"abc".to_vec();
    let end = b"xyz".to_vec();
    let mut d = Dict::new(3, 26);
    d.add(&end);
    d.fill(&mut rng, MAX_N, &[&begin]);
    rng.shuffle(&mut d.words);
    emit("max-three-letter-words", &args(&begin, &end, &d.words));
    // Ten-letter words that all differ from beginWord in one position only
    // (a star of 250 words), plus random words.
    let begin = random_word(&mut rng, 10, 26);
    let mut d = Dict::new(10, 26);
    for i in 0..10 {
        for c in b'a'..=b'z' {
            let mut w = begin.clone();
            if w[i] != c {
                w[i] = c;
                d.add(&w);
            }
        }
    }
    let end = d.words[d.words.len() - 1].clone();
    d.fill(&mut rng, MAX_N, &[&begin]);
    rng.shuffle(&mut d.words);
    emit("max-star-around-begin", &args(&begin, &end, &d.words));
    // Single-letter words: all 26 letters but beginWord's.
    let mut d = Dict::new(1, 26);
    d.fill(&mut rng, 25, &[b"q"]);
    emit("all-single-letters", &args(b"q", b"e", &d.words));
}
