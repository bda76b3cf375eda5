//! Any request (any answers, of the right kind, in any question) makes a fill plan that the PDF
//! filler executes on the official I-131 without an error: what the core plans always fits the
//! form (text that does not fit a box moves to Part 13 or an added sheet). And the plan's text
//! reads back to the same plan, as it does between the two wasm modules.
#![no_main]
use acroform::{fill_plan, Plan};
use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use parole_helper::filing::plan;

#[path = "common/request.rs"]
mod request;

const FORM: &[u8] = include_bytes!("../../www/forms/i-131-edition-01-20-25.pdf");

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(form) = parole_helper::api::parse_form(&request::request(&mut u)) else { return };
    let planned = plan(&form);
    assert_eq!(Plan::parse(&planned.to_text()).as_ref(), Ok(&planned));
    if let Err(error) = fill_plan(FORM, &planned) {
        panic!("the plan of a request does not fill: {error}");
    }
});
