impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // Exhaustive search: the smallest card left must be in some group
        // of consecutive numbers; try every such group that contains it
        // (every possible lowest number), remove its cards, and recurse.
        let mut cards: Vec<i64> = hand.iter().map(|&x| x as i64).collect();
        cards.sort();
        Self::split(cards, group_size as i64)
    }

    fn split(cards: Vec<i64>, k: i64) -> bool {
        if cards.is_empty() {
            return true;
        }
        let first = cards[0];
        for low in first - k + 1..=first {
            let mut rest = cards.clone();
            let mut ok = true;
            for v in low..low + k {
                match rest.iter().position(|&c| c == v) {
                    Some(p) => {
                        rest.remove(p);
                    }
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok && Self::split(rest, k) {
                return true;
            }
        }
        false
    }
}
