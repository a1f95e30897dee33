use judge_harness::checker::{Verdict, serve};
use judge_harness::conv::FromJson;
use judge_harness::json::Value;

fn show(w: &str) -> String {
    if w.len() <= 24 {
        format!("{w:?}")
    } else {
        format!("\"{}...\" (word of {} letters)", &w[..20], w.len())
    }
}

/// The first place where two neighbouring words differ, as (index of the
/// first word, its letter, the next word's letter), for every neighbouring
/// pair that gives a rule.
fn rules(words: &[String]) -> Vec<(usize, u8, u8)> {
    let mut out = Vec::new();
    for i in 1..words.len() {
        let (a, b) = (words[i - 1].as_bytes(), words[i].as_bytes());
        if let Some((&x, &y)) = a.iter().zip(b).find(|(x, y)| x != y) {
            out.push((i - 1, x, y));
        }
    }
    out
}

/// Why no alphabet fits the list: a word before its own prefix, or a cycle
/// of rules, named letter by letter.
fn why_none(words: &[String]) -> String {
    for i in 1..words.len() {
        let (a, b) = (&words[i - 1], &words[i]);
        if a.len() > b.len() && a.starts_with(b.as_str()) {
            return format!("{} comes before its own prefix {}", show(a), show(b));
        }
    }
    // Remove letters that no remaining rule forces after another; what is
    // left lies on or behind a cycle.
    let rs = rules(words);
    let mut alive = [false; 26];
    for &(_, x, y) in &rs {
        alive[(x - b'a') as usize] = true;
        alive[(y - b'a') as usize] = true;
    }
    loop {
        let free: Vec<usize> = (0..26)
            .filter(|&c| alive[c] && !rs.iter().any(|&(_, x, y)| (y - b'a') as usize == c && alive[(x - b'a') as usize]))
            .collect();
        if free.is_empty() {
            break;
        }
        for c in free {
            alive[c] = false;
        }
    }
    let Some(start) = (0..26).find(|&c| alive[c]) else {
        return "the words allow no order".to_string();
    };
    // Walk backwards along rules among the remaining letters until a letter repeats.
    let mut path = vec![start];
    let mut at = [usize::MAX; 26];
    at[start] = 0;
    let mut c = start;
    loop {
        let &(_, x, _) = rs
            .iter()
            .find(|&&(_, x, y)| (y - b'a') as usize == c && alive[(x - b'a') as usize])
            .unwrap();
        c = (x - b'a') as usize;
        if at[c] != usize::MAX {
            let mut cycle: Vec<char> = path[at[c]..].iter().rev().map(|&l| (b'a' + l as u8) as char).collect();
            cycle.push(cycle[0]);
            let text: Vec<String> = cycle.iter().map(|l| format!("'{l}'")).collect();
            return format!("the words force {}, each letter before the next", text.join(" < "));
        }
        at[c] = path.len();
        path.push(c);
    }
}

/// Any alphabet under which the list is sorted is right: each letter of the
/// words exactly once, no other character, every rule respected; "" exactly
/// when the reference returns "".
fn check(input: &[Value], expected: &Value, actual: &Value) -> Verdict {
    let words = Vec::<String>::from_json(&input[0])?;
    let expected = String::from_json(expected)?;
    let answer = String::from_json(actual)?;

    if expected.is_empty() {
        if answer.is_empty() {
            return Ok(());
        }
        return Err(format!(
            "no alphabet fits this list ({}), so the answer must be \"\", not {answer:?}",
            why_none(&words)
        ));
    }
    if answer.is_empty() {
        return Err("the answer is \"\", but an order of the letters under which the list is sorted exists".to_string());
    }
    let mut present = [false; 26];
    for w in &words {
        for b in w.bytes() {
            present[(b - b'a') as usize] = true;
        }
    }
    let mut pos = [usize::MAX; 26];
    for (i, c) in answer.chars().enumerate() {
        if !c.is_ascii_lowercase() || !present[(c as u8 - b'a') as usize] {
            return Err(format!("the answer contains {c:?}, which appears in none of the words"));
        }
        let l = (c as u8 - b'a') as usize;
        if pos[l] != usize::MAX {
            return Err(format!("the answer contains '{c}' twice"));
        }
        pos[l] = i;
    }
    if let Some(l) = (0..26).find(|&l| present[l] && pos[l] == usize::MAX) {
        let c = (b'a' + l as u8) as char;
        let w = words.iter().find(|w| w.contains(c)).unwrap();
        return Err(format!("the answer leaves out '{c}', which appears in the words (in {})", show(w)));
    }
    for (i, x, y) in rules(&words) {
        if pos[(x - b'a') as usize] > pos[(y - b'a') as usize] {
            return Err(format!(
                "{} comes before {}, so '{}' must come before '{}', but the answer puts '{}' first",
                show(&words[i]),
                show(&words[i + 1]),
                x as char,
                y as char,
                y as char
            ));
        }
    }
    Ok(())
}

fn main() {
    serve(check);
}
