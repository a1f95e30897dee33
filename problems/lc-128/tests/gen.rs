use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const V: i64 = 1_000_000_000;

fn case(name: &str, nums: &[i64]) {
    assert!(nums.len() <= MAX_N);
    assert!(nums.iter().all(|x| x.abs() <= V));
    emit(name, &format!("[{}]", list(nums)));
}

/// A random valid input of `n` numbers (1 <= n <= 10^5, the constraints
/// also allow 0). Half of them are one consecutive run, in random order (a
/// solution that walks up from every value, not only from a run's bottom,
/// walks it about n^2 / 8 times); the others come from a range about as
/// wide as n, so there are runs of every length, gaps and repeats; one time
/// in five the range is the whole of -10^9..=10^9.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = if rng.chance(0.2) {
        V
    } else {
        ((n as i64 + 3) * [1, 2, 4][rng.below(3)] / 2).min(V)
    };
    let run = (n / 2) as i64;
    let start = rng.range(-V, V - run);
    let mut nums: Vec<i64> = (0..run).map(|k| start + k).collect();
    nums.extend((0..n - run as usize).map(|_| rng.range(-span, span)));
    rng.shuffle(&mut nums);
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(128);

    // Small arrays with narrow value ranges: runs, gaps and repeats.
    for i in 0..36 {
        let n = rng.below(14);
        let span = [3, 8, 20, V][i % 4];
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
        case(&format!("small-{i}"), &nums);
    }
    for i in 0..4 {
        let n = 100 + rng.below(200);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-150, 150)).collect();
        case(&format!("medium-{i}"), &nums);
    }

    let n = MAX_N as i64;
    // One run of 10^5 consecutive values, shuffled: walking up from every
    // value is quadratic here.
    let mut run: Vec<i64> = (0..n).map(|i| i - 40_000).collect();
    rng.shuffle(&mut run);
    case("max-one-run-shuffled", &run);
    // The same run in descending order.
    let desc: Vec<i64> = (0..n).map(|i| 60_000 - i).collect();
    case("max-one-run-descending", &desc);
    // Runs touching both ends of the value range.
    let mut top: Vec<i64> = (0..n / 2).map(|i| V - i).collect();
    top.extend((0..n / 2 - 1).map(|i| -V + i));
    rng.shuffle(&mut top);
    case("max-runs-at-extremes", &top);
    // Random values over the whole range: runs of length 1 or 2.
    let wide: Vec<i64> = (0..n).map(|_| rng.range(-V, V)).collect();
    case("max-random-wide", &wide);
    // Random values from a range twice as large as n: many runs of medium length.
    let dense: Vec<i64> = (0..n).map(|_| rng.range(-n, n)).collect();
    case("max-random-dense", &dense);
    // Many repeats: 10^5 values from 0..2000, so the run 0..1999 is complete.
    let repeats: Vec<i64> = (0..n).map(|_| rng.range(0, 1_999)).collect();
    case("max-many-repeats", &repeats);
    // Even values only: no two values are consecutive.
    let mut evens: Vec<i64> = (0..n).map(|i| 2 * i - n).collect();
    rng.shuffle(&mut evens);
    case("max-evens", &evens);
    // Blocks of 10 separated by gaps, plus one longer block at the end.
    let mut blocks: Vec<i64> = (0..n - 100).map(|i| (i / 10) * 12 + i % 10).collect();
    let base = 20 * n;
    blocks.extend((0..100).map(|i| base + i));
    rng.shuffle(&mut blocks);
    case("max-blocks", &blocks);
    // Two long runs of 50_000 with a gap of one between them.
    let mut two: Vec<i64> = (0..n / 2).collect();
    two.extend((n / 2 + 1..n + 1).map(|x| x));
    rng.shuffle(&mut two);
    case("max-two-runs-gap-of-one", &two);
    // Every value the same.
    case("max-all-equal", &vec![-7; MAX_N]);
    // Each value of a 50_000-long run twice.
    let mut doubled: Vec<i64> = (0..n / 2).chain(0..n / 2).collect();
    rng.shuffle(&mut doubled);
    case("max-run-doubled", &doubled);
}
