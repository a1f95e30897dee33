impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // without: best total so far when the last house was left alone;
        // with: best total so far when the last house was taken.
        let (mut without, mut with) = (0, 0);
        for x in nums {
            let take = without + x;
            without = without.max(with);
            with = take;
        }
        without.max(with)
    }
}
