use judge_harness::r#gen::{Rng, emit, sized, strings};
use std::collections::HashSet;

const MAX_SIDE: usize = 12;
const MAX_WORDS: usize = 30_000;
const MAX_WORD: usize = 10;

fn put(name: &str, board: &[Vec<u8>], words: &[String]) {
    let (m, n) = (board.len(), board[0].len());
    assert!((1..=MAX_SIDE).contains(&m) && (1..=MAX_SIDE).contains(&n), "{name}: board size");
    assert!(board.iter().all(|row| row.len() == n && row.iter().all(|b| b.is_ascii_lowercase())), "{name}: board");
    assert!((1..=MAX_WORDS).contains(&words.len()), "{name}: word count");
    assert!(words.iter().all(|w| (1..=MAX_WORD).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())), "{name}: word");
    let unique: HashSet<&String> = words.iter().collect();
    assert_eq!(unique.len(), words.len(), "{name}: words must be distinct");
    let rows: Vec<String> = board
        .iter()
        .map(|row| {
            let cells: Vec<String> = row.iter().map(|&b| (b as char).to_string()).collect();
            strings(&cells)
        })
        .collect();
    emit(name, &format!("[[{}],{}]", rows.join(","), strings(words)));
}

fn board(rng: &mut Rng, m: usize, n: usize, letters: u8) -> Vec<Vec<u8>> {
    (0..m).map(|_| (0..n).map(|_| b'a' + rng.below(letters as usize) as u8).collect()).collect()
}

fn word(rng: &mut Rng, len: usize, letters: u8) -> String {
    (0..len).map(|_| (b'a' + rng.below(letters as usize) as u8) as char).collect()
}

/// The letters along a random self-avoiding walk of up to `len` cells.
fn path_word(rng: &mut Rng, b: &[Vec<u8>], len: usize) -> String {
    let (m, n) = (b.len(), b[0].len());
    let (mut r, mut c) = (rng.below(m), rng.below(n));
    let mut used = vec![vec![false; n]; m];
    let mut s = String::new();
    loop {
        used[r][c] = true;
        s.push(b[r][c] as char);
        if s.len() == len {
            break;
        }
        let mut next = Vec::new();
        if r > 0 && !used[r - 1][c] { next.push((r - 1, c)); }
        if r + 1 < m && !used[r + 1][c] { next.push((r + 1, c)); }
        if c > 0 && !used[r][c - 1] { next.push((r, c - 1)); }
        if c + 1 < n && !used[r][c + 1] { next.push((r, c + 1)); }
        if next.is_empty() {
            break;
        }
        (r, c) = *rng.pick(&next);
    }
    s
}

/// Up to `count` distinct words from `make`, in the order first made.
fn distinct(count: usize, tries: usize, mut make: impl FnMut() -> String) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for _ in 0..tries {
        if out.len() == count {
            break;
        }
        let w = make();
        if seen.insert(w.clone()) {
            out.push(w);
        }
    }
    out
}

/// Random grid dimensions `(rows, cols)`, both in 1..=`side`, with
/// rows * cols as close to `cells` as they can be: a random choice among the
/// shapes within 2% (or the closest one) of it.
fn dims(rng: &mut Rng, cells: usize, side: usize) -> (usize, usize) {
    let cells = cells.clamp(1, side * side);
    let shapes: Vec<(usize, usize, usize)> = (cells.div_ceil(side)..=cells.min(side))
        .map(|r| {
            let c = ((cells + r / 2) / r).clamp(1, side);
            (r, c, (r * c).abs_diff(cells))
        })
        .collect();
    let best = shapes.iter().map(|s| s.2).min().unwrap();
    let near: Vec<(usize, usize)> =
        shapes.iter().filter(|s| s.2 <= best.max(cells / 50)).map(|s| (s.0, s.1)).collect();
    *rng.pick(&near)
}

/// A random valid input with a board of about `n` cells (1 <= n <= 144, both
/// sides at most 12) over 2, 3, 5 or 26 letters, and 10 * n to 20 * n distinct
/// words of 1 to 10 letters, half of them read along paths on the board
/// (mostly found), half random (mostly not).
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, w) = dims(rng, n, MAX_SIDE);
    let letters = *rng.pick(&[2u8, 3, 5, 26]);
    let b = board(rng, m, w, letters);
    let count = 10 * n + rng.below(10 * n + 1);
    let words = distinct(count, 20 * count, || {
        let len = 1 + rng.below(MAX_WORD);
        if rng.chance(0.5) { path_word(rng, &b, len) } else { word(rng, len, letters) }
    });
    let rows: Vec<String> = b
        .iter()
        .map(|row| {
            let cells: Vec<String> = row.iter().map(|&x| (x as char).to_string()).collect();
            strings(&cells)
        })
        .collect();
    format!("[[{}],{}]", rows.join(","), strings(&words))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(212);

    // Small boards and word lists for the brute-force cross-check: few
    // letters, half the words taken from paths on the board.
    for i in 0..40 {
        let (m, n) = (1 + rng.below(4), 1 + rng.below(4));
        let letters = [2, 3, 26][i % 3];
        let b = board(&mut rng, m, n, letters);
        let count = 1 + rng.below(12);
        let words = distinct(count, 200, || {
            let len = 1 + rng.below(6);
            if rng.chance(0.5) { path_word(&mut rng, &b, len) } else { word(&mut rng, len, letters) }
        });
        put(&format!("small-{i}"), &b, &words);
    }

    // 12 x 12 of one letter; the words are long runs of it with other
    // letters at the end, so almost every path of a's is a live prefix.
    let b = vec![vec![b'a'; MAX_SIDE]; MAX_SIDE];
    let mut words: Vec<String> = (1..=MAX_WORD).map(|k| "a".repeat(k)).collect();
    let tails = distinct(MAX_WORDS - words.len(), 100_000, || {
        let k = 6 + rng.below(3);
        let tail = word(&mut rng, MAX_WORD - k, 26);
        format!("{}{}", "a".repeat(k), tail)
    });
    words.extend(tails.into_iter().filter(|w| w.bytes().any(|x| x != b'a')));
    put("max-one-letter-board", &b, &words);

    // Two letters on the board, every word over those two letters.
    let b = board(&mut rng, MAX_SIDE, MAX_SIDE, 2);
    let words = distinct(MAX_WORDS, 200_000, || {
        let len = 1 + rng.below(MAX_WORD);
        word(&mut rng, len, 2)
    });
    put("max-two-letters", &b, &words);

    // Three letters, 3 * 10^4 random words of lengths up to 10.
    let b = board(&mut rng, MAX_SIDE, MAX_SIDE, 3);
    let words = distinct(MAX_WORDS, 200_000, || {
        let len = 1 + rng.below(MAX_WORD);
        word(&mut rng, len, 3)
    });
    put("max-three-letters", &b, &words);

    // All 26 letters: words taken from paths on the board (mostly found),
    // mixed with random words (mostly not).
    let b = board(&mut rng, MAX_SIDE, MAX_SIDE, 26);
    let words = distinct(MAX_WORDS, 200_000, || {
        if rng.chance(0.6) {
            path_word(&mut rng, &b, MAX_WORD)
        } else {
            let len = 1 + rng.below(MAX_WORD);
            word(&mut rng, len, 26)
        }
    });
    put("max-paths-and-random", &b, &words);

    // All found: 3 * 10^4 path words on a board of five letters.
    let b = board(&mut rng, MAX_SIDE, MAX_SIDE, 5);
    let words = distinct(MAX_WORDS, 300_000, || {
        let len = 4 + rng.below(MAX_WORD - 3);
        path_word(&mut rng, &b, len)
    });
    put("max-all-from-paths", &b, &words);

    // A single row and a single column of the maximum length.
    let row = board(&mut rng, 1, MAX_SIDE, 3);
    let words = distinct(2000, 20_000, || {
        let len = 1 + rng.below(MAX_WORD);
        word(&mut rng, len, 3)
    });
    put("max-one-row", &row, &words);
    let col: Vec<Vec<u8>> = row[0].iter().map(|&x| vec![x]).collect();
    put("max-one-column", &col, &words);

    // The smallest board with the most words.
    let b = vec![vec![b'q']];
    let mut words = vec!["q".to_string()];
    words.extend(distinct(MAX_WORDS - 1, 200_000, || {
        let len = 2 + rng.below(MAX_WORD - 1);
        word(&mut rng, len, 26)
    }));
    put("one-cell-many-words", &b, &words);
}
