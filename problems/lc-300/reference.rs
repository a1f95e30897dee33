impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // tails[k] = the smallest value that ends a strictly increasing
        // subsequence of length k + 1 seen so far. It is strictly increasing,
        // so each value finds its place by binary search: O(n log n).
        let mut tails: Vec<i32> = Vec::with_capacity(nums.len());
        for x in nums {
            // First entry >= x: x ends a subsequence of that length with a
            // smaller (or equal) last value. Equal values never extend.
            let pos = tails.partition_point(|&t| t < x);
            if pos == tails.len() {
                tails.push(x);
            } else {
                tails[pos] = x;
            }
        }
        tails.len() as i32
    }
}
