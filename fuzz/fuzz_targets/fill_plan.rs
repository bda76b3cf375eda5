//! Any bytes as a fill plan's text: parsing never panics, what parses writes back to the same
//! plan, and filling the official I-131 with it never panics (it fills or says why not).
//!
//! To reach the filler rather than stop at "unknown field", the input is also read with the
//! version line put in front, and a field name `#N` stands for the N-th widget of the form.
//! A realistic seed: `cargo run --release -p acroform --example bench -- /tmp/plan` writes
//! `/tmp/plan/plan.txt`; copy it into `fuzz/corpus/fill_plan/`.
#![no_main]
use std::sync::OnceLock;

use acroform::{FieldInfo, Plan, fields, fill_plan};
use libfuzzer_sys::fuzz_target;

const FORM: &[u8] = include_bytes!("../../www/forms/i-131-edition-01-20-25.pdf");

fn form_fields() -> &'static [FieldInfo] {
    static LIST: OnceLock<Vec<FieldInfo>> = OnceLock::new();
    LIST.get_or_init(|| fields(FORM).expect("the official form parses"))
}

/// `#N` -> the full name of the form's N-th widget (modulo their number).
fn real_name(name: &mut String) {
    let list = form_fields();
    if let Some(n) = name.strip_prefix('#').and_then(|n| n.parse::<usize>().ok()) {
        *name = list[n % list.len()].name.clone();
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let as_is = Plan::parse(&text);
    let with_version = Plan::parse(&format!("acroform-plan 1\n{text}"));
    for plan in [&as_is, &with_version].into_iter().flatten() {
        assert_eq!(Plan::parse(&plan.to_text()).as_ref(), Ok(plan));
    }
    let Some(mut plan) = with_version.ok().or(as_is.ok()) else {
        return;
    };
    for entry in &mut plan.entries {
        real_name(&mut entry.field);
    }
    for row in &mut plan.overflow.rows {
        for name in [&mut row.page, &mut row.part, &mut row.item, &mut row.text] {
            real_name(name);
        }
    }
    if let Ok(out) = fill_plan(FORM, &plan) {
        assert!(out.starts_with(FORM));
    }
});
