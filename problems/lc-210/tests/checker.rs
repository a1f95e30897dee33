use judge_harness::checker::{Verdict, serve};
use judge_harness::conv::FromJson;
use judge_harness::json::Value;

/// A cycle of prerequisites, as "1 needs 2, 2 needs 0 and 0 needs 1", or
/// None if the courses can all be taken.
fn find_cycle(n: usize, pairs: &[(usize, usize)]) -> Option<String> {
    let mut unlocks = vec![Vec::new(); n];
    let mut needs = vec![Vec::new(); n];
    let mut pending = vec![0usize; n];
    for &(a, b) in pairs {
        unlocks[b].push(a);
        needs[a].push(b);
        pending[a] += 1;
    }
    let mut ready: Vec<usize> = (0..n).filter(|&c| pending[c] == 0).collect();
    let mut taken = vec![false; n];
    while let Some(c) = ready.pop() {
        taken[c] = true;
        for &d in &unlocks[c] {
            pending[d] -= 1;
            if pending[d] == 0 {
                ready.push(d);
            }
        }
    }
    // Every course left waits for another course left: follow those links
    // until a course repeats.
    let start = (0..n).find(|&c| !taken[c])?;
    let mut seen_at = vec![usize::MAX; n];
    let mut path = Vec::new();
    let mut c = start;
    while seen_at[c] == usize::MAX {
        seen_at[c] = path.len();
        path.push(c);
        c = *needs[c].iter().find(|&&r| !taken[r])?;
    }
    let mut cycle: Vec<usize> = path[seen_at[c]..].to_vec();
    cycle.push(c);
    let steps: Vec<String> = cycle.windows(2).map(|w| format!("{} needs {}", w[0], w[1])).collect();
    let text = if steps.len() > 4 {
        format!("{}, ... ({} courses in a circle)", steps[..2].join(", "), steps.len())
    } else if steps.len() == 1 {
        steps[0].clone()
    } else {
        format!("{} and {}", steps[..steps.len() - 1].join(", "), steps[steps.len() - 1])
    };
    Some(text)
}

/// Any valid order is right: a permutation of 0..n-1 in which every [a, b]
/// has b before a; [] exactly when the reference returns [].
fn check(input: &[Value], expected: &Value, actual: &Value) -> Verdict {
    let n = i32::from_json(&input[0])? as usize;
    let raw = Vec::<Vec<i32>>::from_json(&input[1])?;
    let pairs: Vec<(usize, usize)> = raw.iter().map(|p| (p[0] as usize, p[1] as usize)).collect();
    let expected = Vec::<i32>::from_json(expected)?;
    let order = Vec::<i32>::from_json(actual)?;

    if expected.is_empty() {
        if order.is_empty() {
            return Ok(());
        }
        let why = find_cycle(n, &pairs).unwrap_or_else(|| "the prerequisites form a cycle".to_string());
        return Err(format!(
            "the answer lists {} courses, but it must be []: no order works, since {why}",
            order.len()
        ));
    }
    if order.is_empty() {
        return Err("the answer is [], but the prerequisites form no cycle: all the courses can be taken".to_string());
    }
    if order.len() != n {
        return Err(format!("the order lists {} courses, but there are {n} (each must appear once)", order.len()));
    }
    let mut pos = vec![usize::MAX; n];
    for (i, &c) in order.iter().enumerate() {
        if c < 0 || c as usize >= n {
            return Err(format!("course {c} does not exist: the courses are 0 to {}", n - 1));
        }
        if pos[c as usize] != usize::MAX {
            return Err(format!("course {c} appears twice in the order (positions {} and {i})", pos[c as usize]));
        }
        pos[c as usize] = i;
    }
    for &(a, b) in &pairs {
        if pos[b] > pos[a] {
            return Err(format!(
                "course {a} comes before its prerequisite {b} (positions {} and {} of the order)",
                pos[a], pos[b]
            ));
        }
    }
    Ok(())
}

fn main() {
    serve(check);
}
