// The binary-search solution with the wrong bound: it replaces the first tail
// strictly greater than x, so an equal value extends the list and the result
// is the longest non-decreasing subsequence ([7,7,7] gives 3 instead of 1).
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut tails: Vec<i32> = Vec::new();
        for x in nums {
            let pos = tails.partition_point(|&t| t <= x);
            if pos == tails.len() {
                tails.push(x);
            } else {
                tails[pos] = x;
            }
        }
        tails.len() as i32
    }
}
