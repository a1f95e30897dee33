use judge_harness::checker::{Verdict, serve};
use judge_harness::conv::FromJson;
use judge_harness::json::Value;

/// A string for a message: quoted, and shortened in the middle when long.
fn show(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= 60 {
        format!("{s:?}")
    } else {
        let head: String = chars[..25].iter().collect();
        let tail: String = chars[chars.len() - 25..].iter().collect();
        format!("\"{head}...{tail}\" ({} characters)", chars.len())
    }
}

fn chars(n: usize) -> String {
    if n == 1 { "1 character".to_string() } else { format!("{n} characters") }
}

/// Any longest palindromic substring is right: the answer must occur in s,
/// read the same both ways, and be as long as the reference's answer.
fn check(input: &[Value], expected: &Value, actual: &Value) -> Verdict {
    let s = String::from_json(&input[0])?;
    let longest = String::from_json(expected)?.chars().count();
    let a = String::from_json(actual)?;
    let len = a.chars().count();
    if a.is_empty() {
        return Err(format!(
            "the answer is empty, but every single character is a palindrome: the longest in s has {}",
            chars(longest)
        ));
    }
    if !s.contains(a.as_str()) {
        return Err(format!("{} is not a substring of s", show(&a)));
    }
    if !a.chars().eq(a.chars().rev()) {
        return Err(format!("{} is not a palindrome", show(&a)));
    }
    if len < longest {
        return Err(format!(
            "{} is a palindrome of {}, but s has a longer one, of {}",
            show(&a),
            chars(len),
            chars(longest)
        ));
    }
    if len > longest {
        return Err(format!(
            "{} has {}, more than the longest palindromic substring found by the reference ({longest})",
            show(&a),
            chars(len)
        ));
    }
    Ok(())
}

fn main() {
    serve(check);
}
