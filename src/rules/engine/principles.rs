//! The general principles of rule book §2a (NĐ 98/2023 and NĐ 152/2025, Điều 4), applied
//! by `Engine::determine` to every encoded award before its own criteria — never copied
//! into an award's data.

use super::*;

impl Engine<'_> {
}
