// Simulates the rounds literally: find the heaviest stone by scanning, remove
// it, find the next heaviest, remove it, and push back the difference.
impl Solution {
    pub fn last_stone_weight(stones: Vec<i32>) -> i32 {
        let mut stones = stones;
        while stones.len() > 1 {
            let i = (0..stones.len()).max_by_key(|&i| stones[i]).unwrap();
            let y = stones.remove(i);
            let j = (0..stones.len()).max_by_key(|&j| stones[j]).unwrap();
            let x = stones.remove(j);
            if y != x {
                stones.push(y - x);
            }
        }
        stones.first().copied().unwrap_or(0)
    }
}
