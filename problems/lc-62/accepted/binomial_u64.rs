// Every route is m + n - 2 moves of which m - 1 go down: the answer is
// C(m + n - 2, k) with k = min(m, n) - 1. Multiplying before dividing keeps
// each step exact (the running value is C(m + n - 2 - k + i, i)), and u64
// holds the products.
impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let total = (m + n - 2) as u64;
        let k = (m.min(n) - 1) as u64;
        let mut result: u64 = 1;
        for i in 1..=k {
            result = result * (total - k + i) / i;
        }
        result as i32
    }
}
