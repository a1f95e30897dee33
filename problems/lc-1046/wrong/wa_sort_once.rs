// Sorts once and then treats the vector as a stack: the leftover of a smash
// goes back on top as if it were still the heaviest stone.
impl Solution {
    pub fn last_stone_weight(mut stones: Vec<i32>) -> i32 {
        stones.sort_unstable();
        while stones.len() > 1 {
            let y = stones.pop().unwrap();
            let x = stones.pop().unwrap();
            if y != x {
                stones.push((y - x).abs());
            }
        }
        stones.pop().unwrap_or(0)
    }
}
