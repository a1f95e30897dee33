impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Hierholzer over airport indices: name the airports 0..m in sorted
        // order, give each a list of destination indices sorted descending,
        // and pop from the back.
        let mut names: Vec<&str> = tickets.iter().flat_map(|t| [t[0].as_str(), t[1].as_str()]).collect();
        names.sort_unstable();
        names.dedup();
        let id = |s: &str| names.binary_search(&s).unwrap();
        let mut out = vec![Vec::new(); names.len()];
        for t in &tickets {
            out[id(&t[0])].push(id(&t[1]));
        }
        for list in &mut out {
            list.sort_unstable_by(|a, b| b.cmp(a));
        }
        let mut stack = vec![id("JFK")];
        let mut route = Vec::new();
        while let Some(&top) = stack.last() {
            if let Some(next) = out[top].pop() {
                stack.push(next);
            } else {
                route.push(names[top].to_string());
                stack.pop();
            }
        }
        route.reverse();
        route
    }
}
