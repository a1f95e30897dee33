impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        // Read index i as a node with an arrow to nums[i]. Starting from 0 (no
        // arrow leads back to it), the walk enters a cycle, and the node where
        // it enters is pointed to twice: that node is the duplicate value.
        let next = |i: usize| nums[i] as usize;

        // Phase 1: the hare moves twice as fast; they meet inside the cycle.
        let (mut slow, mut fast) = (next(0), next(next(0)));
        while slow != fast {
            slow = next(slow);
            fast = next(next(fast));
        }

        // Phase 2: the distance from the start to the cycle's entrance equals
        // the distance from the meeting point to it (modulo the cycle length).
        let mut finder = 0;
        while finder != slow {
            finder = next(finder);
            slow = next(slow);
        }
        finder as i32
    }
}
