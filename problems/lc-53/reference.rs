impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        // `run` is the best sum of a block that ends at the current element.
        // A negative run can only hurt what follows, so it is dropped.
        let mut run = nums[0];
        let mut best = nums[0];
        for &x in &nums[1..] {
            run = if run < 0 { x } else { run + x };
            if run > best {
                best = run;
            }
        }
        best
    }
}
