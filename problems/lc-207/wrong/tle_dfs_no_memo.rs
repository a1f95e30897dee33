impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut needs: Vec<Vec<usize>> = vec![Vec::new(); n];
        for p in &prerequisites {
            needs[p[0] as usize].push(p[1] as usize);
        }
        let mut on_path = vec![false; n];
        (0..n).all(|c| Self::no_cycle_from(c, &needs, &mut on_path))
    }

    // Detects a cycle by tracking the courses on the current path, but never
    // remembers which courses were already shown to be safe: a course that
    // can be reached along many paths is explored again every time, which is
    // exponential on a graph made of stacked diamonds.
    fn no_cycle_from(c: usize, needs: &[Vec<usize>], on_path: &mut Vec<bool>) -> bool {
        if on_path[c] {
            return false;
        }
        on_path[c] = true;
        for &r in &needs[c] {
            if !Self::no_cycle_from(r, needs, on_path) {
                return false;
            }
        }
        on_path[c] = false;
        true
    }
}
