impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        // Binary search the cut in the shorter array `a`: `i` elements of `a`
        // and `j` of `b` go to the left half, which holds ceil(total / 2).
        let (a, b) = if nums1.len() <= nums2.len() {
            (&nums1, &nums2)
        } else {
            (&nums2, &nums1)
        };
        let (m, n) = (a.len(), b.len());
        let half = (m + n + 1) / 2;
        let (mut lo, mut hi) = (0, m);
        loop {
            let i = lo + (hi - lo) / 2;
            let j = half - i;
            // A missing neighbour counts as minus or plus infinity.
            let a_left = if i == 0 { i32::MIN } else { a[i - 1] };
            let a_right = if i == m { i32::MAX } else { a[i] };
            let b_left = if j == 0 { i32::MIN } else { b[j - 1] };
            let b_right = if j == n { i32::MAX } else { b[j] };
            if a_left > b_right {
                hi = i - 1;
            } else if b_left > a_right {
                lo = i + 1;
            } else {
                let left_max = f64::from(a_left.max(b_left));
                if (m + n) % 2 == 1 {
                    return left_max;
                }
                let right_min = f64::from(a_right.min(b_right));
                return (left_max + right_min) / 2.0;
            }
        }
    }
}
