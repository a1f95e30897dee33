use std::collections::BTreeMap;

// Points grouped by squared distance in an ordered map; take whole groups,
// nearest first, until k points are taken (the answer is unique, so the
// k-th point ends a group).
impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let mut groups: BTreeMap<i32, Vec<Vec<i32>>> = BTreeMap::new();
        for p in points {
            groups.entry(p[0] * p[0] + p[1] * p[1]).or_insert_with(Vec::new).push(p);
        }
        let mut result = Vec::with_capacity(k as usize);
        for (_, group) in groups {
            if result.len() >= k as usize {
                break;
            }
            result.extend(group);
        }
        result.truncate(k as usize);
        result
    }
}
