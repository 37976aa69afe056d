//! Starting a solution process under limits and ending it with everything it started.
//!
//! The backend is per operating system: `linux.rs` holds Linux's (namespaces, cgroups, `/proc`).
//! The judge (`run.rs`) calls only what this module exports.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::*;
