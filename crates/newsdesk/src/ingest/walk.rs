//! Which files a path stands for: the file itself, or the readable files under a directory.
//!
//! Input: one path from the command line. Output: the files to read, sorted, and a problem
//! for each part that could not be walked. A directory walk never fails as a whole: an
//! unreadable subdirectory, a path too long for the system, a broken symbolic link or a
//! FIFO/socket/device is reported and the rest is read. Symbolic links to directories are
//! followed; a directory reached a second time (a link loop, or two links to one place) is
//! reported instead of being read again, so no article is read twice. Hidden entries are
//! skipped. Non-regular files are never opened (opening a FIFO would block).

use super::{format, InputError, InputErrorKind};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The files `path` stands for, and the problems met on the way.
pub fn files_under(path: &Path) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut problems = Vec::new();
    let name = |p: &Path| p.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return (Vec::new(), vec![InputError::new(&name(path), e.into())]),
    };
    if meta.is_file() {
        return (vec![path.to_path_buf()], problems);
    }
    if !meta.is_dir() {
        return (Vec::new(), vec![InputError::new(&name(path), InputErrorKind::NotRegularFile)]);
    }
    let mut files = Vec::new();
    let mut visited: HashSet<PathBuf> = HashSet::new();
    visited.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()));
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(InputError::new(&name(&dir), e.into()));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    problems.push(InputError::new(&name(&dir), e.into()));
                    continue;
                }
            };
            let file_name = entry.file_name().to_string_lossy().into_owned();
            if file_name.starts_with('.') {
                continue;
            }
            let p = entry.path();
            let kind = match entry.file_type() {
                Ok(t) if t.is_symlink() => std::fs::metadata(&p).map(|m| m.file_type()),
                other => other,
            };
            let kind = match kind {
                Ok(kind) => kind,
                Err(e) => {
                    problems.push(InputError::new(&name(&p), e.into()));
                    continue;
                }
            };
            if kind.is_dir() {
                match std::fs::canonicalize(&p) {
                    Ok(real) => {
                        if visited.insert(real) {
                            stack.push(p);
                        } else {
                            problems.push(InputError::new(&name(&p), InputErrorKind::DirectoryRepeat));
                        }
                    }
                    Err(e) => problems.push(InputError::new(&name(&p), e.into())),
                }
            } else if format::walked(&file_name) {
                if kind.is_file() {
                    files.push(p);
                } else {
                    problems.push(InputError::new(&name(&p), InputErrorKind::NotRegularFile));
                }
            }
        }
    }
    files.sort();
    (files, problems)
}
