// Divide and conquer on the prefix sums, as in counting inversions: the
// pairs i < j with prefix[j] - prefix[i] == k are those inside each half
// plus those across; across, both halves are sorted, so two pointers count
// the matches of each right value. O(n log n).
impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut prefix = Vec::with_capacity(nums.len() + 1);
        prefix.push(0i64);
        for &x in &nums {
            let last = *prefix.last().unwrap();
            prefix.push(last + x as i64);
        }
        let mut buffer = vec![0i64; prefix.len()];
        Self::count(&mut prefix, &mut buffer, k as i64) as i32
    }

    fn count(p: &mut [i64], buf: &mut [i64], k: i64) -> i64 {
        let n = p.len();
        if n < 2 {
            return 0;
        }
        let mid = n / 2;
        let mut total = {
            let (left, right) = p.split_at_mut(mid);
            let (bl, br) = buf.split_at_mut(mid);
            Self::count(left, bl, k) + Self::count(right, br, k)
        };
        // Across: for each right value r, the left values equal to r - k.
        let (left, right) = p.split_at(mid);
        let (mut lo, mut hi) = (0, 0);
        for &r in right {
            let want = r - k;
            while lo < left.len() && left[lo] < want {
                lo += 1;
            }
            if hi < lo {
                hi = lo;
            }
            while hi < left.len() && left[hi] <= want {
                hi += 1;
            }
            total += (hi - lo) as i64;
        }
        // Merge the two sorted halves.
        let (mut i, mut j, mut out) = (0, mid, 0);
        while i < mid || j < n {
            if j == n || (i < mid && p[i] <= p[j]) {
                buf[out] = p[i];
                i += 1;
            } else {
                buf[out] = p[j];
                j += 1;
            }
            out += 1;
        }
        p.copy_from_slice(&buf[..n]);
        total
    }
}
