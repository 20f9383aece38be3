//! Board tops and what only a board needs: the Alchitry Cu top with its pins, the iCE40 PLL and
//! the reset generator.

pub mod alchitry_cu;
pub mod pll;
pub mod reset_generator;
