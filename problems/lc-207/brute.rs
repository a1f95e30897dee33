impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        // Simulate semesters: each round, take every course whose
        // prerequisites have all been taken in earlier rounds. Stop when a
        // round takes nothing; success means nothing is left.
        let n = num_courses as usize;
        let mut taken = vec![false; n];
        loop {
            let available: Vec<usize> = (0..n)
                .filter(|&c| {
                    !taken[c]
                        && prerequisites
                            .iter()
                            .filter(|p| p[0] as usize == c)
                            .all(|p| taken[p[1] as usize])
                })
                .collect();
            if available.is_empty() {
                return taken.iter().all(|&t| t);
            }
            for c in available {
                taken[c] = true;
            }
        }
    }
}
