// Treats intervals that only share an endpoint as separate: [1,2] and [2,5]
// stay two intervals instead of becoming [1,5].
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut cur = new_interval;
        let mut placed = false;
        for iv in intervals {
            if iv[1] <= cur[0] {
                res.push(iv);
            } else if iv[0] >= cur[1] {
                if !placed {
                    res.push(cur.clone());
                    placed = true;
                }
                res.push(iv);
            } else {
                cur[0] = cur[0].min(iv[0]);
                cur[1] = cur[1].max(iv[1]);
            }
        }
        if !placed {
            res.push(cur);
        }
        res
    }
}
