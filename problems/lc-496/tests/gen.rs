use judge_harness::r#gen::{emit, list, Rng, sized};

const MAX_N: usize = 1000;
const MAX_V: i64 = 10_000;

fn emit_case(name: &str, nums1: &[i64], nums2: &[i64]) {
    assert!(!nums1.is_empty() && nums1.len() <= nums2.len() && nums2.len() <= MAX_N);
    assert!(nums2.iter().all(|v| (0..=MAX_V).contains(v)));
    let mut seen = nums2.to_vec();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), nums2.len(), "{name}: nums2 not unique");
    let mut q = nums1.to_vec();
    q.sort();
    q.dedup();
    assert_eq!(q.len(), nums1.len(), "{name}: nums1 not unique");
    assert!(nums1.iter().all(|x| seen.binary_search(x).is_ok()));
    emit(name, &format!("[{},{}]", list(nums1), list(nums2)));
}

/// `n` distinct values from `0..=top`, in random order.
fn distinct(rng: &mut Rng, n: usize, top: i64) -> Vec<i64> {
    let mut all: Vec<i64> = (0..=top).collect();
    rng.shuffle(&mut all);
    all.truncate(n);
    all
}

/// A random selection of `m` values of `nums2`, in random order.
fn queries(rng: &mut Rng, nums2: &[i64], m: usize) -> Vec<i64> {
    let mut q = nums2.to_vec();
    rng.shuffle(&mut q);
    q.truncate(m);
    q
}

/// A random valid input of size n = nums2.length (1 <= n <= 1000): n
/// distinct values from 0..=3n+3 (capped at 10^4), so small inputs are
/// close together, and 1..=n of them queried in random order.
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (3 * n as i64 + 3).min(MAX_V);
    let nums2 = distinct(rng, n, top);
    let m = 1 + rng.below(n);
    let nums1 = queries(rng, &nums2, m);
    format!("[{},{}]", list(&nums1), list(&nums2))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(496);

    // Small cases, for the brute force.
    for i in 0..30 {
        let n = 1 + rng.below(12);
        let top = (n as i64 - 1) + rng.range(0, 10);
        let nums2 = distinct(&mut rng, n, top);
        let m = 1 + rng.below(n);
        let nums1 = queries(&mut rng, &nums2, m);
        emit_case(&format!("small-{i}"), &nums1, &nums2);
    }
    for i in 0..4 {
        let n = 50 + rng.below(300);
        let nums2 = distinct(&mut rng, n, MAX_V);
        let m = 1 + rng.below(n);
        let nums1 = queries(&mut rng, &nums2, m);
        emit_case(&format!("medium-{i}"), &nums1, &nums2);
    }

    // Maximum sizes: every value of nums2 is queried.
    for i in 0..2 {
        let nums2 = distinct(&mut rng, MAX_N, MAX_V);
        let nums1 = queries(&mut rng, &nums2, MAX_N);
        emit_case(&format!("random-max-{i}"), &nums1, &nums2);
    }
    // Includes both extreme values 0 and 10^4.
    let mut nums2 = distinct(&mut rng, MAX_N - 2, MAX_V - 1);
    nums2.retain(|&v| v != 0);
    nums2.truncate(MAX_N - 2);
    nums2.insert(rng.below(nums2.len()), 0);
    nums2.insert(rng.below(nums2.len()), MAX_V);
    let nums1 = queries(&mut rng, &nums2, MAX_N / 2);
    emit_case("extremes-max", &nums1, &nums2);

    // Falling: nobody has a next greater element.
    let falling: Vec<i64> = (0..MAX_N as i64).map(|i| MAX_V - 10 * i).collect();
    let nums1 = queries(&mut rng, &falling, MAX_N);
    emit_case("falling-max", &nums1, &falling);
    // Rising: each value's answer is its right neighbour.
    let rising: Vec<i64> = falling.iter().rev().copied().collect();
    let nums1 = queries(&mut rng, &rising, MAX_N);
    emit_case("rising-max", &nums1, &rising);
    // Falling, then the maximum at the very end: everyone waits for it.
    let mut late: Vec<i64> = (0..MAX_N as i64 - 1).map(|i| 9000 - 3 * i).collect();
    late.push(MAX_V);
    let nums1 = queries(&mut rng, &late, MAX_N);
    emit_case("max-last", &nums1, &late);
    // Saw-tooth: falling runs of 50, each run a bit higher than the last.
    let saw: Vec<i64> = (0..MAX_N as i64).map(|i| (i / 50) * 200 + 100 - 2 * (i % 50)).collect();
    let nums1 = queries(&mut rng, &saw, MAX_N / 3);
    emit_case("sawtooth-max", &nums1, &saw);
    // A single query, the minimum, sitting at the end of a long array.
    let mut tail = distinct(&mut rng, MAX_N, MAX_V);
    let pos = tail.iter().position(|&v| v == *tail.iter().min().unwrap()).unwrap();
    let last = tail.len() - 1;
    tail.swap(pos, last);
    let q = vec![tail[last]];
    emit_case("min-last-one-query", &q, &tail);
}
