use judge_harness::r#gen::{emit, string, Rng, sized};

const MAX_CALLS: usize = 200_000;
const MAX_TS: i64 = 10_000_000;
const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

enum Op {
    Set(String, String, i64),
    Get(String, i64),
}

/// Emits a design case; checks the constraints on the way.
fn put(name: &str, ops: &[Op]) {
    assert!(!ops.is_empty() && ops.len() <= MAX_CALLS, "{name}: call count");
    let mut names = vec!["\"TimeMap\"".to_string()];
    let mut args = vec!["[]".to_string()];
    let mut last_set = 0;
    let ok = |s: &str| (1..=100).contains(&s.len()) && s.bytes().all(|b| ALPHABET.contains(&b));
    for op in ops {
        match op {
            Op::Set(k, v, t) => {
                assert!(ok(k) && ok(v), "{name}: bad string");
                assert!(*t > last_set && *t <= MAX_TS, "{name}: set timestamps must increase");
                last_set = *t;
                names.push("\"set\"".into());
                args.push(format!("[{},{},{}]", string(k), string(v), t));
            }
            Op::Get(k, t) => {
                assert!(ok(k), "{name}: bad key");
                assert!((1..=MAX_TS).contains(t), "{name}: get timestamp");
                names.push("\"get\"".into());
                args.push(format!("[{},{}]", string(k), t));
            }
        }
    }
    emit(name, &format!("[[{}],[{}]]", names.join(","), args.join(",")));
}

fn word(rng: &mut Rng, len: usize) -> String {
    (0..len).map(|_| *rng.pick(ALPHABET) as char).collect()
}

/// A short value that differs from one write to the next: `v` and the index in base 36.
fn tag(i: usize) -> String {
    let mut s = Vec::new();
    let mut x = i;
    loop {
        s.push(ALPHABET[x % 36] as char);
        x /= 36;
        if x == 0 {
            break;
        }
    }
    s.push('v');
    s.reverse();
    s.into_iter().collect()
}

/// `n` strictly increasing timestamps with gaps in `1..=max_gap`, starting after `start`.
fn clock(rng: &mut Rng, n: usize, start: i64, max_gap: i64) -> Vec<i64> {
    let mut t = start;
    (0..n)
        .map(|_| {
            t += rng.range(1, max_gap);
            t
        })
        .collect()
}

/// Random interleaving of sets and gets over the given keys.
fn mixed(rng: &mut Rng, calls: usize, keys: &[String], p_set: f64, max_gap: i64, val_len: usize) -> Vec<Op> {
    let mut ops = Vec::with_capacity(calls);
    let mut t = 0;
    for i in 0..calls {
        if rng.chance(p_set) && t + max_gap <= MAX_TS {
            t += rng.range(1, max_gap);
            let key = rng.pick(keys).clone();
            let val = if val_len == 0 { tag(i) } else { word(rng, val_len) };
            ops.push(Op::Set(key, val, t));
        } else {
            let key = rng.pick(keys).clone();
            // Mostly near the current clock, sometimes anywhere.
            let at = if rng.chance(0.8) { rng.range(1, (t + max_gap).min(MAX_TS)) } else { rng.range(1, MAX_TS) };
            ops.push(Op::Get(key, at));
        }
    }
    ops
}

/// A random valid input of n calls to set and get (1 <= n <= 2 * 10^5):
/// half of them writes, over 1 to 4 short keys (so each key's history
/// grows with n, as a lookup that walks it would show), with timestamps a
/// few apart, so reads land on, between and before writes.
fn random(rng: &mut Rng, n: usize) -> String {
    let nkeys = 1 + rng.below(4.min(n / 2 + 1));
    let keys: Vec<String> = (0..nkeys)
        .map(|_| {
            let len = 1 + rng.below(3);
            word(rng, len)
        })
        .collect();
    let gap = *rng.pick(&[1, 3, 10, 50]);
    let val_len = rng.below(4);
    let ops = mixed(rng, n, &keys, 0.5, gap, val_len);
    let mut names = vec!["\"TimeMap\"".to_string()];
    let mut args = vec!["[]".to_string()];
    for op in &ops {
        match op {
            Op::Set(k, v, t) => {
                names.push("\"set\"".into());
                args.push(format!("[{},{},{}]", string(k), string(v), t));
            }
            Op::Get(k, t) => {
                names.push("\"get\"".into());
                args.push(format!("[{},{}]", string(k), t));
            }
        }
    }
    format!("[[{}],[{}]]", names.join(","), args.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(981);

    // Small random cases for the brute-force cross-check: few short keys,
    // small timestamps so reads often land exactly on, between and before writes.
    for i in 0..36 {
        let nkeys = 1 + rng.below(3);
        let keys: Vec<String> = (0..nkeys).map(|_| {
            let len = 1 + rng.below(2);
            word(&mut rng, len)
        }).collect();
        let calls = 1 + rng.below(16);
        let gap = [1, 3, 10][i % 3];
        let val_len = rng.below(4);
        let ops = mixed(&mut rng, calls, &keys, 0.5, gap, val_len);
        put(&format!("small-{i}"), &ops);
    }

    // One key with 10^5 writes, then 10^5 reads at random moments.
    let half = MAX_CALLS / 2;
    let stamps = clock(&mut rng, half, 0, MAX_TS / half as i64);
    let mut ops: Vec<Op> = stamps.iter().enumerate().map(|(i, &t)| Op::Set("key".into(), tag(i), t)).collect();
    for _ in 0..half {
        ops.push(Op::Get("key".into(), rng.range(1, MAX_TS)));
    }
    put("max-one-key-writes-then-reads", &ops);

    // The same, with reads exactly at write timestamps, from the oldest up.
    let mut ops: Vec<Op> = stamps.iter().enumerate().map(|(i, &t)| Op::Set("k".into(), tag(i), t)).collect();
    for &t in &stamps {
        ops.push(Op::Get("k".into(), t));
    }
    put("max-one-key-exact-reads", &ops);

    // One key, writes and reads alternating.
    let mut ops = Vec::with_capacity(MAX_CALLS);
    for (i, &t) in stamps.iter().enumerate() {
        ops.push(Op::Set("a1".into(), tag(i), t));
        ops.push(Op::Get("a1".into(), rng.range(1, t)));
    }
    put("max-one-key-alternating", &ops);

    // Many keys, random interleaving.
    let keys: Vec<String> = (0..1000).map(|_| {
            let len = 1 + rng.below(8);
            word(&mut rng, len)
        }).collect();
    put("max-many-keys", &mixed(&mut rng, MAX_CALLS, &keys, 0.5, 100, 0));
    // A few keys, mostly reads.
    let keys: Vec<String> = (0..5).map(|i| format!("key{i}")).collect();
    put("max-few-keys-read-heavy", &mixed(&mut rng, MAX_CALLS, &keys, 0.2, 200, 0));
    // Mostly writes, consecutive timestamps.
    put("max-write-heavy", &mixed(&mut rng, MAX_CALLS, &keys, 0.9, 1, 0));

    // Writes at the very end of the clock; reads before, at and after them.
    let stamps = clock(&mut rng, half, MAX_TS - half as i64, 1);
    assert_eq!(*stamps.last().unwrap(), MAX_TS);
    let mut ops: Vec<Op> = stamps.iter().enumerate().map(|(i, &t)| Op::Set("late".into(), tag(i), t)).collect();
    for _ in 0..half {
        ops.push(Op::Get("late".into(), rng.range(MAX_TS - half as i64 - 100, MAX_TS)));
    }
    put("max-late-timestamps", &ops);

    // Reads of keys that do not exist, and of moments before every write.
    let mut ops = Vec::with_capacity(MAX_CALLS);
    let stamps = clock(&mut rng, half, MAX_TS / 2, 10);
    for (i, &t) in stamps.iter().enumerate() {
        ops.push(Op::Set(format!("w{}", i % 100), tag(i), t));
    }
    for i in 0..half {
        if i % 2 == 0 {
            ops.push(Op::Get(format!("w{}", i % 100), rng.range(1, MAX_TS / 2)));
        } else {
            ops.push(Op::Get(format!("x{}", i % 100), rng.range(1, MAX_TS)));
        }
    }
    put("max-empty-answers", &ops);

    // Keys and values of the maximum length (fewer calls, to keep the files small).
    let keys: Vec<String> = (0..20).map(|_| word(&mut rng, 100)).collect();
    put("long-strings-many", &mixed(&mut rng, 20_000, &keys, 0.5, 500, 100));
}
