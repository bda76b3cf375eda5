//! Where the time of one check goes, natively: `cargo run --release --example check_stages`.
//! (The browser numbers come from `make bench`; this splits them into stages.)
use std::time::Instant;
use parole_helper::{api, check, date::ymd, i18n::Lang};
fn main() {
    let text = std::fs::read_to_string("examples/reparole-medical-child.json").unwrap();
    let n = 20000;
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(api::parse_form(&text).unwrap()); } println!("parse_form {:?}", t.elapsed() / n);
    let form = api::parse_form(&text).unwrap();
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(serde_json::from_str::<serde_json::Value>(&text).unwrap()); } println!("JSON tree alone {:?}", t.elapsed() / n);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(parole_helper::form::write::to_json(&form)); } println!("write {:?}", t.elapsed() / n);
    let today = ymd(2026, 11, 27);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(check::check(&form, today)); } println!("check {:?}", t.elapsed() / n);
    let c = check::check(&form, today);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(c.report(Lang::Es)); } println!("report(words) {:?}", t.elapsed() / n);
    let r = c.report(Lang::Es);
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(serde_json::to_string(&r).unwrap()); } println!("to_json {:?} ({} bytes)", t.elapsed() / n, serde_json::to_string(&r).unwrap().len());
    let t = Instant::now(); for _ in 0..n { std::hint::black_box(c.window.clone().unwrap().report(Lang::Es)); } println!("window explanation {:?}", t.elapsed() / n);
}
