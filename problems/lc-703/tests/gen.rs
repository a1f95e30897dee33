use judge_harness::r#gen::{emit, list, Rng, sized};

/// A design case: the constructor with `k` and `nums`, then one `add` per value.
fn case(name: &str, k: usize, nums: &[i64], adds: &[i64]) {
    assert!(k >= 1 && k <= nums.len() + 1);
    let mut ops = vec!["\"KthLargest\"".to_string()];
    let mut args = vec![format!("[{},{}]", k, list(nums))];
    for v in adds {
        ops.push("\"add\"".to_string());
        args.push(format!("[{v}]"));
    }
    emit(name, &format!("[[{}],[{}]]", ops.join(","), args.join(",")));
}

fn values(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    (0..n).map(|_| rng.range(lo, hi)).collect()
}

const V: i64 = 10_000;

/// A random valid input with n calls to add (1 <= n <= 10^4): nums has
/// 0..=n values, k is in 1..=nums.length + 1, and the values lie in
/// -(2n+3)..=2n+3 (capped at 10^4), so small inputs repeat values.
fn random(rng: &mut Rng, n: usize) -> String {
    let v = (2 * n as i64 + 3).min(V);
    let len = rng.below(n + 1);
    let k = 1 + rng.below(len + 1);
    let nums = values(rng, len, -v, v);
    let adds = values(rng, n, -v, v);
    let mut ops = vec!["\"KthLargest\"".to_string()];
    let mut args = vec![format!("[{},{}]", k, list(&nums))];
    for x in &adds {
        ops.push("\"add\"".to_string());
        args.push(format!("[{x}]"));
    }
    format!("[[{}],[{}]]", ops.join(","), args.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(703);

    // Small random cases, for the brute force to cross-check the reference.
    // Narrow value ranges make repeated values common.
    for i in 0..32 {
        let n = rng.range(0, 8) as usize;
        let k = rng.range(1, n as i64 + 1) as usize;
        let m = rng.range(1, 10) as usize;
        let (lo, hi) = match i % 3 {
            0 => (-3, 3),
            1 => (-20, 20),
            _ => (-V, V),
        };
        let nums = values(&mut rng, n, lo, hi);
        let adds = values(&mut rng, m, lo, hi);
        case(&format!("small-{i}"), k, &nums, &adds);
    }

    // Largest cases: 10^4 initial values and 10^4 calls to add.
    let n = 10_000;
    let m = 10_000;
    for (i, k) in [1, 100, 5_000, n + 1].into_iter().enumerate() {
        let nums = values(&mut rng, n, -V, V);
        let adds = values(&mut rng, m, -V, V);
        case(&format!("max-random-{i}"), k, &nums, &adds);
    }
    // Increasing additions: every call pushes a new value into the top k.
    let nums = values(&mut rng, n, -V, V);
    let mut adds = values(&mut rng, m, -V, V);
    adds.sort();
    case("max-increasing-adds", 5_000, &nums, &adds);
    // Decreasing additions: late calls rarely change the answer.
    let mut adds = values(&mut rng, m, -V, V);
    adds.sort_by(|a, b| b.cmp(a));
    case("max-decreasing-adds", n + 1, &nums, &adds);
    // Sorted initial values, k at its largest.
    let mut sorted = nums.clone();
    sorted.sort();
    let adds = values(&mut rng, m, -V, V);
    case("max-sorted-nums", n + 1, &sorted, &adds);
    // Every value equal.
    case("max-all-equal", 7_000, &vec![V; n], &vec![V; m]);
    // Only the two extreme values.
    let nums: Vec<i64> = (0..n).map(|_| if rng.chance(0.5) { V } else { -V }).collect();
    let adds: Vec<i64> = (0..m).map(|_| if rng.chance(0.5) { V } else { -V }).collect();
    case("max-extremes", 5_000, &nums, &adds);
    // No initial values: the stream starts empty and k is 1.
    let adds = values(&mut rng, m, -V, V);
    case("max-empty-start", 1, &[], &adds);
    // Few distinct values, many repeats.
    let nums = values(&mut rng, n, -5, 5);
    let adds = values(&mut rng, m, -5, 5);
    case("max-many-repeats", 3_000, &nums, &adds);
}
