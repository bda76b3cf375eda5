//! The operations the adapters call, at their edges: options as a page passes them, the errors
//! they give and the field each names, reminders for every mix of dates, a session's getters,
//! replacing a request from text (with the version it was migrated from), drafts stored in the
//! old and new shapes, and the program table's codes and schema. Written against the one-line
//! bugs a mutation pass left alive (docs/reliability.md).
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::api::{self, DateField, Error, Options, Request, RequestError};
use parole_helper::calendar::CalendarError;
use parole_helper::date::ymd;
use parole_helper::drafts::{Drafts, Loaded, MemoryStore, Store};
use parole_helper::form::read::read;
use parole_helper::i18n::Lang;
use parole_helper::program::{Program, ProgramError};
use parole_helper::session::Session;

const TODAY: chrono::NaiveDate = ymd(2026, 11, 27);

fn options(json: &str) -> Options {
    serde_json::from_str(json).unwrap()
}

#[test]
fn options_make_the_request_field_by_field() {
    let o = options(r#"{"program":"ukraine","expires":"2027-03-31","eadExpires":"2027-06-30","today":"2026-11-01","frpException":true,"terminationNotice":true}"#);
    let r = o.request();
    assert_eq!(r.program, Some("ukraine"));
    assert_eq!(r.expires, Some("2027-03-31"));
    assert_eq!(r.ead_expires, Some("2027-06-30"));
    assert_eq!(r.today, Some("2026-11-01"));
    assert!(r.situation.frp_exception && r.situation.termination_notice);
    // Only `true` says yes: false and missing are no.
    for json in [r#"{"frpException":false,"terminationNotice":false}"#, "{}"] {
        let o = options(json);
        let r = o.request();
        assert!(!r.situation.frp_exception && !r.situation.termination_notice, "{json}");
    }
    // Each flag on its own.
    let o = options(r#"{"frpException":true}"#);
    let r = o.request();
    assert!(r.situation.frp_exception && !r.situation.termination_notice);
    let o = options(r#"{"terminationNotice":true}"#);
    let r = o.request();
    assert!(!r.situation.frp_exception && r.situation.termination_notice);
}

#[test]
fn errors_name_the_field_to_mark_and_read_the_same_in_logs() {
    let program = Error::Request(RequestError::Program(ProgramError::Unknown("x".into())));
    assert_eq!(program.field(), Some("program"));
    let ended = Error::Calendar(CalendarError::ProgramEnded { program: Program::Chnv, parole_ended: ymd(2025, 4, 24) });
    assert_eq!(ended.field(), Some("program"));
    let lang = Error::Request(RequestError::Lang(Lang::parse(Some("fr")).unwrap_err()));
    assert_eq!(lang.field(), Some("lang"));
    let date = Error::Request(RequestError::Date { field: DateField::EadExpiry, error: parole_helper::date::DateError::Empty });
    assert_eq!(date.field(), Some("eadExpires"));
    assert_eq!(Error::Request(RequestError::NotAnObject).field(), None);
    // Display is the English message, for logs.
    for error in [&program, &ended, &lang, &date] {
        assert_eq!(error.to_string(), error.message(Lang::En));
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn reminders_hold_the_windows_the_dates_ask_for() {
    let stamp = TODAY.and_hms_opt(9, 0, 0).unwrap();
    let both = Request { program: Some("general"), expires: Some("2027-03-31"), ead_expires: Some("2027-06-30"), ..Request::default() };
    let file = api::reminders(&both, Lang::En, TODAY, stamp).unwrap();
    assert!(file.contains("UID:reparole-general-"), "re-parole with expires, program and a work permit");
    assert!(file.contains("UID:ead-ead-"));
    // The work permit alone: no re-parole window is made up.
    let ead_only = Request { ead_expires: Some("2027-06-30"), ..Request::default() };
    let file = api::reminders(&ead_only, Lang::En, TODAY, stamp).unwrap();
    assert!(!file.contains("UID:reparole-") && file.contains("UID:ead-ead-"));
    // Only a program and a date: re-parole alone.
    let reparole = Request { program: Some("general"), expires: Some("2027-03-31"), ..Request::default() };
    let file = api::reminders(&reparole, Lang::En, TODAY, stamp).unwrap();
    assert!(file.contains("UID:reparole-general-") && !file.contains("UID:ead-"));
    // A program with a work permit but no parole date: the missing date is the error.
    let no_date = Request { program: Some("general"), ead_expires: Some("2027-06-30"), ..Request::default() };
    let error = api::reminders(&no_date, Lang::En, TODAY, stamp).unwrap_err();
    assert_eq!(error.field(), Some("expires"));
}

#[test]
fn a_session_knows_its_day_language_answers_review_and_window() {
    let json = std::fs::read_to_string("examples/reparole-medical-child.json").unwrap();
    let form = read(&json).unwrap().form;
    let session = Session::with_form(form.clone(), TODAY, Lang::Es);
    assert_eq!(session.today(), TODAY);
    assert_eq!(session.lang(), Lang::Es);
    let printed = session.printed();
    assert!(printed.iter().flat_map(|s| &s.answers).any(|a| a.text.as_deref() == Some("Ramírez Luna")));
    let window = session.window().expect("re-parole with Part 1, Item 12 has a window");
    assert_eq!(window.window.expires_on, ymd(2027, 5, 14));
    assert_eq!(read(&session.to_json_pretty()).unwrap().form, form, "the export reads back");
    assert!(session.to_json_pretty().contains("\n  \""), "indented for people");
    assert!(Session::new(TODAY, Lang::En).window().is_none(), "no Item 12, no window");
}

#[test]
fn replacing_from_text_says_which_version_it_came_from() {
    let mut session = Session::new(TODAY, Lang::En);
    assert_eq!(session.replace_text(r#"{"schemaVersion":1,"biographics":{"weightPounds":33}}"#), Ok(Some(1)));
    assert_eq!(session.form().biographics.weight_pounds.as_deref(), Some("33"));
    assert_eq!(session.replace_text(r#"{"schemaVersion":2,"application":{"program":"none"}}"#), Ok(Some(2)));
    assert_eq!(session.form().application.program, Some(Program::General));
    assert_eq!(session.replace_text(r#"{"filer":{"name":{"familyName":"Luna"}}}"#), Ok(None));
    assert_eq!(session.form().filer.name.family_name.as_deref(), Some("Luna"));
    // What is not a request changes nothing.
    assert!(session.replace_text("[1,2]").is_err());
    assert_eq!(session.form().filer.name.family_name.as_deref(), Some("Luna"));
}

#[test]
fn drafts_in_the_old_shape_and_broken_envelopes() {
    let mut store = MemoryStore::default();
    Drafts::give_consent(&mut store).unwrap();
    // Before revisions, the draft was the form itself.
    store.set("parole-helper:draft", r#"{"filer":{"name":{"familyName":"Luna"}}}"#).unwrap();
    assert!(matches!(Drafts::new(None).load(&store), Loaded::Draft { ref form, .. } if form.filer.name.family_name.as_deref() == Some("Luna")));
    // An envelope without its form is not a form, and is kept (never read as an empty one).
    store.set("parole-helper:draft", r#"{"revision":3}"#).unwrap();
    assert!(matches!(Drafts::new(None).load(&store), Loaded::Unreadable(_)));
    store.set("parole-helper:draft", r#"{"form":{"filer":{}}}"#).unwrap();
    assert!(matches!(Drafts::new(None).load(&store), Loaded::Unreadable(_)));
}

#[test]
fn the_language_is_kept_only_after_consent() {
    let mut store = MemoryStore::default();
    Drafts::save_language(&mut store, Lang::Es).unwrap();
    assert_eq!(store.get("parole-helper:lang").unwrap(), None, "nothing before a yes");
    Drafts::give_consent(&mut store).unwrap();
    Drafts::save_language(&mut store, Lang::Es).unwrap();
    assert_eq!(Drafts::language(&store), Ok(Some(Lang::Es)));
    let mut full = store.clone();
    full.full = true;
    assert!(Drafts::save_language(&mut full, Lang::En).is_err(), "a full store says so");
}

#[test]
fn program_errors_have_stable_codes_and_the_schema_lists_every_id() {
    assert_eq!(ProgramError::Missing.code(), "program.missing");
    assert_eq!(ProgramError::Unknown("x".into()).code(), "program.unknown");
    let schema = serde_json::to_value(schemars::schema_for!(Program)).unwrap();
    let ids: Vec<&str> = schema["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(ids, Program::ALL.iter().map(|p| p.id()).collect::<Vec<_>>());
    assert_eq!(schema["type"], "string");
}

#[test]
fn a_request_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
    use parole_helper::form::read::MAX_BYTES;
    use parole_helper::form::FormError;
    // An object padded with spaces to the exact size.
    let at_limit = format!("{{{}}}", " ".repeat(MAX_BYTES - 2));
    assert_eq!(at_limit.len(), MAX_BYTES);
    assert!(read(&at_limit).is_ok());
    let over = format!("{at_limit} ");
    assert_eq!(read(&over).unwrap_err(), FormError::TooLarge { bytes: MAX_BYTES + 1 });
}

#[test]
fn choosing_initial_parole_hides_the_re_parole_programs_from_the_page() {
    let mut session = Session::new(TODAY, Lang::En);
    let changes = session.set("application.paroleType", &serde_json::json!("initial")).unwrap();
    let program = changes.questions.iter().find(|q| q.path == "application.program").expect("the program question changed");
    assert!(program.hidden_choices.contains(&"ukraine") && program.hidden_choices.contains(&"frp"));
    assert!(!program.hidden_choices.contains(&"general"), "Item 7 exists for initial parole");
    // Other questions never carry hidden choices.
    assert!(changes.questions.iter().filter(|q| q.path != "application.program").all(|q| q.hidden_choices.is_empty()));
}

#[test]
fn each_program_follows_its_own_window_rules() {
    use parole_helper::program::WindowRules;
    for (program, rules) in [
        (Program::General, WindowRules::General),
        (Program::Ukraine, WindowRules::Ukraine),
        (Program::Afghan, WindowRules::Afghan),
        (Program::Frp, WindowRules::Frp),
        (Program::Chnv, WindowRules::Chnv),
        (Program::MilitaryParoleInPlace, WindowRules::Other),
        (Program::Other, WindowRules::Other),
    ] {
        assert_eq!(program.window_rules(), rules, "{program:?}");
    }
}

#[test]
fn a_language_the_helper_does_not_speak_has_a_stable_code() {
    assert_eq!(Lang::parse(Some("fr")).unwrap_err().code(), "lang.unknown");
}

#[test]
fn the_window_schema_describes_its_rules() {
    let schema = serde_json::to_value(schemars::schema_for!(parole_helper::windows::WindowReport)).unwrap();
    let text = schema.to_string();
    for name in ["\"official\"", "\"source\"", "\"url\""] {
        assert!(text.contains(name), "{name} in {text}");
    }
}

#[test]
fn the_filled_forms_report_is_for_the_day_asked() {
    let json = std::fs::read_to_string("examples/reparole-ukraine.json").unwrap();
    let (_, report) = api::filing(&json, Some("2026-12-01"), Lang::En, TODAY).unwrap();
    assert_eq!(report.ruleset.checked_on, ymd(2026, 12, 1));
    let (_, report) = api::filing(&json, None, Lang::En, TODAY).unwrap();
    assert_eq!(report.ruleset.checked_on, TODAY, "the caller's day when none is given");
}
