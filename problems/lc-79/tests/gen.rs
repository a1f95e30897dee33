use judge_harness::r#gen::{Rng, emit, sized, string, strings};

const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn args(board: &[Vec<u8>], word: &[u8]) -> String {
    let rows: Vec<String> = board
        .iter()
        .map(|row| {
            let cells: Vec<String> = row.iter().map(|&c| (c as char).to_string()).collect();
            strings(&cells)
        })
        .collect();
    format!(
        "[[{}],{}]",
        rows.join(","),
        string(std::str::from_utf8(word).unwrap())
    )
}

fn random_board(rng: &mut Rng, m: usize, n: usize, alphabet: &[u8]) -> Vec<Vec<u8>> {
    (0..m).map(|_| (0..n).map(|_| *rng.pick(alphabet)).collect()).collect()
}

/// The letters along a random self-avoiding walk of at most `len` cells.
fn walk_word(rng: &mut Rng, board: &[Vec<u8>], len: usize) -> Vec<u8> {
    let (m, n) = (board.len() as i64, board[0].len() as i64);
    let (mut r, mut c) = (rng.below(m as usize) as i64, rng.below(n as usize) as i64);
    let mut used = vec![(r, c)];
    while used.len() < len {
        let next: Vec<(i64, i64)> = [(-1, 0), (1, 0), (0, -1), (0, 1)]
            .iter()
            .map(|&(dr, dc)| (r + dr, c + dc))
            .filter(|&(a, b)| a >= 0 && b >= 0 && a < m && b < n && !used.contains(&(a, b)))
            .collect();
        if next.is_empty() {
            break;
        }
        (r, c) = *rng.pick(&next);
        used.push((r, c));
    }
    used.iter().map(|&(a, b)| board[a as usize][b as usize]).collect()
}

fn random_word(rng: &mut Rng, len: usize, alphabet: &[u8]) -> Vec<u8> {
    (0..len).map(|_| *rng.pick(alphabet)).collect()
}

/// A random shape rows x cols (each in 1..=max) with rows*cols as close to
/// `n` as the limits allow, among all such shapes.
fn shape(rng: &mut Rng, n: usize, max: usize) -> (usize, usize) {
    let mut best = Vec::new();
    let mut dist = usize::MAX;
    for r in 1..=max {
        for c in 1..=max {
            let d = (r * c).abs_diff(n);
            if d < dist {
                dist = d;
                best.clear();
            }
            if d == dist {
                best.push((r, c));
            }
        }
    }
    *rng.pick(&best)
}

/// A random valid input of about `n` cells (1 <= n <= 36): the shape
/// closest to n cells, letters from an alphabet that grows with n (two to
/// all 52), and a word of 1 to 15 letters: half of the time read along a
/// path of the board (so it exists, unless one letter is then changed),
/// otherwise random over the same alphabet.
fn random(rng: &mut Rng, n: usize) -> String {
    let (m, k) = shape(rng, n, 6);
    let size = (2 + rng.below(1 + n / 3)).min(LETTERS.len());
    let mut pool = LETTERS.to_vec();
    rng.shuffle(&mut pool);
    let alphabet = &pool[..size];
    let board = random_board(rng, m, k, alphabet);
    let word = if rng.chance(0.5) {
        let len = 1 + rng.below(15.min(m * k));
        let mut w = walk_word(rng, &board, len);
        if rng.chance(0.3) {
            let at = rng.below(w.len());
            w[at] = *rng.pick(alphabet);
        }
        w
    } else {
        let len = 1 + rng.below(15);
        random_word(rng, len, alphabet)
    };
    args(&board, &word)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(79);

    // Small boards over few letters: paths that exist, and random words.
    let alphabets: [&[u8]; 4] = [b"AB", b"ABC", b"aAb", b"abcd"];
    for i in 0..36 {
        let (m, n) = (1 + rng.below(4), 1 + rng.below(4));
        let alphabet = alphabets[i % alphabets.len()];
        let board = random_board(&mut rng, m, n, alphabet);
        let len = 1 + rng.below(8.min(m * n + 1));
        let word = if i % 2 == 0 {
            walk_word(&mut rng, &board, len)
        } else {
            random_word(&mut rng, len, alphabet)
        };
        emit(&format!("small-{i}"), &args(&board, &word));
    }

    // Full-size boards, all letters: long existing paths and near misses.
    for i in 0..6 {
        let (m, n) = (6, 6);
        let board = random_board(&mut rng, m, n, LETTERS);
        let mut word = walk_word(&mut rng, &board, 15);
        if i % 2 == 1 {
            // Change one letter: almost always no longer on the board.
            let k = rng.below(word.len());
            word[k] = *rng.pick(LETTERS);
        }
        emit(&format!("random-letters-{i}"), &args(&board, &word));
    }

    // Full-size boards over two or three letters: many partial matches.
    for i in 0..8 {
        let (m, n) = (4 + rng.below(3), 4 + rng.below(3));
        let alphabet: &[u8] = if i % 2 == 0 { b"AB" } else { b"ABC" };
        let board = random_board(&mut rng, m, n, alphabet);
        let word = if i % 4 < 2 {
            walk_word(&mut rng, &board, 15)
        } else {
            let len = 10 + rng.below(6);
            random_word(&mut rng, len, alphabet)
        };
        emit(&format!("few-letters-{i}"), &args(&board, &word));
    }

    // All A's with one different letter: reached only at the very end of the word.
    let mut board = vec![vec![b'A'; 6]; 6];
    board[5][5] = b'B';
    emit("all-a-b-corner", &args(&board, b"AAAAAAAAAAAAAAB"));
    let mut board = vec![vec![b'A'; 6]; 6];
    board[2][3] = b'B';
    emit("all-a-b-centre", &args(&board, b"AAAAAAAAAAAAAAB"));
    emit("all-a-b-first", &args(&board, b"BAAAAAAAAAAAAAA"));

    // B and C present but never adjacent: every run of A's is a dead end.
    let mut board = vec![vec![b'A'; 6]; 6];
    board[0][0] = b'B';
    board[5][5] = b'C';
    emit("all-a-bc-apart", &args(&board, b"AAAAAAAAAAAAABC"));
    emit("all-a-bc-apart-middle", &args(&board, b"AAAAAAABCAAAAAA"));

    // A word needing more A's than a 6 x 6 board minus one cell can give.
    let mut board = vec![vec![b'A'; 6]; 6];
    board[3][3] = b'Z';
    emit("all-a-with-hole", &args(&board, b"AAAAAAAAAAAAAAA"));

    // Checkerboard: every alternating path matches.
    let board: Vec<Vec<u8>> = (0..6)
        .map(|r| (0..6).map(|c| if (r + c) % 2 == 0 { b'A' } else { b'B' }).collect())
        .collect();
    emit("checkerboard-true", &args(&board, b"ABABABABABABABA"));

    // A snake visiting all 36 cells; the word is its last 15 letters reversed.
    let mut board = vec![vec![b'a'; 6]; 6];
    let mut order = Vec::new();
    for r in 0..6 {
        for k in 0..6 {
            let c = if r % 2 == 0 { k } else { 5 - k };
            order.push((r, c));
        }
    }
    for (i, &(r, c)) in order.iter().enumerate() {
        board[r][c] = LETTERS[i % LETTERS.len()];
    }
    let word: Vec<u8> = order[21..].iter().rev().map(|&(r, c)| board[r][c]).collect();
    emit("snake-tail-reversed", &args(&board, &word));

    // 1 x 6 and 6 x 1 boards.
    let row = vec![b"abcabc".to_vec()];
    emit("one-row-max", &args(&row, b"cbacb"));
    let col: Vec<Vec<u8>> = b"ABCDEF".iter().map(|&c| vec![c]).collect();
    emit("one-column-max", &args(&col, b"ABCDEFE"));
}
