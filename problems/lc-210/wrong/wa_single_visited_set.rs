// Depth-first search with a single "visited" flag: a course seen before is
// skipped whether it is finished or still on the current path, so a cycle
// is never noticed and an order is returned even when none exists.
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut needs: Vec<Vec<usize>> = vec![Vec::new(); n];
        for p in &prerequisites {
            needs[p[0] as usize].push(p[1] as usize);
        }
        let mut visited = vec![false; n];
        let mut order = Vec::new();
        for c in 0..n {
            Self::visit(c, &needs, &mut visited, &mut order);
        }
        order
    }

    fn visit(c: usize, needs: &[Vec<usize>], visited: &mut [bool], order: &mut Vec<i32>) {
        if visited[c] {
            return;
        }
        visited[c] = true;
        for &r in &needs[c] {
            Self::visit(r, needs, visited, order);
        }
        order.push(c as i32);
    }
}
