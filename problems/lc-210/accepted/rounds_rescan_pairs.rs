// Takes courses in rounds, like semesters: each round rescans every pair to
// find the courses whose prerequisites are all taken, then takes them all.
// A round that takes nothing while courses remain means a cycle.
// O(rounds * (n + e)), at most n rounds.
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut taken = vec![false; n];
        let mut order: Vec<i32> = Vec::with_capacity(n);
        while order.len() < n {
            // blocked[c]: course c still waits for an untaken prerequisite.
            let mut blocked = vec![false; n];
            for p in &prerequisites {
                if !taken[p[1] as usize] {
                    blocked[p[0] as usize] = true;
                }
            }
            let before = order.len();
            for c in 0..n {
                if !taken[c] && !blocked[c] {
                    taken[c] = true;
                    order.push(c as i32);
                }
            }
            if order.len() == before {
                return Vec::new();
            }
        }
        order
    }
}
