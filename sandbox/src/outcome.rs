//! What a run produced: how the process ended, what it used, which limits it hit and
//! which layers were applied. Plain data; what it means for a verdict is the judge's call.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// How the process ended.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// It exited with this code.
    Exited(i32),
    /// It was killed by this signal (ours at a timeout, the kernel's at a limit, or its own).
    Signaled(i32),
}

/// The result of one run.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub status: Status,
    /// From just before spawning to the moment the process was reaped.
    pub wall: Duration,
    /// User + system time from `wait4`'s rusage: exact, and including the descendants
    /// the process itself waited for.
    pub cpu: Duration,
    /// `ru_maxrss` of the process, in bytes. Measured from the small helper when run
    /// through `run`; under `run_direct` from a large process it can be inflated to that
    /// process's size (the kernel carries the pre-exec high-water mark over).
    pub peak_memory_bytes: u64,
    /// The wall limit was reached and the process tree was killed.
    pub wall_timeout: bool,
    /// The measured CPU time exceeded `Limits::cpu`, or RLIMIT_CPU fired (SIGXCPU).
    pub cpu_limit_hit: bool,
    /// It was stopped at its CPU limit (by the watcher, after any grace, or by
    /// RLIMIT_CPU), rather than ending by itself, perhaps past it.
    #[serde(default)]
    pub cpu_stopped: bool,
    /// RLIMIT_FSIZE fired (SIGXFSZ), or stdout or stderr reached the cap.
    pub file_size_limit_hit: bool,
    /// The resident set grew past `Limits::resident_bytes` and the process was killed.
    #[serde(default)]
    pub memory_limit_hit: bool,
    pub stdout_bytes: u64,
    pub stderr_bytes: u64,
    /// Descendants still alive after the process ended, which were killed.
    pub leftover_killed: u32,
    /// The layers applied to this run, by the names in [`layer`].
    pub layers: Vec<String>,
    /// What the process wrote, with `Spec::capture`.
    #[serde(default)]
    pub captured: Option<Captured>,
}

/// The heads of what a captured run wrote (see `Spec::capture`), read through the
/// descriptors the sandbox created, never by a path. Bytes that are not UTF-8 are
/// replaced.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
pub struct Captured {
    pub stdout: String,
    pub stderr: String,
    pub channel: String,
    /// The channel's whole size (it may be longer than what was kept).
    pub channel_bytes: u64,
}

/// Names of the layers reported in `Outcome::layers`.
pub mod layer {
    /// RLIMIT_CPU, AS, FSIZE, NOFILE, CORE (0) and STACK.
    pub const RLIMITS: &str = "rlimits";
    /// The process gets its own session and process group, killed as a whole at the end.
    pub const PROCESS_GROUP: &str = "process-group";
    /// The supervisor is a child subreaper and kills every orphaned descendant (Linux).
    pub const SUBREAPER: &str = "subreaper";
    /// The environment is exactly `Spec::env`.
    pub const FRESH_ENV: &str = "fresh-env";
    /// Inherited descriptors above 2 are close-on-exec.
    pub const CLOSE_FDS: &str = "close-fds";
    /// The process tree is killed at `Limits::wall`.
    pub const WALL_TIMEOUT: &str = "wall-timeout";

    // The Linux layers, applied when `Spec::isolation` is enabled and the kernel allows.

    /// Landlock on the filesystem: read, execute and write only what `Isolation` lists.
    pub const LANDLOCK_FS: &str = "landlock-fs";
    /// Landlock on the network: no TCP bind or connect (Landlock ABI 4, Linux 6.7).
    pub const LANDLOCK_NET: &str = "landlock-net";
    /// Landlock scopes: no signals to, and no abstract Unix sockets of, processes outside
    /// the sandbox (Landlock ABI 6, Linux 6.12).
    pub const LANDLOCK_SCOPES: &str = "landlock-scopes";
    /// A seccomp-bpf filter: no sockets, no new processes (unless allowed), no ptrace, no
    /// signals to other processes, no namespace, mount or kernel-administration calls.
    pub const SECCOMP: &str = "seccomp";
    /// The process gains no capabilities at exec, root included (ambient set cleared,
    /// `SECBIT_NOROOT` locked), and `no_new_privs` is set.
    pub const NO_CAPABILITIES: &str = "no-capabilities";
    /// A user namespace mapping only the caller's own uid and gid.
    pub const USER_NS: &str = "user-ns";
    /// A network namespace: no interface but a down loopback.
    pub const NET_NS: &str = "net-ns";
    /// An IPC namespace: no System V IPC or POSIX message queues shared with others.
    pub const IPC_NS: &str = "ipc-ns";
    /// A UTS namespace: the host name cannot be changed for others.
    pub const UTS_NS: &str = "uts-ns";
    /// A mount namespace: mounts cannot be changed for others.
    pub const MOUNT_NS: &str = "mount-ns";
    /// A PID namespace. Never applied (see `probe`): the layers above already keep the
    /// process from seeing or signalling others.
    pub const PID_NS: &str = "pid-ns";
}
