// Breadth-first search over the amounts: level d holds the amounts that d
// coins can make. The first level reaching the target is the answer.
use std::collections::VecDeque;

impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let target = amount as usize;
        let mut dist = vec![-1i32; target + 1];
        dist[0] = 0;
        let mut queue = VecDeque::from([0usize]);
        while let Some(a) = queue.pop_front() {
            if a == target {
                return dist[a];
            }
            for &c in &coins {
                // Widen before adding: a coin can be close to 2^31 - 1.
                let b = a as u64 + c as u64;
                if b <= target as u64 && dist[b as usize] < 0 {
                    dist[b as usize] = dist[a] + 1;
                    queue.push_back(b as usize);
                }
            }
        }
        -1
    }
}
