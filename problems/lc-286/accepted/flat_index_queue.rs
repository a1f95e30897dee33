// The same multi-source BFS on a flattened copy of the grid: cells are
// numbered r * n + c, and a Vec with a read position serves as the queue.
impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let m = rooms.len();
        let n = rooms[0].len();
        let mut flat: Vec<i32> = rooms.iter().flatten().copied().collect();
        let mut queue: Vec<usize> = (0..m * n).filter(|&i| flat[i] == 0).collect();
        let mut head = 0;
        while head < queue.len() {
            let i = queue[head];
            head += 1;
            let (r, c) = (i / n, i % n);
            let d = flat[i] + 1;
            let mut reach = |j: usize, queue: &mut Vec<usize>| {
                if flat[j] == i32::MAX {
                    flat[j] = d;
                    queue.push(j);
                }
            };
            if r > 0 {
                reach(i - n, &mut queue);
            }
            if r + 1 < m {
                reach(i + n, &mut queue);
            }
            if c > 0 {
                reach(i - 1, &mut queue);
            }
            if c + 1 < n {
                reach(i + 1, &mut queue);
            }
        }
        for (row, chunk) in rooms.iter_mut().zip(flat.chunks(n)) {
            row.copy_from_slice(chunk);
        }
    }
}
