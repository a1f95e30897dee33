impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn place(
            nums: &[i32],
            used: &mut [bool],
            current: &mut Vec<i32>,
            all: &mut Vec<Vec<i32>>,
        ) {
            if current.len() == nums.len() {
                all.push(current.clone());
                return;
            }
            for i in 0..nums.len() {
                if used[i] {
                    continue;
                }
                used[i] = true;
                current.push(nums[i]);
                place(nums, used, current, all);
                current.pop();
                used[i] = false;
            }
        }
        let mut all = Vec::new();
        let mut used = vec![false; nums.len()];
        place(&nums, &mut used, &mut Vec::with_capacity(nums.len()), &mut all);
        all
    }
}
