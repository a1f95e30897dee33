// Quickselect with the last element as pivot (Lomuto partition). Linear on
// shuffled input, but on sorted input the pivot is always an extreme, and on
// all-equal input every element lands on one side: each round removes one
// element, O(n^2) in all.
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let target = nums.len() - k as usize; // index in ascending order
        let (mut lo, mut hi) = (0, nums.len() - 1);
        loop {
            let pivot = nums[hi];
            let mut store = lo;
            for j in lo..hi {
                if nums[j] < pivot {
                    nums.swap(store, j);
                    store += 1;
                }
            }
            nums.swap(store, hi);
            if store == target {
                return nums[store];
            } else if store < target {
                lo = store + 1;
            } else {
                hi = store - 1;
            }
        }
    }
}
