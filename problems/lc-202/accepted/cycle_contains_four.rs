// Every unhappy number falls into the same cycle 4 -> 16 -> 37 -> 58 -> 89
// -> 145 -> 42 -> 20 -> 4, so the walk can stop at 1 or at 4.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut n = n;
        while n != 1 && n != 4 {
            let mut next = 0;
            let mut m = n;
            while m > 0 {
                next += (m % 10) * (m % 10);
                m /= 10;
            }
            n = next;
        }
        n == 1
    }
}
