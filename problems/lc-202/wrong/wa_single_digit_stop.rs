// Stops as soon as the value has a single digit and answers "is it 1?". But 7
// is a single digit and still happy: 7 -> 49 -> 97 -> 130 -> 10 -> 1.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut n = n;
        while n >= 10 {
            let mut sum = 0;
            while n > 0 {
                sum += (n % 10) * (n % 10);
                n /= 10;
            }
            n = sum;
        }
        n == 1
    }
}
