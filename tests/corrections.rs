//! The corrections of the second legal review (`shared/domain.md`, facts marked "corrected"), each
//! at its edge: the family of §10 (a mother and her 4-year-old daughter on IV nutrition) first.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::api::check_json;
use parole_helper::check::check;
use parole_helper::rules::Code;
use parole_helper::date::{parse_date, ymd};
use parole_helper::fees::Ground;
use parole_helper::form::*;
use parole_helper::program::Program;
use parole_helper::i18n::Lang;
use parole_helper::windows::Status;

const TODAY: &str = "2026-11-27";

fn example(name: &str) -> ParoleRequest {
    parole_helper::form::read::read(&std::fs::read_to_string(format!("examples/{name}.json")).unwrap()).unwrap().form
}

fn report(form: &ParoleRequest, lang: Lang) -> parole_helper::check::Report {
    check(form, parse_date(TODAY).unwrap()).report(lang)
}

fn codes(form: &ParoleRequest) -> Vec<&'static str> {
    report(form, Lang::En).diagnostics.iter().map(|d| d.code).collect()
}

fn parole_fee(form: &ParoleRequest, lang: Lang) -> parole_helper::check::FeeEntry {
    report(form, lang).fees.into_iter().find(|f| f.code == "fee.parole_hr1").unwrap()
}

#[test]
fn the_child_may_be_exempt_on_the_medical_ground_and_her_mother_on_the_parent_ground() {
    let child = example("reparole-medical-child");
    let fee = parole_fee(&child, Lang::En);
    let exemption = fee.exemption.unwrap();
    assert_eq!(exemption.grounds, [Ground::Medical]);
    assert!(exemption.parent_may_be_exempt);
    assert!(fee.text.contains("8 U.S.C. 1804(b)(1)") && fee.text.contains("parent or legal guardian may also be exempt, on their own request"), "{}", fee.text);
    let es = parole_fee(&child, Lang::Es);
    assert!(es.text.contains("emergencia médica") && es.text.contains("también pueden quedar exentos, en su propia solicitud"), "{}", es.text);

    let mother = example("reparole-medical-mother");
    let fee = parole_fee(&mother, Lang::En);
    let exemption = fee.exemption.unwrap();
    assert_eq!(exemption.grounds, [Ground::ParentOfMinorPatient]);
    assert!(!exemption.parent_may_be_exempt, "she is the parent");
    assert!(fee.text.contains("8 U.S.C. 1804(b)(2)"), "{}", fee.text);
    assert!(parole_fee(&mother, Lang::Es).text.contains("el padre, la madre o el tutor legal de un niño"));

    // Both say what to send to ask for it.
    for (form, proof) in [(&child, "the physician's letter"), (&mother, "the child's birth certificate")] {
        let checklist = report(form, Lang::En).checklist;
        let entry = checklist.iter().find(|c| c.code == "evidence.parole_fee_exemption").unwrap();
        assert!(entry.text.contains(proof), "{}", entry.text);
    }
}

#[test]
fn the_parole_fee_is_the_amount_in_force_when_parole_is_granted() {
    let fee = parole_fee(&example("reparole-no-program"), Lang::En);
    assert!(fee.text.contains("The amount is the one in force when parole is granted, not when you mail the form."), "{}", fee.text);
    assert!(parole_fee(&example("reparole-no-program"), Lang::Es).text.contains("cuando le den el parole, no cuando envía el formulario"));
    // Without a ground, the text says which grounds exist, not only "life-threatening".
    let ukraine = parole_fee(&example("reparole-ukraine"), Lang::En);
    assert!(ukraine.exemption.is_none());
    assert!(ukraine.text.contains("not available where the person lives") && ukraine.text.contains("parent or guardian"), "{}", ukraine.text);
}

#[test]
fn a_child_at_18_is_no_longer_a_minor_patient() {
    let mut child = example("reparole-medical-child");
    child.beneficiary.date_of_birth = Some("2008-11-28".into()); // 18 tomorrow
    assert!(parole_fee(&child, Lang::En).exemption.unwrap().parent_may_be_exempt);
    assert!(report(&child, Lang::En).checklist.iter().any(|c| c.code == "evidence.parental_consent"));
    child.beneficiary.date_of_birth = Some("2008-11-27".into()); // 18 today
    assert!(!parole_fee(&child, Lang::En).exemption.unwrap().parent_may_be_exempt);
    assert!(!report(&child, Lang::En).checklist.iter().any(|c| c.code == "evidence.parental_consent"));
}

#[test]
fn i134_is_asked_for_re_parole_too_and_the_letter_holds_only_medical_facts() {
    let child = report(&example("reparole-medical-child"), Lang::En);
    let i134 = child.checklist.iter().find(|c| c.code == "evidence.financial_support_i134").unwrap();
    assert!(i134.text.starts_with("A new Form I-134"), "{}", i134.text);
    let letter = child.checklist.iter().find(|c| c.code == "evidence.physician_letter").unwrap();
    assert!(letter.text.contains("why the last period of parole was not enough"), "{}", letter.text);
    assert!(!letter.text.contains("trip") && !letter.text.contains("consent"), "separate items: {}", letter.text);
    assert!(child.checklist.iter().any(|c| c.code == "evidence.return_trip_funds"));
    let initial = report(&example("initial-medical-from-abroad"), Lang::Es);
    let letter = initial.checklist.iter().find(|c| c.code == "evidence.physician_letter").unwrap();
    assert!(letter.text.contains("no está disponible") && !letter.text.contains("no existe"), "{}", letter.text);
    assert!(!letter.text.contains("período anterior"), "not for initial parole: {}", letter.text);
}

#[test]
fn the_fee_waiver_brings_form_i912_and_its_three_criteria() {
    let mut form = example("reparole-no-program");
    form.application.fee_waiver_requested = Some(true);
    let entry = report(&form, Lang::En).checklist.into_iter().find(|c| c.code == "evidence.fee_waiver_i912").unwrap();
    for criterion in ["means-tested benefit", "150% of the federal poverty guidelines", "financial hardship"] {
        assert!(entry.text.contains(criterion), "{}", entry.text);
    }
    form.application.fee_waiver_requested = Some(false);
    assert!(!report(&form, Lang::En).checklist.iter().any(|c| c.code == "evidence.fee_waiver_i912"));
}

#[test]
fn frp_is_ended_by_default_but_the_exception_keeps_the_dates() {
    let mut form = example("reparole-no-program");
    form.application.program = Some(Program::Frp);
    let ended = report(&form, Lang::En);
    let d = ended.diagnostics.iter().find(|d| d.code == "cross.program_ended").unwrap();
    assert_eq!(d.item.as_deref(), Some("Part 1, Item 10.A"));
    assert!(d.message.contains("answer Yes to that question"), "{}", d.message);
    assert_eq!(ended.window.as_ref().unwrap().window.status, Status::Terminated);
    assert!(codes(&form).contains(&"required.answer"), "the exception must be asked");
    form.application.frp_exception = Some(true);
    let kept = report(&form, Lang::En);
    assert!(!kept.diagnostics.iter().any(|d| d.code == "cross.program_ended"));
    assert!(kept.diagnostics.iter().any(|d| d.code == "cross.frp_exception"));
    let window = &kept.window.as_ref().unwrap().window;
    assert_eq!((window.status, window.file_by_on), (Status::Open, Some(ymd(2026, 11, 30))));
    form.application.frp_exception = Some(false);
    assert!(codes(&form).contains(&"cross.program_ended"));
}

#[test]
fn chnv_written_under_other_is_chnv() {
    for (name, ended) in [
        ("CHNV", true),
        ("Venezuela parole", true),
        ("parole para cubanos", true),
        ("Haití", true),
        ("Nicaraguan parole process", true),
        ("Cuban Family Reunification Parole", true),
        ("Cuban-Haitian Entrant Program", false),
        ("Uniting for Ukraine", false),
        ("Operation Allies Welcome", false),
    ] {
        let mut form = example("reparole-ukraine");
        form.application.program = Some(Program::Other);
        form.application.program_name = Some(name.into());
        let r = report(&form, Lang::En);
        let d = r.diagnostics.iter().find(|d| d.code == "cross.program_ended");
        assert_eq!(d.is_some(), ended, "{name}");
        if let Some(d) = d {
            assert_eq!((d.field, d.item.as_deref()), (Some("application.programName"), Some("Part 1, Item 10.I")), "{name}");
        }
    }
    let mut chnv = example("reparole-ukraine");
    chnv.application.program = Some(Program::Other);
    chnv.application.program_name = Some("CHNV".into());
    let r = report(&chnv, Lang::En);
    assert_eq!(r.window.as_ref().unwrap().window.status, Status::Terminated, "the window is CHNV's too");
    let message = &r.diagnostics.iter().find(|d| d.code == "cross.program_ended").unwrap().message;
    assert!(message.contains("April 24, 2025") && !message.contains("March 25"), "the termination date: {message}");
    // The CHNV box itself names 10.I too.
    chnv.application.program = Some(Program::Chnv);
    let d = report(&chnv, Lang::En).diagnostics.into_iter().find(|d| d.code == "cross.program_ended").unwrap();
    assert_eq!(d.item.as_deref(), Some("Part 1, Item 10.I"));
}

#[test]
fn chnv_initial_parole_ends_on_the_termination_date() {
    let mut form = example("initial-medical-from-abroad");
    form.application.program = Some(Program::Other);
    form.application.program_name = Some("CHNV".into());
    let on = |day: &str| {
        let r = check(&form, parse_date(day).unwrap());
        r.findings.iter().any(|f| f.code == Code::ProgramEnded)
    };
    assert!(!on("2025-04-23"));
    assert!(on("2025-04-24"));
    let d = report(&form, Lang::En).diagnostics.into_iter().find(|d| d.code == "cross.program_ended").unwrap();
    assert_eq!(d.item.as_deref(), Some("Part 1, Item 6.E"));
}

/// Who signs Part 10, Item 4, for every filer and role, at the age limit.
#[test]
fn the_filer_signs_and_only_a_child_filer_may_have_a_parent_sign() {
    use SignerRole::*;
    let fired = |behalf: bool, born: &str, role: SignerRole| {
        let mut form = example(if behalf { "reparole-medical-child" } else { "reparole-no-program" });
        form.filer.date_of_birth = Some(born.into());
        form.signature.signer_role = Some(role);
        let signer: Vec<_> = codes(&form).into_iter().filter(|c| c.starts_with("cross.signer")).collect();
        signer
    };
    const THIRTEEN: &str = "2012-11-28"; // 14 tomorrow
    const FOURTEEN: &str = "2012-11-27"; // 14 today
    const ADULT: &str = "1990-01-01";
    // For someone else: the person to be paroled never signs, at any age; the filer's roles are fine.
    for born in [THIRTEEN, FOURTEEN, ADULT] {
        assert_eq!(fired(true, born, Myself), ["cross.signer_is_person_to_be_paroled"], "{born}");
        for role in [Parent, LegalGuardian, OtherRequester] {
            assert_eq!(fired(true, born, role), Vec::<&str>::new(), "{born} {role:?}");
        }
    }
    // For oneself: under 14 a parent or guardian may sign; from 14 the filer signs.
    assert_eq!(fired(false, THIRTEEN, Myself), ["cross.signer_under_14"]);
    assert_eq!(fired(false, THIRTEEN, Parent), Vec::<&str>::new());
    assert_eq!(fired(false, THIRTEEN, LegalGuardian), Vec::<&str>::new());
    assert_eq!(fired(false, FOURTEEN, Myself), Vec::<&str>::new());
    assert_eq!(fired(false, FOURTEEN, Parent), ["cross.signer_must_be_filer"]);
    assert_eq!(fired(false, ADULT, LegalGuardian), ["cross.signer_must_be_filer"]);
    assert_eq!(fired(false, ADULT, OtherRequester), ["cross.signer_must_be_filer"]);
    assert_eq!(fired(false, THIRTEEN, OtherRequester), ["cross.signer_must_be_filer"]);
    // The §10 mother filing for her daughter, as a parent: no warning at all.
    assert!(!codes(&example("reparole-medical-child")).iter().any(|c| c.starts_with("cross.signer")));
}

#[test]
fn a_termination_notice_sends_to_a_lawyer_instead_of_a_calendar() {
    let mut form = example("reparole-medical-child");
    form.application.termination_notice = Some(true);
    let r = report(&form, Lang::Es);
    assert!(r.diagnostics.iter().any(|d| d.code == "cross.parole_termination_notice" && d.message.contains("Hable ya con un abogado")));
    assert_eq!(r.window.unwrap().window.status, Status::EndedByNotice);
    // An initial request has no current parole to end.
    let mut initial = example("initial-medical-from-abroad");
    initial.application.termination_notice = Some(true);
    assert!(!codes(&initial).contains(&"cross.parole_termination_notice"));
}

#[test]
fn a_birth_year_before_1900_is_too_far_in_the_past() {
    let json = r#"{"filer":{"dateOfBirth":"1890-05-01"}}"#;
    let en = check_json(json, Some(TODAY), Lang::En, ymd(2000, 1, 1)).unwrap();
    let d = en.diagnostics.iter().find(|d| d.code == "format.date").unwrap();
    assert!(d.message.contains("too far in the past"), "{}", d.message);
    assert!(!d.message.contains("4 digits"), "{}", d.message);
    let es = check_json(json, Some(TODAY), Lang::Es, ymd(2000, 1, 1)).unwrap();
    assert!(es.diagnostics.iter().any(|d| d.code == "format.date" && d.message.contains("demasiado antigua")));
    // 1900 itself is a date (and then 126 years is an age to check).
    let edge = check_json(r#"{"filer":{"dateOfBirth":"1900-01-01"}}"#, Some(TODAY), Lang::En, ymd(2000, 1, 1)).unwrap();
    assert!(!edge.diagnostics.iter().any(|d| d.code == "format.date"));
    assert!(edge.diagnostics.iter().any(|d| d.code == "cross.birth_date_over_120_years"));
}

#[test]
fn military_pip_names_service_members_too() {
    let questions = parole_helper::form::describe::questions(Lang::Es);
    let program = questions.iter().flat_map(|s| &s.fields).find(|q| q.path == "application.program").unwrap();
    let pip = program.choices.iter().find(|c| c.value == "militaryParoleInPlace").unwrap();
    assert!(pip.label.contains("militares y sus familias"), "{}", pip.label);
}
