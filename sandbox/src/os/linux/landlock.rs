//! The Landlock layers: a ruleset built in the supervisor before the fork (paths opened,
//! rules added, with the `landlock` crate), then finished and enforced in the child with
//! raw system calls. Only `/proc/self` paths are added in the child: opened there,
//! they name the sandboxed process instead of the supervisor (whose `/proc` entry would
//! expose its executable and environment).
//!
//! Handled, so denied unless a rule allows: every filesystem access right of the
//! kernel's ABI, TCP bind and connect (ABI 4), and the signal and abstract-Unix-socket
//! scopes (ABI 6). Rights newer than ABI 7 are not handled: they were not vetted here.

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use landlock::{
    ABI, Access, AccessFs, AccessNet, BitFlags, CompatLevel, Compatible, PathBeneath, PathFd,
    Ruleset, RulesetAttr, RulesetCreatedAttr, Scope,
};

use crate::Isolation;
use crate::layer;

/// `landlock_create_ruleset` flag that asks for the ABI version instead.
const CREATE_RULESET_VERSION: libc::c_uint = 1;
/// `landlock_add_rule` rule type for a path and what lies beneath it.
const RULE_PATH_BENEATH: libc::c_int = 1;
/// The newest ABI whose rights were reviewed for this crate.
const NEWEST_VETTED_ABI: i32 = 7;

/// Where `/proc/self` lives: rules under it are added in the child.
const PROC_SELF: &str = "/proc/self";

/// Always readable and writable: programs (the linker among them) discard output there.
const DEV_NULL: &str = "/dev/null";

/// The raw Landlock rule for one path (`struct landlock_path_beneath_attr`).
#[repr(C, packed)]
struct PathBeneathAttr {
    allowed_access: u64,
    parent_fd: i32,
}

/// The kernel's Landlock ABI version: 0 without Landlock (not built in, or not enabled
/// with `lsm=...,landlock` at boot).
pub(crate) fn kernel_abi() -> i32 {
    // SAFETY: with the VERSION flag the kernel reads no pointer and returns a number.
    let abi = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<u8>(),
            0usize,
            CREATE_RULESET_VERSION,
        )
    };
    i32::try_from(abi).unwrap_or(0).max(0)
}

/// The layers a ruleset for `abi` enforces.
pub(crate) fn layers(abi: i32) -> Vec<&'static str> {
    let mut layers = Vec::new();
    if abi >= 1 {
        layers.push(layer::LANDLOCK_FS);
    }
    if abi >= 4 {
        layers.push(layer::LANDLOCK_NET);
    }
    if abi >= 6 {
        layers.push(layer::LANDLOCK_SCOPES);
    }
    layers
}

fn crate_abi(abi: i32) -> ABI {
    match abi.min(NEWEST_VETTED_ABI) {
        1 => ABI::V1,
        2 => ABI::V2,
        3 => ABI::V3,
        4 => ABI::V4,
        5 => ABI::V5,
        6 => ABI::V6,
        7 => ABI::V7,
        _ => ABI::Unsupported,
    }
}

/// A ruleset ready to be enforced in the child.
pub(crate) struct Plan {
    ruleset: OwnedFd,
    /// `/proc/self` paths, with the rights they get as a directory and as a file.
    deferred: Vec<(CString, u64, u64)>,
}

/// What a rule allows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Grant {
    Read,
    Execute,
    Write,
}

impl Grant {
    /// The rights for a directory (and everything beneath it) or, with `dir` false, for
    /// one file.
    fn rights(self, abi: i32, dir: bool) -> u64 {
        let abi = crate_abi(abi);
        let read = AccessFs::ReadFile | AccessFs::ReadDir;
        let rights: BitFlags<AccessFs> = match self {
            Grant::Read => read,
            Grant::Execute => read | AccessFs::Execute,
            // Writing never includes executing what was written, nor creating devices,
            // sockets or fifos.
            Grant::Write => {
                AccessFs::from_all(abi)
                    & !(AccessFs::Execute
                        | AccessFs::MakeChar
                        | AccessFs::MakeBlock
                        | AccessFs::MakeSock
                        | AccessFs::MakeFifo
                        | AccessFs::IoctlDev)
            }
        };
        let rights = rights & AccessFs::from_all(abi);
        let rights = if dir {
            rights
        } else {
            rights & AccessFs::from_file(abi)
        };
        rights.bits()
    }
}

impl Plan {
    /// Builds the ruleset for `isolation`, plus the program, its interpreter and the
    /// working directory. `abi` is [`kernel_abi`], at least 1. The error says which path
    /// or call failed.
    pub(crate) fn build(
        isolation: &Isolation,
        program: &Path,
        workdir: &Path,
        abi: i32,
    ) -> Result<Plan, String> {
        let mut grants: Vec<(PathBuf, Grant)> = Vec::new();
        grants.push((program.to_path_buf(), Grant::Execute));
        if let Some(interpreter) = super::elf::interpreter(program) {
            grants.push((interpreter, Grant::Execute));
        }
        grants.push((workdir.to_path_buf(), Grant::Write));
        grants.push((PathBuf::from(DEV_NULL), Grant::Write));
        grants.extend(
            isolation
                .read_paths
                .iter()
                .map(|p| (p.clone(), Grant::Read)),
        );
        grants.extend(
            isolation
                .exec_paths
                .iter()
                .map(|p| (p.clone(), Grant::Execute)),
        );
        grants.extend(
            isolation
                .write_paths
                .iter()
                .map(|p| (p.clone(), Grant::Write)),
        );

        let vetted = crate_abi(abi);
        let err = |what: &str, e: &dyn std::fmt::Display| format!("{what}: {e}");
        let mut ruleset = Ruleset::default()
            .set_compatibility(CompatLevel::HardRequirement)
            .handle_access(AccessFs::from_all(vetted))
            .map_err(|e| err("handle the filesystem rights", &e))?;
        if abi >= 4 {
            ruleset = ruleset
                .handle_access(AccessNet::BindTcp | AccessNet::ConnectTcp)
                .map_err(|e| err("handle the TCP rights", &e))?;
        }
        if abi >= 6 {
            ruleset = ruleset
                .scope(Scope::from_all(vetted))
                .map_err(|e| err("handle the scopes", &e))?;
        }
        let mut created = ruleset
            .create()
            .map_err(|e| err("landlock_create_ruleset", &e))?;

        let mut deferred = Vec::new();
        for (path, grant) in grants {
            if path.starts_with(PROC_SELF) {
                let c_path = CString::new(path.as_os_str().as_bytes())
                    .map_err(|_| format!("{}: contains a NUL byte", path.display()))?;
                deferred.push((c_path, grant.rights(abi, true), grant.rights(abi, false)));
                continue;
            }
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                // Nothing there: nothing to allow.
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(err(&path.display().to_string(), &e)),
            };
            let fd = PathFd::new(&path).map_err(|e| err(&path.display().to_string(), &e))?;
            let rights = BitFlags::<AccessFs>::from_bits_truncate(grant.rights(abi, meta.is_dir()));
            created = created
                .add_rule(PathBeneath::new(fd, rights))
                .map_err(|e| err(&format!("add a rule for {}", path.display()), &e))?;
        }
        let ruleset: Option<OwnedFd> = created.into();
        let ruleset = ruleset.ok_or("the kernel gave no ruleset descriptor")?;
        Ok(Plan { ruleset, deferred })
    }

    /// In the child, after `no_new_privs` is set: adds the `/proc/self` rules and
    /// enforces the ruleset. Async-signal-safe. On failure returns the step and errno.
    pub(crate) fn apply(&self) -> Result<(), (Step, io::Error)> {
        let ruleset = self.ruleset.as_raw_fd();
        for (path, dir_rights, file_rights) in &self.deferred {
            // SAFETY: a NUL-terminated path; O_PATH opens nothing for reading.
            let fd = unsafe { libc::open(path.as_ptr(), libc::O_PATH | libc::O_CLOEXEC) };
            if fd < 0 {
                let err = io::Error::last_os_error();
                if err.raw_os_error() == Some(libc::ENOENT) {
                    continue;
                }
                return Err((Step::OpenProcSelf, err));
            }
            let added = add_rule(ruleset, fd, *dir_rights, *file_rights);
            // SAFETY: closes the descriptor opened above.
            unsafe { libc::close(fd) };
            added.map_err(|e| (Step::AddRule, e))?;
        }
        // SAFETY: restricts this (single-threaded) process with a live ruleset.
        if unsafe { libc::syscall(libc::SYS_landlock_restrict_self, ruleset, 0u32) } != 0 {
            return Err((Step::RestrictSelf, io::Error::last_os_error()));
        }
        Ok(())
    }
}

/// The child's Landlock steps that can fail.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Step {
    OpenProcSelf,
    AddRule,
    RestrictSelf,
}

/// Adds a rule for the open path `fd`, with `dir_rights` if it is a directory, else
/// `file_rights`. Async-signal-safe.
fn add_rule(ruleset: RawFd, fd: RawFd, dir_rights: u64, file_rights: u64) -> io::Result<()> {
    // SAFETY: an all-zero stat is a valid value of this plain C struct.
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: a live descriptor and a live stat buffer.
    if unsafe { libc::fstat(fd, &mut stat) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let dir = stat.st_mode & libc::S_IFMT == libc::S_IFDIR;
    let attr = PathBeneathAttr {
        allowed_access: if dir { dir_rights } else { file_rights },
        parent_fd: fd,
    };
    // SAFETY: the attribute is a live, correctly laid out landlock_path_beneath_attr.
    let added = unsafe {
        libc::syscall(
            libc::SYS_landlock_add_rule,
            ruleset,
            RULE_PATH_BENEATH,
            &attr as *const PathBeneathAttr,
            0u32,
        )
    };
    if added != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
