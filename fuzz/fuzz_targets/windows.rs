//! The window functions and the reminders on any program, any dates and any language: a window
//! and its explanation, or a worded input error. Nothing panics.
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use parole_helper::api::{ead, reminders, reparole, timeline, Relative, Request};
use parole_helper::date::ymd;
use parole_helper::i18n::Lang;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    program: Option<&'a str>,
    expires: Option<&'a str>,
    ead_expires: Option<&'a str>,
    today: Option<&'a str>,
    spanish: bool,
    frp_exception: bool,
    termination_notice: bool,
    stamp_seconds: u32,
    /// Other people of the family (the calculator): a name, a program, a parole end.
    people: Vec<(Option<&'a str>, Option<&'a str>, Option<&'a str>)>,
}

fuzz_target!(|input: Input| {
    let lang = if input.spanish { Lang::Es } else { Lang::En };
    let situation = parole_helper::windows::Situation { frp_exception: input.frp_exception, termination_notice: input.termination_notice };
    let people: Vec<Relative> = input
        .people
        .iter()
        .take(8)
        .map(|(name, program, expires)| Relative { name: name.map(Into::into), program: program.map(Into::into), expires: expires.map(Into::into) })
        .collect();
    let request = Request { program: input.program, expires: input.expires, ead_expires: input.ead_expires, today: input.today, situation, people: &people };
    let local = ymd(2026, 11, 27);
    let stamp = local.and_hms_opt(0, 0, 0).unwrap() + chrono::TimeDelta::seconds(i64::from(input.stamp_seconds));
    for result in [reparole(&request, lang, local), ead(&request, lang, local)] {
        match result {
            Ok(report) => {
                assert!(!report.explanation.is_empty());
                let _ = report.to_text(lang);
            }
            Err(error) => assert!(!error.message(lang).is_empty()),
        }
    }
    // The picture: every window on one scale, or the same worded error.
    match timeline(&request, lang, local) {
        Ok(picture) => assert!(picture.to_svg().starts_with("<svg ")),
        Err(error) => assert!(!error.message(lang).is_empty()),
    }
    match reminders(&request, lang, local, stamp) {
        Ok(ics) => assert!(ics.split("\r\n").all(|line| line.len() <= 75)),
        Err(error) => assert!(!error.message(lang).is_empty()),
    }
});
