// Tries every ordering of the letters that occur, built by backtracking,
// and checks each complete ordering against the whole list. Correct, but
// k distinct letters mean up to k! orderings: hopeless for 26 letters when
// no ordering works, or when the right one comes late.
impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut letters: Vec<u8> = words.iter().flat_map(|w| w.bytes()).collect();
        letters.sort();
        letters.dedup();
        let mut used = vec![false; letters.len()];
        let mut order = Vec::new();
        if Self::search(&words, &letters, &mut used, &mut order) {
            String::from_utf8(order).unwrap()
        } else {
            String::new()
        }
    }

    fn search(words: &[String], letters: &[u8], used: &mut Vec<bool>, order: &mut Vec<u8>) -> bool {
        if order.len() == letters.len() {
            return Self::sorted_under(words, order);
        }
        for i in 0..letters.len() {
            if !used[i] {
                used[i] = true;
                order.push(letters[i]);
                if Self::search(words, letters, used, order) {
                    return true;
                }
                order.pop();
                used[i] = false;
            }
        }
        false
    }

    fn sorted_under(words: &[String], order: &[u8]) -> bool {
        let mut rank = [0usize; 26];
        for (i, &c) in order.iter().enumerate() {
            rank[(c - b'a') as usize] = i;
        }
        words.windows(2).all(|p| {
            let a = p[0].bytes().map(|c| rank[(c - b'a') as usize]);
            let b = p[1].bytes().map(|c| rank[(c - b'a') as usize]);
            a.le(b)
        })
    }
}
