use judge_harness::r#gen::{Rng, emit, sized};

type Board = [[u8; 9]; 9]; // 0 for an empty cell

fn case(name: &str, b: &Board) {
    let rows: Vec<String> = b
        .iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .map(|&d| if d == 0 { "\".\"".to_string() } else { format!("\"{d}\"") })
                .collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    emit(name, &format!("[[{}]]", rows.join(",")));
}

/// A random complete solution: a fixed pattern with its digits relabelled,
/// rows and columns shuffled within their bands, and the bands shuffled.
fn solved(rng: &mut Rng) -> Board {
    let mut digits: Vec<u8> = (1..=9).collect();
    rng.shuffle(&mut digits);
    let order = |rng: &mut Rng| {
        let mut bands = vec![0, 1, 2];
        rng.shuffle(&mut bands);
        let mut out = Vec::new();
        for b in bands {
            let mut inner = vec![0, 1, 2];
            rng.shuffle(&mut inner);
            out.extend(inner.into_iter().map(|i| b * 3 + i));
        }
        out
    };
    let rows = order(rng);
    let cols = order(rng);
    let mut b = [[0u8; 9]; 9];
    for r in 0..9 {
        for c in 0..9 {
            let (rr, cc) = (rows[r], cols[c]);
            b[r][c] = digits[(rr * 3 + rr / 3 + cc) % 9];
        }
    }
    b
}

fn blank(rng: &mut Rng, b: &mut Board, p_keep: f64) {
    for row in b.iter_mut() {
        for d in row.iter_mut() {
            if !rng.chance(p_keep) {
                *d = 0;
            }
        }
    }
}

/// Puts, into some cell, a copy of a digit that already occurs in that
/// cell's row (kind 0), column (kind 1) or box (kind 2), away from the cell.
fn break_rule(rng: &mut Rng, b: &mut Board, kind: usize) {
    loop {
        let (r, c) = (rng.below(9), rng.below(9));
        let (r2, c2) = match kind {
            0 => (r, rng.below(9)),
            1 => (rng.below(9), c),
            _ => ((r / 3) * 3 + rng.below(3), (c / 3) * 3 + rng.below(3)),
        };
        // For a box conflict, take a cell in another row and column so that
        // only the box rule sees it.
        if (r, c) == (r2, c2) || (kind == 2 && (r == r2 || c == c2)) || b[r2][c2] == 0 {
            continue;
        }
        b[r][c] = b[r2][c2];
        return;
    }
}

/// The argument `[board]` for a board.
fn board_arg(b: &Board) -> String {
    let rows: Vec<String> = b
        .iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .map(|&d| if d == 0 { "\".\"".to_string() } else { format!("\"{d}\"") })
                .collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    format!("[[{}]]", rows.join(","))
}

/// A random valid input (the size is always n = 9): part of a random solved
/// board, at a random density, left valid or with one row, column or box
/// rule broken; now and then digits scattered at random instead.
fn random(rng: &mut Rng, n: usize) -> String {
    assert_eq!(n, 9, "the board is always 9 x 9");
    if rng.chance(0.15) {
        let mut b = [[0u8; 9]; 9];
        let count = 3 + rng.below(25);
        for _ in 0..count {
            b[rng.below(9)][rng.below(9)] = 1 + rng.below(9) as u8;
        }
        return board_arg(&b);
    }
    let mut b = solved(rng);
    let p_keep = 0.1 + 0.9 * rng.range(0, 100) as f64 / 100.0;
    blank(rng, &mut b, p_keep);
    if b.iter().all(|row| row.iter().all(|&d| d == 0)) {
        b[rng.below(9)][rng.below(9)] = 1 + rng.below(9) as u8;
    }
    let kind = rng.below(6);
    if kind < 3 {
        break_rule(rng, &mut b, kind);
    }
    board_arg(&b)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(36);

    // Valid boards, from nearly empty to complete.
    for (i, p) in [0.05, 0.2, 0.35, 0.5, 0.7, 0.9, 1.0, 1.0].into_iter().enumerate() {
        for j in 0..3 {
            let mut b = solved(&mut rng);
            blank(&mut rng, &mut b, p);
            case(&format!("valid-{i}-{j}"), &b);
        }
    }
    // One rule broken, of each kind, at several densities.
    for (i, p) in [0.2, 0.4, 0.6, 0.9].into_iter().enumerate() {
        for kind in 0..3 {
            for j in 0..2 {
                let mut b = solved(&mut rng);
                blank(&mut rng, &mut b, p);
                break_rule(&mut rng, &mut b, kind);
                let what = ["row", "column", "box"][kind];
                case(&format!("broken-{what}-{i}-{j}"), &b);
            }
        }
    }
    // Random digits scattered at random: sometimes valid, usually not.
    for i in 0..16 {
        let mut b = [[0u8; 9]; 9];
        let count = 3 + rng.below(20);
        for _ in 0..count {
            b[rng.below(9)][rng.below(9)] = 1 + rng.below(9) as u8;
        }
        case(&format!("scattered-{i}"), &b);
    }
    // A complete board with two digits swapped inside one row: each column
    // involved now holds a repeat.
    for i in 0..4 {
        let mut b = solved(&mut rng);
        let r = rng.below(9);
        let (c1, c2) = (rng.below(3), 6 + rng.below(3));
        let (x, y) = (b[r][c1], b[r][c2]);
        b[r][c1] = y;
        b[r][c2] = x;
        case(&format!("swapped-in-row-{i}"), &b);
    }
}
