use std::collections::{HashSet, VecDeque};

// Breadth-first search uphill from each ocean's border, with the visited
// cells kept in a HashSet of coordinates instead of a grid, and the answer
// the intersection of the two sets, sorted. O(m * n) hash operations.
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let m = heights.len() as i32;
        let n = heights[0].len() as i32;
        let mut pacific_start = Vec::new();
        let mut atlantic_start = Vec::new();
        for c in 0..n {
            pacific_start.push((0, c));
            atlantic_start.push((m - 1, c));
        }
        for r in 0..m {
            pacific_start.push((r, 0));
            atlantic_start.push((r, n - 1));
        }
        let pacific = Self::bfs(&heights, pacific_start);
        let atlantic = Self::bfs(&heights, atlantic_start);
        let mut result: Vec<Vec<i32>> = pacific
            .intersection(&atlantic)
            .map(|&(r, c)| vec![r, c])
            .collect();
        result.sort();
        result
    }

    fn bfs(heights: &Vec<Vec<i32>>, start: Vec<(i32, i32)>) -> HashSet<(i32, i32)> {
        let m = heights.len() as i32;
        let n = heights[0].len() as i32;
        let mut visited: HashSet<(i32, i32)> = HashSet::new();
        let mut queue: VecDeque<(i32, i32)> = VecDeque::new();
        for cell in start {
            if visited.insert(cell) {
                queue.push_back(cell);
            }
        }
        let dirs = [(1, 0), (-1, 0), (0, 1), (0, -1)];
        while let Some((r, c)) = queue.pop_front() {
            for (dr, dc) in dirs.iter() {
                let (nr, nc) = (r + dr, c + dc);
                if nr < 0 || nc < 0 || nr >= m || nc >= n {
                    continue;
                }
                if visited.contains(&(nr, nc)) {
                    continue;
                }
                if heights[nr as usize][nc as usize] < heights[r as usize][c as usize] {
                    continue;
                }
                visited.insert((nr, nc));
                queue.push_back((nr, nc));
            }
        }
        visited
    }
}
