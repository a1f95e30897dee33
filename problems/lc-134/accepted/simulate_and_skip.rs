impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // Drive from each candidate start, but when the drive from s fails
        // after `done` legs, the next candidate is the station after the one
        // where it failed: every station in between fails too.
        let n = gas.len();
        let mut s = 0;
        while s < n {
            let mut tank = 0i64;
            let mut done = 0;
            while done < n {
                let i = (s + done) % n;
                tank += (gas[i] - cost[i]) as i64;
                if tank < 0 {
                    break;
                }
                done += 1;
            }
            if done == n {
                return s as i32;
            }
            s += done + 1;
        }
        -1
    }
}
