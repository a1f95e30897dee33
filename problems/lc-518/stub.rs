impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        
    }
}
