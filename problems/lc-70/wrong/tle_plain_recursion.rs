// The recurrence written directly as a recursion with no memo: the same
// subproblems are recomputed again and again, about 2 * 10^9 calls at n = 45.
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        if n <= 2 {
            return n;
        }
        Self::climb_stairs(n - 1) + Self::climb_stairs(n - 2)
    }
}
