// One global list of every tweet with its author; a feed walks it from the
// newest end and keeps tweets by the user or by someone they follow,
// looking the follow up in a list of pairs.
struct Twitter {
    tweets: Vec<(i32, i32)>,
    follows: Vec<(i32, i32)>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { tweets: Vec::new(), follows: Vec::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.tweets.push((user_id, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        self.tweets
            .iter()
            .rev()
            .filter(|&&(author, _)| author == user_id || self.follows.contains(&(user_id, author)))
            .take(10)
            .map(|&(_, id)| id)
            .collect()
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        if !self.follows.contains(&(follower_id, followee_id)) {
            self.follows.push((follower_id, followee_id));
        }
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        self.follows.retain(|&p| p != (follower_id, followee_id));
    }
}
