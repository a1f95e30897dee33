// The right recurrence (the last balloon of each range), evaluated
// recursively without a memo: every range is solved again each time it is
// reached, an exponential number of calls for long rows.
impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let mut v = vec![1];
        v.extend(nums);
        v.push(1);
        fn best(v: &[i32], l: usize, r: usize) -> i32 {
            let mut top = 0;
            for k in l + 1..r {
                top = top.max(best(v, l, k) + best(v, k, r) + v[l] * v[k] * v[r]);
            }
            top
        }
        best(&v, 0, v.len() - 1)
    }
}
