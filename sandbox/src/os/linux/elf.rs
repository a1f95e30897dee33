//! The one thing the sandbox reads from an executable: its ELF interpreter (the dynamic
//! loader named by `PT_INTERP`), which the kernel opens for execution along with the
//! program and which Landlock must therefore allow to execute.

use std::fs::File;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::FileExt;
use std::path::PathBuf;

const PT_INTERP: u32 = 3;
/// Longer than any real loader path; guards against a corrupt header.
const MAX_INTERP_LEN: u64 = 4096;
/// Program header tables are small; a corrupt count must not make us read gigabytes.
const MAX_PROGRAM_HEADERS: u64 = 4096;

/// The interpreter of the ELF executable `path`, or `None` for a static executable, a
/// script or anything unreadable (which then fails at exec, where the error is clearer).
pub(crate) fn interpreter(path: &std::path::Path) -> Option<PathBuf> {
    let file = File::open(path).ok()?;
    let mut ident = [0u8; 64];
    file.read_exact_at(&mut ident, 0).ok()?;
    if ident[..4] != *b"\x7fELF" {
        return None;
    }
    let wide = match ident[4] {
        1 => false,
        2 => true,
        _ => return None,
    };
    let little = match ident[5] {
        1 => true,
        2 => false,
        _ => return None,
    };
    let num = |bytes: &[u8]| -> u64 {
        let mut value = 0u64;
        for (i, &b) in bytes.iter().enumerate() {
            let shift = if little { i } else { bytes.len() - 1 - i };
            value |= u64::from(b) << (8 * shift);
        }
        value
    };
    // (e_phoff, e_phentsize, e_phnum) and, within a header, (p_offset, p_filesz).
    let (phoff, phentsize, phnum) = if wide {
        (
            num(&ident[32..40]),
            num(&ident[54..56]),
            num(&ident[56..58]),
        )
    } else {
        (
            num(&ident[28..32]),
            num(&ident[42..44]),
            num(&ident[44..46]),
        )
    };
    let (offset_at, size_at, field) = if wide { (8, 32, 8) } else { (4, 16, 4) };
    if phnum > MAX_PROGRAM_HEADERS || phentsize < size_at + field {
        return None;
    }
    let mut header = vec![0u8; usize::try_from(phentsize).ok()?];
    for i in 0..phnum {
        file.read_exact_at(&mut header, phoff.checked_add(i * phentsize)?)
            .ok()?;
        if num(&header[..4]) != u64::from(PT_INTERP) {
            continue;
        }
        let at = usize::try_from(offset_at).ok()?;
        let sz = usize::try_from(size_at).ok()?;
        let width = usize::try_from(field).ok()?;
        let offset = num(&header[at..at + width]);
        let size = num(&header[sz..sz + width]).min(MAX_INTERP_LEN);
        let mut name = vec![0u8; usize::try_from(size).ok()?];
        file.read_exact_at(&mut name, offset).ok()?;
        let end = name.iter().position(|&b| b == 0).unwrap_or(name.len());
        name.truncate(end);
        return Some(PathBuf::from(std::ffi::OsStr::from_bytes(&name)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::interpreter;

    #[test]
    fn a_dynamic_executable_names_its_loader() {
        let loader = interpreter(&std::env::current_exe().unwrap()).expect("a PT_INTERP");
        assert!(loader.is_absolute(), "{}", loader.display());
        assert!(loader.exists(), "{}", loader.display());
    }

    #[test]
    fn scripts_and_missing_files_have_none() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("script");
        std::fs::write(&script, "#!/bin/sh\necho hi\n").unwrap();
        assert_eq!(interpreter(&script), None);
        assert_eq!(interpreter(&dir.path().join("missing")), None);
    }
}
