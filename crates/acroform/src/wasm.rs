//! The browser adapter (feature `wasm`, wasm32 only): one export, conversion only.
//!
//! ```js
//! import init, { fill } from "./acroform.js";
//! await init();
//! const filled = fill(new Uint8Array(formBytes), planText); // Uint8Array
//! ```
//!
//! A failure throws an `Error` whose message starts with a stable code and a colon
//! (`pdf.malformed:`, `pdf.unsupported:`, `pdf.field:`, `pdf.value:`, `pdf.plan:`), then
//! the English detail, so the page can word it in the reader's language.

use wasm_bindgen::prelude::*;

use crate::{Plan, fill_plan};

/// Fills `form` (the PDF's bytes) following `plan` (the text of [`Plan::to_text`]).
#[wasm_bindgen]
pub fn fill(form: &[u8], plan: &str) -> Result<Vec<u8>, JsError> {
    let result = Plan::parse(plan).and_then(|plan| fill_plan(form, &plan));
    result.map_err(|e| JsError::new(&format!("{}: {e}", e.code())))
}
