// Union-find with one extra node standing for "the edge": every edge 'O'
// is joined to it, every 'O' to its 'O' neighbours below and to the right.
// An 'O' whose root differs from the edge's root is captured.
impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        let (m, n) = (board.len(), board[0].len());
        let edge = m * n;
        let mut parent: Vec<usize> = (0..=m * n).collect();

        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        fn join(parent: &mut Vec<usize>, a: usize, b: usize) {
            let (ra, rb) = (find(parent, a), find(parent, b));
            if ra != rb {
                parent[ra] = rb;
            }
        }

        for r in 0..m {
            for c in 0..n {
                if board[r][c] != 'O' {
                    continue;
                }
                let id = r * n + c;
                if r == 0 || c == 0 || r == m - 1 || c == n - 1 {
                    join(&mut parent, id, edge);
                }
                if r + 1 < m && board[r + 1][c] == 'O' {
                    join(&mut parent, id, id + n);
                }
                if c + 1 < n && board[r][c + 1] == 'O' {
                    join(&mut parent, id, id + 1);
                }
            }
        }
        let edge_root = find(&mut parent, edge);
        for r in 0..m {
            for c in 0..n {
                if board[r][c] == 'O' && find(&mut parent, r * n + c) != edge_root {
                    board[r][c] = 'X';
                }
            }
        }
    }
}
