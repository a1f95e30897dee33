// Use the current coin once more or move on to the next, with no memo: the
// number of calls grows with the number of combinations (and dead ends),
// billions near the largest answers.
impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        fn ways(coins: &[i32], i: usize, rest: i32) -> i32 {
            if rest == 0 {
                return 1;
            }
            if rest < 0 || i == coins.len() {
                return 0;
            }
            ways(coins, i, rest - coins[i]).wrapping_add(ways(coins, i + 1, rest))
        }
        ways(&coins, 0, amount)
    }
}
