//! Attacks on the scheme, kept in the library so that tests hold the security claims of
//! docs/security.md to working code.
//!
//! - [`paper_key_recovery`]: the master key of a paper-mode `.dlk` from the file alone (no data,
//!   no plaintext), through the structure of the AES-128 key expansion ([`diagonals`]) and what
//!   the plaintext bytes of a model probably are ([`byte_priors`]). Against a hardened file the
//!   same procedure finds nothing.

pub mod byte_priors;
pub mod diagonals;
pub mod evidence;
pub mod paper_key_recovery;

pub use paper_key_recovery::{recover_key, recover_key_with, Options, Recovery, Stats};
