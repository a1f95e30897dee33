// Brent's cycle detection: the tortoise jumps to the hare at every power of
// two, and they meet once the hare has gone round the cycle. 1 maps to itself,
// so a happy number meets at 1.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        fn step(mut x: i32) -> i32 {
            let mut s = 0;
            while x != 0 {
                let d = x % 10;
                s += d * d;
                x /= 10;
            }
            s
        }
        let mut power = 1;
        let mut length = 1;
        let mut tortoise = n;
        let mut hare = step(n);
        while tortoise != hare {
            if power == length {
                tortoise = hare;
                power *= 2;
                length = 0;
            }
            hare = step(hare);
            length += 1;
        }
        hare == 1
    }
}
