//! The judge's stand-in for the `libc` crate: the one function `rand` 0.8
//! calls (`pthread_atfork`, to reseed its thread RNG after a fork), from
//! glibc, which std links anyway. The real crate is 6 MB of source.

#![allow(non_camel_case_types)]

pub type c_int = i32;

unsafe extern "C" {
    pub fn pthread_atfork(
        prepare: Option<unsafe extern "C" fn()>,
        parent: Option<unsafe extern "C" fn()>,
        child: Option<unsafe extern "C" fn()>,
    ) -> c_int;
}
