impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut needs: Vec<Vec<usize>> = vec![Vec::new(); n];
        for p in &prerequisites {
            needs[p[0] as usize].push(p[1] as usize);
        }
        let mut visited = vec![false; n];
        for c in 0..n {
            if !visited[c] && !Self::dfs(c, &needs, &mut visited) {
                return false;
            }
        }
        true
    }

    // Mistake: one `visited` flag for two different states. Meeting a
    // course that was finished earlier (reached again by another path, as in
    // a diamond) is taken for meeting a course still on the current path,
    // i.e. for a cycle.
    fn dfs(c: usize, needs: &[Vec<usize>], visited: &mut Vec<bool>) -> bool {
        if visited[c] {
            return false;
        }
        visited[c] = true;
        for &r in &needs[c] {
            if !Self::dfs(r, needs, visited) {
                return false;
            }
        }
        true
    }
}
