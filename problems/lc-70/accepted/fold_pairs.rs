// The bottom-up recurrence as an iterator fold over the pair
// (ways(k - 1), ways(k)).
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        (1..n).fold((1, 1), |(prev, cur), _| (cur, prev + cur)).1
    }
}
