// Kahn's algorithm that forgets the final check: when a cycle blocks some
// courses, it returns the courses it managed to take instead of [].
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut unlocks: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut pending = vec![0usize; n];
        for p in &prerequisites {
            unlocks[p[1] as usize].push(p[0] as usize);
            pending[p[0] as usize] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&c| pending[c] == 0).collect();
        let mut order = Vec::new();
        while let Some(c) = ready.pop() {
            order.push(c as i32);
            for &d in &unlocks[c] {
                pending[d] -= 1;
                if pending[d] == 0 {
                    ready.push(d);
                }
            }
        }
        order
    }
}
