// The greedy by earliest end without a comparison sort: coordinates lie in
// [-5 * 10^4, 5 * 10^4], so bucket the intervals by their end and keep only
// the latest start per end (intervals with the same end all overlap, so at
// most one of them is kept, and the latest start fits most often).
// O(n + range).
impl Solution {
    pub fn erase_overlap_intervals(intervals: Vec<Vec<i32>>) -> i32 {
        const OFFSET: i32 = 50_000;
        let mut latest_start = vec![i32::MIN; 2 * OFFSET as usize + 1];
        for iv in &intervals {
            let slot = &mut latest_start[(iv[1] + OFFSET) as usize];
            *slot = (*slot).max(iv[0]);
        }
        let mut kept = 0;
        let mut boundary = i32::MIN;
        for (i, &start) in latest_start.iter().enumerate() {
            if start != i32::MIN && start >= boundary {
                kept += 1;
                boundary = i as i32 - OFFSET;
            }
        }
        intervals.len() as i32 - kept
    }
}
