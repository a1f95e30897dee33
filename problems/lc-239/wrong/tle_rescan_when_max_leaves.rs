// Remembers where the current maximum is and rescans the window only when
// that element slides out. On a non-increasing array the leftmost maximum
// leaves at every step: n - k + 1 rescans of k elements.
impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut result = Vec::with_capacity(nums.len() - k + 1);
        let mut best = 0;
        for j in 1..k {
            if nums[j] > nums[best] {
                best = j;
            }
        }
        result.push(nums[best]);
        for right in k..nums.len() {
            let left = right + 1 - k;
            if best < left {
                best = left;
                for j in left + 1..=right {
                    if nums[j] > nums[best] {
                        best = j;
                    }
                }
            } else if nums[right] > nums[best] {
                best = right;
            }
            result.push(nums[best]);
        }
        result
    }
}
