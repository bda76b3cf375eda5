//! Part 8's statement builder (src/statement.rs): fixture cases in, snapshots out, in both
//! languages. Every file in `tests/fixtures/statement/` (a request, or the path of an example, and
//! the builder's answers) is written on 2026-11-27 and compared with
//! `tests/snapshots/statement/NAME.LANG.txt`; `UPDATE_SNAPSHOTS=1 cargo test --test statement`
//! rewrites them (review the diff like code).
//! Then the edge cases, each alone.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::PathBuf;

use parole_helper::date::ymd;
use parole_helper::form::read::read;
use parole_helper::form::ParoleRequest;
use parole_helper::i18n::Lang;
use parole_helper::statement::{compose, questions, shown, skipped, HomeCare, MoreTime, Payer, Relation, Statement, StatementAnswers};

const TODAY: chrono::NaiveDate = ymd(2026, 11, 27);

fn request(json: &str) -> ParoleRequest {
    read(json).unwrap_or_else(|e| panic!("{json}: {e}")).form
}

/// The §10 request (examples/reparole-medical-child.json).
fn section_10() -> ParoleRequest {
    request(&fs::read_to_string("examples/reparole-medical-child.json").unwrap())
}

/// The §10 answers: a mother, for her daughter on IV nutrition.
fn section_10_answers() -> StatementAnswers {
    StatementAnswers {
        relation: Some(Relation::Daughter),
        diagnosis: Some("short bowel syndrome".into()),
        treatment: Some("intravenous nutrition 14 hours a day".into()),
        hospital: Some("a children's hospital in San Diego".into()),
        home: Some(HomeCare::NotAvailable),
        more_time: Some(MoreTime::Continues),
        payer: Some(Payer::Public),
        payer_detail: Some("Medi-Cal".into()),
        ..Default::default()
    }
}

fn english(answers: &StatementAnswers, request: &ParoleRequest) -> String {
    compose(answers, request, TODAY, Lang::En).english
}

// ---- fixtures and snapshots ----

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir("tests/fixtures/statement").unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    files.sort();
    files
}

fn snapshot(fixture: &std::path::Path, lang: Lang) -> PathBuf {
    PathBuf::from(format!("tests/snapshots/statement/{}.{}.txt", fixture.file_stem().unwrap().to_string_lossy(), lang.code()))
}

#[test]
fn the_fixtures_statements_match_their_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for fixture in fixtures() {
        let case: serde_json::Value = serde_json::from_str(&fs::read_to_string(&fixture).unwrap()).unwrap();
        let form = match &case["request"] {
            serde_json::Value::String(path) => request(&fs::read_to_string(path).unwrap()),
            inline => request(&inline.to_string()),
        };
        let answers: StatementAnswers = serde_json::from_value(case["answers"].clone()).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
        for lang in Lang::all() {
            let Statement { english, read_back } = compose(&answers, &form, TODAY, lang);
            assert!(!english.is_empty(), "{}", fixture.display());
            let actual = format!("English, for Part 8:\n{english}\n\nRead back ({}):\n{read_back}\n", lang.code());
            let path = snapshot(&fixture, lang);
            if update {
                fs::write(&path, &actual).unwrap();
            } else if fs::read_to_string(&path).ok().as_deref() != Some(actual.as_str()) {
                failures.push(format!("{}:\n{actual}", path.display()));
            }
        }
    }
    assert!(fixtures().len() >= 3, "fixtures went missing");
    assert!(failures.is_empty(), "statements differ from their snapshots (UPDATE_SNAPSHOTS=1 cargo test --test statement after a deliberate change):\n{}", failures.join("\n"));
    for entry in fs::read_dir("tests/snapshots/statement").unwrap() {
        let path = PathBuf::from("tests/snapshots/statement").join(entry.unwrap().file_name());
        assert!(fixtures().iter().any(|f| Lang::all().any(|l| snapshot(f, l) == path)), "{} has no fixture: delete it", path.display());
    }
}

// ---- the §10 case ----

#[test]
fn the_section_10_case_in_english_is_read_back_in_spanish() {
    let es = compose(&section_10_answers(), &section_10(), TODAY, Lang::Es);
    assert_eq!(
        es.english,
        "My daughter Sofía is 4 years old and is from Mexico. She has short bowel syndrome. She needs intravenous nutrition 14 hours a day. \
         She is treated at a children's hospital in San Diego. This treatment is not available in Mexico. Parole is requested for 1 year, \
         while she receives this care. The last parole period was not enough because the treatment continues. \
         Her care is paid for by public health coverage (Medi-Cal)."
    );
    assert_eq!(
        es.read_back,
        "Mi hija Sofía tiene 4 años y es de México. Tiene short bowel syndrome. Necesita intravenous nutrition 14 hours a day. \
         Recibe tratamiento en a children's hospital in San Diego. Este tratamiento no está disponible en México. Se pide el parole por 1 año, \
         mientras recibe esta atención médica. El período anterior de parole no fue suficiente porque el tratamiento continúa. \
         Su atención médica la paga un programa público de salud (Medi-Cal)."
    );
    // In English the read-back is the statement itself; the English text does not depend on the language.
    let en = compose(&section_10_answers(), &section_10(), TODAY, Lang::En);
    assert_eq!(en.read_back, en.english);
    assert_eq!(en.english, es.english);
}

#[test]
fn the_section_10_request_asks_no_length_and_no_relation_is_guessed_wrong() {
    // Part 8, Item 2 is answered (1 year): the builder does not ask it again.
    assert_eq!(skipped(&section_10()), ["stayValue", "stayUnit"]);
    assert!(shown(&section_10()));
    // Without the relation, the mother who signs as a parent says "my child" and the name.
    let answers = StatementAnswers { relation: None, ..section_10_answers() };
    let text = english(&answers, &section_10());
    assert!(text.starts_with("My child Sofía is 4 years old and is from Mexico. Sofía has short bowel syndrome."), "{text}");
    assert!(text.contains("Sofía's care is paid for"), "{text}");
    let es = compose(&answers, &section_10(), TODAY, Lang::Es).read_back;
    assert!(es.starts_with("Mi hijo o hija Sofía tiene 4 años"), "{es}");
}

// ---- edge cases ----

#[test]
fn a_missing_answer_leaves_out_its_sentence() {
    let full = english(&section_10_answers(), &section_10());
    type Remove = fn(&mut StatementAnswers);
    let cases: [(Remove, &str); 6] = [
        (|a| a.diagnosis = None, "She has short bowel syndrome."),
        (|a| a.treatment = Some("  ".into()), "She needs"),
        (|a| a.hospital = None, "treated at"),
        (|a| a.home = None, "not available"),
        (|a| a.more_time = None, "not enough"),
        (|a| a.payer = None, "Medi-Cal"),
    ];
    for (remove, sentence) in cases {
        assert!(full.contains(sentence));
        let mut answers = section_10_answers();
        remove(&mut answers);
        let text = english(&answers, &section_10());
        // A payer's detail stays with no payer chosen: it is said as the payer.
        if sentence == "Medi-Cal" {
            assert!(text.ends_with("Her care is paid for by Medi-Cal."), "{text}");
            continue;
        }
        assert!(!text.contains(sentence), "{sentence}: {text}");
        assert_eq!(text.matches(". ").count() + 1, full.matches(". ").count(), "one sentence less: {text}");
    }
    // Part 8, Item 2 not answered and the builder's length not given: no length sentence.
    let mut form = section_10();
    form.reason.length_of_stay.value = None;
    assert!(!english(&section_10_answers(), &form).contains("requested for"));
    assert_eq!(skipped(&form), Vec::<&str>::new());
}

#[test]
fn part_8_item_2_gives_the_length_when_it_is_answered() {
    let six_months = StatementAnswers { stay_value: Some("6".into()), stay_unit: Some("months".into()), ..section_10_answers() };
    // Item 2 says 1 year: it wins (the builder does not even ask).
    assert!(english(&six_months, &section_10()).contains("Parole is requested for 1 year,"));
    let mut form = section_10();
    form.reason.length_of_stay = Default::default();
    assert!(english(&six_months, &form).contains("Parole is requested for 6 months, while she receives this care."));
    assert!(compose(&six_months, &form, TODAY, Lang::Es).read_back.contains("Se pide el parole por 6 meses, mientras recibe esta atención médica."));
}

#[test]
fn filing_for_oneself_says_i() {
    let form = request(r#"{"application":{"paroleType":"reparole","onBehalfOfSomeoneElse":false},
        "filer":{"name":{"givenName":"Ana"},"dateOfBirth":"1995-11-27","countryOfCitizenship":"Honduras"},
        "beneficiary":{"name":{"givenName":"Not used"},"dateOfBirth":"2020-01-01"}}"#);
    let answers = StatementAnswers { relation: Some(Relation::Daughter), ..section_10_answers() };
    let statement = compose(&answers, &form, TODAY, Lang::Es);
    assert!(statement.english.starts_with("I am 31 years old and I am from Honduras. I have short bowel syndrome. I need"), "{}", statement.english);
    assert!(statement.english.contains("I am treated at") && statement.english.contains("My care is paid for by"), "{}", statement.english);
    assert!(!statement.english.contains("daughter") && !statement.english.contains("Not used"), "the relation is for someone else's request");
    assert!(statement.read_back.starts_with("Tengo 31 años y soy de Honduras. Tengo short bowel syndrome. Necesito"), "{}", statement.read_back);
    assert!(statement.read_back.contains("Mi atención médica"), "{}", statement.read_back);
    assert_eq!(skipped(&form)[0], "relation");
}

#[test]
fn only_a_re_parole_says_why_the_last_period_was_not_enough() {
    let mut form = section_10();
    form.application.parole_type = Some(parole_helper::form::ParoleType::Initial);
    let text = english(&section_10_answers(), &form);
    assert!(!text.contains("last parole period"), "{text}");
    assert!(text.contains("She would be treated at a children's hospital in San Diego."), "{text}");
    assert!(skipped(&form).contains(&"moreTime"));
    let es = compose(&section_10_answers(), &form, TODAY, Lang::Es).read_back;
    assert!(es.contains("Recibiría tratamiento en") && !es.contains("período anterior"), "{es}");
    // A re-parole answer alone, on an initial request, writes nothing.
    let alone = StatementAnswers { more_time: Some(MoreTime::Worse), ..Default::default() };
    assert_eq!(compose(&alone, &form, TODAY, Lang::Es), Statement::default());
}

#[test]
fn ages_are_said_in_years_or_months() {
    let at = |birth: &str| {
        let mut form = section_10();
        form.beneficiary.date_of_birth = Some(birth.into());
        (english(&section_10_answers(), &form), compose(&section_10_answers(), &form, TODAY, Lang::Es).read_back)
    };
    let (en, es) = at("2025-11-27");
    assert!(en.starts_with("My daughter Sofía is 1 year old and"), "{en}");
    assert!(es.starts_with("Mi hija Sofía tiene 1 año y"), "{es}");
    let (en, es) = at("2022-11-27");
    assert!(en.starts_with("My daughter Sofía is 4 years old and"), "{en}");
    assert!(es.starts_with("Mi hija Sofía tiene 4 años y"), "{es}");
    let (en, es) = at("2026-03-01");
    assert!(en.starts_with("My daughter Sofía is 8 months old and"), "{en}");
    assert!(es.starts_with("Mi hija Sofía tiene 8 meses y"), "{es}");
    let (en, _) = at("2026-10-27");
    assert!(en.starts_with("My daughter Sofía is 1 month old and"), "{en}");
    let (en, es) = at("2026-11-20");
    assert!(en.starts_with("My daughter Sofía is less than 1 month old and"), "{en}");
    assert!(es.starts_with("Mi hija Sofía tiene menos de 1 mes y"), "{es}");
    // No birth date, one that is not a date, or one after today: no age.
    for birth in ["", "2022-02-30", "soon", "2027-01-01"] {
        let (en, es) = at(birth);
        assert!(en.starts_with("My daughter Sofía is from Mexico. She has"), "{birth}: {en}");
        assert!(es.starts_with("Mi hija Sofía es de México. Tiene"), "{birth}: {es}");
    }
    // No age and no country: the name is still said.
    let mut form = section_10();
    form.beneficiary.date_of_birth = None;
    form.beneficiary.country_of_citizenship = None;
    let text = english(&section_10_answers(), &form);
    assert!(text.starts_with("This request is for my daughter Sofía. She has"), "{text}");
    assert!(text.contains("This treatment is not available in her home country."), "{text}");
    assert!(compose(&section_10_answers(), &form, TODAY, Lang::Es).read_back.contains("no está disponible en su país."));
}

#[test]
fn typed_text_goes_in_as_typed_and_trimmed() {
    let answers = StatementAnswers {
        diagnosis: Some("  Short Bowel Syndrome (SBS)... ".into()),
        home: Some(HomeCare::Unsafe),
        home_detail: Some(" The road to the only hospital is controlled by armed groups ".into()),
        payer: Some(Payer::Other),
        payer_detail: Some("una fundación".into()),
        ..Default::default()
    };
    let text = english(&answers, &section_10());
    assert!(text.contains("Sofía has Short Bowel Syndrome (SBS). "), "{text}");
    assert!(text.contains("In Mexico, this treatment exists, but it is not safe to get there. The road to the only hospital is controlled by armed groups."), "{text}");
    // Never translated: a Spanish answer stays Spanish (the check of Part 8 says so, not the builder).
    assert!(text.ends_with("Sofía's care is paid for by una fundación."), "{text}");
    // "Other" with nobody named says nothing about who pays.
    let nobody = StatementAnswers { payer_detail: None, ..answers };
    assert!(!english(&nobody, &section_10()).contains("paid for"));
}

#[test]
fn nothing_panics_on_empty_or_odd_input() {
    let odd = ["", " ", ".", "...", " . ", "ß", "ǆ", "\u{0301}", "😀", "\n\t", "İ", "1", "-1", "99999"];
    let requests = [
        ParoleRequest::default(),
        section_10(),
        request(r#"{"application":{"onBehalfOfSomeoneElse":true}}"#),
        request(r#"{"application":{"paroleType":"reparole"},"filer":{"dateOfBirth":"2026-11-27"},"reason":{"lengthOfStay":{"value":"0","unit":"days"}}}"#),
    ];
    for form in &requests {
        for lang in Lang::all() {
            assert_eq!(compose(&StatementAnswers::default(), form, TODAY, lang), Statement::default());
            for text in odd {
                let some = || Some(text.to_string());
                let answers = StatementAnswers {
                    diagnosis: some(),
                    treatment: some(),
                    hospital: some(),
                    home_detail: some(),
                    stay_value: some(),
                    stay_unit: some(),
                    more_time_detail: some(),
                    payer_detail: some(),
                    ..Default::default()
                };
                let statement = compose(&answers, form, TODAY, lang);
                assert!(!statement.english.contains(" ."), "{text:?}: {}", statement.english);
                for relation in [Relation::Daughter, Relation::Son, Relation::Child, Relation::Other] {
                    compose(&StatementAnswers { relation: Some(relation), home: Some(HomeCare::NotAffordable), ..answers.clone() }, form, ymd(1900, 1, 1), lang);
                }
            }
        }
    }
}

#[test]
fn the_page_gets_every_word_in_every_language() {
    for lang in Lang::all() {
        let words = questions(lang);
        let ids: Vec<&str> = words.questions.iter().map(|q| q.id).collect();
        assert_eq!(
            ids,
            ["relation", "diagnosis", "treatment", "hospital", "home", "homeDetail", "stayValue", "stayUnit", "moreTime", "moreTimeDetail", "payer", "payerDetail"]
        );
        for q in &words.questions {
            assert!(!q.label.is_empty());
            assert_eq!(q.kind == "choice", !q.choices.is_empty(), "{}", q.id);
        }
        assert_eq!(words.read_back_title.is_some(), lang != Lang::En, "English reads back the statement itself; every other language titles its read-back");
        for text in [words.title, words.intro, words.english_title, words.empty, words.use_text, words.confirm, words.add_below, words.replace, words.cancel, words.done] {
            assert!(!text.is_empty());
        }
    }
    assert_ne!(questions(Lang::En).use_text, questions(Lang::Es).use_text);
    // Every label differs from its neighbours: a screen reader tells the boxes apart.
    let en = questions(Lang::En);
    for pair in en.questions.windows(2) {
        assert_ne!(pair[0].label, pair[1].label);
    }
}

#[test]
fn a_parent_asking_to_stay_with_a_child_in_treatment_is_not_offered_the_builder() {
    let mother = request(&fs::read_to_string("examples/reparole-medical-mother.json").unwrap());
    assert!(!shown(&mother));
    let mut medical = mother.clone();
    medical.reason.category = Some(parole_helper::form::ReasonCategory::Medical);
    assert!(!shown(&medical), "her statement is about her daughter, not about herself");
}
