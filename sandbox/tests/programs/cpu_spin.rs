//! Spins until its own CPU time reaches argv[1] milliseconds, then prints that CPU time
//! in nanoseconds, as the process itself measured it.

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

#[cfg(target_vendor = "apple")]
const CLOCK_PROCESS_CPUTIME_ID: i32 = 12;
#[cfg(not(target_vendor = "apple"))]
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

fn cpu_nanos() -> i64 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    assert_eq!(unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut ts) }, 0);
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn main() {
    let millis: i64 = std::env::args().nth(1).expect("argv[1]: milliseconds").parse().expect("a number");
    let mut x = 1u64;
    loop {
        for _ in 0..10_000 {
            x = std::hint::black_box(x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1));
        }
        let now = cpu_nanos();
        if now >= millis * 1_000_000 {
            println!("{now}");
            return;
        }
    }
}
