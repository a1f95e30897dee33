// Depth-first search with an explicit stack of (course, next edge to try),
// so no recursion: a back edge to a course still on the stack is a cycle.
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
        for p in &prerequisites {
            adj[p[1] as usize].push(p[0] as usize);
        }
        const WHITE: u8 = 0;
        const GREY: u8 = 1;
        const BLACK: u8 = 2;
        let mut color = vec![WHITE; n];
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for start in 0..n {
            if color[start] != WHITE {
                continue;
            }
            color[start] = GREY;
            stack.push((start, 0));
            while let Some(&mut (u, ref mut next)) = stack.last_mut() {
                if *next < adj[u].len() {
                    let v = adj[u][*next];
                    *next += 1;
                    match color[v] {
                        GREY => return false,
                        WHITE => {
                            color[v] = GREY;
                            stack.push((v, 0));
                        }
                        _ => {}
                    }
                } else {
                    color[u] = BLACK;
                    stack.pop();
                }
            }
        }
        true
    }
}
