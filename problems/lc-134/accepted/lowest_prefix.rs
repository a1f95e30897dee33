impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // The tank level, started at station 0 and allowed to go negative,
        // is lowest just before some station; starting there every later
        // level is relative to that low point, so it never goes below zero
        // (given a non-negative total).
        let mut level = 0i64;
        let mut lowest = 0i64;
        let mut at = 0usize;
        for i in 0..gas.len() {
            level += (gas[i] - cost[i]) as i64;
            if level < lowest {
                lowest = level;
                at = i + 1;
            }
        }
        if level < 0 {
            -1
        } else {
            (at % gas.len()) as i32
        }
    }
}
