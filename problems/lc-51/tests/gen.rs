use judge_harness::r#gen::emit;

// n <= 9 leaves only nine possible inputs; the handwritten cases cover
// n = 1..6, the generator the larger boards (n = 9 has 352 solutions and is
// the one that separates early pruning from generate-and-test).
fn main() {
    for n in 7..=9 {
        emit(&format!("n-{n}"), &format!("[{n}]"));
    }
}
