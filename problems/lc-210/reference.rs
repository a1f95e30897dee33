use std::collections::VecDeque;

impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        // Kahn's algorithm: a course can be taken once none of its
        // prerequisites is still pending. Take available courses in the
        // order they became available; if a cycle blocks some course,
        // fewer than n courses get taken and no order exists.
        let n = num_courses as usize;
        let mut unlocks: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut pending = vec![0usize; n];
        for pair in &prerequisites {
            let (course, required) = (pair[0] as usize, pair[1] as usize);
            unlocks[required].push(course);
            pending[course] += 1;
        }
        let mut ready: VecDeque<usize> = (0..n).filter(|&c| pending[c] == 0).collect();
        let mut order = Vec::with_capacity(n);
        while let Some(c) = ready.pop_front() {
            order.push(c as i32);
            for &next in &unlocks[c] {
                pending[next] -= 1;
                if pending[next] == 0 {
                    ready.push_back(next);
                }
            }
        }
        if order.len() == n { order } else { Vec::new() }
    }
}
