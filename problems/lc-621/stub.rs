impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        
    }
}
