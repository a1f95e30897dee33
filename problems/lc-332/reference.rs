use std::collections::HashMap;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Hierholzer's algorithm. Each airport's destinations are sorted in
        // reverse, so the smallest unused one is popped from the end. An
        // airport goes to the route when it has nothing left to fly to; the
        // route comes out backwards.
        let mut out: HashMap<&str, Vec<&str>> = HashMap::new();
        for t in &tickets {
            out.entry(t[0].as_str()).or_default().push(t[1].as_str());
        }
        for list in out.values_mut() {
            list.sort_unstable_by(|a, b| b.cmp(a));
        }
        let mut stack = vec!["JFK"];
        let mut route = Vec::with_capacity(tickets.len() + 1);
        while let Some(&top) = stack.last() {
            match out.get_mut(top).and_then(|list| list.pop()) {
                Some(next) => stack.push(next),
                None => {
                    route.push(top.to_string());
                    stack.pop();
                }
            }
        }
        route.reverse();
        route
    }
}
