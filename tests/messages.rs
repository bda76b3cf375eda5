//! Messages at their edges, in both languages: the numbers they carry (an age, a maximum stay),
//! the wording for an empty answer, the program a rule names, and the check's guards that only
//! hold for one kind of request. Written against one-line bugs a mutation pass left alive.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::check::check;
use parole_helper::date::ymd;
use parole_helper::form::read::read;
use parole_helper::i18n::Lang;

const TODAY: chrono::NaiveDate = ymd(2026, 11, 27);

/// The messages of `code` for the request `json`, in `lang`.
fn messages(json: &str, code: &str, lang: Lang) -> Vec<String> {
    let form = read(json).unwrap().form;
    check(&form, TODAY).report(lang).diagnostics.into_iter().filter(|d| d.code == code).map(|d| d.message).collect()
}

fn one(json: &str, code: &str, lang: Lang) -> String {
    let found = messages(json, code, lang);
    assert_eq!(found.len(), 1, "{code} in {json}: {found:?}");
    found[0].clone()
}

#[test]
fn ages_are_told_as_they_are() {
    // A 12-year-old filing for herself and signing: she may, or a parent may.
    let child = r#"{"application":{"onBehalfOfSomeoneElse":false},"filer":{"dateOfBirth":"2014-06-01"},"signature":{"signerRole":"self"}}"#;
    assert!(one(child, "cross.signer_under_14", Lang::En).contains("You are 12 years old"));
    assert!(one(child, "cross.signer_under_14", Lang::Es).contains("12 años"));
    // A 30-year-old filing for herself cannot have a parent sign.
    let adult = r#"{"application":{"onBehalfOfSomeoneElse":false},"filer":{"dateOfBirth":"1996-01-10"},"signature":{"signerRole":"parent"}}"#;
    assert!(one(adult, "cross.signer_must_be_filer", Lang::En).starts_with("Part 10, Item 4: You file for yourself and are 30 years old"));
    assert!(one(adult, "cross.signer_must_be_filer", Lang::Es).contains("30 años"));
    // Someone born 130 years ago.
    let old = r#"{"filer":{"dateOfBirth":"1901-01-01"}}"#;
    assert!(one(old, "cross.birth_date_over_120_years", Lang::En).contains("would be 125 years old"));
    assert!(one(old, "cross.birth_date_over_120_years", Lang::Es).contains("125 años"));
}

#[test]
fn an_empty_state_or_zip_is_asked_for_not_quoted() {
    let us = r#"{"filer":{"mailingAddress":{"country":"United States","street":"1 Main St","city":"Austin"}}}"#;
    let state = one(us, "format.us_state", Lang::En);
    assert!(state.contains("For an address in the United States, write the state as its two letters"), "{state}");
    assert!(!state.contains("\"\""), "an empty answer is not quoted: {state}");
    let zip = one(us, "format.zip_code", Lang::En);
    assert!(zip.contains("For an address in the United States, write the ZIP code: 5 digits."), "{zip}");
    for lang in [Lang::Es] {
        assert!(!one(us, "format.us_state", lang).contains("\"\""));
        assert!(!one(us, "format.zip_code", lang).contains("\"\""));
    }
    // A state that is typed is quoted back.
    let typed = r#"{"filer":{"mailingAddress":{"country":"United States","state":"Cali"}}}"#;
    assert!(one(typed, "format.us_state", Lang::En).contains("\"Cali\" is not a US state"));
}

#[test]
fn a_rule_about_a_program_names_that_program() {
    let pip = r#"{"application":{"paroleType":"initial","program":"militaryParoleInPlace"}}"#;
    assert!(one(pip, "cross.program_not_for_parole_type", Lang::En).contains("Military parole in place is for people already in the US"));
    let cam = r#"{"application":{"paroleType":"initial","program":"centralAmericanMinors"}}"#;
    assert!(one(cam, "cross.program_not_for_parole_type", Lang::En).contains("Central American Minors"));
    assert_ne!(one(pip, "cross.program_not_for_parole_type", Lang::Es), one(cam, "cross.program_not_for_parole_type", Lang::Es));
}

#[test]
fn item_14_is_compared_with_item_12_only_on_re_parole_for_oneself() {
    let dates = r#""currentParoleExpires":"2027-05-14"},"filer":{"i94Expires":"2027-06-01"}"#;
    let own = format!(r#"{{"application":{{"paroleType":"reparole","onBehalfOfSomeoneElse":false,{dates}}}"#);
    assert_eq!(messages(&own, "reparole.i94_matches_item_12", Lang::En).len(), 1);
    let other = format!(r#"{{"application":{{"paroleType":"reparole","onBehalfOfSomeoneElse":true,{dates}}}"#);
    assert!(messages(&other, "reparole.i94_matches_item_12", Lang::En).is_empty(), "Item 14 is the filer's, Item 12 the child's");
    let initial = format!(r#"{{"application":{{"paroleType":"initial","onBehalfOfSomeoneElse":false,{dates}}}"#);
    assert!(messages(&initial, "reparole.i94_matches_item_12", Lang::En).is_empty());
}

#[test]
fn the_usual_longest_stay_depends_on_the_program_and_the_request() {
    let stay = |kind: &str, program: &str, years: u32| {
        format!(r#"{{"application":{{"paroleType":"{kind}","program":"{program}"}},"reason":{{"lengthOfStay":{{"value":"{years}","unit":"years"}}}}}}"#)
    };
    let over = |json: &str| messages(json, "cross.stay_over_program_maximum", Lang::En);
    // Afghans: 2 years on re-parole; no known maximum for initial parole.
    assert!(over(&stay("reparole", "afghan", 2)).is_empty());
    assert_eq!(over(&stay("reparole", "afghan", 3)).len(), 1);
    assert!(over(&stay("reparole", "afghan", 3))[0].contains("up to 2 years"));
    assert!(over(&stay("initial", "afghan", 3)).is_empty());
    // No program: 1 year.
    assert!(over(&stay("reparole", "general", 1)).is_empty());
    assert!(over(&stay("reparole", "general", 2))[0].contains("up to 1 year)"));
}

#[test]
fn progress_counts_each_missing_answer_and_each_problem() {
    use parole_helper::check::progress::progress;
    // Part 2 (the filer): family name, given name, street, city, country, country of birth, of
    // citizenship, sex and date of birth are required; the SSN and the A-Number are wrong.
    let json = r#"{"application":{"paroleType":"reparole","onBehalfOfSomeoneElse":false},
        "filer":{"name":{"familyName":"Luna"},"ssn":"000-12-3456","aNumber":"A12","mailingAddress":{"street":"1 Main St"}}}"#;
    let form = read(json).unwrap().form;
    let result = check(&form, TODAY);
    let filer = progress(&form, &result).sections.into_iter().find(|s| s.id == "filer").unwrap();
    let required_missing = result
        .findings
        .iter()
        // Every missing answer the form requires: most under required.answer, the I-94 number of
        // a re-parole for oneself under its own rule.
        .filter(|f| ["required.answer", "reparole.i94_number"].contains(&f.code.id()) && f.field.is_some_and(|q| q.path.starts_with("filer.")))
        .count();
    assert!(required_missing >= 6, "{required_missing}");
    assert_eq!(filer.missing, required_missing, "one per missing answer");
    assert_eq!(filer.errors, required_missing + 1, "the missing answers and the SSN");
    assert_eq!(filer.warnings, 1, "the A-Number's pattern");
    assert!(!filer.complete);
}

#[test]
fn the_text_report_has_only_the_headings_it_needs() {
    let clean = std::fs::read_to_string("examples/reparole-ukraine.json").unwrap();
    let form = read(&clean).unwrap().form;
    let text = check(&form, TODAY).report(Lang::En).to_text(Lang::En);
    assert!(!text.contains("Errors (USCIS"), "no errors, no heading:\n{text}");
    assert!(text.contains("\nFees:\n"), "{text}");
    let broken = read(r#"{"application":{"onBehalfOfSomeoneElse":true},"filer":{"ssn":"000-12-3456"}}"#).unwrap().form;
    let report = check(&broken, TODAY).report(Lang::Es);
    let text = report.to_text(Lang::Es);
    let errors_at = text.find("\nErrores (USCIS").expect("the errors heading");
    let first_error = report.diagnostics.iter().find(|d| d.severity == parole_helper::rules::Severity::Error).unwrap();
    assert!(text[errors_at..].contains(&first_error.message));
    assert!(!text.contains("\nAdvertencias (") || report.summary.warnings > 0);
    // Under each heading only its own severity.
    let info = report.diagnostics.iter().find(|d| d.severity == parole_helper::rules::Severity::Info).unwrap();
    let info_at = text.find("\nPara su información:").expect("the info heading");
    assert!(text[info_at..].contains(&info.message) && !text[errors_at..info_at].contains(&info.message));
    // No fees line before a kind of request is chosen? There are fees for every request: the
    // heading is there exactly once.
    assert_eq!(text.matches("\nTarifas:\n").count(), usize::from(!report.fees.is_empty()));
}

#[test]
fn a_name_in_ukrainian_letters_is_offered_its_official_spelling_after_the_advice() {
    let json = r#"{"filer":{"name":{"familyName":"Шевченко","givenName":"Фёдор"}}}"#;
    let found = messages(json, "format.latin_letters", Lang::En);
    assert_eq!(found.len(), 2, "{found:?}");
    // Ukrainian: the document's spelling first (DHS has it), then the transliteration's.
    let en = found.iter().find(|m| m.contains("Шевченко")).unwrap();
    assert!(
        en.ends_with("\"Шевченко\" has characters the form cannot take. Write it in Latin letters as on your I-94 or passport; by the official Ukrainian transliteration it would be \"Shevchenko\"."),
        "{en}"
    );
    // Russian ё is not in the Ukrainian table: the advice alone.
    let other = found.iter().find(|m| m.contains("Фёдор")).unwrap();
    assert!(!other.contains("transliteration") && other.contains("as in the passport"), "{other}");
    let es = messages(json, "format.latin_letters", Lang::Es);
    assert!(
        es.iter().any(|m| m.ends_with("Escríbalo en letras latinas como en su I-94 o pasaporte; según la transliteración oficial de Ucrania sería \"Shevchenko\".")),
        "{es:?}"
    );
    // While typing, the same; an entry of the other names too; a country, not (it wants English).
    use parole_helper::check::check_field;
    let typing = check_field("beneficiary.otherNames", "Ковальчук-Юрченко", Lang::En).unwrap();
    assert!(typing.message.contains("it would be \"Kovalchuk-Yurchenko\""), "{}", typing.message);
    let country = check_field("filer.countryOfBirth", "Україна", Lang::Es).unwrap();
    assert!(!country.message.contains("transliteración"), "{}", country.message);
}
