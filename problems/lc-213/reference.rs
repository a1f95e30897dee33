impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        // A plan never takes both the first and the last house, so it lies
        // within houses 0..n-1 or within houses 1..n: two straight rows.
        Self::row(&nums[..n - 1]).max(Self::row(&nums[1..]))
    }

    /// House Robber on a straight row: the best totals with the previous
    /// house left alone and with it taken.
    fn row(houses: &[i32]) -> i32 {
        let (mut without, mut with) = (0, 0);
        for &x in houses {
            let take = without + x;
            without = without.max(with);
            with = take;
        }
        without.max(with)
    }
}
