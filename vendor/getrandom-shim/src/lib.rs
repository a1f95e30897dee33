//! The judge's stand-in for the `getrandom` 0.2 crate: the part of its API
//! that `rand_core` 0.6 uses (`getrandom()` and `Error`), on Linux only,
//! through glibc's `getrandom(3)` (std links glibc anyway). The real crate
//! would bring `libc` (6 MB of source) for this one call.

use core::fmt;
use core::num::NonZeroU32;

/// An error code, as in getrandom 0.2: OS errors are positive `errno`
/// values, the judge's own are at `INTERNAL_START` and above.
#[derive(Copy, Clone, Eq, PartialEq)]
pub struct Error(NonZeroU32);

impl Error {
    pub const INTERNAL_START: u32 = 1 << 31;
    pub const CUSTOM_START: u32 = (1 << 31) + (1 << 30);
    /// `getrandom(3)` kept returning short reads.
    pub const UNEXPECTED: Error = Error(match NonZeroU32::new(Self::INTERNAL_START + 2) {
        Some(n) => n,
        None => unreachable!(),
    });

    pub fn raw_os_error(self) -> Option<i32> {
        let code = self.0.get();
        (code < Self::INTERNAL_START).then_some(code as i32)
    }

    pub const fn code(self) -> NonZeroU32 {
        self.0
    }
}

impl From<NonZeroU32> for Error {
    fn from(code: NonZeroU32) -> Self {
        Error(code)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.raw_os_error() {
            Some(errno) => write!(f, "Error {{ os_error: {errno} }}"),
            None => write!(f, "Error {{ internal_code: {} }}", self.0),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.raw_os_error() {
            Some(errno) => write!(f, "getrandom failed: {}", std::io::Error::from_raw_os_error(errno)),
            None => write!(f, "getrandom: unexpected short reads"),
        }
    }
}

impl std::error::Error for Error {}

impl From<Error> for std::io::Error {
    fn from(err: Error) -> Self {
        match err.raw_os_error() {
            Some(errno) => std::io::Error::from_raw_os_error(errno),
            None => std::io::Error::other(err),
        }
    }
}

mod sys {
    unsafe extern "C" {
        pub fn getrandom(buf: *mut u8, buflen: usize, flags: u32) -> isize;
        pub fn __errno_location() -> *mut i32;
    }
}

/// Fills `dest` with random bytes from the kernel.
pub fn getrandom(dest: &mut [u8]) -> Result<(), Error> {
    let mut filled = 0;
    let mut short = 0;
    while filled < dest.len() {
        let rest = &mut dest[filled..];
        // SAFETY: `rest` is a valid, writable buffer of `rest.len()` bytes.
        let n = unsafe { sys::getrandom(rest.as_mut_ptr(), rest.len(), 0) };
        if n < 0 {
            // SAFETY: glibc's thread-local errno.
            let errno = unsafe { *sys::__errno_location() };
            if errno == 4 {
                continue; // EINTR
            }
            return Err(NonZeroU32::new(errno as u32).map_or(Error::UNEXPECTED, Error));
        }
        if n == 0 {
            short += 1;
            if short > 16 {
                return Err(Error::UNEXPECTED);
            }
        }
        filled += n as usize;
    }
    Ok(())
}
