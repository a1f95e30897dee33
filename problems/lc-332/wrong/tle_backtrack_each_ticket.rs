impl Solution {
    pub fn find_itinerary(mut tickets: Vec<Vec<String>>) -> Vec<String> {
        // Backtracking over the sorted ticket list with a used flag per
        // ticket. Correct, but identical tickets are tried one after another
        // as if they were different choices, so a dead end reached after a
        // run of repeated tickets is explored again for every ordering of
        // the copies.
        tickets.sort();
        let mut used = vec![false; tickets.len()];
        let mut route = vec!["JFK".to_string()];
        fn go(route: &mut Vec<String>, tickets: &[Vec<String>], used: &mut Vec<bool>) -> bool {
            if route.len() == tickets.len() + 1 {
                return true;
            }
            for i in 0..tickets.len() {
                if !used[i] && tickets[i][0] == *route.last().unwrap() {
                    used[i] = true;
                    route.push(tickets[i][1].clone());
                    if go(route, tickets, used) {
                        return true;
                    }
                    route.pop();
                    used[i] = false;
                }
            }
            false
        }
        go(&mut route, &tickets, &mut used);
        route
    }
}
