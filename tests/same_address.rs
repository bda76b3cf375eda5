//! "Does this person get mail at your mailing address?" (Part 2, Item 24): a mother filing for her
//! 4-year-old (shared/domain.md §10) answers Yes instead of typing her address twice. Then Item
//! 24's own questions are not asked nor checked, and the filer's mailing address (Item 3) stands
//! for Item 24 in the check, the filled form and the printed review. What was typed for Item 24
//! before is kept, and comes back with No.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::check::{check, findings, Finding};
use parole_helper::date::ymd;
use parole_helper::filing::plan;
use parole_helper::form::catalogue::{self, is_shown};
use parole_helper::form::describe;
use parole_helper::form::read::read;
use parole_helper::form::write::to_json;
use parole_helper::form::{Address, ParoleRequest};
use parole_helper::i18n::Lang;
use parole_helper::rules::{Code, Severity};
use parole_helper::session::Session;
use serde_json::json;

fn today() -> chrono::NaiveDate {
    ymd(2026, 11, 27)
}

/// The §10 child, as the example has her: her own mailing address typed, the same as her mother's.
fn child() -> ParoleRequest {
    read(&std::fs::read_to_string("examples/reparole-medical-child.json").unwrap()).unwrap().form
}

/// The §10 child with Yes, and nothing typed for her own mailing address.
fn child_same_address() -> ParoleRequest {
    let mut form = child();
    form.beneficiary.mailing_address = Address::default();
    form.beneficiary.mailing_address_same_as_filer = Some(true);
    form
}

/// The findings as (code, path): what a person sees, and where.
fn found(form: &ParoleRequest) -> Vec<(&'static str, &'static str)> {
    findings(form, today()).iter().map(|f: &Finding| (f.code.id(), f.field.map_or("", |q| q.path))).collect()
}

/// The value the plan writes into a box, if any.
fn value(form: &ParoleRequest, field: &str) -> Option<String> {
    plan(form).entries.into_iter().find(|e| e.field == field).map(|e| e.value)
}

const ITEM_24: [(&str, &str); 6] = [
    ("form1[0].P6[0].P2_Line24_StreetNumberName[0]", "3020 Children's Way"),
    ("form1[0].P6[0].P2_Line24_AptSteFlrNumber[0]", "12"),
    ("form1[0].P6[0].P2_Line24_Unit[1]", " APT "),
    ("form1[0].P6[0].P2_Line24_CityTown[0]", "San Diego"),
    ("form1[0].P6[0].P2_Line24_State[0]", "CA"),
    ("form1[0].P6[0].P2_Line24_ZipCode[0]", "92123"),
];

#[test]
fn yes_needs_no_second_address_and_fills_item_24_with_the_filers() {
    let same = child_same_address();
    assert!(same.mails_at_filers_address());
    assert_eq!(same.beneficiary_mailing_address(), &same.filer.mailing_address);
    // Nothing is missing: the same findings as the example, where the address was typed twice.
    assert_eq!(found(&same), found(&child()));
    assert_eq!(check(&same, today()).count(Severity::Error), 0, "{:?}", found(&same));
    assert!(!found(&same).iter().any(|(_, path)| path.starts_with("beneficiary.mailingAddress")));
    // The filled form is the example's, byte for byte: Item 24 (and Item 25, "lives there too")
    // hold the mother's address.
    assert_eq!(plan(&same).to_text(), plan(&child()).to_text());
    for (field, expected) in ITEM_24 {
        assert_eq!(value(&same, field).as_deref(), Some(expected), "{field}");
        assert_eq!(value(&same, &field.replace("Line24", "Line25")).as_deref(), Some(expected), "Item 25: {field}");
    }
    assert_eq!(value(&same, "form1[0].P6[0].P2_Line24_Country[0]").as_deref(), Some("United States"));
}

#[test]
fn item_24_follows_the_filers_address_and_leaves_what_was_typed_aside() {
    let mut form = child();
    form.filer.mailing_address.street = Some("4410 Hospital Road".into());
    form.filer.mailing_address.unit = None;
    form.beneficiary.mailing_address.zip_code = Some("ABCDE".into()); // a typo typed before the Yes
    form.beneficiary.mailing_address_same_as_filer = Some(true);
    assert_eq!(value(&form, "form1[0].P6[0].P2_Line24_StreetNumberName[0]").as_deref(), Some("4410 Hospital Road"));
    assert_eq!(value(&form, "form1[0].P6[0].P2_Line24_AptSteFlrNumber[0]"), None, "the filer has no unit");
    assert_eq!(value(&form, "form1[0].P6[0].P2_Line24_ZipCode[0]").as_deref(), Some("92123"));
    assert!(!plan(&form).entries.iter().any(|e| e.value == "ABCDE" || e.value == "3020 Children's Way"), "the answers set aside are not on the form");
    // Not asked, not checked: the typo is no finding while Item 24 is the filer's.
    for path in ["beneficiary.mailingAddress.street", "beneficiary.mailingAddress.zipCode", "beneficiary.mailingAddress.state", "beneficiary.mailingAddress.country"] {
        assert!(!is_shown(catalogue::question(path).unwrap(), &form), "{path} is asked");
    }
    assert!(is_shown(catalogue::question("beneficiary.mailingAddressSameAsFiler").unwrap(), &form));
    assert!(!found(&form).iter().any(|(_, path)| path.starts_with("beneficiary.mailingAddress")));
    // Kept: written out with the request, and back (with its finding) after No.
    let kept = read(&to_json(&form)).unwrap().form;
    assert_eq!(kept.beneficiary.mailing_address.zip_code.as_deref(), Some("ABCDE"));
    assert_eq!(kept.beneficiary.mailing_address_same_as_filer, Some(true));
    form.beneficiary.mailing_address_same_as_filer = Some(false);
    assert!(is_shown(catalogue::question("beneficiary.mailingAddress.zipCode").unwrap(), &form));
    assert!(found(&form).contains(&("format.zip_code", "beneficiary.mailingAddress.zipCode")));
    assert_eq!(value(&form, "form1[0].P6[0].P2_Line24_StreetNumberName[0]").as_deref(), Some("3020 Children's Way"));
}

#[test]
fn no_or_no_answer_keeps_item_24_its_own() {
    for answer in [None, Some(false)] {
        let mut form = child_same_address();
        form.beneficiary.mailing_address_same_as_filer = answer;
        assert!(!form.mails_at_filers_address());
        assert_eq!(form.beneficiary_mailing_address(), &form.beneficiary.mailing_address);
        let missing: Vec<_> = found(&form).into_iter().filter(|(code, _)| *code == Code::RequiredAnswer.id()).map(|(_, path)| path).collect();
        assert_eq!(missing, ["beneficiary.mailingAddress.street", "beneficiary.mailingAddress.city", "beneficiary.mailingAddress.country"], "{answer:?}");
        assert!(plan(&form).entries.iter().all(|e| !e.field.contains("P2_Line24_")), "{answer:?}: Item 24 stays empty");
    }
    // The example itself (no answer, its own address) is unchanged.
    assert_eq!(value(&child(), "form1[0].P6[0].P2_Line24_CityTown[0]").as_deref(), Some("San Diego"));
}

#[test]
fn for_oneself_the_answer_changes_nothing() {
    let mut own = child_same_address();
    own.application.on_behalf_of_someone_else = Some(false);
    assert!(!own.mails_at_filers_address());
    assert!(!is_shown(catalogue::question("beneficiary.mailingAddressSameAsFiler").unwrap(), &own));
    assert!(plan(&own).entries.iter().all(|e| !e.field.contains("P2_Line24_")));
}

#[test]
fn re_parole_from_abroad_is_found_at_the_filers_address_the_child_shares() {
    let mut form = child_same_address();
    form.filer.mailing_address = Address { city: Some("Tijuana".into()), country: Some("Mexico".into()), ..Address::default() };
    // Item 3 is where it is answered and corrected: the finding points there.
    assert!(found(&form).contains(&("reparole.in_us", "filer.mailingAddress.country")), "{:?}", found(&form));
    // With No and her own address in San Diego, the mother's address abroad is no finding.
    form.beneficiary.mailing_address_same_as_filer = Some(false);
    form.beneficiary.mailing_address = child().beneficiary.mailing_address;
    assert!(!found(&form).iter().any(|(code, _)| *code == "reparole.in_us"));
    // A physical address of her own decides first, as before.
    form.beneficiary.mailing_address_same_as_filer = Some(true);
    form.beneficiary.physical_address = Some(Address { country: Some("United States".into()), ..Address::default() });
    assert!(!found(&form).iter().any(|(code, _)| *code == "reparole.in_us"));
}

#[test]
fn a_us_address_shared_is_checked_once_at_item_3() {
    let mut form = child_same_address();
    form.filer.mailing_address.zip_code = Some("9212".into());
    form.filer.mailing_address.state = None;
    let found = found(&form);
    assert!(found.contains(&("format.zip_code", "filer.mailingAddress.zipCode")));
    assert!(found.contains(&("format.us_state", "filer.mailingAddress.state")), "{found:?}");
    assert!(!found.iter().any(|(_, path)| path.starts_with("beneficiary.mailingAddress")), "{found:?}");
}

#[test]
fn the_printed_review_says_whose_address_it_is() {
    let same = child_same_address();
    for (lang, words) in [
        (Lang::Es, "Sí: la misma dirección postal de quien presenta el formulario (3020 Children's Way, Apt 12, San Diego, CA 92123, United States)"),
        (Lang::En, "Yes: the same as the filer's mailing address (3020 Children's Way, Apt 12, San Diego, CA 92123, United States)"),
    ] {
        let printed = describe::answers(&same, lang);
        let beneficiary = &printed[2];
        assert!(beneficiary.title.contains(if lang == Lang::Es { "para quien pide" } else { "to be paroled" }));
        let item_24: Vec<_> = beneficiary.answers.iter().filter(|a| a.item.ends_with("24")).collect();
        assert_eq!(item_24.len(), 1, "{lang:?}: only the answer, not Item 24's own questions");
        assert_eq!(item_24[0].text.as_deref(), Some(words));
    }
    // No is a plain No, with the address typed under it.
    let mut own = child();
    own.beneficiary.mailing_address_same_as_filer = Some(false);
    let printed = describe::answers(&own, Lang::En);
    let item_24: Vec<_> = printed[2].answers.iter().filter(|a| a.item.ends_with("24")).collect();
    assert_eq!(item_24[0].text.as_deref(), Some("No"));
    assert!(item_24.iter().any(|a| a.text.as_deref() == Some("3020 Children's Way")));
}

#[test]
fn the_page_hides_item_24_with_yes_and_shows_it_again_with_no() {
    let mut session = Session::with_form(child(), today(), Lang::Es);
    session.state();
    let shown = |changes: &parole_helper::session::Changes, path: &str| changes.questions.iter().find(|q| q.path == path).map(|q| q.shown);
    let yes = session.set("beneficiary.mailingAddressSameAsFiler", &json!(true)).unwrap();
    for path in ["beneficiary.mailingAddress.street", "beneficiary.mailingAddress.zipCode"] {
        assert_eq!(shown(&yes, path), Some(false), "{path}");
    }
    assert_eq!(yes.totals.errors, 0);
    // The answers typed stay, ready to come back.
    assert_eq!(session.answers()["beneficiary.mailingAddress.street"], json!("3020 Children's Way"));
    let no = session.set("beneficiary.mailingAddressSameAsFiler", &json!(false)).unwrap();
    for path in ["beneficiary.mailingAddress.street", "beneficiary.mailingAddress.zipCode"] {
        assert_eq!(shown(&no, path), Some(true), "{path}");
    }
    assert_eq!(no.totals.errors, 0);
}
