use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const V: i64 = 10_000;

fn case(name: &str, nums: &[i64], k: usize) {
    assert!(k >= 1 && k <= nums.len() && nums.len() <= MAX_N);
    assert!(nums.iter().all(|x| x.abs() <= V));
    emit(name, &format!("[{},{}]", list(nums), k));
}

fn random_values(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    (0..n).map(|_| rng.range(lo, hi)).collect()
}

/// A random valid input of `n` numbers (1 <= n <= 10^5) from a range that
/// grows with n (so small arrays repeat values), and a random k in 1..=n.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(V);
    let nums = random_values(rng, n, -span, span);
    let k = 1 + rng.below(n);
    format!("[{},{}]", list(&nums), k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(215);

    // Small random cases with repeats, for the brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(15);
        let span = [1, 3, 10, V][i % 4];
        let nums = random_values(&mut rng, n, -span, span);
        let k = 1 + rng.below(n);
        case(&format!("small-{i}"), &nums, k);
    }

    // Maximum length, whole value range.
    let nums = random_values(&mut rng, MAX_N, -V, V);
    case("random-max-k1", &nums, 1);
    case("random-max-k-half", &nums, MAX_N / 2);
    case("random-max-k-n", &nums, MAX_N);
    let nums = random_values(&mut rng, MAX_N, -V, V);
    case("random-max-k-third", &nums, MAX_N / 3 + 17);

    // Sorted both ways: quadratic for a quickselect that pivots on an end.
    let mut nums = random_values(&mut rng, MAX_N, -V, V);
    nums.sort();
    case("sorted-max", &nums, MAX_N / 2);
    nums.reverse();
    case("reverse-sorted-max", &nums, MAX_N / 2 + 1);

    // Every value equal: quadratic for a two-way partition.
    case("all-equal-max", &vec![7; MAX_N], MAX_N / 2);
    case("all-equal-max-k1", &vec![-V; MAX_N], 1);

    // Only the two extreme values.
    let nums: Vec<i64> = (0..MAX_N).map(|_| if rng.chance(0.5) { V } else { -V }).collect();
    case("extremes-max", &nums, MAX_N / 2);

    // A handful of distinct values, each repeated many times.
    let nums = random_values(&mut rng, MAX_N, -3, 3);
    case("few-values-max", &nums, 2 * MAX_N / 3);

    // Organ pipe: increasing then decreasing.
    let mut up = random_values(&mut rng, MAX_N / 2, -V, V);
    up.sort();
    let mut down = up.clone();
    down.reverse();
    up.extend(down);
    case("organ-pipe-max", &up, MAX_N / 2);
}
