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
//! The crate is a pure core: it never reads a clock and knows nothing of JavaScript. Its layers
//! only look down (a test reads the imports and fails on one that points up):
//!
//! 1. [`i18n`], [`date`], [`translit`]: the languages, dates as people type them, Ukrainian
//!    names in Latin letters;
//! 2. [`rules`]: what a rule is, where it comes from, the dates it holds; the check's pack;
//! 3. [`program`]: the parole programs, one table;
//! 4. [`form`]: the request, and its [`form::catalogue`] of questions, the one definition that
//!    reading, writing, the schema, the checks, the page and the review go through;
//! 5. [`fees`], [`windows`], [`check`], [`calendar`]: what the rules say about a request;
//!    [`filing`]: the official PDF filled with it (which text in which box);
//!    [`statement`]: Part 8's statement for a medical reason, written from short answers;
//! 6. [`drafts`], [`session`]: a request being filled, and its draft on the device;
//! 7. [`api`]: the same operations on raw text, as the adapters receive it.
//!
//! Two thin adapters sit on top: the `parole-helper` CLI (`src/main.rs`) and, on wasm32 only,
//! the `wasm` module that the page in `www/` imports.
#![deny(missing_docs)]

pub mod api;
pub mod calendar;
pub mod check;
pub mod date;
pub mod drafts;
pub mod family;
pub mod fees;
pub mod filing;
pub mod form;
pub mod i18n;
pub mod program;
pub mod rules;
pub mod session;
pub mod statement;
/// Ukrainian names in Latin letters, by Ukraine's official transliteration (KMU 2010).
pub mod translit;
pub mod windows;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
