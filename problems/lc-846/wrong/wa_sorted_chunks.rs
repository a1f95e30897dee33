impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // Sorts the hand and cuts it into consecutive chunks of groupSize.
        // With repeated numbers the groups interleave in sorted order
        // ([1,1,2,2] is [1,2] + [1,2]), which the chunks miss.
        let k = group_size as usize;
        if hand.len() % k != 0 {
            return false;
        }
        let mut cards = hand;
        cards.sort();
        cards.chunks(k).all(|g| g.windows(2).all(|w| w[1] == w[0] + 1))
    }
}
