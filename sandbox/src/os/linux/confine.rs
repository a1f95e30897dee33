//! The Linux layers of one run, as one value: prepared in the supervisor before the fork
//! (everything that allocates, opens paths or compiles filters), applied in the child
//! between fork and exec (only async-signal-safe system calls), in this order:
//! namespaces, capabilities, `no_new_privs`, Landlock, seccomp (last, so it need not
//! allow the calls of the steps before it). What the kernel lacks is left out; what it
//! offers but refuses is an error that names the layer.

use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use super::{landlock, namespaces, seccomp};
use crate::{LayerStatus, SandboxError, Spec, layer};

/// The child's steps, by the index `Confinement::apply` reports.
pub(crate) const STEPS: [&str; 10] = [
    "write /proc/self/setgroups (layer user-ns)",
    "write /proc/self/uid_map (layer user-ns)",
    "write /proc/self/gid_map (layer user-ns)",
    "prctl(PR_CAP_AMBIENT_CLEAR_ALL) (layer no-capabilities)",
    "prctl(PR_SET_SECUREBITS) (layer no-capabilities)",
    "prctl(PR_SET_NO_NEW_PRIVS)",
    "open /proc/self for a rule (layer landlock-fs)",
    "landlock_add_rule (layer landlock-fs)",
    "landlock_restrict_self (layer landlock)",
    "seccomp(SECCOMP_SET_MODE_FILTER) (layer seccomp)",
];
const STEP_SETGROUPS: usize = 0;
const STEP_UID_MAP: usize = 1;
const STEP_GID_MAP: usize = 2;
const STEP_AMBIENT: usize = 3;
const STEP_SECUREBITS: usize = 4;
const STEP_NO_NEW_PRIVS: usize = 5;
const STEP_PROC_SELF: usize = 6;
const STEP_ADD_RULE: usize = 7;
const STEP_RESTRICT: usize = 8;
const STEP_SECCOMP: usize = 9;

/// Root gets no capabilities from exec, and cannot take that back
/// (SECBIT_NOROOT | SECBIT_NOROOT_LOCKED | SECBIT_NO_SETUID_FIXUP | its lock).
const SECUREBITS: libc::c_ulong = 0x1 | 0x2 | 0x4 | 0x8;

/// The prepared layers of one run; empty when isolation is off.
pub(crate) struct Confinement {
    namespaces: Option<namespaces::Plan>,
    /// Set `no_new_privs` and drop capabilities.
    no_privileges: bool,
    landlock: Option<landlock::Plan>,
    seccomp: Option<seccomp::Plan>,
    /// The layers that will be in force if the spawn succeeds; the namespaces are added
    /// from the child's report.
    layers: Vec<&'static str>,
}

impl Confinement {
    /// Builds what `spec.isolation` asks for and the kernel offers.
    pub(crate) fn prepare(spec: &Spec) -> Result<Confinement, SandboxError> {
        let mut confinement = Confinement {
            namespaces: None,
            no_privileges: false,
            landlock: None,
            seccomp: None,
            layers: Vec::new(),
        };
        let isolation = &spec.isolation;
        if !isolation.enabled {
            return Ok(confinement);
        }
        confinement.namespaces = Some(namespaces::Plan::new());
        confinement.no_privileges = true;
        confinement.layers.push(layer::NO_CAPABILITIES);

        let abi = landlock::kernel_abi();
        if abi >= 1 {
            let program = resolve_program(spec);
            let plan = landlock::Plan::build(isolation, &program, &spec.workdir, abi).map_err(
                |reason| SandboxError::Layer {
                    layer: layer::LANDLOCK_FS,
                    reason,
                },
            )?;
            confinement.landlock = Some(plan);
            confinement.layers.extend(landlock::layers(abi));
        }
        if seccomp::unavailable().is_none() {
            let plan = seccomp::Plan::build(isolation.allow_processes).map_err(|reason| {
                SandboxError::Layer {
                    layer: layer::SECCOMP,
                    reason,
                }
            })?;
            confinement.seccomp = Some(plan);
            confinement.layers.push(layer::SECCOMP);
        }
        Ok(confinement)
    }

    /// The layers in force once the process runs, but for the namespaces.
    pub(crate) fn layers(&self) -> &[&'static str] {
        &self.layers
    }

    /// In the child: applies every prepared layer. Returns the namespace report mask
    /// (`None` if namespaces were not tried), or the index in [`STEPS`] of what failed.
    /// Async-signal-safe.
    pub(crate) fn apply(&mut self) -> Result<Option<u8>, (usize, io::Error)> {
        let mut mask = None;
        if let Some(plan) = &self.namespaces {
            mask = Some(plan.apply().map_err(|(step, err)| {
                let index = match step {
                    namespaces::Step::Setgroups => STEP_SETGROUPS,
                    namespaces::Step::UidMap => STEP_UID_MAP,
                    namespaces::Step::GidMap => STEP_GID_MAP,
                };
                (index, err)
            })?);
        }
        if self.no_privileges {
            drop_capabilities()?;
            // SAFETY (all prctl calls): integer arguments only.
            if unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) } != 0 {
                return Err((STEP_NO_NEW_PRIVS, io::Error::last_os_error()));
            }
        }
        if let Some(plan) = &self.landlock {
            plan.apply().map_err(|(step, err)| {
                let index = match step {
                    landlock::Step::OpenProcSelf => STEP_PROC_SELF,
                    landlock::Step::AddRule => STEP_ADD_RULE,
                    landlock::Step::RestrictSelf => STEP_RESTRICT,
                };
                (index, err)
            })?;
        }
        if let Some(plan) = &mut self.seccomp {
            plan.apply().map_err(|err| (STEP_SECCOMP, err))?;
        }
        Ok(mask)
    }
}

/// Clears the ambient capabilities (what a non-root process could carry over exec) and,
/// for root, sets the securebits that keep exec from granting any. Async-signal-safe.
fn drop_capabilities() -> Result<(), (usize, io::Error)> {
    // SAFETY (all calls): integer arguments only.
    let cleared = unsafe {
        libc::prctl(
            libc::PR_CAP_AMBIENT,
            libc::PR_CAP_AMBIENT_CLEAR_ALL as libc::c_ulong,
            0,
            0,
            0,
        )
    };
    // EINVAL: a kernel before 4.3, which has no ambient capabilities to clear.
    if cleared != 0 {
        let err = io::Error::last_os_error();
        if err.raw_os_error() != Some(libc::EINVAL) {
            return Err((STEP_AMBIENT, err));
        }
    }
    if unsafe { libc::geteuid() } == 0
        && unsafe { libc::prctl(libc::PR_SET_SECUREBITS, SECUREBITS, 0, 0, 0) } != 0
    {
        return Err((STEP_SECUREBITS, io::Error::last_os_error()));
    }
    Ok(())
}

/// The namespace layers named by the child's report.
pub(crate) fn namespace_layers(mask: u8) -> Vec<&'static str> {
    namespaces::layers(mask).collect()
}

/// The file the child will execute: `Spec::program`, looked up in the `PATH` of
/// `Spec::env` when it has no slash, as exec does.
fn resolve_program(spec: &Spec) -> PathBuf {
    if spec.program.as_os_str().as_bytes().contains(&b'/') {
        return spec.workdir.join(&spec.program);
    }
    let path = spec
        .env
        .iter()
        .find(|(key, _)| key == OsStr::new("PATH"))
        .map(|(_, value)| value.clone())
        .unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into());
    std::env::split_paths(&path)
        .map(|dir| dir.join(&spec.program))
        .find(|candidate| is_executable(candidate))
        .unwrap_or_else(|| spec.program.clone())
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// What this kernel and process allow, layer by layer.
pub(crate) fn probe() -> Vec<LayerStatus> {
    let status = |name: &str, available: bool, detail: String| LayerStatus {
        name: name.to_string(),
        available,
        detail,
    };
    let mut all = Vec::new();
    for name in [
        layer::RLIMITS,
        layer::PROCESS_GROUP,
        layer::FRESH_ENV,
        layer::CLOSE_FDS,
        layer::WALL_TIMEOUT,
    ] {
        all.push(status(name, true, "portable".into()));
    }
    let mut subreaper: libc::c_int = 0;
    // SAFETY: the kernel writes one int to a live local.
    let has_subreaper = unsafe {
        libc::prctl(
            libc::PR_GET_CHILD_SUBREAPER,
            &mut subreaper as *mut libc::c_int,
        )
    } == 0;
    all.push(status(
        layer::SUBREAPER,
        has_subreaper,
        if has_subreaper {
            "PR_SET_CHILD_SUBREAPER".into()
        } else {
            "needs Linux 3.4".into()
        },
    ));
    all.push(status(
        layer::NO_CAPABILITIES,
        true,
        "no_new_privs, ambient capabilities cleared, SECBIT_NOROOT for root".into(),
    ));

    let abi = landlock::kernel_abi();
    let no_landlock = "the kernel has no Landlock: it needs CONFIG_SECURITY_LANDLOCK and \
                       `landlock` in the `lsm=` boot parameter (Linux 5.13+)";
    let needs = |min: i32, linux: &str| {
        if abi >= min {
            format!("Landlock ABI {abi}")
        } else if abi == 0 {
            no_landlock.to_string()
        } else {
            format!("needs Landlock ABI {min} (Linux {linux}); this kernel has ABI {abi}")
        }
    };
    all.push(status(layer::LANDLOCK_FS, abi >= 1, needs(1, "5.13")));
    all.push(status(layer::LANDLOCK_NET, abi >= 4, needs(4, "6.7")));
    all.push(status(layer::LANDLOCK_SCOPES, abi >= 6, needs(6, "6.12")));

    match seccomp::unavailable() {
        None => all.push(status(layer::SECCOMP, true, "seccomp-bpf".into())),
        Some(why) => all.push(status(layer::SECCOMP, false, why)),
    }

    let namespaces = namespaces::probe();
    for (bit, name) in [
        layer::USER_NS,
        layer::NET_NS,
        layer::IPC_NS,
        layer::UTS_NS,
        layer::MOUNT_NS,
    ]
    .into_iter()
    .enumerate()
    {
        let (available, detail) = match &namespaces {
            Ok(mask) if mask & (1 << bit) != 0 => (true, "unshare".to_string()),
            Ok(_) if name == layer::USER_NS => (
                false,
                "unprivileged user namespaces are not allowed here (sysctl \
                 kernel.unprivileged_userns_clone, user.max_user_namespaces, AppArmor's \
                 kernel.apparmor_restrict_unprivileged_userns, or a container's seccomp \
                 profile)"
                    .to_string(),
            ),
            Ok(_) => (
                false,
                "unshare refused: it needs a user namespace or CAP_SYS_ADMIN".to_string(),
            ),
            Err(why) => (false, why.clone()),
        };
        all.push(status(name, available, detail));
    }
    all.push(status(
        layer::PID_NS,
        false,
        "not used: the process must not be PID 1 of its namespace (SIGXCPU is ignored \
         there), and an init in between would lose its CPU time at a wall-clock kill; \
         Landlock and seccomp already keep it from seeing or signalling other processes"
            .into(),
    ));
    all
}
