//! A family in the request page (issue 16): the first person's request whole, and for each other
//! person only their own answers (`family::Household`, held by the session). Each person's
//! request derived there is the request given alone and checks byte for byte the same, in both
//! languages; answers under `people.N.` reach only that person's own questions; and, for random
//! answers, deriving then checking never panics and never loses an answer.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use parole_helper::check::check;
use parole_helper::date::ymd;
use parole_helper::family::{asked_of_others, is_own, Household};
use parole_helper::form::catalogue::{all, Kind};
use parole_helper::form::read::{from_value, read};
use parole_helper::form::ParoleRequest;
use parole_helper::i18n::Lang;
use parole_helper::session::Session;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const TODAY: chrono::NaiveDate = ymd(2026, 11, 27);

fn example(name: &str) -> ParoleRequest {
    read(&fs::read_to_string(format!("examples/{name}.json")).unwrap()).unwrap().form
}

/// Every answer of a request, by path (what the page writes back in its inputs).
fn answers(form: &ParoleRequest) -> Map<String, Value> {
    Session::with_form(form.clone(), TODAY, Lang::En).answers()
}

#[test]
fn the_page_derives_each_request_as_given_alone_byte_for_byte() {
    let (mother, child) = (example("reparole-medical-mother"), example("reparole-medical-child"));
    // The daughter's own answers typed in her step, one by one, as the page sends them.
    let mut session = Session::with_form(mother.clone(), TODAY, Lang::Es);
    assert!(session.add_person());
    for (path, value) in answers(&child) {
        if asked_of_others(&path) {
            session.set(&format!("people.1.{path}"), &value).unwrap();
        }
    }
    assert_eq!(session.requests(), [mother.clone(), child.clone()]);
    let family = session.household().family().unwrap();
    for lang in Lang::all() {
        let report = family.check(TODAY).report(lang);
        for (person, alone) in report.people.iter().zip([&mother, &child]) {
            assert_eq!(serde_json::to_string(&person.report).unwrap(), serde_json::to_string(&check(alone, TODAY).report(lang)).unwrap());
        }
    }
    assert_eq!(session.names(), [Some("Lucía Luna Ortega".to_string()), Some("Sofía Ramírez Luna".to_string())]);
    let forms = session.pdf_forms();
    assert_eq!(forms.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>(), ["I-131-LunaOrtega-Lucía.pdf", "I-131-RamírezLuna-Sofía.pdf"]);
    assert_eq!(forms[1].1, parole_helper::filing::plan(&child).to_text(), "her form is the one of her request alone");
    // The family file the page exports is the committed example's family, read back the same.
    let file: Value = serde_json::from_str(&fs::read_to_string("examples/family-mother-daughter.json").unwrap()).unwrap();
    let mut imported = Session::new(TODAY, Lang::En);
    imported.replace(file).unwrap();
    assert_eq!(imported.household(), session.household());
    let mut again = Session::new(TODAY, Lang::En);
    again.replace_text(&session.to_json_pretty()).unwrap();
    assert_eq!(again.household(), session.household());
}

#[test]
fn another_persons_paths_reach_only_their_own_questions() {
    let mut session = Session::with_form(example("reparole-medical-mother"), TODAY, Lang::En);
    session.add_person();
    for path in ["people.1.filer.name.familyName", "people.1.application.onBehalfOfSomeoneElse", "people.2.workPermit", "people.0.workPermit", "people.x.workPermit", "people.1"] {
        assert_eq!(session.set(path, &json!("Luna")).unwrap_err().code(), "form.unknown_question", "{path}");
    }
    session.state(); // the first view
    let changes = session.set("people.1.beneficiary.i94Number", &json!("123")).unwrap();
    let i94 = changes.questions.iter().find(|q| q.path == "people.1.beneficiary.i94Number").expect("her question changed");
    assert!(i94.messages.iter().any(|m| m.text.starts_with("Part 2, Item 27")), "{:?}", i94.messages);
    assert!(changes.questions.iter().all(|q| q.path.starts_with("people.1.")), "the first request did not change");
    // Every question of her step is in the first view, under her path; none of the shared ones.
    let state = session.state();
    let hers: Vec<&str> = state.questions.iter().filter_map(|q| q.path.strip_prefix("people.1.")).collect();
    assert!(hers.contains(&"beneficiary.name.familyName") && hers.contains(&"reason.category") && !hers.contains(&"contact.email"));
    assert!(hers.iter().all(|p| asked_of_others(p)));
    // Removing her takes her answers; the first request stays.
    assert!(session.remove_person(1) && !session.remove_person(1));
    assert!(!session.answers().keys().any(|k| k.starts_with("people.")));
    assert_eq!(session.to_json(), parole_helper::form::write::to_json(&example("reparole-medical-mother")));
}

/// Random answers to random questions (`only`: the questions to answer).
fn any_answers(only: fn(&str) -> bool) -> impl Strategy<Value = Value> {
    let fields: Vec<_> = all().filter(|q| only(q.path)).collect();
    let text = prop_oneof![Just(String::new()), Just("2027-05-14".to_string()), Just("456789123C4".to_string()), Just("A123456789".to_string()), "\\PC{0,12}"];
    proptest::collection::vec((any::<bool>(), text, any::<u8>(), any::<bool>()), fields.len()).prop_map(move |picks| {
        let mut form = Map::new();
        for (field, (present, text, choice, flag)) in fields.iter().zip(picks) {
            if !present {
                continue;
            }
            let value = match field.kind {
                Kind::YesNo => Value::Bool(flag),
                Kind::Choice(list) | Kind::Choices(list) if matches!(field.kind, Kind::Choices(_)) => json!([list[choice as usize % list.len()].value]),
                Kind::Choice(list) => Value::String(list[choice as usize % list.len()].value.into()),
                Kind::Program => Value::String(parole_helper::program::Program::ALL[choice as usize % parole_helper::program::Program::ALL.len()].id().into()),
                Kind::Toggle => json!({}),
                Kind::NameList => json!([{ "familyName": text }]),
                _ => Value::String(text),
            };
            let keys: Vec<&str> = field.path.split('.').collect();
            let mut node = &mut form;
            for key in &keys[..keys.len() - 1] {
                node = node.entry(key.to_string()).or_insert_with(|| json!({})).as_object_mut().unwrap();
            }
            node.entry(keys[keys.len() - 1].to_string()).or_insert(value);
        }
        Value::Object(form)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn deriving_then_checking_never_panics_and_never_loses_an_answer(first in any_answers(|_| true), own in any_answers(asked_of_others), second in any_answers(asked_of_others)) {
        let first = from_value(first).unwrap().form;
        let others: Vec<ParoleRequest> = [own, second].into_iter().map(|o| from_value(o).unwrap().form).collect();
        let page = Household { first: first.clone(), others: others.clone() };
        let family = page.family().unwrap();
        prop_assert_eq!(&family.requests[0], &first, "the first request is as it was given");
        let shared: Vec<(String, Value)> = answers(&first).into_iter().filter(|(path, _)| !is_own(path)).collect();
        for (request, other) in family.requests[1..].iter().zip(&others) {
            prop_assert!(request.for_someone_else());
            let derived = answers(request);
            for (path, value) in answers(other).into_iter().chain(shared.iter().cloned()) {
                prop_assert_eq!(derived.get(&path), Some(&value), "{} lost", path);
            }
        }
        for lang in Lang::all() {
            let report = family.check(TODAY).report(lang);
            prop_assert_eq!(report.people.len(), 3);
            prop_assert!(!report.to_text(lang).is_empty());
        }
        // What the page keeps (a draft, an export) reads back the same.
        let (read, _) = Household::from_value(serde_json::from_str(&page.to_json()).unwrap()).unwrap();
        prop_assert_eq!(read, page);
    }
}

#[test]
fn the_counts_and_the_task_list_cover_every_person_and_the_family() {
    let (mother, child) = (example("reparole-medical-mother"), example("reparole-medical-child"));
    // One person: as before (no steps of other people, the same counts).
    let mut alone = Session::with_form(mother.clone(), TODAY, Lang::Es);
    let one = alone.state();
    assert!(one.people.is_empty() && !serde_json::to_value(&one).unwrap().as_object().unwrap().contains_key("people"));
    // Her daughter added, nothing of hers answered yet: her step is to do and her problems count.
    let mut session = Session::with_form(mother.clone(), TODAY, Lang::Es);
    session.add_person();
    let state = session.state();
    assert_eq!(state.people.len(), 1);
    assert!(!state.people[0].complete && state.people[0].missing > 0, "{:?}", state.people);
    assert_eq!(state.totals.sections_total, one.totals.sections_total + 1);
    assert_eq!(state.totals.sections_complete, one.totals.sections_complete);
    assert!(!state.totals.complete);
    let sum = |session: &Session| {
        let report = session.family_report().unwrap();
        let across = |severity| report.family.iter().filter(|d| d.diagnostic.severity == severity).count();
        (
            report.people.iter().map(|p| p.report.summary.errors).sum::<usize>() + across(parole_helper::rules::Severity::Error),
            report.people.iter().map(|p| p.report.summary.warnings).sum::<usize>() + across(parole_helper::rules::Severity::Warning),
        )
    };
    assert!(state.totals.errors > one.totals.errors);
    assert_eq!((state.totals.errors, state.totals.warnings), sum(&session), "the counts are the family report's");
    // Her answers given: her step is complete, and so is everything.
    for (path, value) in answers(&child) {
        if asked_of_others(&path) {
            session.set(&format!("people.1.{path}"), &value).unwrap();
        }
    }
    let state = session.state();
    assert!(state.people[0].complete, "{:?}", state.people);
    assert_eq!((state.totals.sections_complete, state.totals.sections_total), (one.totals.sections_total + 1, one.totals.sections_total + 1));
    assert_eq!((state.totals.errors, state.totals.warnings), sum(&session));
    // A rule across the family counts too: a first person under 14 asking for herself.
    let changes = session.set("filer.dateOfBirth", &json!("2020-01-01")).unwrap();
    let report = session.family_report().unwrap();
    assert!(report.family.iter().any(|d| d.diagnostic.code == "family.young_child_filed_by_parent"), "{:?}", report.family);
    assert_eq!((changes.totals.errors, changes.totals.warnings), sum(&session));
    assert!(changes.totals.warnings > report.people.iter().map(|p| p.report.summary.warnings).sum::<usize>());
}

#[test]
fn each_person_has_their_own_printed_answers() {
    let (mother, child) = (example("reparole-medical-mother"), example("reparole-medical-child"));
    let alone = Session::with_form(mother.clone(), TODAY, Lang::En);
    assert_eq!((alone.printed_of(0), alone.printed_of(1)), (alone.printed(), Vec::new()));
    let mut session = Session::with_form(mother, TODAY, Lang::Es);
    session.add_person();
    for (path, value) in answers(&child) {
        if asked_of_others(&path) {
            session.set(&format!("people.1.{path}"), &value).unwrap();
        }
    }
    let printed = [session.printed_of(0), session.printed_of(1)];
    assert!(session.printed_of(2).is_empty());
    assert_eq!(printed[0], session.printed(), "the first person's is the review's");
    // Hers is her request's, as given alone, but for the one answer her step does not ask.
    let mut hers = parole_helper::form::describe::answers(&child, Lang::Es);
    for answer in hers.iter_mut().flat_map(|s| s.answers.iter_mut()) {
        if answer.path == "application.onBehalfOfSomeoneElse" {
            answer.path = "";
        }
    }
    assert_eq!(printed[1], hers);
    let all: Vec<_> = printed[1].iter().flat_map(|s| &s.answers).collect();
    assert!(all.iter().any(|a| a.path == "beneficiary.i94Number" && a.text.as_deref() == Some("456789123C4")));
    assert!(all.iter().any(|a| a.path.is_empty()), "for someone else: no question of hers");
}
