use judge_harness::r#gen::{Rng, emit, sized};
use std::collections::HashSet;

const MAX_CALLS: usize = 30_000;
const MAX_USER: i64 = 500;
const MAX_TWEET: i64 = 10_000;

#[derive(Clone, Copy)]
enum Op {
    Post(i64, i64),
    Feed(i64),
    Follow(i64, i64),
    Unfollow(i64, i64),
}

fn put(name: &str, ops: &[Op]) {
    assert!(ops.len() <= MAX_CALLS, "{name}: too many calls");
    let mut names = vec!["\"Twitter\"".to_string()];
    let mut args = vec!["[]".to_string()];
    let mut ids = HashSet::new();
    let user = |u: i64| assert!((1..=MAX_USER).contains(&u), "{name}: user id {u}");
    for &op in ops {
        match op {
            Op::Post(u, t) => {
                user(u);
                assert!((0..=MAX_TWEET).contains(&t), "{name}: tweet id");
                assert!(ids.insert(t), "{name}: tweet id {t} used twice");
                names.push("\"post_tweet\"".into());
                args.push(format!("[{u},{t}]"));
            }
            Op::Feed(u) => {
                user(u);
                names.push("\"get_news_feed\"".into());
                args.push(format!("[{u}]"));
            }
            Op::Follow(a, b) | Op::Unfollow(a, b) => {
                user(a);
                user(b);
                assert!(a != b, "{name}: a user never follows themselves");
                let label = if matches!(op, Op::Follow(..)) { "follow" } else { "unfollow" };
                names.push(format!("\"{label}\""));
                args.push(format!("[{a},{b}]"));
            }
        }
    }
    emit(name, &format!("[[{}],[{}]]", names.join(","), args.join(",")));
}

/// Tweet ids in a random order, so that ids do not follow posting times.
fn tweet_ids(rng: &mut Rng) -> Vec<i64> {
    let mut ids: Vec<i64> = (0..=MAX_TWEET).collect();
    rng.shuffle(&mut ids);
    ids
}

fn other(rng: &mut Rng, a: i64, users: i64) -> i64 {
    loop {
        let b = rng.range(1, users);
        if b != a {
            return b;
        }
    }
}

/// Random calls among users `1..=users`; weights for post, feed, follow, unfollow.
fn random_ops(rng: &mut Rng, calls: usize, users: i64, w: [usize; 4]) -> Vec<Op> {
    let ids = tweet_ids(rng);
    let mut next_id = 0;
    let total: usize = w.iter().sum();
    let mut ops = Vec::with_capacity(calls);
    while ops.len() < calls {
        let mut x = rng.below(total);
        let kind = w.iter().position(|&wi| {
            if x < wi {
                true
            } else {
                x -= wi;
                false
            }
        });
        let a = rng.range(1, users);
        match kind {
            Some(0) if next_id < ids.len() => {
                ops.push(Op::Post(a, ids[next_id]));
                next_id += 1;
            }
            Some(0) | Some(1) => ops.push(Op::Feed(a)),
            Some(2) if users > 1 => ops.push(Op::Follow(a, other(rng, a, users))),
            Some(3) if users > 1 => ops.push(Op::Unfollow(a, other(rng, a, users))),
            _ => ops.push(Op::Feed(a)),
        }
    }
    ops
}

/// A random valid sequence of `n` calls (1 <= n <= 3 * 10^4) after the
/// constructor, among 2 + n/20 users (at most 500), so small sequences
/// follow, unfollow and read the same few users; the mix of posts, feeds,
/// follows and unfollows is drawn per input. Tweet ids are distinct
/// (random_ops turns a post into a feed once all 10^4 + 1 ids are used).
fn random(rng: &mut Rng, n: usize) -> String {
    let users = (2 + n as i64 / 20).min(MAX_USER);
    let w = [[4, 3, 2, 1], [6, 2, 2, 2], [2, 2, 3, 3], [4, 4, 3, 1]][rng.below(4)];
    let ops = random_ops(rng, n, users, w);
    let mut names = vec!["\"Twitter\"".to_string()];
    let mut args = vec!["[]".to_string()];
    for op in ops {
        let (name, arg) = match op {
            Op::Post(u, t) => ("post_tweet", format!("[{u},{t}]")),
            Op::Feed(u) => ("get_news_feed", format!("[{u}]")),
            Op::Follow(a, b) => ("follow", format!("[{a},{b}]")),
            Op::Unfollow(a, b) => ("unfollow", format!("[{a},{b}]")),
        };
        names.push(format!("\"{name}\""));
        args.push(arg);
    }
    format!("[[{}],[{}]]", names.join(","), args.join(","))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(355);

    // Small cases for the brute-force cross-check: two to four users, so
    // follows, unfollows and feeds of fewer than ten tweets all happen.
    for i in 0..40 {
        let users = 2 + rng.below(3) as i64;
        let calls = 1 + rng.below(40);
        let w = [[4, 3, 2, 1], [6, 2, 2, 2], [2, 2, 3, 3]][i % 3];
        put(&format!("small-{i}"), &random_ops(&mut rng, calls, users, w));
    }

    // Feeds of more than ten tweets from few users, with churn.
    for i in 0..5 {
        put(&format!("medium-{i}"), &random_ops(&mut rng, 400, 5, [5, 3, 2, 2]));
    }

    // Twenty users follow everyone else (9980 follows), 5000 tweets spread
    // over all 500 users, then feeds of those twenty: each feed merges 500
    // lists.
    let ids = tweet_ids(&mut rng);
    let mut ops = Vec::with_capacity(MAX_CALLS);
    for a in 1..=20 {
        for b in 1..=MAX_USER {
            if b != a {
                ops.push(Op::Follow(a, b));
            }
        }
    }
    for &t in &ids[..5000] {
        ops.push(Op::Post(rng.range(1, MAX_USER), t));
    }
    while ops.len() < MAX_CALLS {
        ops.push(Op::Feed(rng.range(1, 20)));
    }
    put("max-follow-everyone", &ops);

    // User 1 follows user 2, who tweets ten times first; then nearly 10^4
    // tweets by users that user 1 does not follow, and then only user 1's
    // feeds: the ten tweets are far back in time.
    let ids = tweet_ids(&mut rng);
    let mut ops = vec![Op::Follow(1, 2)];
    let mut k = 0;
    for _ in 0..10 {
        ops.push(Op::Post(2, ids[k]));
        k += 1;
    }
    while k < ids.len() {
        ops.push(Op::Post(rng.range(3, MAX_USER), ids[k]));
        k += 1;
    }
    while ops.len() < MAX_CALLS {
        ops.push(Op::Feed(1));
    }
    put("max-old-tweets-of-followee", &ops);

    // One user posts every tweet id; everyone else follows them and reads.
    let ids = tweet_ids(&mut rng);
    let mut ops: Vec<Op> = (2..=MAX_USER).map(|b| Op::Follow(b, 1)).collect();
    for &t in &ids {
        ops.push(Op::Post(1, t));
    }
    while ops.len() < MAX_CALLS {
        ops.push(Op::Feed(rng.range(1, MAX_USER)));
    }
    put("max-one-prolific-user", &ops);

    // Follows and unfollows interleaved with feeds among 30 users.
    put("max-churn", &random_ops(&mut rng, MAX_CALLS, 30, [3, 3, 2, 2]));
    // A random mix over all 500 users.
    put("max-random", &random_ops(&mut rng, MAX_CALLS, MAX_USER, [4, 4, 3, 1]));
    // Nothing but feeds of users who never posted.
    let ops: Vec<Op> = (0..MAX_CALLS).map(|_| Op::Feed(rng.range(1, MAX_USER))).collect();
    put("max-empty-feeds", &ops);
}
