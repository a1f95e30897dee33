impl Solution {
    pub fn last_stone_weight(stones: Vec<i32>) -> i32 {
        
    }
}
