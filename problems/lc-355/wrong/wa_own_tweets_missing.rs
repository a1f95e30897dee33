// Builds the feed from the followed users only.
use std::collections::{BinaryHeap, HashSet};

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
        // Mistake: only the followees' lists are merged; the user's own
        // tweets are left out.
        let sources = self.following[user].iter().copied();
        let mut heap: BinaryHeap<(u32, usize, usize)> = sources
            .filter_map(|u| {
                let list = &self.tweets[u];
                list.last().map(|&(time, _)| (time, u, list.len() - 1))
            })
            .collect();
        let mut feed = Vec::with_capacity(10);
        while feed.len() < 10 {
            let Some((_, u, i)) = heap.pop() else { break };
            feed.push(self.tweets[u][i].1);
            if i > 0 {
                heap.push((self.tweets[u][i - 1].0, u, i - 1));
            }
        }
        feed
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
