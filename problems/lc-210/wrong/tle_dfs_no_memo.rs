// Depth-first search that tracks the current path (so it detects cycles)
// but never skips a course whose prerequisites were already explored: a
// course reachable along many paths is explored again every time, which is
// exponential on stacked layers of courses.
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut needs: Vec<Vec<usize>> = vec![Vec::new(); n];
        for p in &prerequisites {
            needs[p[0] as usize].push(p[1] as usize);
        }
        let mut on_path = vec![false; n];
        let mut placed = vec![false; n];
        let mut order = Vec::new();
        for c in 0..n {
            if !Self::visit(c, &needs, &mut on_path, &mut placed, &mut order) {
                return Vec::new();
            }
        }
        order
    }

    fn visit(
        c: usize,
        needs: &[Vec<usize>],
        on_path: &mut Vec<bool>,
        placed: &mut Vec<bool>,
        order: &mut Vec<i32>,
    ) -> bool {
        if on_path[c] {
            return false;
        }
        on_path[c] = true;
        for &r in &needs[c] {
            if !Self::visit(r, needs, on_path, placed, order) {
                return false;
            }
        }
        on_path[c] = false;
        if !placed[c] {
            placed[c] = true;
            order.push(c as i32);
        }
        true
    }
}
