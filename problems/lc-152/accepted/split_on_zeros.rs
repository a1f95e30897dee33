// Cuts the array at its zeros into pieces without zeros. In a piece, the
// product of the whole piece is best if it has an even number of negatives;
// otherwise the best is the piece without its prefix up to the first
// negative, or without its suffix from the last negative. Each piece is
// copied into its own Vec, and the products are computed in i64.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut best: i64 = if nums.contains(&0) { 0 } else { i64::MIN };
        let pieces: Vec<Vec<i64>> = nums
            .split(|&x| x == 0)
            .filter(|p| !p.is_empty())
            .map(|p| p.iter().map(|&x| x as i64).collect())
            .collect();
        for piece in pieces {
            if piece.len() == 1 {
                best = best.max(piece[0]);
                continue;
            }
            let negatives: Vec<usize> = (0..piece.len()).filter(|&i| piece[i] < 0).collect();
            let product = |from: usize, to: usize| -> i64 { piece[from..to].iter().product() };
            if negatives.len() % 2 == 0 {
                best = best.max(product(0, piece.len()));
            } else {
                let first = negatives[0];
                let last = *negatives.last().unwrap();
                // Dropping ..=first or last.. leaves an even count of negatives.
                if first + 1 < piece.len() {
                    best = best.max(product(first + 1, piece.len()));
                }
                if last > 0 {
                    best = best.max(product(0, last));
                }
                // A piece of length >= 2 with one negative at an end still has
                // a non-empty side; a single element was handled above.
            }
        }
        best as i32
    }
}
