// Fenwick tree of prefix maxima over the values (shifted to 1..=20001): the
// best subsequence ending with x extends the best one ending below x.
// O(n log V).
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        const OFFSET: i32 = 10_001;
        let size = 20_001usize;
        let mut tree = vec![0i32; size + 1];
        let mut answer = 0;
        for x in nums {
            let idx = (x + OFFSET) as usize; // 1..=20001
            // Best length over values strictly below x: prefix max at idx - 1.
            let mut best = 0;
            let mut i = idx - 1;
            while i > 0 {
                best = best.max(tree[i]);
                i &= i - 1;
            }
            let len = best + 1;
            answer = answer.max(len);
            let mut i = idx;
            while i <= size {
                if tree[i] < len {
                    tree[i] = len;
                }
                i += i & i.wrapping_neg();
            }
        }
        answer
    }
}
