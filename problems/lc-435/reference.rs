impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        // Keeping the interval that ends first always leaves the most room
        // for the rest, so scan by end and keep greedily.
        intervals.sort_unstable_by_key(|iv| iv[1]);
        let mut kept = 0;
        let mut boundary = i32::MIN;
        for iv in &intervals {
            if iv[0] >= boundary {
                kept += 1;
                boundary = iv[1];
            }
        }
        intervals.len() as i32 - kept
    }
}
