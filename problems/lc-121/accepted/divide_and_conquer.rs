// Divide and conquer: the best trade of a range lies in its left half, in its
// right half, or buys at the left half's minimum and sells at the right
// half's maximum. The minimum and maximum are found by scanning the halves
// at every level, so the whole is O(n log n).
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        fn best(p: &[i32]) -> i32 {
            if p.len() < 2 {
                return 0;
            }
            let (left, right) = p.split_at(p.len() / 2);
            let buy = *left.iter().min().unwrap();
            let sell = *right.iter().max().unwrap();
            best(left).max(best(right)).max(sell - buy)
        }
        best(&prices)
    }
}
