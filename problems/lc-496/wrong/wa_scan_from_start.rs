// Looks for the first larger value from the start of nums2 instead of from
// the position of the query, so a larger value that comes before it is
// taken as its answer.
impl Solution {
    pub fn next_greater_element(nums1: Vec<i32>, nums2: Vec<i32>) -> Vec<i32> {
        let mut ans = Vec::with_capacity(nums1.len());
        for &x in &nums1 {
            let mut found = -1;
            for &y in &nums2 {
                if y > x {
                    found = y;
                    break;
                }
            }
            ans.push(found);
        }
        ans
    }
}
