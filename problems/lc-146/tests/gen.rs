use judge_harness::r#gen::{Rng, emit, sized};

const MAX_CALLS: usize = 200_000;
const MAX_CAP: i64 = 3000;
const MAX_KEY: i64 = 10_000;
const MAX_VALUE: i64 = 100_000;

enum Op {
    Get(i64),
    Put(i64, i64),
}

fn put_case(name: &str, capacity: i64, ops: &[Op]) {
    assert!((1..=MAX_CAP).contains(&capacity), "{name}: capacity");
    assert!(ops.len() <= MAX_CALLS, "{name}: too many calls");
    let mut names = vec!["\"LRUCache\"".to_string()];
    let mut args = vec![format!("[{capacity}]")];
    for op in ops {
        match *op {
            Op::Get(k) => {
                assert!((0..=MAX_KEY).contains(&k), "{name}: key");
                names.push("\"get\"".into());
                args.push(format!("[{k}]"));
            }
            Op::Put(k, v) => {
                assert!((0..=MAX_KEY).contains(&k), "{name}: key");
                assert!((0..=MAX_VALUE).contains(&v), "{name}: value");
                names.push("\"put\"".into());
                args.push(format!("[{k},{v}]"));
            }
        }
    }
    emit(name, &format!("[[{}],[{}]]", names.join(","), args.join(",")));
}

/// Random calls over keys `0..keys`, a fraction `p_put` of them puts.
fn random_ops(rng: &mut Rng, calls: usize, keys: i64, p_put: f64) -> Vec<Op> {
    (0..calls)
        .map(|_| {
            let k = rng.range(0, keys - 1);
            if rng.chance(p_put) {
                Op::Put(k, rng.range(0, MAX_VALUE))
            } else {
                Op::Get(k)
            }
        })
        .collect()
}

/// A random valid sequence of `n` calls to get and put after the
/// constructor (1 <= n <= 2 * 10^5): a capacity that grows with n, keys
/// from a range a little (or much) larger than the capacity, so hits,
/// misses, updates and evictions all happen, and half or more of the calls
/// puts some of the time.
fn random(rng: &mut Rng, n: usize) -> String {
    let capacity = rng.range(1, (n as i64 / 4 + 1).min(MAX_CAP));
    let keys = (capacity + rng.range(1, capacity + 2) * [1, 1, 3][rng.below(3)]).min(MAX_KEY + 1);
    let p_put = [0.3, 0.5, 0.7][rng.below(3)];
    let ops = random_ops(rng, n, keys, p_put);
    let mut names = vec!["\"LRUCache\"".to_string()];
    let mut args = vec![format!("[{capacity}]")];
    for op in &ops {
        match *op {
            Op::Get(k) => {
                names.push("\"get\"".into());
                args.push(format!("[{k}]"));
            }
            Op::Put(k, v) => {
                names.push("\"put\"".into());
                args.push(format!("[{k},{v}]"));
            }
        }
    }
    format!("[[{}],[{}]]", names.join(","), args.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(146);

    // Small random cases for the brute-force cross-check: tiny capacities
    // and few keys, so hits, misses, updates and evictions all happen.
    for i in 0..40 {
        let capacity = 1 + rng.below(4) as i64;
        let keys = 2 + rng.below(6) as i64;
        let calls = 1 + rng.below(30);
        let p_put = [0.3, 0.5, 0.7][i % 3];
        let ops = random_ops(&mut rng, calls, keys, p_put);
        put_case(&format!("small-{i}"), capacity, &ops);
    }

    // Largest capacity, a stream of new keys: 10^4 keys in a cycle with
    // capacity 3000, so every put misses and evicts. Gets of the key just
    // put (hit) and of the key evicted just now (miss) are mixed in.
    let mut ops = Vec::with_capacity(MAX_CALLS);
    let mut k = 0;
    while ops.len() + 3 <= MAX_CALLS {
        ops.push(Op::Put(k, rng.range(0, MAX_VALUE)));
        ops.push(Op::Get(k));
        ops.push(Op::Get((k - MAX_CAP + MAX_KEY + 1) % (MAX_KEY + 1)));
        k = (k + 1) % (MAX_KEY + 1);
    }
    put_case("max-evict-every-put", MAX_CAP, &ops);

    // Only puts of new keys, capacity 3000.
    let ops: Vec<Op> = (0..MAX_CALLS).map(|i| Op::Put(i as i64 % (MAX_KEY + 1), i as i64 % (MAX_VALUE + 1))).collect();
    put_case("max-puts-only-cycle", MAX_CAP, &ops);

    // Fill the cache, then use the oldest key each time, so the key found is
    // always at the far end of the recency order.
    let mut ops: Vec<Op> = (0..MAX_CAP).map(|k| Op::Put(k, k)).collect();
    let mut i = 0;
    while ops.len() < MAX_CALLS {
        ops.push(Op::Get(i % MAX_CAP));
        i += 1;
    }
    put_case("max-get-oldest", MAX_CAP, &ops);

    // Random mixes at full capacity: keys slightly more than the capacity
    // (mostly hits), and over the whole key range (mostly misses).
    put_case("max-random-near-capacity", MAX_CAP, &random_ops(&mut rng, MAX_CALLS, 4000, 0.5));
    put_case("max-random-all-keys", MAX_CAP, &random_ops(&mut rng, MAX_CALLS, MAX_KEY + 1, 0.5));
    put_case("max-random-get-heavy", MAX_CAP, &random_ops(&mut rng, MAX_CALLS, 3500, 0.1));

    // Capacity 1 and a small capacity under heavy traffic.
    put_case("max-capacity-one", 1, &random_ops(&mut rng, MAX_CALLS, 3, 0.5));
    put_case("max-capacity-ten", 10, &random_ops(&mut rng, MAX_CALLS, 15, 0.5));
}
