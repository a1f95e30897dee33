// Top-down: fewest(rest) = 1 + min over the coins of fewest(rest - coin),
// memoized in a HashMap. O(amount * coins) hash lookups; the recursion is as
// deep as the amount when the coin 1 is present (10^4 calls).
use std::collections::HashMap;

impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        fn fewest(coins: &[i32], rest: i32, memo: &mut HashMap<i32, i32>) -> i32 {
            if rest == 0 {
                return 0;
            }
            if let Some(&v) = memo.get(&rest) {
                return v;
            }
            let mut best = -1;
            for &c in coins {
                if c <= rest {
                    let sub = fewest(coins, rest - c, memo);
                    if sub >= 0 && (best < 0 || sub + 1 < best) {
                        best = sub + 1;
                    }
                }
            }
            memo.insert(rest, best);
            best
        }
        let mut memo = HashMap::new();
        fewest(&coins, amount, &mut memo)
    }
}
