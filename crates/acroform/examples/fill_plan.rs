//! Fills a PDF from a plan's text form, natively:
//! `cargo run -p acroform --example fill_plan -- FORM.pdf PLAN.txt OUT.pdf`
//! (what the browser module does with the same two inputs, for comparing outputs).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [form, plan, out] = args.as_slice() else {
        return Err("usage: fill_plan FORM.pdf PLAN.txt OUT.pdf".into());
    };
    let plan = acroform::Plan::parse(&std::fs::read_to_string(plan)?)
        .map_err(|e| format!("{}: {e}", e.code()))?;
    let filled = acroform::fill_plan(&std::fs::read(form)?, &plan)
        .map_err(|e| format!("{}: {e}", e.code()))?;
    std::fs::write(out, &filled)?;
    Ok(())
}
