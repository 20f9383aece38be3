//! Front ends: what turns a link into writes and reads on the core's memory map. Today the UART
//! (receiver, transmitter, frame receiver and transmitter, and the front end that joins them).

pub mod frame_rx;
pub mod frame_tx;
pub mod uart_front_end;
pub mod uart_rx;
pub mod uart_tx;

#[cfg(test)]
mod uart_tests;
