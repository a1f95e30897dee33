// For every day, scans forward until a warmer day appears. O(n^2) when the
// temperatures never rise: about 5 * 10^9 comparisons at n = 10^5.
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let n = temperatures.len();
        let mut res = vec![0; n];
        for i in 0..n {
            for j in i + 1..n {
                if temperatures[j] > temperatures[i] {
                    res[i] = (j - i) as i32;
                    break;
                }
            }
        }
        res
    }
}
