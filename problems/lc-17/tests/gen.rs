use judge_harness::r#gen::{Rng, emit, sized, string};

fn case(name: &str, digits: &str) {
    assert!(digits.len() <= 4 && digits.bytes().all(|b| (b'2'..=b'9').contains(&b)));
    emit(name, &format!("[{}]", string(digits)));
}

fn digits(rng: &mut Rng, n: usize) -> String {
    (0..n).map(|_| (b'0' + rng.range(2, 9) as u8) as char).collect()
}

/// A random valid input: `n` keys (0 <= n <= 4), each from '2' to '9'.
fn random(rng: &mut Rng, n: usize) -> String {
    format!("[{}]", string(&digits(rng, n)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(17);
    // Every length, several times.
    for i in 0..32 {
        let n = 1 + i % 4;
        case(&format!("random-{i}"), &digits(&mut rng, n));
    }
    // The largest length, with different keys.
    for (i, d) in ["2222", "9999", "7979", "2345", "6789", "8888", "3579", "9372"].iter().enumerate() {
        case(&format!("fixed-max-{i}"), d);
    }
    for i in 0..4 {
        case(&format!("random-max-{i}"), &digits(&mut rng, 4));
    }
}
