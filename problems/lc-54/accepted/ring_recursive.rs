impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let mut out = Vec::new();
        Self::ring(&matrix, 0, 0, matrix.len() as i32 - 1, matrix[0].len() as i32 - 1, &mut out);
        out
    }

    // Appends the ring with corners (r0, c0) and (r1, c1), then recurses
    // into the ring inside it.
    fn ring(m: &[Vec<i32>], r0: i32, c0: i32, r1: i32, c1: i32, out: &mut Vec<i32>) {
        if r0 > r1 || c0 > c1 {
            return;
        }
        let at = |r: i32, c: i32| m[r as usize][c as usize];
        if r0 == r1 {
            out.extend((c0..=c1).map(|c| at(r0, c)));
            return;
        }
        if c0 == c1 {
            out.extend((r0..=r1).map(|r| at(r, c0)));
            return;
        }
        out.extend((c0..c1).map(|c| at(r0, c)));
        out.extend((r0..r1).map(|r| at(r, c1)));
        out.extend((c0 + 1..=c1).rev().map(|c| at(r1, c)));
        out.extend((r0 + 1..=r1).rev().map(|r| at(r, c0)));
        Self::ring(m, r0 + 1, c0 + 1, r1 - 1, c1 - 1, out);
    }
}
