impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Any result of the operations is the position-wise maximum of some
        // non-empty set of the original triplets, so try every such set:
        // each triplet is either in it or not.
        let target = [target[0], target[1], target[2]];
        Self::search(&triplets, 0, [0, 0, 0], target)
    }

    fn search(triplets: &[Vec<i32>], i: usize, merged: [i32; 3], target: [i32; 3]) -> bool {
        if merged == target {
            return true;
        }
        if i == triplets.len() {
            return false;
        }
        let t = &triplets[i];
        let with = [merged[0].max(t[0]), merged[1].max(t[1]), merged[2].max(t[2])];
        Self::search(triplets, i + 1, with, target) || Self::search(triplets, i + 1, merged, target)
    }
}
