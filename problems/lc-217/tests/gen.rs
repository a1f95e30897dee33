use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const V: i64 = 1_000_000_000;

fn case(name: &str, nums: &[i64]) {
    assert!(!nums.is_empty() && nums.len() <= MAX_N);
    assert!(nums.iter().all(|x| x.abs() <= V));
    emit(name, &format!("[{}]", list(nums)));
}

/// `n` different values from `lo..=hi`, in random order.
fn distinct(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let x = rng.range(lo, hi);
        if seen.insert(x) {
            out.push(x);
        }
    }
    out
}

/// A random valid input of `n` numbers (1 <= n <= 10^5), from a range that
/// grows with n: all different (every element must be looked at) half the
/// time, else all different but one repeated pair at random positions, or
/// uniform values from a narrow range (repeats everywhere).
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(V);
    let nums = match rng.below(4) {
        0 | 3 => distinct(rng, n, -span, span),
        1 => {
            let mut nums = distinct(rng, n, -span, span);
            if n >= 2 {
                let j = rng.below(n);
                let k = (j + 1 + rng.below(n - 1)) % n;
                nums[k] = nums[j];
            }
            nums
        }
        _ => {
            let narrow = n as i64 / 2 + 1;
            (0..n).map(|_| rng.range(-narrow, narrow)).collect()
        }
    };
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(217);

    // Small arrays: narrow ranges give repeats, wide ones mostly none.
    for i in 0..32 {
        let n = 1 + rng.below(12);
        let span = [3, 10, 50, V][i % 4];
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
        case(&format!("small-{i}"), &nums);
    }
    for i in 0..6 {
        let n = 2 + rng.below(10);
        let mut nums = distinct(&mut rng, n, -20, 20);
        if i % 2 == 1 {
            // Exactly one repeat, at a random position.
            let j = rng.below(n);
            let k = (j + 1 + rng.below(n - 1)) % n;
            nums[k] = nums[j];
        }
        case(&format!("small-distinct-{i}"), &nums);
    }

    let n = MAX_N;
    // All different: every approach has to look at everything.
    let nums = distinct(&mut rng, n, -V, V);
    case("max-distinct", &nums);
    // One repeat, as the last two elements.
    let mut late = distinct(&mut rng, n, -V, V);
    late[n - 1] = late[n - 2];
    case("max-repeat-last-two", &late);
    // One repeat, first and last element.
    let mut ends = distinct(&mut rng, n, -V, V);
    ends[n - 1] = ends[0];
    case("max-repeat-at-ends", &ends);
    // One repeat of the largest value: the last two after sorting.
    let mut top = distinct(&mut rng, n, -V, V - 1);
    top[3] = V;
    top[n / 2] = V;
    case("max-repeat-of-largest", &top);
    // Consecutive values, ascending and descending.
    let asc: Vec<i64> = (0..n as i64).map(|i| i - 50_000).collect();
    case("max-ascending", &asc);
    let desc: Vec<i64> = asc.iter().rev().copied().collect();
    case("max-descending", &desc);
    // Multiples of 2^16: distinct values that agree in their low bits.
    let mut strided: Vec<i64> = (0..n as i64).map(|i| (i - 50_000) * 20_000).collect();
    rng.shuffle(&mut strided);
    case("max-strided", &strided);
    // Only the extremes and values next to them, all different.
    let mut extremes: Vec<i64> = (0..n as i64 / 2).map(|i| V - i).chain((0..n as i64 / 2).map(|i| -V + i)).collect();
    rng.shuffle(&mut extremes);
    case("max-extremes-distinct", &extremes);
    let mut extremes_rep = extremes.clone();
    extremes_rep[0] = V;
    extremes_rep[n - 1] = V;
    case("max-extremes-repeat", &extremes_rep);
    // Every element equal.
    case("max-all-equal", &vec![-V; n]);
    // Few distinct values.
    let few: Vec<i64> = (0..n).map(|_| rng.range(-5, 5)).collect();
    case("max-few-values", &few);
    // Random values from a range of 2 * 10^5: many repeats.
    let dense: Vec<i64> = (0..n).map(|_| rng.range(-100_000, 100_000)).collect();
    case("max-dense", &dense);
}
