//! What a process may touch beyond the portable layers ([`Isolation`], part of a `Spec`),
//! and what this kernel allows ([`probe`]). Building and applying the layers is the
//! platform's business (`os`): Landlock, seccomp and namespaces on Linux, nothing
//! elsewhere.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// What the process may touch, beyond the portable layers. Default: nothing extra
/// (portable layers only), so existing callers keep working.
///
/// With `enabled`, every Linux layer the kernel offers is applied (see [`probe`]):
/// Landlock limits the filesystem to the paths below, forbids TCP and scopes signals and
/// abstract Unix sockets to the process's own domain; seccomp forbids sockets, new
/// processes (unless `allow_processes`), ptrace, signals to other processes, namespace
/// and mount calls and the like; user, net, ipc, uts and mount namespaces are added
/// where the kernel lets an unprivileged process create them; and the process keeps no
/// capabilities. A layer the kernel lacks is left out of `Outcome::layers`; a layer it
/// offers but that cannot be applied is an error.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
pub struct Isolation {
    /// Apply the Linux layers at all.
    pub enabled: bool,
    /// Readable (directories recursively). The program itself is always readable and
    /// executable, and so is its ELF interpreter (the dynamic loader). Paths under
    /// `/proc/self` are resolved in the sandboxed process, so they name it and not the
    /// supervisor. Paths that do not exist are skipped.
    pub read_paths: Vec<PathBuf>,
    /// Executable (and readable) besides the program: rustc must run `cc` and the linker.
    pub exec_paths: Vec<PathBuf>,
    /// Writable (and readable, never executable). The working directory always is.
    pub write_paths: Vec<PathBuf>,
    /// Whether the process may start processes (rustc runs `cc`, which runs the linker).
    /// Without it seccomp forbids fork, vfork, clone without `CLONE_THREAD`, and signals
    /// to any process but itself.
    pub allow_processes: bool,
}

/// Whether one layer can be applied here, and if not, why and how to get it.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct LayerStatus {
    /// A name from [`layer`](crate::layer).
    pub name: String,
    pub available: bool,
    /// What was found (a Landlock ABI, say), or why the layer is missing and how to
    /// enable it.
    pub detail: String,
}

/// What this kernel and process allow, layer by layer, portable layers included. Runs
/// nothing untrusted: it asks the kernel, and forks one short-lived child to try
/// creating namespaces.
pub fn probe() -> Vec<LayerStatus> {
    crate::os::probe()
}
