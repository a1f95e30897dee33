use judge_harness::r#gen::{emit, list, Rng, sized};

const MAX_N: usize = 30;
const MAX_W: i64 = 1000;

fn put(name: &str, stones: &[i64]) {
    assert!((1..=MAX_N).contains(&stones.len()), "{name}: length");
    assert!(stones.iter().all(|s| (1..=MAX_W).contains(s)), "{name}: weight");
    emit(name, &format!("[{}]", list(stones)));
}

/// A random valid input of n stones (1 <= n <= 30): weights up to 2n+3
/// half the time (equal stones collide), otherwise up to 1000.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = if rng.chance(0.5) { 2 * n as i64 + 3 } else { MAX_W };
    let stones: Vec<i64> = (0..n).map(|_| rng.range(1, hi)).collect();
    format!("[{}]", list(&stones))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(1046);

    // Random stones of every length, small and full weight ranges.
    for n in 1..=MAX_N {
        let hi = if n % 2 == 0 { 10 } else { MAX_W };
        let stones: Vec<i64> = (0..n).map(|_| rng.range(1, hi)).collect();
        put(&format!("random-{n}"), &stones);
    }
    for i in 0..10 {
        let stones: Vec<i64> = (0..MAX_N).map(|_| rng.range(1, MAX_W)).collect();
        put(&format!("max-random-{i}"), &stones);
    }
    put("max-all-1000", &vec![MAX_W; MAX_N]);
    put("max-all-1-odd", &vec![1; MAX_N - 1]);
    let inc: Vec<i64> = (1..=MAX_N as i64).collect();
    put("max-increasing", &inc);
    let pow: Vec<i64> = (0..10).map(|k| 1i64 << k).collect();
    put("powers-of-two", &pow);
    let mut mixed = vec![MAX_W; 15];
    mixed.extend(vec![1; 15]);
    rng.shuffle(&mut mixed);
    put("max-heavy-and-light", &mixed);
}
