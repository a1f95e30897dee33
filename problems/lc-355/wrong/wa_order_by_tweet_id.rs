// Orders the feed by tweet id instead of by posting time.
use std::collections::HashSet;

const USERS: usize = 501;

struct Twitter {
    clock: u32,
    // Each user's tweets as (time, tweet id), oldest first.
    tweets: Vec<Vec<(u32, i32)>>,
    following: Vec<HashSet<usize>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { clock: 0, tweets: vec![Vec::new(); USERS], following: vec![HashSet::new(); USERS] }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.clock += 1;
        self.tweets[user_id as usize].push((self.clock, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let user = user_id as usize;
        // Merge the users' tweet lists from their newest end: the heap holds
        // (time, user, index) of the newest tweet not yet taken from each list.
        let sources = std::iter::once(user).chain(self.following[user].iter().copied());
        // Mistake: "most recent" taken to mean the largest tweet ids, as if
        // ids were handed out in increasing order. They are not.
        let mut ids: Vec<i32> = sources.flat_map(|u| self.tweets[u].iter().map(|&(_, id)| id)).collect();
        ids.sort_unstable_by(|a, b| b.cmp(a));
        ids.truncate(10);
        ids
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        if follower_id != followee_id {
            self.following[follower_id as usize].insert(followee_id as usize);
        }
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        self.following[follower_id as usize].remove(&(followee_id as usize));
    }
}
