// The slowest approach LeetCode accepts: build the orderings of the first
// k elements from those of the first k - 1 by inserting the new element into
// every gap, the ends included. Every step clones every partial ordering and
// shifts it with Vec::insert.
impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut perms: Vec<Vec<i32>> = vec![Vec::new()];
        for &x in &nums {
            let mut next = Vec::with_capacity(perms.len() * (perms[0].len() + 1));
            for p in &perms {
                for pos in 0..=p.len() {
                    let mut q = p.clone();
                    q.insert(pos, x);
                    next.push(q);
                }
            }
            perms = next;
        }
        perms
    }
}
