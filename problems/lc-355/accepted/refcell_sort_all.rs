// Keeps LeetCode's `&self` signatures with the state in a RefCell. A feed
// gathers every tweet of the user and of everyone they follow, sorts them
// newest first and keeps ten: simple, O(T log T) per feed for T gathered
// tweets, still accepted at 3 * 10^4 calls.
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

#[derive(Default)]
struct State {
    clock: u32,
    tweets: HashMap<i32, Vec<(u32, i32)>>,
    following: HashMap<i32, HashSet<i32>>,
}

struct Twitter {
    state: RefCell<State>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { state: RefCell::new(State::default()) }
    }

    fn post_tweet(&self, user_id: i32, tweet_id: i32) {
        let mut s = self.state.borrow_mut();
        s.clock += 1;
        let now = s.clock;
        s.tweets.entry(user_id).or_default().push((now, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let s = self.state.borrow();
        let followees = s.following.get(&user_id).into_iter().flatten();
        let mut all: Vec<(u32, i32)> = std::iter::once(&user_id)
            .chain(followees)
            .filter_map(|u| s.tweets.get(u))
            .flatten()
            .copied()
            .collect();
        all.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        all.into_iter().take(10).map(|(_, id)| id).collect()
    }

    fn follow(&self, follower_id: i32, followee_id: i32) {
        if follower_id != followee_id {
            self.state.borrow_mut().following.entry(follower_id).or_default().insert(followee_id);
        }
    }

    fn unfollow(&self, follower_id: i32, followee_id: i32) {
        if let Some(set) = self.state.borrow_mut().following.get_mut(&follower_id) {
            set.remove(&followee_id);
        }
    }
}
