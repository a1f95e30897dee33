impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        // Lists every combination: decide how many coins of the first
        // denomination to use (0, 1, 2, ...), then recurse on the rest.
        fn count(coins: &[i32], rest: i32) -> u64 {
            match coins.split_first() {
                None => (rest == 0) as u64,
                Some((&c, others)) => {
                    let mut total = 0;
                    let mut left = rest;
                    while left >= 0 {
                        total += count(others, left);
                        left -= c;
                    }
                    total
                }
            }
        }
        count(&coins, amount) as i32
    }
}
