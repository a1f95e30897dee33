use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 200;

fn case(nums: &[i64]) -> String {
    format!("[{}]", list(nums))
}

/// `n` values in 1..=100 of one of a few kinds: uniform, small (1..=5),
/// multiples of k (2..=10; with an odd total of the quotients, half the total
/// is not a multiple of k, so no split exists), or one large value among
/// small ones.
fn values(rng: &mut Rng, n: usize, kind: usize) -> Vec<i64> {
    match kind {
        0 => (0..n).map(|_| rng.range(1, 100)).collect(),
        1 => (0..n).map(|_| rng.range(1, 5)).collect(),
        2 => {
            let k = rng.range(2, 10);
            (0..n).map(|_| k * rng.range(1, 100 / k)).collect()
        }
        _ => {
            let mut v: Vec<i64> = (0..n).map(|_| rng.range(1, 10)).collect();
            let i = rng.below(n);
            v[i] = rng.range(50, 100);
            v
        }
    }
}

/// One valid input of length n. The total is made even most of the time
/// (an odd total is the easy "false").
fn random(rng: &mut Rng, n: usize) -> String {
    let kind = rng.below(4);
    let mut v = values(rng, n, kind);
    let total: i64 = v.iter().sum();
    if total % 2 == 1 && rng.chance(0.8) {
        // Make the total even by changing one value by one.
        let i = rng.below(n);
        v[i] = if v[i] < 100 { v[i] + 1 } else { v[i] - 1 };
    }
    case(&v)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(416);

    // Small cases for the brute force (2^n splits).
    for i in 0..36 {
        let n = 1 + rng.below(16);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    // Largest size.
    for i in 0..2 {
        emit(&format!("max-random-{i}"), &random(&mut rng, MAX_N));
    }
    let mut v = values(&mut rng, MAX_N, 0);
    if v.iter().sum::<i64>() % 2 == 0 {
        v[0] = if v[0] < 100 { v[0] + 1 } else { 99 };
    }
    emit("max-odd-total", &case(&v));
    // All even, half the total odd: no split, and every sum up to the half
    // is explored (the worst case for search-based solutions).
    let mut v = vec![100i64; MAX_N - 1];
    v.push(2);
    emit("max-even-values-odd-half", &case(&v));
    // Multiples of 6 whose quotients add up to an odd number: the half is
    // 3 mod 6, never reachable.
    let mut v: Vec<i64> = (0..MAX_N).map(|_| 6 * rng.range(1, 16)).collect();
    if v.iter().map(|x| x / 6).sum::<i64>() % 2 == 0 {
        v[0] = if v[0] < 96 { v[0] + 6 } else { 90 };
    }
    emit("max-multiples-of-six-no-split", &case(&v));
    let mut v: Vec<i64> = (0..MAX_N).map(|_| 4 * rng.range(13, 25)).collect();
    if v.iter().map(|x| x / 4).sum::<i64>() % 2 == 0 {
        v[0] += 4;
    }
    emit("max-multiples-of-four-no-split", &case(&v));
    emit("max-all-hundreds", &case(&vec![100; MAX_N]));
    emit("max-all-ones", &case(&vec![1; MAX_N]));
    // One 100 and 199 ones minus a few: splits exactly one way.
    let mut v = vec![1i64; 100];
    v.push(100);
    v.extend(vec![50i64; 2]);
    v.extend(vec![25i64; 4]);
    rng.shuffle(&mut v);
    emit("max-ones-and-large", &case(&v));
    // A split exists only by pairing the few odd values well.
    let mut v: Vec<i64> = (0..MAX_N - 2).map(|_| 2 * rng.range(1, 50)).collect();
    v.push(97);
    v.push(99);
    rng.shuffle(&mut v);
    emit("max-two-odd-values", &case(&v));
    // Sorted ascending and descending random values with an even total.
    let mut v = values(&mut rng, MAX_N, 0);
    if v.iter().sum::<i64>() % 2 == 1 {
        v[0] = if v[0] < 100 { v[0] + 1 } else { 99 };
    }
    v.sort();
    emit("max-sorted", &case(&v));
    v.reverse();
    emit("max-sorted-desc", &case(&v));
}
