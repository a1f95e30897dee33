impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Plain breadth-first search over the indices: the first time the
        // last index is taken off the queue, its distance is the answer.
        use std::collections::VecDeque;
        let n = nums.len();
        let mut dist = vec![-1i32; n];
        dist[0] = 0;
        let mut queue = VecDeque::from([0usize]);
        while let Some(i) = queue.pop_front() {
            if i == n - 1 {
                return dist[i];
            }
            for j in 1..=nums[i] as usize {
                if i + j < n && dist[i + j] < 0 {
                    dist[i + j] = dist[i] + 1;
                    queue.push_back(i + j);
                }
            }
        }
        -1
    }
}
