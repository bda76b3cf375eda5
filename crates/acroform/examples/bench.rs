//! Native timing of `fill_plan` with the tests' realistic plan (median of 21 runs), and
//! the files for the wasm comparison: `cargo run --release -p acroform --example bench -- DIR`
//! writes DIR/plan.txt (the plan's text form) and DIR/native.pdf (its native fill).
#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Median wall time of `f` in milliseconds, after 3 warm-up runs.
fn time<T>(mut f: impl FnMut() -> T) -> f64 {
    for _ in 0..3 {
        std::hint::black_box(f());
    }
    median(
        (0..21)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let plan = common::realistic_plan();
    let text = plan.to_text();
    let out = acroform::fill_plan(common::PDF, &plan)?;
    println!(
        "plan: {} entries, {} bytes as text; output {} bytes (+{} update), {} sheet page(s)",
        plan.entries.len(),
        text.len(),
        out.len(),
        out.len() - common::PDF.len(),
        common::sheet_pages(&out).len()
    );
    if let Some(dir) = std::env::args().nth(1) {
        std::fs::create_dir_all(&dir)?;
        std::fs::write(format!("{dir}/plan.txt"), &text)?;
        std::fs::write(format!("{dir}/native.pdf"), &out)?;
        println!("wrote {dir}/plan.txt and {dir}/native.pdf");
    }
    println!(
        "fields():            median {:.2} ms",
        time(|| acroform::fields(common::PDF))
    );
    println!(
        "Plan::parse():       median {:.3} ms",
        time(|| acroform::Plan::parse(&text))
    );
    println!(
        "fill_plan():         median {:.2} ms",
        time(|| acroform::fill_plan(common::PDF, &plan))
    );
    let values = common::realistic_values();
    let extra = common::extra_pages();
    println!(
        "fill() values+sheets: median {:.2} ms",
        time(|| acroform::fill(common::PDF, &values, &extra))
    );
    Ok(())
}
