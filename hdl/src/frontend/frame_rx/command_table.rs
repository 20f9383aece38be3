//! The command table of the receiver: what each command code is, in one place
//! (docs/protocol.md §2, "Commands"): whether it is known, and the doorbell a good frame of it
//! rings at its end (KEY_COMMIT for LOAD_KEY, KEY_CLEAR for CLEAR_KEY, CONFIG_COMMIT for
//! LOAD_CONFIG; RUN's doorbell waits in the run slots instead).

use rust_hdl::prelude::*;

use deeplock_spec::memory_map as map;
use deeplock_spec::protocol::Command;

use crate::frontend::constant as c;

/// Decodes a command code.
#[derive(LogicBlock)]
pub struct CommandTable {
    /// The command code.
    pub cmd: Signal<In, Bits<8>>,
    /// No command has this code.
    pub unknown: Signal<Out, Bit>,
    /// A good frame of this command rings `doorbell` at its end.
    pub rings: Signal<Out, Bit>,
    /// The doorbell's address.
    pub doorbell: Signal<Out, Bits<24>>,
    /// The command is RUN.
    pub run: Signal<Out, Bit>,
    cmd_info: Constant<Bits<8>>,
    cmd_status: Constant<Bits<8>>,
    cmd_load_key: Constant<Bits<8>>,
    cmd_clear_key: Constant<Bits<8>>,
    cmd_load_weights: Constant<Bits<8>>,
    cmd_load_config: Constant<Bits<8>>,
    cmd_run: Constant<Bits<8>>,
    cmd_read_result: Constant<Bits<8>>,
    key_commit: Constant<Bits<24>>,
    key_clear: Constant<Bits<24>>,
    config_commit: Constant<Bits<24>>,
}

impl Default for CommandTable {
    fn default() -> Self {
        CommandTable {
            cmd: Default::default(),
            unknown: Default::default(),
            rings: Default::default(),
            doorbell: Default::default(),
            run: Default::default(),
            cmd_info: c(Command::Info as u64),
            cmd_status: c(Command::Status as u64),
            cmd_load_key: c(Command::LoadKey as u64),
            cmd_clear_key: c(Command::ClearKey as u64),
            cmd_load_weights: c(Command::LoadWeights as u64),
            cmd_load_config: c(Command::LoadConfig as u64),
            cmd_run: c(Command::Run as u64),
            cmd_read_result: c(Command::ReadResult as u64),
            key_commit: c(map::KEY_COMMIT as u64),
            key_clear: c(map::KEY_CLEAR as u64),
            config_commit: c(map::CONFIG_COMMIT as u64),
        }
    }
}

impl Logic for CommandTable {
    #[hdl_gen]
    fn update(&mut self) {
        self.unknown.next = (self.cmd.val() != self.cmd_info.val())
            & (self.cmd.val() != self.cmd_status.val())
            & (self.cmd.val() != self.cmd_load_key.val())
            & (self.cmd.val() != self.cmd_clear_key.val())
            & (self.cmd.val() != self.cmd_load_weights.val())
            & (self.cmd.val() != self.cmd_load_config.val())
            & (self.cmd.val() != self.cmd_run.val())
            & (self.cmd.val() != self.cmd_read_result.val());
        self.rings.next = true;
        self.doorbell.next = self.key_commit.val();
        if self.cmd.val() == self.cmd_clear_key.val() {
            self.doorbell.next = self.key_clear.val();
        } else if self.cmd.val() == self.cmd_load_config.val() {
            self.doorbell.next = self.config_commit.val();
        } else if self.cmd.val() != self.cmd_load_key.val() {
            self.rings.next = false;
        }
        self.run.next = self.cmd.val() == self.cmd_run.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_decodes_as_the_spec_says() {
        let mut uut = CommandTable::default();
        uut.connect_all();
        for code in 0..=255u8 {
            uut.cmd.next = (code as u64).to_bits();
            crate::testing::settle(&mut uut);
            let command = Command::from_code(code);
            assert_eq!(uut.unknown.val(), command.is_none(), "{code:#04x}");
            let doorbell = match command {
                Some(Command::LoadKey) => Some(map::KEY_COMMIT),
                Some(Command::ClearKey) => Some(map::KEY_CLEAR),
                Some(Command::LoadConfig) => Some(map::CONFIG_COMMIT),
                _ => None,
            };
            assert_eq!(uut.rings.val(), doorbell.is_some(), "{code:#04x}");
            if let Some(address) = doorbell {
                assert_eq!(uut.doorbell.val().to_u64(), address as u64, "{code:#04x}");
            }
            assert_eq!(uut.run.val(), command == Some(Command::Run));
        }
    }
}
