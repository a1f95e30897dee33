use judge_harness::r#gen::{Rng, emit, sized};

const MAX_N: usize = 10_000;
const MAX_T: i64 = 1_000_000;

fn emit_case(name: &str, meetings: &[(i64, i64)]) {
    assert!(!meetings.is_empty() && meetings.len() <= MAX_N);
    assert!(meetings.iter().all(|&(a, b)| 0 <= a && a < b && b <= MAX_T));
    let parts: Vec<String> = meetings.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
    emit(name, &format!("[[{}]]", parts.join(",")));
}

/// A meeting inside 0..=hi lasting at most max_len.
fn meeting(rng: &mut Rng, hi: i64, max_len: i64) -> (i64, i64) {
    let a = rng.range(0, hi - 1);
    let b = rng.range(a + 1, (a + max_len).min(hi));
    (a, b)
}

/// A random valid input of `n` meetings (1 <= n <= 10^4). The day grows
/// with n (0..=4n+4, capped at 10^6), so small inputs share start and end
/// times and meetings touch; the longest meeting is drawn per input, so some
/// inputs need few rooms and others many.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = (4 * n as i64 + 4).min(MAX_T);
    let max_len = rng.range(1, hi);
    let v: Vec<String> = (0..n)
        .map(|_| {
            let (a, b) = meeting(rng, hi, max_len);
            format!("[{a},{b}]")
        })
        .collect();
    format!("[[{}]]", v.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(253);

    // Small cases on a short day (many shared start and end times), for the
    // brute force.
    for i in 0..36 {
        let n = 1 + rng.below(12);
        let hi = 2 + rng.below(20) as i64;
        let max_len = 1 + rng.below(hi as usize) as i64;
        let v: Vec<(i64, i64)> = (0..n).map(|_| meeting(&mut rng, hi, max_len)).collect();
        emit_case(&format!("small-{i}"), &v);
    }
    for i in 0..6 {
        let n = 100 + rng.below(1500);
        let hi = [200, 5_000, MAX_T][i % 3];
        let v: Vec<(i64, i64)> = (0..n).map(|_| meeting(&mut rng, hi, hi / 10 + 1)).collect();
        emit_case(&format!("medium-{i}"), &v);
    }

    // Maximum count over the whole day, meetings of different typical lengths.
    for (i, max_len) in [100, 10_000, MAX_T].into_iter().enumerate() {
        let mut v: Vec<(i64, i64)> = (0..MAX_N).map(|_| meeting(&mut rng, MAX_T, max_len)).collect();
        // Make sure the day really spans 0..10^6.
        v[0] = (0, rng.range(1, max_len));
        v[1] = (MAX_T - rng.range(1, max_len), MAX_T);
        rng.shuffle(&mut v);
        emit_case(&format!("random-max-{i}"), &v);
    }

    // Times on a coarse grid: many meetings end exactly when others start.
    let v: Vec<(i64, i64)> = (0..MAX_N)
        .map(|_| {
            let a = rng.range(0, 999) * 1000;
            (a, a + rng.range(1, 20) * 1000)
        })
        .map(|(a, b)| (a, b.min(MAX_T)))
        .collect();
    emit_case("grid-max", &v);

    // Back-to-back chain across the whole day: one room is enough.
    let step = MAX_T / MAX_N as i64;
    let mut chain: Vec<(i64, i64)> = (0..MAX_N as i64).map(|i| (i * step, (i + 1) * step)).collect();
    rng.shuffle(&mut chain);
    emit_case("back-to-back-max", &chain);

    // Two interleaved back-to-back chains: exactly two rooms.
    let mut two: Vec<(i64, i64)> = (0..MAX_N as i64 / 2)
        .flat_map(|i| [(2 * i * step, (2 * i + 2) * step), ((2 * i + 1) * step, (2 * i + 3) * step)])
        .map(|(a, b)| (a, b.min(MAX_T)))
        .collect();
    rng.shuffle(&mut two);
    emit_case("two-chains-max", &two);

    // Every meeting lasts the whole day.
    emit_case("all-day-max", &vec![(0, MAX_T); MAX_N]);

    // Nested around the middle of the day: all run at once.
    let mut nested: Vec<(i64, i64)> =
        (0..MAX_N as i64).map(|k| (MAX_T / 2 - k * 50 - 1, MAX_T / 2 + k * 50 + 1)).collect();
    rng.shuffle(&mut nested);
    emit_case("nested-max", &nested);

    // Many long meetings early and a swarm of short ones later in the day.
    let mut mixed: Vec<(i64, i64)> = (0..MAX_N / 2).map(|i| (i as i64, MAX_T)).collect();
    mixed.extend((0..MAX_N / 2).map(|_| {
        let a = rng.range(MAX_N as i64, MAX_T - 2);
        (a, a + rng.range(1, 2))
    }));
    rng.shuffle(&mut mixed);
    emit_case("long-and-short-max", &mixed);
}
