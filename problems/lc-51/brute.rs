// Every board with one queen per row and per column is a permutation of the
// columns; keep the permutations in which no two queens share a diagonal.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut perm: Vec<usize> = (0..n).collect();
        let mut boards = Vec::new();
        permute(&mut perm, 0, &mut boards);
        boards
    }
}

fn permute(perm: &mut Vec<usize>, k: usize, boards: &mut Vec<Vec<String>>) {
    let n = perm.len();
    if k == n {
        for r1 in 0..n {
            for r2 in r1 + 1..n {
                if perm[r1].abs_diff(perm[r2]) == r2 - r1 {
                    return;
                }
            }
        }
        let board = perm
            .iter()
            .map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect())
            .collect();
        boards.push(board);
        return;
    }
    for i in k..n {
        perm.swap(k, i);
        permute(perm, k + 1, boards);
        perm.swap(k, i);
    }
}
