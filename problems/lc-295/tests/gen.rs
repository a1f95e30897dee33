use judge_harness::r#gen::{Rng, emit, sized};

const MAX_CALLS: usize = 50_000;
const V: i64 = 100_000;

/// One operation: `Some(num)` adds num, `None` asks for the median.
type Op = Option<i64>;

fn case(name: &str, ops: &[Op]) {
    assert!(ops.len() <= MAX_CALLS);
    let mut added = 0;
    let mut names = vec!["\"MedianFinder\""];
    let mut args = vec!["[]".to_string()];
    for op in ops {
        match op {
            Some(x) => {
                assert!(x.abs() <= V);
                added += 1;
                names.push("\"add_num\"");
                args.push(format!("[{x}]"));
            }
            None => {
                assert!(added > 0, "case {name}: find_median before any add_num");
                names.push("\"find_median\"");
                args.push("[]".to_string());
            }
        }
    }
    emit(name, &format!("[[{}],[{}]]", names.join(","), args.join(",")));
}

/// Each number added, followed by a query with probability `p` (and one
/// final query).
fn stream(rng: &mut Rng, nums: &[i64], p: f64) -> Vec<Op> {
    let mut ops = Vec::new();
    for &x in nums {
        ops.push(Some(x));
        if rng.chance(p) {
            ops.push(None);
        }
    }
    ops.push(None);
    ops
}

/// Alternating add and query: `n` of each.
fn alternate(nums: &[i64]) -> Vec<Op> {
    nums.iter().flat_map(|&x| [Some(x), None]).collect()
}

fn random_nums(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    (0..n).map(|_| rng.range(lo, hi)).collect()
}

/// A random valid sequence of `n` calls (1 <= n <= 5 * 10^4): an add_num
/// first, then adds and queries mixed at a rate drawn per input. Values lie
/// in -(2n+3)..=2n+3 (capped at 10^5), so small streams repeat numbers.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(V);
    let p_add = [0.3, 0.5, 0.7][rng.below(3)];
    let mut names = vec!["\"MedianFinder\""];
    let mut args = vec!["[]".to_string()];
    for i in 0..n {
        if i == 0 || rng.chance(p_add) {
            names.push("\"add_num\"");
            args.push(format!("[{}]", rng.range(-span, span)));
        } else {
            names.push("\"find_median\"");
            args.push("[]".to_string());
        }
    }
    format!("[[{}],[{}]]", names.join(","), args.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(295);

    // Small random streams, for the brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(12);
        let span = [2, 10, 1000, V][i % 4];
        let nums = random_nums(&mut rng, n, -span, span);
        let p = [0.3, 0.6, 1.0][i % 3];
        case(&format!("small-{i}"), &stream(&mut rng, &nums, p));
    }

    let half = MAX_CALLS / 2;

    // Add and query alternately, 25,000 of each.
    let nums = random_nums(&mut rng, half, -V, V);
    case("alternate-random-max", &alternate(&nums));

    // 25,000 numbers first, then 25,000 queries.
    let nums = random_nums(&mut rng, half, -V, V);
    let mut ops: Vec<Op> = nums.iter().map(|&x| Some(x)).collect();
    ops.extend(std::iter::repeat(None).take(half));
    case("adds-then-queries-max", &ops);

    // Random interleaving, about a third of the calls are queries.
    let nums = random_nums(&mut rng, 2 * MAX_CALLS / 3, -V, V);
    let mut ops = stream(&mut rng, &nums, 0.5);
    ops.truncate(MAX_CALLS);
    case("interleaved-max", &ops);

    // Increasing and decreasing streams: every number lands on one side.
    let mut nums = random_nums(&mut rng, half, -V, V);
    nums.sort();
    case("increasing-max", &alternate(&nums));
    nums.reverse();
    case("decreasing-max", &alternate(&nums));

    // Zig-zag around zero: the halves swap roles at every step.
    let nums: Vec<i64> = (0..half as i64).map(|i| if i % 2 == 0 { V - i } else { -V + i }).collect();
    case("zigzag-max", &alternate(&nums));

    // One value only.
    case("all-equal-max", &alternate(&vec![-V; half]));

    // Only the two extremes: medians of V, -V and 0.
    let nums: Vec<i64> = (0..half).map(|_| if rng.chance(0.5) { V } else { -V }).collect();
    case("extremes-max", &alternate(&nums));

    // A handful of values, many repeats.
    let nums = random_nums(&mut rng, half, -2, 2);
    case("few-values-max", &alternate(&nums));

    // All additions, one query at the end; and one addition, then queries.
    let nums = random_nums(&mut rng, MAX_CALLS - 1, -V, V);
    let mut ops: Vec<Op> = nums.iter().map(|&x| Some(x)).collect();
    ops.push(None);
    case("one-query-max", &ops);
    let mut ops: Vec<Op> = vec![Some(12_345)];
    ops.extend(std::iter::repeat(None).take(MAX_CALLS - 1));
    case("one-number-max", &ops);
}
