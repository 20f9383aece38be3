//! Test benches shared by the test files (each includes this with `mod support;`).

pub mod unlock;
