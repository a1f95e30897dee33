use std::collections::VecDeque;

impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Breadth-first search with a queue; `next_new` is the first index
        // not yet discovered, so each index is pushed once and the inner
        // loop only visits undiscovered indices.
        let n = nums.len();
        if n == 1 {
            return 0;
        }
        let mut dist = vec![0i32; n];
        let mut queue = VecDeque::new();
        queue.push_back(0usize);
        let mut next_new = 1;
        while let Some(i) = queue.pop_front() {
            let reach = (i + nums[i] as usize).min(n - 1);
            while next_new <= reach {
                dist[next_new] = dist[i] + 1;
                if next_new == n - 1 {
                    return dist[next_new];
                }
                queue.push_back(next_new);
                next_new += 1;
            }
        }
        dist[n - 1]
    }
}
