impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn extend(nums: &[i32], start: usize, current: &mut Vec<i32>, all: &mut Vec<Vec<i32>>) {
            all.push(current.clone());
            // Only elements after the last chosen one: each subset is built
            // in index order, so exactly once.
            for i in start..nums.len() {
                current.push(nums[i]);
                extend(nums, i + 1, current, all);
                current.pop();
            }
        }
        let mut all = Vec::with_capacity(1 << nums.len());
        extend(&nums, 0, &mut Vec::new(), &mut all);
        all
    }
}
