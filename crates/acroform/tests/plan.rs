//! `fill_plan` on the official I-131: what fits is set, what does not moves to Part 13
//! or to added sheets, whole; errors; determinism; the text form gives the same file.

mod common;

use acroform::{Entry, FieldInfo, PdfError, Place, Plan, fields, fill_plan};
use common::*;

fn filled(plan: &Plan) -> (Vec<u8>, Vec<FieldInfo>) {
    let out = fill_plan(PDF, plan).expect("fill_plan");
    assert!(out.starts_with(PDF));
    let list = fields(&out).expect("re-read");
    (out, list)
}

fn plan_of(entries: Vec<Entry>) -> Plan {
    Plan {
        entries,
        overflow: overflow(),
    }
}

/// The text of a row: (page, part, item, text).
fn row_values(list: &[FieldInfo], n: u32) -> [Option<String>; 4] {
    ["PageNumber", "PartNumber", "ItemNumber", "AdditionalInfo"]
        .map(|b| value_in(list, &p13(&format!("Line{n}_{b}"))))
}

fn some(page: &str, part: &str, item: &str, text: &str) -> [Option<String>; 4] {
    [page, part, item, text].map(|s| Some(s.to_string()))
}

/// Words of a text as the sheet reader sees them (line breaks eat one space each).
fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

#[test]
fn what_fits_is_set_and_what_does_not_moves_to_the_next_row() {
    let long_name = "Wolfeschlegelsteinhausenbergerdorff ".repeat(3);
    let long_name = long_name.trim_end();
    let plan = plan_of(vec![
        Entry::new(ZIP, "90012", None),
        Entry::new(STATE, "CA", None),
        Entry::new("form1[0].P5[0].Part2_Line3_Unit[1]", " APT ", None),
        Entry::new(A_NUMBER, "012345678", Some(Place::new("", "2", "5"))),
        // Too wide at 6 pt: moves to Part 13 Item 3, page taken from the widget (4).
        Entry::new(FAMILY_NAME, long_name, Some(Place::new("", "2", "1.a"))),
        // No box: straight to the next row, Item 4.
        Entry::new("", "A note of my own.", Some(Place::new("9", "6", "2"))),
    ]);
    let (_, list) = filled(&plan);
    assert_eq!(value_in(&list, ZIP).as_deref(), Some("90012"));
    assert_eq!(value_in(&list, STATE).as_deref(), Some("CA"));
    assert_eq!(
        value_in(&list, "form1[0].P5[0].Part2_Line3_Unit[1]").as_deref(),
        Some(" APT ")
    );
    assert_eq!(value_in(&list, A_NUMBER).as_deref(), Some("012345678"));
    assert_eq!(
        value_in(&list, FAMILY_NAME).as_deref(),
        Some("See Part 13.")
    );
    assert_eq!(row_values(&list, 3), some("4", "2", "1.a", long_name));
    assert_eq!(
        row_values(&list, 4),
        some("9", "6", "2", "A note of my own.")
    );
    assert_eq!(row_values(&list, 5), [None, None, None, None]);
}

#[test]
fn a_5000_character_reason_lands_whole_on_an_added_sheet() {
    let reason = spanish_text(5000);
    assert_eq!(reason.chars().count(), 5000);
    let plan = plan_of(vec![Entry::new(
        PURPOSE,
        &reason,
        Some(Place::new("", "7", "2")),
    )]);
    let (out, list) = filled(&plan);
    // The box says where the answer went; Part 13 Item 3 says where it continues.
    assert_eq!(value_in(&list, PURPOSE).as_deref(), Some("See Part 13."));
    assert_eq!(
        row_values(&list, 3),
        some(
            "10",
            "7",
            "2",
            "Continued on an added sheet: Page 10, Part 7, Item 2."
        )
    );
    assert_eq!(row_values(&list, 4), [None, None, None, None]);

    // The sheet: every page headed and footed, the body the whole reason, in order.
    let pages = sheet_pages(&out);
    assert!(pages.len() >= 2, "{} pages", pages.len());
    for page in &pages {
        assert_eq!(
            page.heading,
            [
                "Lucía Sofía Ramírez    A-Number: A-012345678",
                "Page 10, Part 7, Item 2"
            ]
        );
        assert_eq!(page.footer, [FOOTER]);
    }
    let body: Vec<String> = pages.iter().flat_map(|p| p.body.clone()).collect();
    let body = body.join("\n");
    assert_eq!(words(&body), words(&reason));
    // Not a character more or less, spaces aside.
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(squash(&body), squash(&reason));
    // Each paragraph of the reason starts a line of its own.
    let paragraphs = reason.split('\n').count();
    let starts = pages
        .iter()
        .flat_map(|p| &p.body)
        .filter(|l| reason.split('\n').any(|para| para.starts_with(l.as_str())))
        .count();
    assert!(starts >= paragraphs, "{starts} < {paragraphs}");
}

#[test]
fn rows_are_used_in_order_until_they_run_out() {
    // Seven answers of ~600 characters: each fits a row, not its own box.
    let answers: Vec<String> = (1..=7)
        .map(|n| format!("Answer {n}: {}", spanish_text(600)))
        .collect();
    let entries = answers
        .iter()
        .enumerate()
        .map(|(i, a)| Entry::new("", a, Some(Place::new("10", "7", &format!("{}", i + 1)))))
        .collect();
    let (out, list) = filled(&plan_of(entries));
    for n in 3..=7u32 {
        let answer = &answers[n as usize - 3];
        assert_eq!(
            row_values(&list, n),
            some("10", "7", &(n - 2).to_string(), answer)
        );
    }
    // Answers 6 and 7 went to two sheets of one page each, with no row left to say so.
    let pages = sheet_pages(&out);
    assert_eq!(pages.len(), 2);
    for (page, item) in pages.iter().zip([6, 7]) {
        assert_eq!(page.heading[1], format!("Page 10, Part 7, Item {item}"));
        assert_eq!(words(&page.body.join(" ")), words(&answers[item - 1]));
    }
}

#[test]
fn a_sheet_note_names_the_sheet_and_a_later_text_takes_the_next_row() {
    let mut plan = plan_of(vec![
        Entry::new("", &spanish_text(2000), Some(Place::new("10", "7", "2"))),
        Entry::new("", &spanish_text(1500), Some(Place::new("10", "7", "3"))),
        Entry::new("", "Short.", Some(Place::new("11", "8", "1"))),
    ]);
    plan.overflow.sheet_note = "See added sheet {sheet} ({page}/{part}/{item}).".into();
    let (out, list) = filled(&plan);
    assert_eq!(
        row_values(&list, 3),
        some("10", "7", "2", "See added sheet 1 (10/7/2).")
    );
    assert_eq!(
        row_values(&list, 4),
        some("10", "7", "3", "See added sheet 2 (10/7/3).")
    );
    assert_eq!(row_values(&list, 5), some("11", "8", "1", "Short."));
    assert_eq!(sheet_pages(&out).len(), 2);
}

#[test]
fn moved_note_that_does_not_fit_leaves_the_box_empty() {
    // A comb box with a place: ten digits do not fit its nine cells, nor does the note.
    let plan = plan_of(vec![Entry::new(
        A_NUMBER,
        "0123456789",
        Some(Place::new("", "2", "5")),
    )]);
    let (_, list) = filled(&plan);
    assert_eq!(value_in(&list, A_NUMBER), None);
    assert_eq!(row_values(&list, 3), some("5", "2", "5", "0123456789"));

    // Filling a filled form again: the old answer does not stay in a box whose answer moved.
    let first = fill_plan(PDF, &plan_of(vec![Entry::new(A_NUMBER, "012345678", None)])).unwrap();
    let again = fill_plan(&first, &plan).unwrap();
    assert_eq!(
        value_in(&fields(&again).unwrap(), A_NUMBER).as_deref(),
        Some("")
    );

    // No moved note at all: the box stays untouched.
    let mut quiet = plan_of(vec![Entry::new(
        FAMILY_NAME,
        &"Wolfeschlegelsteinhausen ".repeat(6),
        Some(Place::new("", "2", "1.a")),
    )]);
    quiet.overflow.moved_note.clear();
    let (_, list) = filled(&quiet);
    assert_eq!(value_in(&list, FAMILY_NAME), None);
}

#[test]
fn rows_the_plan_fills_itself_are_not_free() {
    let plan = plan_of(vec![
        Entry::new(&p13("Line3_AdditionalInfo"), "Written by the caller.", None),
        Entry::new("", "Moved.", Some(Place::new("10", "7", "2"))),
    ]);
    let (_, list) = filled(&plan);
    assert_eq!(
        value_in(&list, &p13("Line3_AdditionalInfo")).as_deref(),
        Some("Written by the caller.")
    );
    assert_eq!(value_in(&list, &p13("Line3_PageNumber")), None);
    assert_eq!(row_values(&list, 4), some("10", "7", "2", "Moved."));
}

#[test]
fn a_place_too_long_for_the_row_boxes_goes_to_a_sheet() {
    // The item box holds 6 characters.
    let plan = plan_of(vec![Entry::new(
        "",
        "Text.",
        Some(Place::new("10", "7", "2.a.iii.b")),
    )]);
    let (out, list) = filled(&plan);
    assert_eq!(row_values(&list, 3), [None, None, None, None]);
    let pages = sheet_pages(&out);
    assert_eq!(pages.len(), 1);
    assert_eq!(
        pages[0].heading.last().unwrap(),
        "Page 10, Part 7, Item 2.a.iii.b"
    );
    assert_eq!(pages[0].body, ["Text."]);
}

#[test]
fn without_rows_everything_moved_goes_to_sheets() {
    let mut plan = plan_of(vec![
        Entry::new("", "One.", Some(Place::new("", "", "1"))),
        Entry::new(FAMILY_NAME, "Fits", Some(Place::new("", "2", "1.a"))),
    ]);
    plan.overflow.rows.clear();
    plan.overflow.sheet_heading.clear();
    plan.overflow.sheet_footer.clear();
    let (out, list) = filled(&plan);
    assert_eq!(value_in(&list, FAMILY_NAME).as_deref(), Some("Fits"));
    let pages = sheet_pages(&out);
    assert_eq!(pages.len(), 1);
    // Empty parts of the place are left out of the heading line.
    assert_eq!(pages[0].heading, ["Item 1"]);
    assert_eq!(pages[0].body, ["One."]);
    assert!(pages[0].footer.is_empty());
}

#[test]
fn what_must_fit_and_does_not_is_an_error() {
    let err = |entries: Vec<Entry>| fill_plan(PDF, &plan_of(entries)).unwrap_err();
    let e = err(vec![Entry::new(A_NUMBER, "0123456789", None)]);
    assert!(
        matches!(&e, PdfError::BadValue { field, .. } if field == A_NUMBER),
        "{e:?}"
    );
    let e = err(vec![Entry::new(
        FAMILY_NAME,
        &"Wolfeschlegelsteinhausen ".repeat(6),
        None,
    )]);
    assert!(e.to_string().contains("does not fit"), "{e}");
    assert_eq!(e.code(), "pdf.value");
    let e = err(vec![Entry::new(STATE, "Cal", None)]);
    assert!(matches!(e, PdfError::BadValue { .. }), "{e:?}");
    let e = err(vec![Entry::new(
        "form1[0].P5[0].Part2_Line3_Unit[1]",
        "Yes",
        None,
    )]);
    assert!(e.to_string().contains("\" APT \""), "{e}");
    let e = err(vec![Entry::new("nope", "x", Some(Place::default()))]);
    assert_eq!(e, PdfError::UnknownField("nope".into()));
    let e = err(vec![Entry::new("", "x", None)]);
    assert!(
        matches!(e, PdfError::BadPlan(ref m) if m.starts_with("entry 1:")),
        "{e:?}"
    );
    assert_eq!(e.code(), "pdf.plan");

    // Rows must be text boxes of the form, checked even when nothing moves.
    let mut plan = plan_of(vec![]);
    plan.overflow.rows[1].item = "form1[0].P5[0].Part2_Line3_Unit[1]".into();
    assert!(matches!(fill_plan(PDF, &plan), Err(PdfError::BadPlan(_))));
    plan.overflow.rows[1].item = "nope".into();
    assert_eq!(
        fill_plan(PDF, &plan),
        Err(PdfError::UnknownField("nope".into()))
    );
}

#[test]
fn check_boxes_tick_by_state_and_clear_with_off() {
    let unit = "form1[0].P5[0].Part2_Line3_Unit[2]";
    let ticked = fill_plan(PDF, &plan_of(vec![Entry::new(unit, " FLR ", None)])).unwrap();
    assert_eq!(
        value_in(&fields(&ticked).unwrap(), unit).as_deref(),
        Some(" FLR ")
    );
    let cleared = fill_plan(&ticked, &plan_of(vec![Entry::new(unit, "Off", None)])).unwrap();
    assert_eq!(
        value_in(&fields(&cleared).unwrap(), unit).as_deref(),
        Some("Off")
    );
}

#[test]
fn the_realistic_plan_is_deterministic_and_survives_its_text_form() {
    let plan = realistic_plan();
    let (out, list) = filled(&plan);
    assert_eq!(fill_plan(PDF, &plan).unwrap(), out);
    let through_text = Plan::parse(&plan.to_text()).unwrap();
    assert_eq!(through_text, plan);
    assert_eq!(fill_plan(PDF, &through_text).unwrap(), out);
    // Everything without a place is set as given; the purpose moved to a sheet.
    for e in plan.entries.iter().filter(|e| e.place.is_none()) {
        assert_eq!(
            value_in(&list, &e.field).as_deref(),
            Some(e.value.as_str()),
            "{}",
            e.field
        );
    }
    assert_eq!(value_in(&list, PURPOSE).as_deref(), Some("See Part 13."));
    assert_eq!(sheet_pages(&out).len(), 1);
    std::fs::write(
        std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("acroform-plan.pdf"),
        &out,
    )
    .unwrap();
}
