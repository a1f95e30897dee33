use judge_harness::r#gen::{emit, list, Rng, sized};

const MAX_N: usize = 100_000;
const LO: i64 = 30;
const HI: i64 = 100;

fn emit_case(name: &str, t: &[i64]) {
    assert!(!t.is_empty() && t.len() <= MAX_N);
    assert!(t.iter().all(|x| (LO..=HI).contains(x)));
    emit(name, &format!("[{}]", list(t)));
}

/// A random valid input of n days (1 <= n <= 10^5), temperatures in
/// 30..=30 + 2n + 3 (capped at 100): small inputs repeat temperatures.
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (LO + 2 * n as i64 + 3).min(HI);
    let t: Vec<i64> = (0..n).map(|_| rng.range(LO, top)).collect();
    format!("[{}]", list(&t))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(739);

    // Small cases with few distinct values (many equal temperatures), for
    // the brute force.
    for i in 0..36 {
        let n = 1 + rng.below(16);
        let top = LO + rng.range(0, 5);
        let t: Vec<i64> = (0..n).map(|_| rng.range(LO, top)).collect();
        emit_case(&format!("small-{i}"), &t);
    }
    for i in 0..6 {
        let n = 200 + rng.below(2000);
        let t: Vec<i64> = (0..n).map(|_| rng.range(LO, HI)).collect();
        emit_case(&format!("medium-{i}"), &t);
    }

    // Maximum length, uniform over the whole range.
    for i in 0..2 {
        let t: Vec<i64> = (0..MAX_N).map(|_| rng.range(LO, HI)).collect();
        emit_case(&format!("random-max-{i}"), &t);
    }

    // Never rising: all equal, and a falling staircase from 100 to 30 with
    // long flat steps. Every day waits in vain; a forward scan from each day
    // runs to the end.
    emit_case("all-equal-max", &vec![HI; MAX_N]);
    let steps = (HI - LO + 1) as usize;
    let stair: Vec<i64> = (0..MAX_N).map(|i| HI - (i * steps / MAX_N) as i64).collect();
    emit_case("falling-stairs-max", &stair);

    // Flat then one warmer day at the very end: everyone waits for it.
    let mut late = vec![LO; MAX_N];
    late[MAX_N - 1] = LO + 1;
    emit_case("warm-last-max", &late);

    // Rising staircase: each day waits at most until the next step.
    let rise: Vec<i64> = (0..MAX_N).map(|i| LO + (i * steps / MAX_N) as i64).collect();
    emit_case("rising-stairs-max", &rise);

    // Saw-tooth: a falling run of 71 values repeated; the stack grows and
    // empties again and again.
    let saw: Vec<i64> = (0..MAX_N).map(|i| HI - (i % steps) as i64).collect();
    emit_case("sawtooth-max", &saw);

    // Mostly cold with rare warm spikes, random otherwise.
    let spikes: Vec<i64> = (0..MAX_N)
        .map(|_| if rng.chance(0.001) { rng.range(90, HI) } else { rng.range(LO, 40) })
        .collect();
    emit_case("rare-spikes-max", &spikes);

    // Random walk.
    let mut cur = 65;
    let walk: Vec<i64> = (0..MAX_N)
        .map(|_| {
            cur = (cur + rng.range(-2, 2)).clamp(LO, HI);
            cur
        })
        .collect();
    emit_case("random-walk-max", &walk);
}
