// Takes courses in rounds: each round rescans every pair to find the courses
// whose prerequisites are all taken, and takes them all. A cycle stops the
// progress. O(rounds * (n + pairs)), at most n rounds.
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut taken = vec![false; n];
        let mut left = n;
        loop {
            // blocked[c]: course c still waits for an untaken prerequisite.
            let mut blocked = vec![false; n];
            for p in &prerequisites {
                if !taken[p[1] as usize] {
                    blocked[p[0] as usize] = true;
                }
            }
            let mut progress = false;
            for c in 0..n {
                if !taken[c] && !blocked[c] {
                    taken[c] = true;
                    left -= 1;
                    progress = true;
                }
            }
            if left == 0 {
                return true;
            }
            if !progress {
                return false;
            }
        }
    }
}
