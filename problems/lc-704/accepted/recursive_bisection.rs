// Binary search written recursively on subslices, carrying the offset of
// the subslice in the original array.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        fn find(s: &[i32], target: i32, offset: usize) -> i32 {
            if s.is_empty() {
                return -1;
            }
            let mid = s.len() / 2;
            if s[mid] == target {
                (offset + mid) as i32
            } else if s[mid] < target {
                find(&s[mid + 1..], target, offset + mid + 1)
            } else {
                find(&s[..mid], target, offset)
            }
        }
        find(&nums, target, 0)
    }
}
