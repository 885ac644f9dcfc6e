//! Award-eligibility checker for the civil service of Lạng Sơn province.
//!
//! Three layers, dependencies pointing inward:
//! - [`rules`]: pure standards logic (no web crates, no clock, no IO);
//! - `browser` (wasm only): the only code touching storage, files and today's date;
//! - `ui` (wasm only): Yew components that render what `rules` returns.

pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
