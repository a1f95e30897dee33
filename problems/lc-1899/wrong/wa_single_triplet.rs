impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Reads the task as "is the target already one of the triplets?",
        // forgetting that merges can build it from several.
        triplets.iter().any(|t| *t == target)
    }
}
