// Divide and conquer, O(n log n): the best block lies in the left half, in
// the right half, or crosses the middle; the crossing one is the best suffix
// of the left half joined to the best prefix of the right half.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        fn best(a: &[i32]) -> i32 {
            if a.len() == 1 {
                return a[0];
            }
            let mid = a.len() / 2;
            let (left, right) = a.split_at(mid);
            let mut sum = 0;
            let mut suffix = i32::MIN;
            for &x in left.iter().rev() {
                sum += x;
                suffix = suffix.max(sum);
            }
            sum = 0;
            let mut prefix = i32::MIN;
            for &x in right {
                sum += x;
                prefix = prefix.max(sum);
            }
            (suffix + prefix).max(best(left)).max(best(right))
        }
        best(&nums)
    }
}
