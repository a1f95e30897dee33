// Counts, for every time unit, how many meetings use it, by walking through
// each meeting's whole span; then looks for a count above one. The work is
// the total length of all meetings: up to 10^4 meetings of length 10^6.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut count = vec![0u32; 1_000_001];
        for m in &intervals {
            for t in m[0] as usize..m[1] as usize {
                count[t] += 1;
            }
        }
        count.iter().all(|&c| c <= 1)
    }
}
