// Counting instead of a heap: weights are at most 1000, so keep how many
// stones have each weight and walk down from the heaviest. Two stones of the
// same weight cancel out, so only the parity of each count matters.
impl Solution {
    pub fn last_stone_weight(stones: Vec<i32>) -> i32 {
        let mut count = [0u32; 1001];
        for &s in &stones {
            count[s as usize] += 1;
        }
        let mut w = 1000;
        // `carry` is a stone left over from a heavier weight, if any.
        let mut carry = 0usize;
        while w > 0 {
            if count[w] == 0 {
                w -= 1;
                continue;
            }
            if carry == 0 {
                // Pairs of equal stones destroy each other.
                count[w] %= 2;
                if count[w] == 1 {
                    carry = w;
                    count[w] = 0;
                }
                w -= 1;
            } else {
                // Smash the carried stone with one of weight w.
                count[w] -= 1;
                let rest = carry - w;
                carry = 0;
                if rest > 0 {
                    if rest >= w {
                        carry = rest;
                    } else {
                        count[rest] += 1;
                    }
                }
            }
        }
        carry as i32
    }
}
