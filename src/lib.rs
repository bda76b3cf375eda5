//! # Parole Form Helper
//!
//! Works out when a family on humanitarian parole should ask for re-parole and renew the work
//! permit, explains the count in English or Spanish, and writes calendar reminders.
//!
//! ```
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//! use parole_helper::program::Program;
//! use parole_helper::windows::{reparole_window, Status};
//!
//! // A Ukrainian parolee whose I-94 says "Admit Until 03/31/2027", on 27 November 2026:
//! let window = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27));
//! assert_eq!(window.status, Status::Open);
//! println!("{}", window.report(Lang::Es).explanation);
//! ```
//!
//! The crate is a pure core: it never reads a clock and knows nothing of JavaScript.
//! - [`windows`]: the renewal windows, computed from the dated, sourced rule data in
//!   [`windows::rules`];
//! - [`calendar`]: reminders as an iCalendar file;
//! - [`api`]: the same operations on raw text, as the adapters receive it;
//! - [`date`], [`program`], [`i18n`], [`input`], [`sources`]: the pieces they share.
//!
//! Two thin adapters sit on top: the `parole-helper` CLI (`src/main.rs`) and, on wasm32 only,
//! the `wasm` module that the page in `www/` imports.
#![deny(missing_docs)]

pub mod api;
pub mod calendar;
pub mod check;
pub mod date;
pub mod fees;
pub mod form;
pub mod i18n;
pub mod program;
pub mod rules;
pub mod windows;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
