// Recognises the Fibonacci numbers but starts the sequence at F(0) = 0,
// F(1) = 1 and returns F(n), which is one position too early: ways(n) = F(n + 1).
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let (mut a, mut b) = (0, 1);
        for _ in 0..n {
            let c = a + b;
            a = b;
            b = c;
        }
        a
    }
}
