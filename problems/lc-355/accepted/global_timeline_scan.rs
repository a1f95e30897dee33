// The slowest accepted approach: one global timeline of (author, tweet id).
// A feed walks it from the newest end and keeps tweets whose author is the
// user or followed by them, until it has ten. O(T) per feed when the tweets
// it needs are old: 2 * 10^8 steps at the limits.
use std::collections::{HashMap, HashSet};

struct Twitter {
    timeline: Vec<(i32, i32)>,
    following: HashMap<i32, HashSet<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { timeline: Vec::new(), following: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.timeline.push((user_id, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let followed = self.following.get(&user_id);
        self.timeline
            .iter()
            .rev()
            .filter(|(author, _)| *author == user_id || followed.is_some_and(|f| f.contains(author)))
            .take(10)
            .map(|&(_, id)| id)
            .collect()
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
