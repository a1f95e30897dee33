impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // At most three triplets are ever needed (one per position), so try
        // every triple i <= j <= l. Correct, but O(n^3) when the answer is
        // false.
        let n = triplets.len();
        for i in 0..n {
            for j in i..n {
                for l in j..n {
                    if (0..3).all(|k| {
                        triplets[i][k].max(triplets[j][k]).max(triplets[l][k]) == target[k]
                    }) {
                        return true;
                    }
                }
            }
        }
        false
    }
}
