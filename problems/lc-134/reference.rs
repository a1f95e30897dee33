impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // One sweep. `tank` is the fuel since the candidate start; when it
        // goes negative after station i, no start from the candidate up to i
        // can work, so the candidate moves to i + 1. A non-negative total
        // guarantees that the last candidate gets all the way round.
        let mut total = 0i64;
        let mut tank = 0i64;
        let mut start = 0usize;
        for i in 0..gas.len() {
            let delta = (gas[i] - cost[i]) as i64;
            total += delta;
            tank += delta;
            if tank < 0 {
                start = i + 1;
                tank = 0;
            }
        }
        if total < 0 { -1 } else { start as i32 }
    }
}
