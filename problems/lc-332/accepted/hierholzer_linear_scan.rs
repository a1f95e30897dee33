impl Solution {
    pub fn find_itinerary(mut tickets: Vec<Vec<String>>) -> Vec<String> {
        // Hierholzer's algorithm without any map: sort all the tickets once,
        // and at every step scan the whole list for the first unused ticket
        // leaving the current airport. O(n^2) string comparisons.
        tickets.sort();
        let mut used = vec![false; tickets.len()];
        let mut stack: Vec<String> = vec!["JFK".to_string()];
        let mut route = Vec::new();
        while let Some(top) = stack.last().cloned() {
            let next = (0..tickets.len()).find(|&i| !used[i] && tickets[i][0] == top);
            match next {
                Some(i) => {
                    used[i] = true;
                    stack.push(tickets[i][1].clone());
                }
                None => {
                    route.push(top);
                    stack.pop();
                }
            }
        }
        route.reverse();
        route
    }
}
