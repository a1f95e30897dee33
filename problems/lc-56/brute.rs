// Marks every covered point on a line, with coordinates doubled so that a gap
// between two integers (between [1,2] and [3,4]) is a point of its own, then
// reads off the maximal runs of covered points.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let top = intervals.iter().map(|iv| iv[1]).max().unwrap() as usize * 2;
        let mut covered = vec![false; top + 2];
        for iv in &intervals {
            for x in iv[0] as usize * 2..=iv[1] as usize * 2 {
                covered[x] = true;
            }
        }
        let mut result = Vec::new();
        let mut x = 0;
        while x <= top {
            if covered[x] {
                let start = x;
                while covered[x + 1] {
                    x += 1;
                }
                result.push(vec![(start / 2) as i32, (x / 2) as i32]);
            }
            x += 1;
        }
        result
    }
}
