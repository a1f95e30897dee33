// Builds orderings by inserting each new element into every gap of the
// previous ones, but stops one gap short: the new element is never put last.
impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut perms = vec![vec![nums[0]]];
        for &x in &nums[1..] {
            let mut next = Vec::new();
            for p in &perms {
                for pos in 0..p.len() {
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
