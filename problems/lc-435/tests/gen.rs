use judge_harness::r#gen::{Rng, emit, sized};

const MAX_N: usize = 100_000;
const LO: i64 = -50_000;
const HI: i64 = 50_000;

fn emit_case(name: &str, intervals: &[(i64, i64)]) {
    assert!(!intervals.is_empty() && intervals.len() <= MAX_N);
    assert!(intervals.iter().all(|&(a, b)| LO <= a && a < b && b <= HI));
    let parts: Vec<String> = intervals.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
    emit(name, &format!("[[{}]]", parts.join(",")));
}

/// An interval inside lo..=hi whose length is at most max_len.
fn interval(rng: &mut Rng, lo: i64, hi: i64, max_len: i64) -> (i64, i64) {
    let a = rng.range(lo, hi - 1);
    let b = rng.range(a + 1, (a + max_len).min(hi));
    (a, b)
}

/// A random valid input of `n` intervals (1 <= n <= 10^5) inside
/// -(n+2)..=n+2 (capped at 5 * 10^4), so small inputs share and touch
/// ends; the longest interval is drawn per input, so some inputs keep most
/// intervals and others remove most.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (n as i64 + 2).min(HI);
    let max_len = rng.range(1, 2 * span);
    let v: Vec<String> = (0..n)
        .map(|_| {
            let (a, b) = interval(rng, -span, span, max_len);
            format!("[{a},{b}]")
        })
        .collect();
    format!("[[{}]]", v.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(435);

    // Small cases on a narrow range (many ties and touching ends), for the
    // brute force, which tries every subset here.
    for i in 0..36 {
        let n = 1 + rng.below(12);
        let span = 2 + rng.below(12) as i64;
        let max_len = 1 + rng.below(span as usize) as i64;
        let v: Vec<(i64, i64)> = (0..n).map(|_| interval(&mut rng, 0, span, max_len)).collect();
        emit_case(&format!("small-{i}"), &v);
    }
    // Medium cases (the brute force's quadratic fallback).
    for i in 0..6 {
        let n = 100 + rng.below(1500);
        let max_len = [5, 50, 500][i % 3];
        let v: Vec<(i64, i64)> = (0..n).map(|_| interval(&mut rng, -1000, 1000, max_len)).collect();
        emit_case(&format!("medium-{i}"), &v);
    }

    // Maximum length, intervals of different typical lengths.
    for (i, max_len) in [10, 1_000, 100_000].into_iter().enumerate() {
        let v: Vec<(i64, i64)> = (0..MAX_N).map(|_| interval(&mut rng, LO, HI, max_len)).collect();
        emit_case(&format!("random-max-{i}"), &v);
    }

    // Every unit interval of the range exactly once, shuffled: they only
    // touch, so nothing is removed.
    let mut chain: Vec<(i64, i64)> = (LO..HI).map(|a| (a, a + 1)).collect();
    assert_eq!(chain.len(), MAX_N);
    rng.shuffle(&mut chain);
    emit_case("touching-chain-max", &chain);

    // The same interval 10^5 times.
    emit_case("all-equal-max", &vec![(LO, HI); MAX_N]);

    // Nested intervals around 0 (each one twice).
    let mut nested: Vec<(i64, i64)> = (0..MAX_N as i64).map(|k| (-(k / 2) - 1, k / 2 + 1)).collect();
    rng.shuffle(&mut nested);
    emit_case("nested-max", &nested);

    // Early-starting long intervals plus many short ones after their start:
    // keeping by earliest start is badly wrong here.
    let mut trap: Vec<(i64, i64)> = (0..MAX_N / 2).map(|i| (LO + (i as i64 % 100), HI)).collect();
    trap.extend((0..MAX_N / 2).map(|_| interval(&mut rng, LO + 100, HI, 20)));
    rng.shuffle(&mut trap);
    emit_case("long-early-max", &trap);

    // Sorted by start, overlapping neighbours of length 2 (every other one
    // must go).
    let stair: Vec<(i64, i64)> = (0..MAX_N as i64 - 1).map(|i| (LO + i, LO + i + 2)).collect();
    emit_case("staircase-max", &stair);
}
