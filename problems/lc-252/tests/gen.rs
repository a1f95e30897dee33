use judge_harness::r#gen::{Rng, emit, sized};

const MAX_N: usize = 10_000;
const MAX_T: i64 = 1_000_000;

fn args(meetings: &[(i64, i64)]) -> String {
    let parts: Vec<String> = meetings.iter().map(|(s, e)| format!("[{s},{e}]")).collect();
    format!("[[{}]]", parts.join(","))
}

fn emit_case(name: &str, meetings: &[(i64, i64)]) {
    assert!(meetings.len() <= MAX_N, "{name}: too many meetings");
    assert!(meetings.iter().all(|&(s, e)| 0 <= s && s < e && e <= MAX_T), "{name}: bad meeting");
    emit(name, &args(meetings));
}

/// `n` meetings in time order that do not clash, spread over 0..=`span`
/// (at least 2n): each gets a slot of span/n units, a length of at least 1
/// and a gap (possibly 0, so meetings may touch) before it.
fn disjoint(rng: &mut Rng, n: usize, span: i64) -> Vec<(i64, i64)> {
    let slot = span / n.max(1) as i64;
    let mut out = Vec::with_capacity(n);
    let mut t = 0;
    for _ in 0..n {
        let gap = if rng.chance(0.3) { 0 } else { rng.range(0, slot / 2 - 1) };
        let len = rng.range(1, slot - slot / 2);
        out.push((t + gap, t + gap + len));
        t += slot;
    }
    out
}

/// Makes meeting `i` (in time order) run into the one after it.
fn overlap_next(m: &mut [(i64, i64)], i: usize) {
    let next_start = m[i + 1].0;
    m[i].1 = m[i].1.max(next_start + 1).min(m[i + 1].1.max(next_start + 1));
}

/// A random valid input of `n` meetings (0 <= n <= 10^4): non-clashing
/// meetings spread over a span that grows with n, shuffled; half of the
/// time one of them is stretched into its successor.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (20 * n as i64 + 10).min(MAX_T);
    let mut m = disjoint(rng, n, span);
    if n >= 2 && rng.chance(0.5) {
        let i = rng.below(n - 1);
        overlap_next(&mut m, i);
    }
    rng.shuffle(&mut m);
    args(&m)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(252);

    // Small lists for the brute-force cross-check: random meetings on a short
    // time line (clashes are common), and non-clashing ones, some with one
    // clash added.
    for i in 0..16 {
        let n = rng.below(7);
        let m: Vec<(i64, i64)> = (0..n)
            .map(|_| {
                let s = rng.range(0, 25);
                (s, s + rng.range(1, 4))
            })
            .collect();
        emit_case(&format!("small-random-{i}"), &m);
    }
    for i in 0..18 {
        let n = 1 + rng.below(10);
        let mut m = disjoint(&mut rng, n, 6 * n as i64);
        if n >= 2 && i % 2 == 1 {
            let j = rng.below(n - 1);
            overlap_next(&mut m, j);
        }
        rng.shuffle(&mut m);
        emit_case(&format!("small-spread-{i}"), &m);
    }

    // Maximum size without a clash: in order, reversed, shuffled, and a chain
    // of meetings that touch end to start.
    let m = disjoint(&mut rng, MAX_N, MAX_T);
    emit_case("apart-sorted-max", &m);
    let mut r = m.clone();
    r.reverse();
    emit_case("apart-reversed-max", &r);
    let mut s = m.clone();
    rng.shuffle(&mut s);
    emit_case("apart-shuffled-max", &s);
    let chain: Vec<(i64, i64)> = (0..MAX_N as i64).map(|i| (100 * i, 100 * i + 100)).collect();
    let mut c = chain.clone();
    rng.shuffle(&mut c);
    emit_case("touching-chain-max", &c);

    // One clash among 10^4 meetings: between the last two in time order
    // (listed first and last), and a short meeting inside a gap-free chain.
    let mut m = disjoint(&mut rng, MAX_N, MAX_T);
    overlap_next(&mut m, MAX_N - 2);
    let last = m.pop().unwrap();
    m.insert(0, last);
    emit_case("one-clash-at-end-max", &m);
    let mut c = chain.clone();
    c[MAX_N / 2] = (100 * (MAX_N / 2) as i64 + 50, 100 * (MAX_N / 2) as i64 + 150);
    rng.shuffle(&mut c);
    emit_case("one-shifted-in-chain-max", &c);
    // One long meeting spanning the whole day among short ones.
    let mut m = disjoint(&mut rng, MAX_N - 1, MAX_T);
    m.push((0, MAX_T));
    rng.shuffle(&mut m);
    emit_case("one-long-meeting-max", &m);

    // Every meeting long: all the whole day, and nested spans.
    emit_case("all-whole-day-max", &vec![(0, MAX_T); MAX_N]);
    let nested: Vec<(i64, i64)> = (0..MAX_N as i64).map(|i| (i, MAX_T - i)).collect();
    emit_case("nested-max", &nested);
    let mut late: Vec<(i64, i64)> = (0..MAX_N as i64).map(|i| (MAX_T / 2 - i, MAX_T / 2 + 1 + i)).collect();
    rng.shuffle(&mut late);
    emit_case("nested-shuffled-max", &late);
}
