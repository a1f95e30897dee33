//! The seccomp-bpf layer: a deny list compiled with `seccompiler` in the supervisor,
//! installed in the child just before exec.
//!
//! A deny list, not an allow list: the solution's std, glibc, the harness and rustc
//! with its linkers use far more calls than a judge should have to track, and the calls
//! that matter are the ones that reach outside the process. Every rule is in the kernel,
//! so raw `syscall` or `asm!` cannot get around it. What is denied, and how:
//!
//! - `EPERM` for calls that reach other processes or the system: sockets, ptrace and
//!   other processes' memory, signals to any process but itself, namespaces, mounts,
//!   module loading, BPF, perf, io_uring (its requests bypass seccomp), keyrings,
//!   userfaultfd, clocks, host names, `personality` changes (which could turn off ASLR),
//!   raising or lowering other processes' limits and priorities, and making a
//!   descriptor deliver SIGIO to someone else (`F_SETOWN`). Returning an error is safe:
//!   the call did nothing, and the program sees an ordinary failure (a panic, so RE).
//! - Without `allow_processes`: fork, vfork and clone without `CLONE_THREAD` (threads
//!   stay allowed: the harness runs cases on a thread) also return `EPERM`.
//!   `execve` stays allowed, because std's own exec of the program comes after the
//!   filter; which files may be executed is Landlock's job.
//! - `clone3` returns `ENOSYS`: its flags live in memory a filter cannot read, and glibc
//!   falls back to `clone` (whose flags it can) on ENOSYS.
//! - The process is killed for a call made through another system-call ABI (32-bit
//!   `int 0x80` or x32 on x86-64): the numbers above mean nothing there, so returning
//!   would let a denied call through under another number.
//!
//! Signals to itself must still work (abort raises SIGABRT with tgkill), but the
//! process's pid is only known after the fork: the filter is compiled with a
//! placeholder, which the child overwrites with its pid before installing it.

use std::collections::BTreeMap;
use std::io;

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch, sock_filter,
};

/// Stands for the child's pid in the compiled filter. Above any possible pid
/// (`pid_max` is at most 2^22), and unlike any other constant in the filter.
const PID_PLACEHOLDER: u32 = 0x7eed_f00d;

/// BPF opcodes the splice and the patch need (see linux/bpf_common.h).
const BPF_LD_W_ABS: u16 = 0x20;
const BPF_JMP_JEQ_K: u16 = 0x15;
const BPF_JMP_JGE_K: u16 = 0x35;
const BPF_RET_K: u16 = 0x06;
/// x32 system calls are the x86-64 numbers with this bit set.
#[cfg(target_arch = "x86_64")]
const X32_SYSCALL_BIT: u32 = 0x4000_0000;

/// `SECCOMP_GET_ACTION_AVAIL`: asks whether the kernel knows a filter return action.
const SECCOMP_GET_ACTION_AVAIL: libc::c_uint = 2;

/// Why seccomp cannot be used here, or `None` if it can.
pub(crate) fn unavailable() -> Option<String> {
    if target_arch().is_none() {
        return Some(format!(
            "no seccomp filter is written for {}",
            std::env::consts::ARCH
        ));
    }
    let action = libc::SECCOMP_RET_ERRNO;
    // SAFETY: the kernel reads one u32 from a live local.
    let got = unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            SECCOMP_GET_ACTION_AVAIL,
            0u32,
            &action as *const u32,
        )
    };
    if got == 0 {
        None
    } else {
        Some(format!(
            "the kernel refuses seccomp filters ({}); it needs CONFIG_SECCOMP_FILTER (Linux 4.14+)",
            io::Error::last_os_error()
        ))
    }
}

fn target_arch() -> Option<TargetArch> {
    TargetArch::try_from(std::env::consts::ARCH).ok()
}

/// The compiled filters, ready for the child.
pub(crate) struct Plan {
    /// The deny list (EPERM), with the x86-64 ABI guard spliced in.
    deny: Vec<sock_filter>,
    /// `clone3` → ENOSYS: a second filter, because a seccompiler filter has one action.
    clone3: Vec<sock_filter>,
    /// Where `deny` holds the pid placeholder.
    pid_slots: Vec<usize>,
}

impl Plan {
    /// Compiles the filters; `allow_processes` lets the process fork and signal its
    /// children.
    pub(crate) fn build(allow_processes: bool) -> Result<Plan, String> {
        let arch = target_arch().ok_or("no seccomp filter for this architecture")?;
        let deny = SeccompFilter::new(
            deny_rules(allow_processes)?,
            SeccompAction::Allow,
            SeccompAction::Errno(libc::EPERM as u32),
            arch,
        )
        .map_err(|e| e.to_string())?;
        let mut deny: BpfProgram = deny
            .try_into()
            .map_err(|e: seccompiler::BackendError| e.to_string())?;
        guard_other_abis(&mut deny);
        let clone3 = SeccompFilter::new(
            BTreeMap::from([(libc::SYS_clone3, Vec::new())]),
            SeccompAction::Allow,
            SeccompAction::Errno(libc::ENOSYS as u32),
            arch,
        )
        .map_err(|e| e.to_string())?;
        let clone3: BpfProgram = clone3
            .try_into()
            .map_err(|e: seccompiler::BackendError| e.to_string())?;
        let pid_slots: Vec<usize> = deny
            .iter()
            .enumerate()
            .filter(|(_, ins)| ins.code == BPF_JMP_JEQ_K && ins.k == PID_PLACEHOLDER)
            .map(|(i, _)| i)
            .collect();
        if pid_slots.is_empty() != allow_processes {
            return Err(format!(
                "the compiled filter holds the pid placeholder {} times",
                pid_slots.len()
            ));
        }
        Ok(Plan {
            deny,
            clone3,
            pid_slots,
        })
    }

    /// In the child, after `no_new_privs` is set: puts its pid in and installs both
    /// filters. Async-signal-safe (no allocation: the slots are patched in place).
    pub(crate) fn apply(&mut self) -> io::Result<()> {
        // SAFETY: getpid cannot fail.
        let pid = unsafe { libc::getpid() } as u32;
        for &slot in &self.pid_slots {
            self.deny[slot].k = pid;
        }
        install(&self.deny)?;
        install(&self.clone3)
    }
}

fn install(program: &[sock_filter]) -> io::Result<()> {
    let prog = libc::sock_fprog {
        len: u16::try_from(program.len()).map_err(|_| io::Error::from_raw_os_error(libc::E2BIG))?,
        // seccompiler's sock_filter has the kernel's layout (it is #[repr(C)] with the
        // same fields).
        filter: program.as_ptr().cast_mut().cast::<libc::sock_filter>(),
    };
    // SAFETY: the kernel copies the program; `prog` and the instructions are live.
    let done = unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER,
            0u32,
            &prog as *const libc::sock_fprog,
        )
    };
    if done != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// After seccompiler's architecture check, kills a process that uses the x32 ABI (same
/// architecture value, numbers with bit 30 set). seccompiler already kills one using
/// another architecture's ABI (i386 through `int 0x80`).
#[cfg(target_arch = "x86_64")]
fn guard_other_abis(program: &mut Vec<sock_filter>) {
    // seccompiler starts with: load arch; jeq AUDIT_ARCH_X86_64 (skip 1); ret KILL.
    const AFTER_ARCH_CHECK: usize = 3;
    let guard = [
        sock_filter {
            code: BPF_LD_W_ABS,
            jt: 0,
            jf: 0,
            k: 0, // seccomp_data.nr
        },
        sock_filter {
            code: BPF_JMP_JGE_K,
            jt: 0,
            jf: 1,
            k: X32_SYSCALL_BIT,
        },
        sock_filter {
            code: BPF_RET_K,
            jt: 0,
            jf: 0,
            k: libc::SECCOMP_RET_KILL_PROCESS,
        },
    ];
    // BPF jumps are relative and only forward, so inserting whole instructions at the
    // start of what follows the check leaves every jump of the rest intact.
    program.splice(AFTER_ARCH_CHECK..AFTER_ARCH_CHECK, guard);
}

#[cfg(not(target_arch = "x86_64"))]
fn guard_other_abis(_program: &mut Vec<sock_filter>) {}

type Rules = BTreeMap<i64, Vec<SeccompRule>>;

fn arg(
    index: u8,
    len: SeccompCmpArgLen,
    op: SeccompCmpOp,
    value: u64,
) -> Result<SeccompCondition, String> {
    SeccompCondition::new(index, len, op, value).map_err(|e| e.to_string())
}

fn rule(conditions: Vec<SeccompCondition>) -> Result<SeccompRule, String> {
    SeccompRule::new(conditions).map_err(|e| e.to_string())
}

/// Denied whatever the arguments.
const ALWAYS_DENIED: &[libc::c_long] = &[
    // Networking. socketpair is allowed with processes: std's spawn in rustc uses one.
    libc::SYS_socket,
    // Other processes' memory and state.
    libc::SYS_ptrace,
    libc::SYS_process_vm_readv,
    libc::SYS_process_vm_writev,
    libc::SYS_kcmp,
    libc::SYS_pidfd_open,
    libc::SYS_pidfd_getfd,
    libc::SYS_pidfd_send_signal,
    libc::SYS_process_madvise,
    libc::SYS_process_mrelease,
    libc::SYS_migrate_pages,
    libc::SYS_move_pages,
    libc::SYS_setpriority,
    libc::SYS_ioprio_set,
    // Namespaces and mounts.
    libc::SYS_unshare,
    libc::SYS_setns,
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_pivot_root,
    libc::SYS_chroot,
    libc::SYS_mount_setattr,
    libc::SYS_move_mount,
    libc::SYS_open_tree,
    libc::SYS_fsopen,
    libc::SYS_fsconfig,
    libc::SYS_fsmount,
    libc::SYS_fspick,
    // The kernel itself: modules, BPF, perf, io_uring, keys, userfaultfd.
    libc::SYS_init_module,
    libc::SYS_finit_module,
    libc::SYS_delete_module,
    libc::SYS_kexec_load,
    libc::SYS_kexec_file_load,
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_io_uring_setup,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_userfaultfd,
    libc::SYS_fanotify_init,
    libc::SYS_open_by_handle_at,
    libc::SYS_name_to_handle_at,
    libc::SYS_mknodat,
    // The machine: power, swap, accounting, clocks, names, quotas, the kernel log.
    libc::SYS_reboot,
    libc::SYS_swapon,
    libc::SYS_swapoff,
    libc::SYS_acct,
    libc::SYS_settimeofday,
    libc::SYS_clock_settime,
    libc::SYS_clock_adjtime,
    libc::SYS_adjtimex,
    libc::SYS_sethostname,
    libc::SYS_setdomainname,
    libc::SYS_quotactl,
    libc::SYS_syslog,
    libc::SYS_vhangup,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_mknod,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_iopl,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_ioperm,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_modify_ldt,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_uselib,
];

/// Denied without `allow_processes`, whatever the arguments.
const PROCESS_CALLS: &[libc::c_long] = &[
    #[cfg(target_arch = "x86_64")]
    libc::SYS_fork,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_vfork,
    libc::SYS_tkill,
    // socketpair: nothing a solution needs, and a way to pass descriptors around.
    libc::SYS_socketpair,
];

/// Denied without `allow_processes` (the solution's run), whatever the arguments:
/// what reaches outside the process although Landlock lets it through, or what no
/// solution needs and a hostile one would use.
const SOLUTION_DENIED: &[libc::c_long] = &[
    // Metadata of files anywhere (Landlock does not cover these calls): modes,
    // owners, times, extended attributes.
    libc::SYS_fchmod,
    libc::SYS_fchmodat,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_fchmodat2,
    libc::SYS_fchown,
    libc::SYS_fchownat,
    libc::SYS_utimensat,
    libc::SYS_setxattr,
    libc::SYS_lsetxattr,
    libc::SYS_fsetxattr,
    libc::SYS_removexattr,
    libc::SYS_lremovexattr,
    libc::SYS_fremovexattr,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_chmod,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_chown,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_lchown,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_utime,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_utimes,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_futimesat,
    // Watching other runs' files.
    #[cfg(target_arch = "x86_64")]
    libc::SYS_inotify_init,
    libc::SYS_inotify_init1,
    libc::SYS_inotify_add_watch,
    libc::SYS_fanotify_mark,
    // Memory outside the process's own accounting: System V IPC and POSIX queues.
    libc::SYS_shmget,
    libc::SYS_shmat,
    libc::SYS_shmctl,
    libc::SYS_msgget,
    libc::SYS_msgsnd,
    libc::SYS_msgrcv,
    libc::SYS_msgctl,
    libc::SYS_semget,
    libc::SYS_semop,
    libc::SYS_semtimedop,
    libc::SYS_semctl,
    libc::SYS_mq_open,
    libc::SYS_mq_unlink,
    libc::SYS_mq_timedsend,
    libc::SYS_mq_timedreceive,
    libc::SYS_mq_notify,
    libc::SYS_mq_getsetattr,
    // Images Landlock never saw: anonymous files, and exec of a descriptor.
    libc::SYS_memfd_create,
    libc::SYS_memfd_secret,
    libc::SYS_execveat,
];

/// Signals that stop a process: a solution must not stop itself (it would wait out
/// the wall clock, using no CPU).
const STOP_SIGNALS: &[libc::c_int] = &[libc::SIGSTOP, libc::SIGTSTP, libc::SIGTTIN, libc::SIGTTOU];

/// clone flags that create namespaces: denied even for threads.
const CLONE_NAMESPACE_FLAGS: &[libc::c_int] = &[
    libc::CLONE_NEWUSER,
    libc::CLONE_NEWNS,
    libc::CLONE_NEWNET,
    libc::CLONE_NEWPID,
    libc::CLONE_NEWIPC,
    libc::CLONE_NEWUTS,
    libc::CLONE_NEWCGROUP,
    0x80, // CLONE_NEWTIME
];

/// Not in the libc crate for every target.
const F_SETOWN_EX: u64 = 15;
const FIOSETOWN: u64 = 0x8901;
const SIOCSPGRP: u64 = 0x8902;
/// `personality(0xffffffff)` only reads the current persona.
const PERSONALITY_QUERY: u64 = 0xffff_ffff;

fn deny_rules(allow_processes: bool) -> Result<Rules, String> {
    use SeccompCmpArgLen::{Dword, Qword};
    use SeccompCmpOp::{Eq, MaskedEq, Ne};
    let mut rules: Rules = BTreeMap::new();
    for &call in ALWAYS_DENIED {
        rules.insert(call, Vec::new());
    }

    // clone: never with namespace flags; without processes, only threads.
    let mut clone = Vec::new();
    for &flag in CLONE_NAMESPACE_FLAGS {
        let flag = flag as u64;
        clone.push(rule(vec![arg(0, Qword, MaskedEq(flag), flag)?])?);
    }
    if !allow_processes {
        let thread = libc::CLONE_THREAD as u64;
        clone.push(rule(vec![arg(0, Qword, MaskedEq(thread), 0)?])?);
    }
    rules.insert(libc::SYS_clone, clone);

    // personality: reading it, or asking for plain Linux, and nothing else.
    rules.insert(
        libc::SYS_personality,
        vec![rule(vec![
            arg(0, Dword, Ne, PERSONALITY_QUERY)?,
            arg(0, Dword, Ne, 0)?,
        ])?],
    );

    // SIGIO and SIGURG delivered to another process through a descriptor's owner.
    rules.insert(
        libc::SYS_fcntl,
        vec![
            rule(vec![arg(1, Dword, Eq, libc::F_SETOWN as u64)?])?,
            rule(vec![arg(1, Dword, Eq, F_SETOWN_EX)?])?,
        ],
    );
    rules.insert(
        libc::SYS_ioctl,
        vec![
            rule(vec![arg(1, Dword, Eq, FIOSETOWN)?])?,
            rule(vec![arg(1, Dword, Eq, SIOCSPGRP)?])?,
            rule(vec![arg(1, Dword, Eq, libc::TIOCSTI)?])?,
        ],
    );

    // Calls that take a pid: only 0 (itself) or its own pid. With processes, rustc's
    // children have other pids and use 0; the limits stay theirs to lower.
    let me = u64::from(PID_PLACEHOLDER);
    let not_me = |index| -> Result<Vec<SeccompRule>, String> {
        Ok(vec![rule(vec![
            arg(index, Dword, Ne, 0)?,
            arg(index, Dword, Ne, me)?,
        ])?])
    };
    if !allow_processes {
        for &call in PROCESS_CALLS.iter().chain(SOLUTION_DENIED) {
            rules.insert(call, Vec::new());
        }
        for call in [
            libc::SYS_prlimit64,
            libc::SYS_sched_setaffinity,
            libc::SYS_sched_setscheduler,
            libc::SYS_sched_setparam,
            libc::SYS_sched_setattr,
            libc::SYS_get_robust_list,
            // kill(0) is its own process group, which is itself alone.
            libc::SYS_kill,
        ] {
            rules.insert(call, not_me(0)?);
        }
        // The thread-group id must be its own; 0 is not a valid one.
        for call in [
            libc::SYS_tgkill,
            libc::SYS_rt_sigqueueinfo,
            libc::SYS_rt_tgsigqueueinfo,
        ] {
            rules.insert(call, vec![rule(vec![arg(0, Dword, Ne, me)?])?]);
        }
        // No stop signal, even to itself: (call, index of the signal argument).
        for (call, index) in [
            (libc::SYS_kill, 1),
            (libc::SYS_tgkill, 2),
            (libc::SYS_rt_sigqueueinfo, 1),
            (libc::SYS_rt_tgsigqueueinfo, 2),
        ] {
            let list = rules.entry(call).or_default();
            for &sig in STOP_SIGNALS {
                list.push(rule(vec![arg(index, Dword, Eq, sig as u64)?])?);
            }
        }
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_filters_compile_and_only_the_solution_one_has_pid_slots() {
        let solution = Plan::build(false).expect("solution filter");
        assert!(
            solution.pid_slots.len() >= 9,
            "{}",
            solution.pid_slots.len()
        );
        let compiler = Plan::build(true).expect("compiler filter");
        assert!(compiler.pid_slots.is_empty());
        assert!(solution.deny.len() < 4096 && compiler.deny.len() < 4096);
    }
}
