// Indexes the HashMap of tweets with `map[&user]`, which panics for a user
// who has never posted (and the follow map for a user who follows nobody).
use std::collections::{HashMap, HashSet};

struct Twitter {
    clock: u32,
    tweets: HashMap<i32, Vec<(u32, i32)>>,
    following: HashMap<i32, HashSet<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { clock: 0, tweets: HashMap::new(), following: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.clock += 1;
        self.tweets.entry(user_id).or_default().push((self.clock, tweet_id));
        self.following.entry(user_id).or_default();
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let mut all: Vec<(u32, i32)> = self.tweets[&user_id].clone();
        for u in &self.following[&user_id] {
            all.extend(&self.tweets[u]);
        }
        all.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        all.into_iter().take(10).map(|(_, id)| id).collect()
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.following.entry(follower_id).or_default().insert(followee_id);
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(set) = self.following.get_mut(&follower_id) {
            set.remove(&followee_id);
        }
    }
}
