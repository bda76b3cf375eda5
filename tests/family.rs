//! A family in one go: the §10 mother and daughter given once in `examples/family-mother-daughter.json`.
//! Each derived request equals the same request given alone, and checks byte for byte the same;
//! the family's rules each have a failing and a passing case; the summary puts the earliest
//! deadline first, merges the documents to gather and adds up the fees; the family report is
//! kept as a snapshot in both languages (`make snapshots` rewrites it after a deliberate change).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use parole_helper::check::check;
use parole_helper::date::ymd;
use parole_helper::family::{read_document, Document, Family};
use parole_helper::form::read::read;
use parole_helper::i18n::Lang;
use parole_helper::rules::Code;
use serde_json::Value;

const TODAY: chrono::NaiveDate = ymd(2026, 11, 27);
const FAMILY: &str = "examples/family-mother-daughter.json";

fn family_from(value: &Value) -> Family {
    match read_document(&value.to_string()) {
        Ok(Document::Family(family)) => family,
        other => panic!("not a family: {other:?}"),
    }
}

fn example() -> Value {
    serde_json::from_str(&fs::read_to_string(FAMILY).unwrap()).unwrap()
}

/// The family codes found, with the index of the person each is about.
fn fired(value: &Value) -> Vec<(usize, &'static str)> {
    family_from(value).check(TODAY).findings.iter().map(|(i, f)| (*i, f.code.id())).collect()
}

#[test]
fn each_derived_request_is_the_request_given_alone() {
    let family = family_from(&example());
    let alone = ["examples/reparole-medical-mother.json", "examples/reparole-medical-child.json"]
        .map(|path| read(&fs::read_to_string(path).unwrap()).unwrap().form);
    assert_eq!(family.requests, alone);
    assert_eq!(family.names(), ["Lucía Luna Ortega", "Sofía Ramírez Luna"]);
    // Checked alike, byte for byte, in both languages.
    let checked = family.check(TODAY);
    for lang in Lang::all() {
        let report = checked.report(lang);
        for (person, request) in report.people.iter().zip(&alone) {
            let own = check(request, TODAY).report(lang);
            assert_eq!(serde_json::to_string(&person.report).unwrap(), serde_json::to_string(&own).unwrap());
        }
    }
}

#[test]
fn the_family_of_section_10_is_clean() {
    let report = family_from(&example()).check(TODAY).report(Lang::En);
    assert!(report.family.is_empty(), "{:#?}", report.family);
    assert!(report.people.iter().all(|p| p.report.summary.errors == 0));
}

#[test]
fn a_parents_exemption_follows_the_childs_medical_ground() {
    let mut value = example();
    value["family"]["people"][0]["reason"]["parentOfMinorPatient"] = Value::Null;
    assert_eq!(fired(&value), [(0, "family.parent_may_be_exempt")]);
    let report = family_from(&value).check(TODAY).report(Lang::Es);
    assert_eq!(report.family[0].person, "Lucía Luna Ortega");
    assert!(report.family[0].diagnostic.message.contains("Sofía Ramírez Luna podría quedar exenta"), "{}", report.family[0].diagnostic.message);
    // Without the child's medical ground, nothing follows.
    value["family"]["people"][1]["reason"]["lifeThreateningEmergency"] = Value::Bool(false);
    value["family"]["people"][1]["reason"]["treatmentAvailableAtHome"] = Value::Bool(true);
    assert_eq!(fired(&value), []);
}

#[test]
fn a_young_child_has_a_parent_filing() {
    let mut value = example();
    // Sofía's request made as her own: she would be the filer, at 4.
    let child = &mut value["family"]["people"][1];
    child["application"]["onBehalfOfSomeoneElse"] = Value::Bool(false);
    child["filer"] = serde_json::json!({"name": {"familyName": "Ramírez Luna", "givenName": "Sofía"}, "dateOfBirth": "2022-03-18"});
    child.as_object_mut().unwrap().remove("beneficiary");
    assert!(fired(&value).contains(&(1, "family.young_child_filed_by_parent")));
    // At 14 (born 14 years ago today), no more.
    value["family"]["people"][1]["filer"]["dateOfBirth"] = Value::from("2012-11-27");
    assert!(!fired(&value).contains(&(1, "family.young_child_filed_by_parent")));
    // A day short of 14, still.
    value["family"]["people"][1]["filer"]["dateOfBirth"] = Value::from("2012-11-28");
    assert!(fired(&value).contains(&(1, "family.young_child_filed_by_parent")));
}

#[test]
fn one_filer_has_one_address_and_phone() {
    let mut value = example();
    value["family"]["people"][1]["contact"] = serde_json::json!({"daytimePhone": "(619) 555-0199"});
    assert_eq!(fired(&value), [(1, "family.same_contact")]);
    // The same number written another way is the same number.
    value["family"]["people"][1]["contact"] = serde_json::json!({"daytimePhone": "858-555-0166"});
    assert_eq!(fired(&value), []);
    value["family"]["people"][1]["filer"] = serde_json::json!({"mailingAddress": {"unit": "Apt 14"}});
    let found = family_from(&value).check(TODAY);
    assert_eq!(found.findings.len(), 1);
    assert_eq!(found.findings[0].1.field.map(|q| q.path), Some("filer.mailingAddress.street"));
}

#[test]
fn parole_that_ends_on_other_days_makes_windows_that_differ() {
    let mut value = example();
    value["family"]["people"][1]["application"]["currentParoleExpires"] = Value::from("2027-08-01");
    assert_eq!(fired(&value), [(1, "family.parole_ends_differ")]);
    let report = family_from(&value).check(TODAY).report(Lang::En);
    assert!(report.family[0].diagnostic.message.contains("Sofía Ramírez Luna's parole ends on August 1, 2027, and Lucía Luna Ortega's on May 14, 2027"));
    // The earliest deadline first: the mother's.
    let order: Vec<&str> = report.deadlines.iter().map(|d| d.person.as_str()).collect();
    assert_eq!(order, ["Lucía Luna Ortega", "Sofía Ramírez Luna"]);
    // The other way round, the other order.
    value["family"]["people"][1]["application"]["currentParoleExpires"] = Value::from("2027-02-01");
    let report = family_from(&value).check(TODAY).report(Lang::En);
    assert_eq!(report.deadlines[0].person, "Sofía Ramírez Luna");
    assert_eq!(report.family[0].person, "Lucía Luna Ortega", "told in the later one's request");
}

#[test]
fn the_summary_merges_documents_and_adds_fees() {
    let family = family_from(&example());
    let report = family.check(TODAY).report(Lang::En);
    // A document both need is listed once, for both.
    let both: Vec<_> = report.checklist.iter().filter(|e| e.people.len() == 2).collect();
    assert!(!both.is_empty());
    let total: usize = report.people.iter().map(|p| p.report.checklist.len()).sum();
    let listed: usize = report.checklist.iter().map(|e| e.people.len()).sum();
    assert_eq!(listed, total, "every person's document is in the merged list");
    // Fees per person add up to the totals.
    assert_eq!(report.with_filing_usd, report.fees.iter().map(|f| f.with_filing_usd).sum::<u32>());
    assert_eq!(report.on_approval_usd, report.fees.iter().map(|f| f.on_approval_usd).sum::<u32>());
    for (fees, person) in report.fees.iter().zip(&report.people) {
        let with_filing: u32 = person.report.fees.iter().filter(|f| f.when == parole_helper::fees::Payment::WithFiling).map(|f| f.amount_usd).sum();
        assert_eq!(fees.with_filing_usd, with_filing, "{}", fees.person);
    }
    // Each person's exemption ground: the child's medical, the mother's as her parent.
    use parole_helper::fees::Ground;
    assert_eq!(report.fees[0].exemption_grounds, [Ground::ParentOfMinorPatient]);
    assert_eq!(report.fees[1].exemption_grounds, [Ground::Medical]);
    let _ = Code::FamilySameContact; // the codes are in the pack (docs/rules.md)
}

#[test]
fn the_family_report_matches_its_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let family = family_from(&example());
    for lang in Lang::all() {
        let actual = serde_json::to_string_pretty(&family.check(TODAY).report(lang)).unwrap() + "\n";
        let path = format!("tests/snapshots/family/family-mother-daughter.{}.json", lang.code());
        if update {
            eprintln!("!!! UPDATE_SNAPSHOTS: rewriting {path}");
            fs::create_dir_all("tests/snapshots/family").unwrap();
            fs::write(&path, &actual).unwrap();
        } else {
            assert_eq!(fs::read_to_string(&path).ok().as_deref(), Some(actual.as_str()), "{path} differs (make snapshots after a deliberate change)");
        }
    }
}

#[test]
fn the_rules_across_people_look_only_at_the_right_people() {
    // The child's own request never counts as her parent's, whatever it says of the parent ground.
    let mut value = example();
    value["family"]["people"][0]["reason"]["parentOfMinorPatient"] = Value::Null;
    value["family"]["people"][1]["reason"]["parentOfMinorPatient"] = Value::Bool(false);
    assert_eq!(fired(&value), [(0, "family.parent_may_be_exempt")]);
    // A grandmother filing for a third person is another filer: no parent ground follows to the
    // mother from her, and her address is not the mother's to match.
    let mut three = example();
    let mut third = three["family"]["people"][1].clone();
    third["filer"] = serde_json::json!({
        "name": {"familyName": "Ortega", "givenName": "Rosa"},
        "mailingAddress": {"street": "12 Palm Ave", "city": "Chula Vista", "state": "CA", "zipCode": "91910", "country": "United States"}
    });
    third["contact"] = serde_json::json!({"daytimePhone": "(619) 555-0100"});
    three["family"]["people"].as_array_mut().unwrap().push(third);
    assert_eq!(fired(&three), [], "another filer, another address: nothing to match");
    // A child's own request with "for someone else" not answered yet is not judged as hers.
    let mut unanswered = example();
    let child = &mut unanswered["family"]["people"][1];
    child["application"]["onBehalfOfSomeoneElse"] = Value::Null;
    child["filer"] = serde_json::json!({"name": {"familyName": "Ramírez Luna", "givenName": "Sofía"}, "dateOfBirth": "2022-03-18"});
    assert!(!fired(&unanswered).iter().any(|(_, code)| *code == "family.young_child_filed_by_parent"), "{:?}", fired(&unanswered));
}

#[test]
fn a_family_warning_is_not_an_error_and_the_text_report_shows_it() {
    let mut value = example();
    value["family"]["people"][1]["contact"] = serde_json::json!({"daytimePhone": "(619) 555-0199"});
    let report = family_from(&value).check(TODAY).report(Lang::En);
    assert_eq!(report.family.len(), 1);
    assert_eq!(report.errors(), 0, "a warning across people is not an error");
    assert!(report.to_text(Lang::En).contains("\nAcross the people:\n  - Sofía Ramírez Luna: "));
    assert!(report.to_text(Lang::Es).contains("\nEntre las personas:\n"));
    let clean = family_from(&example()).check(TODAY).report(Lang::En);
    assert!(!clean.to_text(Lang::En).contains("Across the people"));
}
