use judge_harness::r#gen::emit;

// The whole input space is 1..=45: every value not already among the
// handwritten cases (1, 2, 3, 4, 5, 10, 44, 45) is a generated case. The large
// ones separate the linear solution from the exponential recursion.
const HANDWRITTEN: [i64; 8] = [1, 2, 3, 4, 5, 10, 44, 45];

fn main() {
    for n in 1..=45i64 {
        if !HANDWRITTEN.contains(&n) {
            emit(&format!("n-{n}"), &format!("[{n}]"));
        }
    }
}
