// Depth-first search from every course into its prerequisites, with three
// states per course. A course is appended once all of its prerequisites have
// been appended, so the list is a valid order; meeting a course that is
// still in progress means a cycle. The order differs from Kahn's.
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut needs: Vec<Vec<usize>> = vec![Vec::new(); n];
        for p in &prerequisites {
            needs[p[0] as usize].push(p[1] as usize);
        }
        // 0: not visited, 1: in progress, 2: done.
        let mut state = vec![0u8; n];
        let mut order = Vec::with_capacity(n);
        for c in 0..n {
            if !Self::visit(c, &needs, &mut state, &mut order) {
                return Vec::new();
            }
        }
        order
    }

    fn visit(c: usize, needs: &[Vec<usize>], state: &mut [u8], order: &mut Vec<i32>) -> bool {
        match state[c] {
            1 => return false,
            2 => return true,
            _ => {}
        }
        state[c] = 1;
        for &r in &needs[c] {
            if !Self::visit(r, needs, state, order) {
                return false;
            }
        }
        state[c] = 2;
        order.push(c as i32);
        true
    }
}
