impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn extend(nums: &[i32], start: usize, current: &mut Vec<i32>, all: &mut Vec<Vec<i32>>) {
            all.push(current.clone());
            for i in start..nums.len() {
                // Equal values are adjacent after sorting; at one position of
                // the subset, only the first of them is tried.
                if i > start && nums[i] == nums[i - 1] {
                    continue;
                }
                current.push(nums[i]);
                extend(nums, i + 1, current, all);
                current.pop();
            }
        }
        nums.sort_unstable();
        let mut all = Vec::new();
        extend(&nums, 0, &mut Vec::new(), &mut all);
        all
    }
}
