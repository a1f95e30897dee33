// Solves the straight-row problem and forgets that the first and the last
// house are neighbours: [2,3,2] gives 4.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let (mut without, mut with) = (0, 0);
        for x in nums {
            let take = without + x;
            without = without.max(with);
            with = take;
        }
        without.max(with)
    }
}
