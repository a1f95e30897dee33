//! Allocates argv[1] MiB and writes to every page of it, so all of it is resident; prints
//! "touched N MiB". Under a smaller RLIMIT_AS the allocation fails and the process aborts.

fn main() {
    let mib: usize = std::env::args().nth(1).expect("argv[1]: MiB").parse().expect("a number");
    let mut block: Vec<u8> = Vec::with_capacity(mib << 20);
    // SAFETY: u8 has no invalid values, and every byte is written below before any read.
    unsafe { block.set_len(mib << 20) };
    for byte in block.iter_mut().step_by(4096) {
        *byte = 1;
    }
    let touched: usize = block.iter().step_by(4096).map(|&b| usize::from(b)).sum();
    println!("touched {} MiB", std::hint::black_box(touched) * 4096 >> 20);
}
