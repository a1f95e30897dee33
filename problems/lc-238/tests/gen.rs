use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const I32_MAX: i128 = i32::MAX as i128;
const I32_MIN: i128 = i32::MIN as i128;

/// Checks the constraints, including that every answer fits in an i32.
fn case(name: &str, nums: &[i64]) {
    assert!(nums.len() >= 2 && nums.len() <= MAX_N);
    assert!(nums.iter().all(|x| x.abs() <= 30));
    let zeros = nums.iter().filter(|&&x| x == 0).count();
    if zeros < 2 {
        // The product of the non-zero elements, which must stay small.
        let mut p: i128 = 1;
        for &x in nums.iter().filter(|&&x| x != 0) {
            p = p.checked_mul(x as i128).expect("product too large");
            assert!(p.abs() <= 1 << 40, "{name}: product too large");
        }
        for &x in nums {
            let a = if zeros == 0 { p / x as i128 } else if x == 0 { p } else { 0 };
            assert!((I32_MIN..=I32_MAX).contains(&a), "{name}: answer {a} does not fit");
        }
    }
    emit(name, &format!("[{}]", list(nums)));
}

/// `n` elements with no zero: random signs, mostly 1 in magnitude, plus
/// larger factors while the total product stays within `budget`.
fn nonzero(rng: &mut Rng, n: usize, budget: i64, max_factor: i64) -> Vec<i64> {
    let mut nums: Vec<i64> = (0..n).map(|_| if rng.chance(0.5) { 1 } else { -1 }).collect();
    let mut mag: i64 = 1;
    for _ in 0..200 {
        let f = rng.range(2, max_factor);
        if mag * f > budget {
            continue;
        }
        let i = rng.below(n);
        if nums[i].abs() == 1 {
            mag *= f;
            nums[i] *= f;
        }
    }
    nums
}

/// A random valid input of `n` numbers (2 <= n <= 10^5) whose answers all
/// fit in an i32: no zero, one zero, or two zeros among values of any size
/// (every answer is then 0), with factors up to 30 but at most n + 2 so
/// that short arrays have small values.
fn random(rng: &mut Rng, n: usize) -> String {
    let max_factor = (n as i64 + 2).min(30);
    let nums = match rng.below(4) {
        0 | 1 => nonzero(rng, n, i32::MAX as i64, max_factor),
        2 => {
            let mut nums = nonzero(rng, n, i32::MAX as i64, max_factor);
            let i = rng.below(n);
            nums[i] = 0;
            nums
        }
        _ => {
            let mut nums: Vec<i64> = (0..n).map(|_| rng.range(-max_factor, max_factor)).collect();
            let i = rng.below(n);
            let j = (i + 1 + rng.below(n - 1)) % n;
            nums[i] = 0;
            nums[j] = 0;
            nums
        }
    };
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(238);

    // Small arrays with small values (zeros included), for the brute force.
    for i in 0..36 {
        let n = 2 + rng.below(9);
        let span = [1, 2, 5, 5][i % 4];
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
        case(&format!("small-{i}"), &nums);
    }
    for i in 0..4 {
        let n = 2 + rng.below(40);
        case(&format!("small-nonzero-{i}"), &nonzero(&mut rng, n, i32::MAX as i64, 30));
    }

    let n = MAX_N;
    let max = i32::MAX as i64;
    // No zero; the total product close to the i32 limit.
    for i in 0..3 {
        case(&format!("max-nonzero-{i}"), &nonzero(&mut rng, n, max, 30));
    }
    // Powers of two up to 2^30.
    let mut pow2 = vec![1i64; n];
    for k in 0..30 {
        pow2[(k * 3331 + 17) % n] = if k % 2 == 0 { 2 } else { -2 };
    }
    case("max-powers-of-two", &pow2);
    // The answer for the one 1 among thirty-one -2s ... (-2)^31 = i32::MIN.
    let mut min = vec![1i64; n];
    for k in 0..31 {
        min[n - 1 - k * 7] = -2;
    }
    case("max-answer-i32-min", &min);
    // One zero: the answer there is the product of the rest, zero elsewhere.
    let mut one_zero = nonzero(&mut rng, n, max, 30);
    one_zero[n / 2] = 0;
    case("max-one-zero", &one_zero);
    let mut zero_first = nonzero(&mut rng, n, max, 30);
    zero_first[0] = 0;
    case("max-zero-first", &zero_first);
    let mut zero_last = nonzero(&mut rng, n, max, 30);
    zero_last[n - 1] = 0;
    case("max-zero-last", &zero_last);
    // Two zeros and values of every size: every answer is 0, although the
    // products of the elements between the zeros are astronomically large.
    let mut two_zeros: Vec<i64> = (0..n).map(|_| rng.range(-30, 30)).collect();
    two_zeros[10] = 0;
    two_zeros[n - 10] = 0;
    case("max-two-zeros-large-values", &two_zeros);
    // Many zeros.
    let many: Vec<i64> = (0..n).map(|_| if rng.chance(0.3) { 0 } else { rng.range(-30, 30) }).collect();
    case("max-many-zeros", &many);
    // All ones, all minus ones (the sign of every answer depends on n).
    case("max-all-ones", &vec![1; n]);
    case("max-all-minus-ones", &vec![-1; n]);
    let mut odd = vec![-1i64; n - 1];
    odd.push(1);
    case("max-minus-ones-odd-count", &odd);
    // Large factors of 30 and -30 only (30^6 = 729000000).
    let mut big = vec![1i64; n];
    for k in 0..6 {
        big[(k * 16_661) % n] = if k % 2 == 0 { 30 } else { -30 };
    }
    case("max-six-thirties", &big);
}
