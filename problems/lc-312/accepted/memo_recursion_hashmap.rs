// Top-down over open intervals (l, r) of the padded row, "which balloon goes
// last", memoized in a HashMap. O(n^3) work with hash lookups.
use std::collections::HashMap;

impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let mut v = vec![1];
        v.extend(nums);
        v.push(1);
        fn best(v: &[i32], l: usize, r: usize, memo: &mut HashMap<(usize, usize), i32>) -> i32 {
            if l + 1 >= r {
                return 0;
            }
            if let Some(&x) = memo.get(&(l, r)) {
                return x;
            }
            let mut top = 0;
            for k in l + 1..r {
                let got = best(v, l, k, memo) + best(v, k, r, memo) + v[l] * v[k] * v[r];
                top = top.max(got);
            }
            memo.insert((l, r), top);
            top
        }
        let r = v.len() - 1;
        best(&v, 0, r, &mut HashMap::new())
    }
}
