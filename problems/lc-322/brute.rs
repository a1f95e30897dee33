impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        // Breadth-first search over the amounts still to pay: the first time
        // 0 is reached, the number of coins used so far is the minimum.
        let amount = amount as i64;
        let mut seen = vec![false; amount as usize + 1];
        let mut level = vec![amount];
        seen[amount as usize] = true;
        let mut used = 0;
        while !level.is_empty() {
            let mut next = Vec::new();
            for rest in level {
                if rest == 0 {
                    return used;
                }
                for &c in &coins {
                    let left = rest - c as i64;
                    if left >= 0 && !seen[left as usize] {
                        seen[left as usize] = true;
                        next.push(left);
                    }
                }
            }
            level = next;
            used += 1;
        }
        -1
    }
}
