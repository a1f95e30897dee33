// Marks every time unit a meeting occupies on a timeline of 10^6 slots and
// stops at the first slot that is already taken. Before any clash the marked
// slots are all different, so at most about 10^6 marks are made.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut taken = vec![false; 1_000_001];
        for m in &intervals {
            for t in m[0] as usize..m[1] as usize {
                if taken[t] {
                    return false;
                }
                taken[t] = true;
            }
        }
        true
    }
}
