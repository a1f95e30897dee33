use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Recursive Hierholzer with a min-heap of destinations per airport.
        let mut graph: HashMap<String, BinaryHeap<Reverse<String>>> = HashMap::new();
        for t in tickets {
            let mut it = t.into_iter();
            let (from, to) = (it.next().unwrap(), it.next().unwrap());
            graph.entry(from).or_default().push(Reverse(to));
        }
        fn visit(airport: String, graph: &mut HashMap<String, BinaryHeap<Reverse<String>>>, route: &mut Vec<String>) {
            loop {
                let next = match graph.get_mut(&airport) {
                    Some(heap) => heap.pop(),
                    None => None,
                };
                match next {
                    Some(Reverse(to)) => visit(to, graph, route),
                    None => break,
                }
            }
            route.push(airport);
        }
        let mut route = Vec::new();
        visit("JFK".to_string(), &mut graph, &mut route);
        route.reverse();
        route
    }
}
