use std::collections::HashSet;

impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let _ = num_courses;
        // Mistake: only looks for courses that require themselves or each
        // other directly. A longer cycle (a needs b, b needs c, c needs a)
        // goes unnoticed.
        let pairs: HashSet<(i32, i32)> = prerequisites.iter().map(|p| (p[0], p[1])).collect();
        !pairs.iter().any(|&(a, b)| a == b || pairs.contains(&(b, a)))
    }
}
