//! The key port: how the core's write decoder loads, commits and clears the master key in the
//! unlock core's key register. Write-only by design: the key goes in a byte at a time and only
//! two status bits come back (docs/security.md).
//!
//! The decoder holds a [`KeyPortInitiator`], the unlock core (and its key register) a
//! [`KeyPortTarget`].

use rust_hdl::prelude::*;

/// The writer's side of the key port.
#[derive(LogicInterface, Default)]
#[join = "KeyPortTarget"]
pub struct KeyPortInitiator {
    /// Strobe: shift `write_data` into the key staging register (K[0] first).
    pub write: Signal<Out, Bit>,
    /// Key byte for `write`.
    pub write_data: Signal<Out, Bits<8>>,
    /// Strobe: commit the 16 staged bytes as the key (else `commit_error`).
    pub commit: Signal<Out, Bit>,
    /// Strobe: zero the key and the staging register.
    pub clear: Signal<Out, Bit>,
    /// Strobe: zero the staging register only.
    pub discard: Signal<Out, Bit>,
    /// One-clock pulse: a commit with other than 16 staged bytes was rejected.
    pub commit_error: Signal<In, Bit>,
    /// A key is committed.
    pub loaded: Signal<In, Bit>,
}

/// The key register's side: the mirror of [`KeyPortInitiator`].
#[derive(LogicInterface, Default)]
#[join = "KeyPortInitiator"]
pub struct KeyPortTarget {
    /// Strobe: shift `write_data` into the key staging register (K[0] first).
    pub write: Signal<In, Bit>,
    /// Key byte for `write`.
    pub write_data: Signal<In, Bits<8>>,
    /// Strobe: commit the 16 staged bytes as the key (else `commit_error`).
    pub commit: Signal<In, Bit>,
    /// Strobe: zero the key and the staging register.
    pub clear: Signal<In, Bit>,
    /// Strobe: zero the staging register only.
    pub discard: Signal<In, Bit>,
    /// One-clock pulse: a commit with other than 16 staged bytes was rejected.
    pub commit_error: Signal<Out, Bit>,
    /// A key is committed.
    pub loaded: Signal<Out, Bit>,
}
