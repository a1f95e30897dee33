use std::collections::BTreeMap;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Depth-first search with backtracking, in alphabetical order, over
        // a count of the remaining tickets per (from, to) pair, so identical
        // tickets are one choice. Correct, but exponential: on a line of
        // hubs, each with a side loop that must be flown before moving on,
        // every wrong order at every later hub is tried before the search
        // gives up on an early mistake.
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
