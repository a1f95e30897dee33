impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        // ways(k) = ways(k - 1) + ways(k - 2), with ways(0) = ways(1) = 1.
        // Only the last two values are needed at any time.
        let (mut prev, mut curr) = (1, 1);
        for _ in 1..n {
            let next = prev + curr;
            prev = curr;
            curr = next;
        }
        curr
    }
}
