// Top-down: ways(i, rest) = combinations of coins[i..] that make rest, which
// either use coins[i] once more (stay at i) or never again (move to i + 1).
// Memoized in a HashMap over up to 300 * 5001 states, the key packing i and
// rest into one u32; wrapping addition, as intermediate counts can exceed 32
// bits.
use std::collections::HashMap;

impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        fn ways(coins: &[i32], i: usize, rest: i32, memo: &mut HashMap<u32, i32>) -> i32 {
            if rest == 0 {
                return 1;
            }
            if rest < 0 || i == coins.len() {
                return 0;
            }
            let key = (i as u32) << 13 | rest as u32;
            if let Some(&v) = memo.get(&key) {
                return v;
            }
            let v = ways(coins, i, rest - coins[i], memo).wrapping_add(ways(coins, i + 1, rest, memo));
            memo.insert(key, v);
            v
        }
        let mut memo = HashMap::new();
        ways(&coins, 0, amount, &mut memo)
    }
}
