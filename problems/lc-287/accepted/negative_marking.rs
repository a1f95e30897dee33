// Marks value v as seen by negating nums[v] in place; meeting an index that
// is already negative means its value came before.
impl Solution {
    pub fn find_duplicate(mut nums: Vec<i32>) -> i32 {
        for i in 0..nums.len() {
            let v = nums[i].abs() as usize;
            if nums[v] < 0 {
                return v as i32;
            }
            nums[v] = -nums[v];
        }
        -1
    }
}
