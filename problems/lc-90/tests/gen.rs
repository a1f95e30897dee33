use judge_harness::r#gen::{Rng, emit, list, sized};

fn case(name: &str, nums: &[i64]) {
    assert!((1..=10).contains(&nums.len()) && nums.iter().all(|x| (-10..=10).contains(x)));
    emit(name, &format!("[{}]", list(nums)));
}

/// `n` values drawn from a pool of `k` distinct values of -10..=10, so that
/// a small pool gives many repeats; in random order.
fn values(rng: &mut Rng, n: usize, k: usize) -> Vec<i64> {
    let mut pool: Vec<i64> = (-10..=10).collect();
    rng.shuffle(&mut pool);
    pool.truncate(k.max(1));
    (0..n).map(|_| *rng.pick(&pool)).collect()
}

/// A random valid input of `n` values (1 <= n <= 10) from -10..=10, drawn
/// from a pool of 1 to n distinct values.
fn random(rng: &mut Rng, n: usize) -> String {
    let k = 1 + rng.below(n);
    format!("[{}]", list(&values(rng, n, k)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(90);
    // Every length, with few or many repeats.
    for n in 1..=10 {
        for j in 0..3 {
            let k = match j {
                0 => 1 + rng.below(2),
                1 => (n + 1) / 2,
                _ => n,
            };
            case(&format!("n{n}-{j}"), &values(&mut rng, n, k));
        }
    }
    // The largest length, with different structure.
    case("all-zero-max", &[0; 10]);
    case("all-min-max", &[-10; 10]);
    let mut distinct: Vec<i64> = (-10..=10).collect();
    rng.shuffle(&mut distinct);
    distinct.truncate(10);
    case("all-distinct-max", &distinct);
    let pairs: Vec<i64> = (1..=5).flat_map(|v| [v, v]).collect();
    case("five-pairs-sorted-max", &pairs);
    let mut shuffled = pairs.clone();
    rng.shuffle(&mut shuffled);
    case("five-pairs-shuffled-max", &shuffled);
    case("two-values-max", &[10, -10, 10, -10, 10, -10, 10, -10, 10, -10]);
    case("one-odd-out-max", &[4, 4, 4, 4, 4, 4, 4, 4, 4, -4]);
    let mut desc: Vec<i64> = vec![3, 3, 3, 2, 2, 2, 1, 1, 0, 0];
    case("descending-groups-max", &desc);
    desc.reverse();
    case("ascending-groups-max", &desc);
    for i in 0..3 {
        case(&format!("random-max-{i}"), &values(&mut rng, 10, 3 + i * 2));
    }
}
