// Only the last ten tweets of each user can make it into a feed: gather at
// most ten per user, then pick the ten newest with `select_nth_unstable` and
// sort just those. O(F) candidates of ten each per feed.
use std::collections::{BTreeSet, HashMap};

struct Twitter {
    clock: u32,
    tweets: HashMap<i32, Vec<(u32, i32)>>,
    following: HashMap<i32, BTreeSet<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { clock: 0, tweets: HashMap::new(), following: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.clock += 1;
        self.tweets.entry(user_id).or_default().push((self.clock, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let mut candidates: Vec<(u32, i32)> = Vec::new();
        let users = std::iter::once(user_id).chain(self.following.get(&user_id).into_iter().flatten().copied());
        for u in users {
            if let Some(list) = self.tweets.get(&u) {
                candidates.extend(list.iter().rev().take(10));
            }
        }
        if candidates.len() > 10 {
            candidates.select_nth_unstable_by(9, |a, b| b.0.cmp(&a.0));
            candidates.truncate(10);
        }
        candidates.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        candidates.into_iter().map(|(_, id)| id).collect()
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        if follower_id != followee_id {
            self.following.entry(follower_id).or_default().insert(followee_id);
        }
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(set) = self.following.get_mut(&follower_id) {
            set.remove(&followee_id);
        }
    }
}
