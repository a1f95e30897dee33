impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        
    }
}
