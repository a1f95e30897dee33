impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        
    }
}
