use judge_harness::r#gen::{Rng, emit, sized, strings};

const MAX_N: usize = 10_000;
const LO: i64 = i32::MIN as i64;
const HI: i64 = i32::MAX as i64;

#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Op(u8),
}

fn apply(op: u8, a: i64, b: i64) -> Option<i64> {
    let v = match op {
        b'+' => a + b,
        b'-' => a - b,
        b'*' => a * b,
        _ => {
            if b == 0 {
                return None;
            }
            // Truncating division (i64 `/` truncates toward zero).
            a / b
        }
    };
    (LO..=HI).contains(&v).then_some(v)
}

/// Evaluates the tokens and checks every constraint on the way.
fn case(name: &str, toks: &[Tok]) {
    assert!(!toks.is_empty() && toks.len() <= MAX_N);
    let mut stack: Vec<i64> = Vec::new();
    for t in toks {
        match *t {
            Tok::Num(x) => {
                assert!((-200..=200).contains(&x));
                stack.push(x);
            }
            Tok::Op(op) => {
                let b = stack.pop().expect("operator without operands");
                let a = stack.pop().expect("operator without operands");
                stack.push(apply(op, a, b).unwrap_or_else(|| panic!("{name}: invalid step")));
            }
        }
    }
    assert_eq!(stack.len(), 1, "{name}: not a single expression");
    let text: Vec<String> = toks
        .iter()
        .map(|t| match *t {
            Tok::Num(x) => x.to_string(),
            Tok::Op(op) => (op as char).to_string(),
        })
        .collect();
    emit(name, &format!("[{}]", strings(&text)));
}

/// A random valid expression of exactly `n` tokens (n odd). An operator is
/// chosen with probability `p_op` when one may be; `ops` lists the
/// operators to draw from, and only steps that stay valid are taken.
fn random_expr(rng: &mut Rng, n: usize, p_op: f64, ops: &[u8], lo: i64, hi: i64) -> Vec<Tok> {
    assert!(n % 2 == 1);
    let mut toks = Vec::with_capacity(n);
    let mut stack: Vec<i64> = Vec::new();
    while toks.len() < n {
        let left = n - toks.len();
        // A number may be pushed only if enough tokens remain to reduce.
        let can_push = stack.len() + 1 <= left - 1 || (stack.is_empty() && left == 1);
        let must_reduce = !can_push;
        if stack.len() >= 2 && (must_reduce || rng.chance(p_op)) {
            let b = stack[stack.len() - 1];
            let a = stack[stack.len() - 2];
            let mut choices: Vec<u8> = ops.iter().copied().filter(|&op| apply(op, a, b).is_some()).collect();
            if choices.is_empty() {
                // '+' or '-' always works when the preferred ones do not.
                choices = b"+-*/".iter().copied().filter(|&op| apply(op, a, b).is_some()).collect();
            }
            let op = *rng.pick(&choices);
            stack.pop();
            stack.pop();
            stack.push(apply(op, a, b).unwrap());
            toks.push(Tok::Op(op));
        } else {
            let x = rng.range(lo, hi);
            stack.push(x);
            toks.push(Tok::Num(x));
        }
    }
    toks
}

/// A random valid expression of size `n` (1 <= n <= 10^4): n tokens, or
/// n - 1 for an even n (a valid expression has an odd number of tokens),
/// with numbers from a range that grows with n (capped at -200..=200) and
/// operators chosen more or less eagerly, so the stack grows deep or stays
/// shallow.
fn random(rng: &mut Rng, n: usize) -> String {
    let len = if n % 2 == 0 { n - 1 } else { n };
    let span = (2 * n as i64 + 3).min(200);
    let p = [0.3, 0.5, 0.7][rng.below(3)];
    let toks = random_expr(rng, len, p, b"+-*/", -span, span);
    let text: Vec<String> = toks
        .iter()
        .map(|t| match *t {
            Tok::Num(x) => x.to_string(),
            Tok::Op(op) => (op as char).to_string(),
        })
        .collect();
    format!("[{}]", strings(&text))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(150);
    let all = b"+-*/";

    // Small random expressions, for the brute force.
    for i in 0..40 {
        let n = 2 * rng.below(8) + 1;
        let (lo, hi) = [(-5, 5), (-200, 200), (-3, 3), (1, 20)][i % 4];
        let p = [0.3, 0.5, 0.8][i % 3];
        case(&format!("small-{i}"), &random_expr(&mut rng, n, p, all, lo, hi));
    }
    // Division and subtraction with negative values: truncation and order matter.
    for i in 0..6 {
        let n = 2 * (3 + rng.below(10)) + 1;
        case(&format!("small-div-sub-{i}"), &random_expr(&mut rng, n, 0.5, b"-/", -50, 50));
    }

    let n = MAX_N - 1;
    // Random expressions of the maximum length.
    for (i, p) in [0.3, 0.5, 0.7].into_iter().enumerate() {
        case(&format!("max-random-{i}"), &random_expr(&mut rng, n, p, all, -200, 200));
    }
    // 5000 numbers first, then 4999 operators: the stack grows to 5000.
    case("max-numbers-first", &random_expr(&mut rng, n, 0.0, all, -200, 200));
    // A chain: number, number, operator, number, operator, ...
    case("max-chain", &random_expr(&mut rng, n, 1.0, all, -200, 200));
    // Multiplication wherever it stays in range: values near the i32 limits.
    case("max-products", &random_expr(&mut rng, n, 0.5, b"*", -200, 200));
    // Division-heavy with negative numbers.
    case("max-divisions", &random_expr(&mut rng, n, 0.5, b"/-", -200, 200));
    // Sums only, all positive: the sum grows, then a chain of subtractions.
    case("max-sums", &random_expr(&mut rng, n, 0.5, b"+", 0, 200));
    // Only negative numbers.
    case("max-negative-numbers", &random_expr(&mut rng, n, 0.5, all, -200, -1));
    // The shortest expression: a single number. (A valid expression has an
    // odd number of tokens, so 9999 above is the longest possible.)
    case("single-token", &[Tok::Num(-13)]);
}
