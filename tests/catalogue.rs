//! The question catalogue is the one definition of the request: every question in it, with no
//! other change anywhere, is read from JSON and written back, checked by its format, described to
//! the page in both languages, printed in the review, counted in progress, and filled into its
//! boxes of the official PDF. A question added to the catalogue passes through all of these; this
//! test goes through each question in turn.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::check::{check, findings, progress::progress};
use parole_helper::date::ymd;
use parole_helper::filing::plan;
use parole_helper::form::catalogue::{self, is_shown, Boxes, Format, Kind, Question};
use parole_helper::form::describe;
use parole_helper::form::read::read;
use parole_helper::form::write::to_json;
use parole_helper::form::ParoleRequest;
use parole_helper::i18n::Lang;
use parole_helper::session::Session;
use serde_json::{json, Value};

/// Requests under which every question applies, between them.
fn bases() -> Vec<Value> {
    let everyone = json!({
        "filer": { "physicalAddress": { "country": "United States" }, "mailingAddress": { "country": "United States" } },
        "beneficiary": { "physicalAddress": { "country": "Mexico" }, "mailingAddress": { "country": "Mexico" } },
        "reason": { "category": "medical" },
        "previousDocuments": { "reentryPermit": true, "advanceParole": true },
        "interpreter": { "used": true },
        "preparer": { "used": true }
    });
    let mut list = Vec::new();
    for (kind, program) in [
        ("reparole", "frp"),
        ("reparole", "other"),
        ("initial", "filipinoWwiiVeterans"),
        ("initial", "intergovernmentalReferral"),
        ("initial", "familyReunificationTaskForce"),
        ("initial", "militaryMembersAndVeterans"),
    ] {
        let mut base = everyone.clone();
        base["application"] = json!({ "paroleType": kind, "program": program, "onBehalfOfSomeoneElse": true });
        list.push(base);
        let mut own = everyone.clone();
        own["application"] = json!({ "paroleType": kind, "program": program, "onBehalfOfSomeoneElse": false });
        list.push(own);
    }
    // Addresses abroad for the filer, in the US for the beneficiary.
    let mut swapped = everyone.clone();
    swapped["filer"] = json!({ "physicalAddress": { "country": "Mexico" }, "mailingAddress": { "country": "Mexico" } });
    swapped["beneficiary"] = json!({ "physicalAddress": { "country": "United States" }, "mailingAddress": { "country": "United States" } });
    swapped["application"] = json!({ "paroleType": "reparole", "onBehalfOfSomeoneElse": true });
    list.push(swapped);
    list
}

/// A good answer and, where the question has a format, a bad one.
fn samples(q: &Question) -> (Value, Option<Value>) {
    let good = match (q.kind, q.format()) {
        (Kind::YesNo, _) => json!(true),
        (Kind::Choice(list), _) => json!(list[0].value),
        (Kind::Program, _) => json!("general"),
        (Kind::Choices(list), _) => json!([list[0].value]),
        (Kind::NameList, _) => json!([{ "familyName": "Sample" }]),
        (Kind::Toggle, _) => json!({}),
        (_, Some(Format::Date)) => json!("2020-01-15"),
        (_, Some(Format::ANumber)) => json!("A123456789"),
        (_, Some(Format::UscisAccount)) => json!("123456789012"),
        (_, Some(Format::I94Number)) => json!("123456789A1"),
        (_, Some(Format::Ssn)) => json!("123-45-6789"),
        (_, Some(Format::Email)) => json!("ana@example.org"),
        (_, Some(Format::AgencyEmail)) => json!("officer@state.gov"),
        (_, Some(Format::Phone)) => json!("619-555-0101"),
        (_, Some(Format::UsState)) => json!("CA"),
        (_, Some(Format::ZipCode)) => json!("92101"),
        (_, Some(Format::Number { .. })) => json!("5"),
        (_, None) => json!("Sample"),
    };
    let bad = q.format().map(|format| match format {
        Format::Date => json!("2020-02-30"),
        Format::ANumber => json!("A12"),
        Format::UscisAccount => json!("123"),
        Format::I94Number => json!("12345"),
        Format::Ssn => json!("000-12-3456"),
        Format::Email => json!("nobody"),
        Format::AgencyEmail => json!("officer@gmail.com"),
        Format::Phone => json!("555"),
        Format::UsState => json!("XX"),
        Format::ZipCode => json!("ABCDE"),
        Format::Number { .. } => json!("many"),
    });
    (good, bad)
}

/// The PDF boxes a question writes to.
fn box_names(q: &Question) -> Vec<&'static str> {
    match q.pdf {
        Boxes::None | Boxes::ApplicationType => vec![],
        Boxes::Text(f) | Boxes::List(f, _) | Boxes::Stay(f) => vec![f],
        Boxes::Digits(fields) => fields.to_vec(),
        Boxes::Ticks(ticks) => ticks.iter().map(|t| t.field).collect(),
        Boxes::Names(rows) => rows.iter().flatten().copied().collect(),
        Boxes::Unit { number, apt, ste, flr } => vec![number, apt, ste, flr],
        Boxes::CityAndCountry(city, country) => vec![city, country],
        Boxes::ByItem(by_item) => by_item.iter().map(|(_, f)| *f).collect(),
        Boxes::TicksByItem(by_item) => by_item.iter().flat_map(|(_, ticks)| ticks.iter().map(|t| t.field)).collect(),
    }
}

/// `base` with `value` at the question's path.
fn with(base: &Value, q: &Question, value: &Value) -> ParoleRequest {
    let mut doc = base.clone();
    let keys: Vec<&str> = q.path.split('.').collect();
    let mut node = &mut doc;
    for key in &keys[..keys.len() - 1] {
        if node.get(*key).is_none() {
            node[*key] = json!({});
        }
        node = &mut node[*key];
    }
    node[keys[keys.len() - 1]] = value.clone();
    read(&doc.to_string()).unwrap_or_else(|e| panic!("{}: {e}", q.path)).form
}

#[test]
fn every_question_is_read_checked_described_printed_and_counted() {
    let today = ymd(2026, 11, 27);
    let described: Vec<Vec<String>> =
        Lang::all().map(|lang| describe::questions(lang).into_iter().flat_map(|s| s.fields).map(|q| q.path.to_string()).collect()).collect();
    let mut checked = 0;
    let mut filled = 0;
    for q in catalogue::all() {
        let (good, bad) = samples(q);
        // A request under which the question applies.
        let base = bases()
            .into_iter()
            .find(|b| is_shown(q, &with(b, q, &good)))
            .unwrap_or_else(|| panic!("{} applies to no request: give it a base", q.path));

        // Read, and written back the same.
        let form = with(&base, q, &good);
        assert!(q.answered(&form), "{} does not read its answer", q.path);
        assert_eq!(read(&to_json(&form)).unwrap().form, form, "{} does not write back", q.path);
        let session = Session::with_form(form.clone(), today, Lang::En);
        if q.kind != Kind::Toggle {
            assert!(session.answers().contains_key(q.path), "{} is not given back to the page", q.path);
        }

        // Checked by its format: a bad answer gets its format's rule, at this question.
        if let Some(bad) = bad {
            let broken = with(&base, q, &bad);
            let found = findings(&broken, today);
            assert!(found.iter().any(|f| f.field.is_some_and(|x| x.path == q.path) && (f.code.id().starts_with("format.") || f.code.id().starts_with("box."))), "{} is not checked by its format", q.path);
            assert!(findings(&form, today).iter().all(|f| !(f.field.is_some_and(|x| x.path == q.path) && f.code.id().starts_with("format."))), "{} refuses a good answer", q.path);
            checked += 1;
        }

        // Described to the page, in both languages.
        for paths in &described {
            assert!(paths.iter().any(|p| p == q.path), "{} is not described to the page", q.path);
        }

        // Printed in the review (a group shows through its own questions).
        if q.kind != Kind::Toggle {
            let printed = describe::answers(&form, Lang::Es);
            let label = q.label(Lang::Es);
            assert!(
                printed.iter().flat_map(|s| &s.answers).any(|a| a.label == label && a.text.is_some()),
                "{} is not printed",
                q.path
            );
        }

        // Filled into the official PDF: in one of its boxes, or in Part 13 when no box takes it;
        // and gone from them when the answer is cleared.
        let boxes = box_names(q);
        if !boxes.is_empty() {
            let in_part = |e: &acroform::Entry| e.field.is_empty() && e.place.as_ref().is_some_and(|p| p.part == q.item.part.to_string());
            assert!(plan(&form).entries.iter().any(|e| boxes.contains(&e.field.as_str()) || in_part(e)), "{} is not filled into the PDF", q.path);
            let cleared = with(&base, q, &Value::Null);
            assert!(plan(&cleared).entries.iter().all(|e| !boxes.contains(&e.field.as_str())), "{} stays in the PDF when cleared", q.path);
            filled += 1;
        }

        // Counted in progress.
        let p = progress(&form, &check(&form, today));
        let field = p.fields.iter().find(|f| f.path == q.path).unwrap_or_else(|| panic!("{} is not in progress", q.path));
        assert!(field.shown && field.answered, "{} is not counted", q.path);
        let cleared = with(&base, q, &Value::Null);
        let without = progress(&cleared, &check(&cleared, today));
        assert!(without.fields.iter().find(|f| f.path == q.path).is_some_and(|f| !f.answered), "{} stays answered when cleared", q.path);
    }
    assert!(checked >= 30, "only {checked} questions have a format");
    assert!(filled >= 90, "only {filled} questions have boxes on the PDF");
}

#[test]
fn kinds_reach_the_page_by_their_names() {
    let described: Vec<(String, &str)> =
        describe::questions(Lang::En).into_iter().flat_map(|s| s.fields).map(|q| (q.path.to_string(), q.kind)).collect();
    let kind = |path: &str| described.iter().find(|(p, _)| p == path).map(|(_, k)| *k);
    for (path, expected) in [
        ("filer.name.familyName", "text"),
        ("reason.explanation", "longText"),
        ("filer.dateOfBirth", "date"),
        ("removalProceedings", "yesNo"),
        ("filer.sex", "choice"),
        ("application.program", "choice"),
        ("biographics.race", "choices"),
        ("biographics.weightPounds", "wholeNumber"),
        ("contact.email", "email"),
        ("contact.daytimePhone", "phone"),
        ("filer.physicalAddress", "toggle"),
        ("filer.otherNames", "nameList"),
    ] {
        assert_eq!(kind(path), Some(expected), "{path}");
    }
}

#[test]
fn a_text_answer_is_written_and_cleared_through_its_question() {
    let q = catalogue::question("filer.aNumber").unwrap();
    let mut form = ParoleRequest::default();
    q.set_text(&mut form, "A123456789");
    assert_eq!(form.filer.a_number.as_deref(), Some("A123456789"));
    q.set_text(&mut form, "");
    assert_eq!(form.filer.a_number, None, "empty text is no answer");
}

#[test]
fn a_province_is_asked_only_for_an_address_abroad() {
    let province = catalogue::question("filer.mailingAddress.province").unwrap();
    let state = catalogue::question("filer.mailingAddress.state").unwrap();
    let at = |country: &str| read(&format!(r#"{{"filer":{{"mailingAddress":{{"country":"{country}"}}}}}}"#)).unwrap().form;
    assert!(is_shown(province, &at("Mexico")) && !is_shown(province, &at("United States")));
    assert!(!is_shown(state, &at("Mexico")) && is_shown(state, &at("Estados Unidos")));
}

#[test]
fn zero_is_a_height_but_not_a_length_of_stay() {
    let today = ymd(2026, 11, 27);
    let codes = |json: &str| findings(&read(json).unwrap().form, today).into_iter().map(|f| f.code.id()).collect::<Vec<_>>();
    assert!(!codes(r#"{"biographics":{"heightFeet":"0","heightInches":"0"}}"#).iter().any(|c| c.starts_with("format.")));
    assert!(codes(r#"{"reason":{"lengthOfStay":{"value":"0"}}}"#).contains(&"format.whole_number"));
    assert!(codes(r#"{"biographics":{"weightPounds":"0"}}"#).contains(&"format.height_weight"), "weight starts at 1 pound");
}

#[test]
fn items_print_as_the_form_names_them_and_questions_are_told_apart() {
    let q = catalogue::question("beneficiary.aNumber").unwrap();
    assert_eq!(q.item.to_string(), "Part 2, Item 23");
    assert_eq!(format!("{}", catalogue::question("reason.consulate").unwrap().item), "Part 8, Item 3.b");
    assert_eq!(q, catalogue::question("beneficiary.aNumber").unwrap());
    assert_ne!(q, catalogue::question("filer.aNumber").unwrap());
}

#[test]
fn other_names_keep_all_three_parts() {
    let form = read(r#"{"filer":{"otherNames":[{"familyName":"Luna","givenName":"Ana","middleName":"María"}]}}"#).unwrap().form;
    let name = &form.filer.other_names[0];
    assert_eq!(
        (name.family_name.as_deref(), name.given_name.as_deref(), name.middle_name.as_deref()),
        (Some("Luna"), Some("Ana"), Some("María"))
    );
    assert!(read(r#"{"filer":{"otherNames":[{"nickname":"Lu"}]}}"#).is_err());
}

/// The filer's own text answers that get no `autocomplete` token, and why. Every other `filer.`
/// and `contact.` question that takes text has one (WCAG 2.1, 1.3.5).
const FILER_WITHOUT_TOKEN: &[(&str, &str)] = &[
    ("filer.otherNames", "names used before: a browser would offer the current name"),
    ("filer.mailingAddress.inCareOf", "someone else's name"),
    ("filer.aNumber", "an identity number: never filled from another form"),
    ("filer.countryOfBirth", "no standard token (country-name is an address's country)"),
    ("filer.countryOfCitizenship", "no standard token (country-name is an address's country)"),
    ("filer.ssn", "an identity number"),
    ("filer.uscisOnlineAccountNumber", "an identity number"),
    ("filer.classOfAdmission", "no standard token"),
    ("filer.i94Number", "an identity number"),
    ("filer.i94Expires", "no standard token"),
    ("filer.emedicalParoleeId", "an identity number"),
];

/// The field names of the HTML autofill tokens used here (the WHATWG list has more).
const AUTOFILL_FIELDS: &[&str] = &[
    "family-name", "given-name", "additional-name", "address-line1", "address-line2", "address-level1", "address-level2",
    "postal-code", "country-name", "bday", "tel", "email",
];

#[test]
fn only_the_filers_own_details_have_autocomplete_tokens() {
    let takes_text = |q: &Question| !matches!(q.kind, Kind::YesNo | Kind::Choice(_) | Kind::Choices(_) | Kind::Program | Kind::Toggle);
    for q in catalogue::all() {
        let own = q.path.starts_with("filer.") || q.path.starts_with("contact.");
        let reason = FILER_WITHOUT_TOKEN.iter().find(|(path, _)| *path == q.path).map(|(_, why)| *why);
        match q.autocomplete {
            Some(token) => {
                assert!(own, "{}: only the filer's own details are filled by the browser", q.path);
                assert!(reason.is_none(), "{}: has a token and a reason not to", q.path);
                // [section-*] [mobile] field: a token browsers and axe-core accept.
                let words: Vec<&str> = token.split(' ').collect();
                let (field, hints) = words.split_last().unwrap();
                assert!(AUTOFILL_FIELDS.contains(field), "{}: {token}", q.path);
                assert!(hints.iter().all(|h| h.starts_with("section-") || (*h == "mobile" && *field == "tel")), "{}: {token}", q.path);
                assert!(q.kind != Kind::Date || *field == "bday", "{}: a date's boxes take bday-month, bday-day, bday-year", q.path);
            }
            None if own && takes_text(q) => assert!(reason.is_some(), "{}: the filer's own text answer needs a token, or a reason in FILER_WITHOUT_TOKEN", q.path),
            None => {}
        }
    }
    // Someone else's details never get one: a browser must not put the filer's name in them.
    for prefix in ["beneficiary.", "interpreter.", "preparer."] {
        assert!(catalogue::all().filter(|q| q.path.starts_with(prefix)).all(|q| q.autocomplete.is_none()), "{prefix}");
    }
    let token = |path: &str| catalogue::question(path).unwrap().autocomplete;
    assert_eq!(token("filer.name.familyName"), Some("family-name"));
    assert_eq!(token("filer.mailingAddress.zipCode"), Some("postal-code"));
    assert_eq!(token("filer.physicalAddress.zipCode"), Some("section-physical postal-code"), "a second address is its own section");
    assert_eq!(token("contact.mobilePhone"), Some("mobile tel"));
    // The tokens reach the page.
    let described = describe::questions(Lang::Es).into_iter().flat_map(|s| s.fields);
    assert_eq!(described.filter(|q| q.autocomplete.is_some()).count(), catalogue::all().filter(|q| q.autocomplete.is_some()).count());
}

#[test]
fn digit_formats_bring_up_the_number_pad() {
    for q in catalogue::all() {
        let expected = match q.format() {
            Some(Format::ZipCode | Format::Ssn | Format::UscisAccount | Format::Number { .. } | Format::Date) => Some("numeric"),
            Some(Format::Phone) => Some("tel"),
            Some(Format::Email | Format::AgencyEmail) => Some("email"),
            // An A-Number starts with "A"; an I-94 number may hold a letter; a state is letters.
            Some(Format::ANumber | Format::I94Number | Format::UsState) | None => None,
        };
        assert_eq!(q.input_mode(), expected, "{}", q.path);
    }
    let mode = |path: &str| {
        describe::questions(Lang::En).into_iter().flat_map(|s| s.fields).find(|q| q.path == path).unwrap().input_mode
    };
    for (path, expected) in [
        ("filer.mailingAddress.zipCode", Some("numeric")),
        ("filer.ssn", Some("numeric")),
        ("filer.uscisOnlineAccountNumber", Some("numeric")),
        ("biographics.heightFeet", Some("numeric")),
        ("biographics.weightPounds", Some("numeric")),
        ("reason.lengthOfStay.value", Some("numeric")),
        ("contact.daytimePhone", Some("tel")),
        ("beneficiary.daytimePhone", Some("tel")),
        ("contact.email", Some("email")),
        ("filer.aNumber", None),
        ("filer.i94Number", None),
        ("filer.name.familyName", None),
    ] {
        assert_eq!(mode(path), expected, "{path}");
    }
}
