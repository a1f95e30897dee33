impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        // Kahn's algorithm: repeatedly take a course none of whose
        // prerequisites is still pending. Every course gets taken exactly
        // when the prerequisite graph has no cycle.
        let n = num_courses as usize;
        let mut unlocks: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut pending = vec![0usize; n];
        for pair in &prerequisites {
            let (course, required) = (pair[0] as usize, pair[1] as usize);
            unlocks[required].push(course);
            pending[course] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&c| pending[c] == 0).collect();
        let mut taken = 0;
        while let Some(c) = ready.pop() {
            taken += 1;
            for &next in &unlocks[c] {
                pending[next] -= 1;
                if pending[next] == 0 {
                    ready.push(next);
                }
            }
        }
        taken == n
    }
}
