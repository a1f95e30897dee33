impl Solution {
    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 {
        // Collect the distinct values in order of first appearance, then
        // copy them over the front of the array.
        let mut distinct: Vec<i32> = Vec::new();
        for &x in nums.iter() {
            if !distinct.contains(&x) {
                distinct.push(x);
            }
        }
        for (i, &x) in distinct.iter().enumerate() {
            nums[i] = x;
        }
        distinct.len() as i32
    }
}
