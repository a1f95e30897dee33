use judge_harness::r#gen::{Rng, emit, sized};

const MAX_SIDE: u64 = 100;
const MAX_ANSWER: u128 = 2_000_000_000;

/// The number of routes on an m x n board, C(m + n - 2, m - 1).
fn routes(m: u64, n: u64) -> u128 {
    let total = (m + n - 2) as u128;
    let k = (m.min(n) - 1) as u128;
    let mut r: u128 = 1;
    for i in 1..=k {
        r = r * (total - k + i) / i;
    }
    r
}

fn valid(m: u64, n: u64) -> bool {
    (1..=MAX_SIDE).contains(&m) && (1..=MAX_SIDE).contains(&n) && routes(m, n) <= MAX_ANSWER
}

/// A random valid board with m + n = `s` (2 <= s <= 107): the number of
/// rows is chosen among those whose board has at most 2 * 10^9 routes.
fn any_board(rng: &mut Rng, s: usize) -> String {
    let s = s as u64;
    let rows: Vec<u64> = (1..s).filter(|&m| valid(m, s - m)).collect();
    let m = *rng.pick(&rows);
    format!("[{},{}]", m, s - m)
}

/// For the sized generator: three times in four the valid board of `s`
/// with the most routes (a count of the routes one by one takes as long as
/// there are routes), else any valid board.
fn random(rng: &mut Rng, s: usize) -> String {
    if !rng.chance(0.75) {
        return any_board(rng, s);
    }
    let s = s as u64;
    let m = (1..s)
        .filter(|&m| valid(m, s - m))
        .max_by_key(|&m| routes(m, s - m))
        .expect("a valid board");
    format!("[{},{}]", m, s - m)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(62);

    // Every small board, for the brute force (which walks every route).
    for m in 1..=6u64 {
        for n in 1..=6u64 {
            emit(&format!("small-{m}x{n}"), &format!("[{m},{n}]"));
        }
    }
    // A few random mid-sized ones.
    for i in 0..6 {
        let s = rng.range(14, 24) as usize;
        emit(&format!("mid-{i}"), &any_board(&mut rng, s));
    }

    // The largest boards the answer bound allows, of different shapes.
    for (m, n) in [
        (1, 100),
        (100, 1),
        (2, 100),
        (100, 3),
        (7, 100),
        (100, 7),
        (8, 69),
        (69, 8),
        (9, 51),
        (11, 34),
        (34, 11),
        (16, 18),
        (17, 17),
        (18, 17),
    ] {
        assert!(valid(m, n), "{m}x{n}");
        emit(&format!("large-{m}x{n}"), &format!("[{m},{n}]"));
    }
}
