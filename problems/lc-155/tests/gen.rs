use judge_harness::r#gen::{Rng, emit, sized};

const MAX_CALLS: usize = 30_000;
const LO: i64 = i32::MIN as i64;
const HI: i64 = i32::MAX as i64;

#[derive(Clone, Copy)]
enum Op {
    Push(i64),
    Pop,
    Top,
    Min,
}

fn case(name: &str, ops: &[Op]) {
    assert!(ops.len() <= MAX_CALLS);
    let mut size = 0usize;
    let mut names = vec!["\"MinStack\""];
    let mut args = vec!["[]".to_string()];
    for op in ops {
        match *op {
            Op::Push(v) => {
                assert!((LO..=HI).contains(&v));
                size += 1;
                names.push("\"push\"");
                args.push(format!("[{v}]"));
            }
            other => {
                assert!(size > 0, "case {name}: pop/top/get_min on an empty stack");
                let label = match other {
                    Op::Pop => {
                        size -= 1;
                        "\"pop\""
                    }
                    Op::Top => "\"top\"",
                    _ => "\"get_min\"",
                };
                names.push(label);
                args.push("[]".to_string());
            }
        }
    }
    emit(name, &format!("[[{}],[{}]]", names.join(","), args.join(",")));
}

/// `calls` random operations; pushes with probability `p_push` (always when
/// the stack is empty), otherwise pop, top or get_min in equal shares.
fn random_ops(rng: &mut Rng, calls: usize, p_push: f64, lo: i64, hi: i64) -> Vec<Op> {
    let mut ops = Vec::with_capacity(calls);
    let mut size = 0;
    for _ in 0..calls {
        if size == 0 || rng.chance(p_push) {
            ops.push(Op::Push(rng.range(lo, hi)));
            size += 1;
        } else {
            match rng.below(3) {
                0 => {
                    ops.push(Op::Pop);
                    size -= 1;
                }
                1 => ops.push(Op::Top),
                _ => ops.push(Op::Min),
            }
        }
    }
    ops
}

/// A random valid sequence of `n` calls after the constructor
/// (1 <= n <= 3 * 10^4): pushes (always when the stack is empty) with a
/// probability from 0.4 to 0.7, otherwise pop, top or get_min; values from
/// a range that grows with n (so minimums repeat), or the whole i32 range
/// one time in four.
fn random(rng: &mut Rng, n: usize) -> String {
    let (lo, hi) = if rng.chance(0.25) {
        (LO, HI)
    } else {
        let span = 2 * n as i64 + 3;
        (-span, span)
    };
    let p_push = [0.4, 0.5, 0.6, 0.7][rng.below(4)];
    let ops = random_ops(rng, n, p_push, lo, hi);
    let mut size = 0usize;
    let mut names = vec!["\"MinStack\""];
    let mut args = vec!["[]".to_string()];
    for op in &ops {
        match *op {
            Op::Push(v) => {
                size += 1;
                names.push("\"push\"");
                args.push(format!("[{v}]"));
            }
            other => {
                assert!(size > 0, "pop/top/get_min on an empty stack");
                let label = match other {
                    Op::Pop => {
                        size -= 1;
                        "\"pop\""
                    }
                    Op::Top => "\"top\"",
                    _ => "\"get_min\"",
                };
                names.push(label);
                args.push("[]".to_string());
            }
        }
    }
    format!("[[{}],[{}]]", names.join(","), args.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(155);

    // Small random sequences with many repeated values, for the brute force.
    for i in 0..40 {
        let calls = 1 + rng.below(20);
        let (lo, hi) = [(-2, 2), (-5, 5), (0, 1), (LO, HI)][i % 4];
        let p = [0.4, 0.5, 0.6][i % 3];
        case(&format!("small-{i}"), &random_ops(&mut rng, calls, p, lo, hi));
    }

    let half = MAX_CALLS / 2;
    // 15_000 random pushes, then 15_000 get_min: scanning or sorting the
    // whole stack on each get_min is quadratic here.
    let mut ops: Vec<Op> = (0..half).map(|_| Op::Push(rng.range(LO, HI))).collect();
    ops.extend(std::iter::repeat(Op::Min).take(half));
    case("max-push-then-get-min", &ops);
    // The same with small values.
    let mut ops: Vec<Op> = (0..half).map(|_| Op::Push(rng.range(-1000, 1000))).collect();
    ops.extend(std::iter::repeat(Op::Min).take(half));
    case("max-push-then-get-min-small-values", &ops);
    // Push and get_min alternating, values decreasing: the minimum changes every time.
    let ops: Vec<Op> = (0..half as i64).flat_map(|i| [Op::Push(HI - 100_000 * i), Op::Min]).collect();
    case("max-alternate-decreasing", &ops);
    // Push 10_000 decreasing values, then pop them all with get_min and top
    // between pops: the minimum rises back step by step.
    let third = MAX_CALLS / 3;
    let mut ops: Vec<Op> = (0..third as i64).map(|i| Op::Push(-i * 200_000)).collect();
    for _ in 0..third / 2 {
        ops.push(Op::Min);
        ops.push(Op::Pop);
    }
    ops.extend(std::iter::repeat(Op::Top).take(MAX_CALLS - ops.len()));
    case("max-unwind-decreasing", &ops);
    // Random mixes, full range and narrow range (many equal minimums).
    case("max-random-mix", &random_ops(&mut rng, MAX_CALLS, 0.5, LO, HI));
    case("max-random-push-heavy", &random_ops(&mut rng, MAX_CALLS, 0.7, LO, HI));
    case("max-random-narrow", &random_ops(&mut rng, MAX_CALLS, 0.55, -3, 3));
    // Only the two extreme values.
    let mut ops = Vec::new();
    let mut size = 0;
    while ops.len() < MAX_CALLS {
        if size == 0 || rng.chance(0.5) {
            ops.push(Op::Push(if rng.chance(0.5) { LO } else { HI }));
            size += 1;
        } else if rng.chance(0.5) {
            ops.push(Op::Pop);
            size -= 1;
        } else {
            ops.push(if rng.chance(0.5) { Op::Min } else { Op::Top });
        }
    }
    case("max-extremes", &ops);
    // The same minimum pushed 10_000 times, then all but one popped with
    // get_min between pops.
    let mut ops: Vec<Op> = vec![Op::Push(0)];
    ops.extend(std::iter::repeat(Op::Push(-5)).take(third - 1));
    for _ in 0..third - 1 {
        ops.push(Op::Pop);
        ops.push(Op::Min);
    }
    case("max-repeated-minimum", &ops);
}
