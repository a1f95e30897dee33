use std::collections::BTreeMap;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Backtracking over the choices in alphabetical order. Every
        // itinerary has the same length, so the first complete one found in
        // this order is the smallest.
        let mut left: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for t in &tickets {
            *left.entry(t[0].clone()).or_default().entry(t[1].clone()).or_default() += 1;
        }
        fn go(route: &mut Vec<String>, left: &mut BTreeMap<String, BTreeMap<String, usize>>, total: usize) -> bool {
            if route.len() == total + 1 {
                return true;
            }
            let here = route.last().unwrap().clone();
            let choices: Vec<String> = match left.get(&here) {
                Some(m) => m.iter().filter(|&(_, &c)| c > 0).map(|(k, _)| k.clone()).collect(),
                None => return false,
            };
            for next in choices {
                *left.get_mut(&here).unwrap().get_mut(&next).unwrap() -= 1;
                route.push(next.clone());
                if go(route, left, total) {
                    return true;
                }
                route.pop();
                *left.get_mut(&here).unwrap().get_mut(&next).unwrap() += 1;
            }
            false
        }
        let mut route = vec!["JFK".to_string()];
        go(&mut route, &mut left, tickets.len());
        route
    }
}
