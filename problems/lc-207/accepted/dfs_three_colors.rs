// Recursive depth-first search with three states per course: unvisited, on
// the current path, done. Reaching a course on the current path is a cycle.
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut graph = vec![vec![]; n];
        for p in prerequisites {
            graph[p[0] as usize].push(p[1] as usize);
        }
        // 0 = unvisited, 1 = on the path, 2 = finished without a cycle.
        let mut state = vec![0u8; n];

        fn has_cycle(u: usize, graph: &Vec<Vec<usize>>, state: &mut Vec<u8>) -> bool {
            state[u] = 1;
            for &v in &graph[u] {
                if state[v] == 1 {
                    return true;
                }
                if state[v] == 0 && has_cycle(v, graph, state) {
                    return true;
                }
            }
            state[u] = 2;
            false
        }

        (0..n).all(|c| state[c] != 0 || !has_cycle(c, &graph, &mut state))
    }
}
