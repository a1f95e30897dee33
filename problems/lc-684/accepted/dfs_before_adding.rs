use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // Build the graph edge by edge. Before adding [a, b], search from a
        // in what is built so far: if b is already reachable, this edge
        // closes the cycle.
        let mut graph: HashMap<i32, Vec<i32>> = HashMap::new();
        for e in &edges {
            let (a, b) = (e[0], e[1]);
            if graph.contains_key(&a) && graph.contains_key(&b) {
                let mut seen = HashSet::new();
                if Self::reaches(&graph, a, b, &mut seen) {
                    return e.clone();
                }
            }
            graph.entry(a).or_default().push(b);
            graph.entry(b).or_default().push(a);
        }
        vec![]
    }

    fn reaches(graph: &HashMap<i32, Vec<i32>>, from: i32, to: i32, seen: &mut HashSet<i32>) -> bool {
        if from == to {
            return true;
        }
        seen.insert(from);
        graph[&from].iter().any(|&v| !seen.contains(&v) && Self::reaches(graph, v, to, seen))
    }
}
