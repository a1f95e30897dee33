//! Ctrl-C and SIGTERM: instead of dying with run directories (hidden inputs)
//! and binaries left behind, the judge removes the directories it is using
//! (`engine::scratch`), says whether anything was recorded, and exits 130.
//!
//! The signals are blocked in every thread (they inherit the mask from
//! `install`, which runs before any other thread starts) and taken by one
//! thread with `sigwait`, so the cleanup runs as ordinary code, not in a
//! signal handler. Processes the judge starts get a clean mask from
//! `std::process::Command`. A sandbox helper ignores Ctrl-C by design; it
//! kills its sandboxed process as soon as it sees the judge gone.

use crate::engine::scratch;
use crate::practice::history;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set while a child owns the terminal (an editor): Ctrl-C is its.
static DEFERRED: AtomicBool = AtomicBool::new(false);

/// What must happen before the judge exits on a signal, besides the
/// scratch directories (`judge watch` gives the terminal back).
static HOOKS: std::sync::Mutex<Vec<fn()>> = std::sync::Mutex::new(Vec::new());

/// Runs `f` when the judge is interrupted, before it exits.
pub fn on_interrupt(f: fn()) {
    if let Ok(mut hooks) = HOOKS.lock() {
        hooks.push(f);
    }
}

/// Runs `f` (which waits for a child that owns the terminal) with Ctrl-C
/// (SIGINT) left to that child: the judge neither stops nor cleans up.
pub fn deferred<T>(f: impl FnOnce() -> T) -> T {
    DEFERRED.store(true, Ordering::SeqCst);
    let out = f();
    DEFERRED.store(false, Ordering::SeqCst);
    out
}

/// Takes SIGINT and SIGTERM from now on. Call before starting any thread.
pub fn install() {
    // SAFETY: a zeroed sigset_t is a valid argument to sigemptyset, which
    // initialises it; the calls only fill the set and change this thread's mask.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        if libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0 {
            // Signals keep their default action: the next judge sweeps what
            // this one leaves (`scratch::sweep_stale`).
            return;
        }
        set
    };
    let spawned = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            loop {
                let mut signal = 0;
                // SAFETY: `set` is initialised and `signal` outlives the call.
                let taken = unsafe { libc::sigwait(&set, &mut signal) } == 0;
                // Ctrl-C while an editor runs is the editor's.
                if taken && !(signal == libc::SIGINT && DEFERRED.load(Ordering::SeqCst)) {
                    break;
                }
            }
            if let Ok(hooks) = HOOKS.lock() {
                hooks.iter().for_each(|f| f());
            }
            scratch::remove_all();
            if history::writes_committed() == 0 {
                eprintln!("interrupted, nothing recorded");
            } else {
                eprintln!("interrupted; what had finished before is recorded");
            }
            std::process::exit(crate::error::exit_code::INTERRUPTED);
        });
    if spawned.is_err() {
        // SAFETY: undoes the mask set above, on this thread only.
        unsafe { libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut()) };
    }
}
