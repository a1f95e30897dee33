impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        // Straight from the definition: two meetings are fine together only
        // when one of them ends no later than the other starts. Every pair is
        // checked.
        let n = intervals.len();
        let mut clashes = 0;
        for i in 0..n {
            for j in i + 1..n {
                let (a, b) = (&intervals[i], &intervals[j]);
                let apart = a[1] <= b[0] || b[1] <= a[0];
                if !apart {
                    clashes += 1;
                }
            }
        }
        clashes == 0
    }
}
