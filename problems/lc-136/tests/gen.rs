use judge_harness::r#gen::{Rng, emit, list, sized};

const LIMIT: i64 = 30_000;

/// `pairs` distinct values twice each and one other value once, shuffled
/// (or sorted, with the single at the end, when `sorted` is set).
fn make(rng: &mut Rng, pairs: usize, single: Option<i64>, sorted: bool) -> Vec<i64> {
    let mut pool: Vec<i64> = (-LIMIT..=LIMIT).collect();
    rng.shuffle(&mut pool);
    let single = single.unwrap_or(pool[pool.len() - 1]);
    let chosen: Vec<i64> = pool.into_iter().filter(|&v| v != single).take(pairs).collect();
    let mut v: Vec<i64> = chosen.iter().flat_map(|&x| [x, x]).collect();
    if sorted {
        v.sort();
        v.push(single);
    } else {
        v.push(single);
        rng.shuffle(&mut v);
    }
    assert!(v.len() <= 30_000);
    v
}

/// A random valid input of size `n` (1 <= n <= 3 * 10^4): (n - 1) / 2
/// distinct values twice each and one other value once, shuffled, so an
/// even `n` gives n - 1 numbers (the length is always odd). The values come
/// from a range that grows with n.
fn random(rng: &mut Rng, n: usize) -> String {
    let pairs = (n - 1) / 2;
    let span = (2 * n as i64 + 3).min(LIMIT);
    let mut pool: Vec<i64> = (-span..=span).collect();
    rng.shuffle(&mut pool);
    let mut v: Vec<i64> = pool[..pairs].iter().flat_map(|&x| [x, x]).collect();
    v.push(pool[pairs]);
    rng.shuffle(&mut v);
    format!("[{}]", list(&v))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(136);

    for i in 0..30 {
        let pairs = rng.below(8);
        let v = make(&mut rng, pairs, None, i % 5 == 0);
        emit(&format!("small-{i}"), &format!("[{}]", list(&v)));
    }

    // Largest size: 14999 pairs and the single value.
    let pairs = 14_999;
    for i in 0..3 {
        let v = make(&mut rng, pairs, None, false);
        emit(&format!("max-random-{i}"), &format!("[{}]", list(&v)));
    }
    emit("max-single-min", &format!("[{}]", list(&make(&mut rng, pairs, Some(-LIMIT), false))));
    emit("max-single-zero", &format!("[{}]", list(&make(&mut rng, pairs, Some(0), false))));
    // Sorted, the single value the largest: it is last.
    let mut v: Vec<i64> = (-LIMIT..LIMIT - 1).step_by(4).take(pairs).flat_map(|x| [x, x]).collect();
    v.push(LIMIT);
    emit("max-sorted-single-last", &format!("[{}]", list(&v)));
    emit("max-sorted-random-single", &format!("[{}]", list(&make(&mut rng, pairs, None, true))));
}
