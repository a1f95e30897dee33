// The slowest accepted approach: sort the whole vector every round and smash
// the last two. O(n^2 log n), trivial at n = 30.
impl Solution {
    pub fn last_stone_weight(mut stones: Vec<i32>) -> i32 {
        loop {
            stones.sort_unstable();
            match stones.len() {
                0 => return 0,
                1 => return stones[0],
                _ => {
                    let y = stones.pop().unwrap();
                    let x = stones.pop().unwrap();
                    if y != x {
                        stones.push(y - x);
                    }
                }
            }
        }
    }
}
