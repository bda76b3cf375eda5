//! `fill` with explicit values on the official I-131, checked with this crate's own
//! reader (the project's Node/pdf.js tests read the files back independently).

mod common;

use std::path::PathBuf;

use acroform::{FieldKind, FieldValue, PdfError, fields, fill, text_fits};
use common::*;

/// Where the tests leave their filled files, for a look or another reader.
pub fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("acroform");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Page count as our reader sees it: the `/Count` of the rewritten page tree root.
fn page_count(out: &[u8]) -> usize {
    let text = String::from_utf8_lossy(&out[PDF.len()..]);
    let at = text.find("/Type/Pages").unwrap();
    let count = &text[text[..at].rfind("obj").unwrap()..];
    let c = count.find("/Count ").unwrap();
    count[c + 7..]
        .split(|ch: char| !ch.is_ascii_digit())
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn fills_incrementally_and_reads_back() {
    let values = realistic_values();
    let extra = extra_pages();
    let out = fill(PDF, &values, &extra).expect("fill");
    // Incremental update: the original bytes are untouched, the update follows.
    assert!(out.starts_with(PDF));
    let tail = String::from_utf8_lossy(&out[PDF.len()..]);
    assert!(
        tail.contains("/Prev 1062829"),
        "trailer must chain to the original xref"
    );
    assert!(tail.ends_with("%%EOF\n"));
    assert!(!tail.contains("/XFA"));

    // Our own reader sees the new values, and the widget count is unchanged.
    let after = fields(&out).expect("re-read");
    assert_eq!(after.len(), 339);
    for (name, v) in &values {
        let f = after.iter().find(|f| &f.name == name).unwrap();
        match v {
            FieldValue::Text(s) | FieldValue::Choice(s) => {
                assert_eq!(f.value.as_deref(), Some(s.as_str()), "{name}")
            }
            FieldValue::Check => assert_eq!(f.value, f.on_state, "{name}"),
        }
    }
    // Unfilled fields keep their (empty) values.
    assert_eq!(
        value_in(&after, "form1[0].P5[0].Part2_Line8_Gender[1]"),
        None
    );

    // The sheets: heading on every page, the body in order, the footer where asked.
    let pages = sheet_pages(&out);
    assert_eq!(pages.len(), 3, "{pages:?}");
    assert!(pages.iter().all(|p| p.heading.len() == 2));
    assert!(pages[..2].iter().all(|p| p.footer == [FOOTER]));
    assert!(pages[2].footer.is_empty());
    assert_eq!(
        pages[2].body,
        ["Países que visitaremos: Venezuela y Colombia. Señal de fin: ÚLTIMA LÍNEA."]
    );

    // Same inputs, same bytes.
    assert_eq!(fill(PDF, &values, &extra).unwrap(), out);
    std::fs::write(out_dir().join("filled.pdf"), &out).unwrap();
}

#[test]
fn appends_pages_to_the_page_tree() {
    let out = fill(PDF, &[], &extra_pages()).unwrap();
    // Two sheets: a 6,000-character body takes 2 pages, the short one 1.
    assert_eq!(page_count(&out), 14 + 3);
    // Without values the update still removes /XFA.
    let tail = String::from_utf8_lossy(&out[PDF.len()..]);
    assert!(tail.contains("/Fields"));
}

#[test]
fn errors_name_the_field() {
    let unknown = fill(PDF, &[text("form1[0].P5[0].NoSuchField[0]", "x")], &[]);
    assert_eq!(
        unknown,
        Err(PdfError::UnknownField(
            "form1[0].P5[0].NoSuchField[0]".into()
        ))
    );
    let too_long = fill(PDF, &[text(A_NUMBER, "0123456789")], &[]);
    assert!(
        matches!(too_long, Err(PdfError::BadValue { ref field, .. }) if field == A_NUMBER),
        "{too_long:?}"
    );
    let bad_state = fill(PDF, &[choice(STATE, "Cal")], &[]);
    assert!(
        matches!(bad_state, Err(PdfError::BadValue { .. })),
        "{bad_state:?}"
    );
    let check_text = fill(PDF, &[check(ZIP)], &[]);
    assert!(matches!(check_text, Err(PdfError::BadValue { .. })));
    let text_check = fill(
        PDF,
        &[text("form1[0].P5[0].Part2_Line8_Gender[0]", "F")],
        &[],
    );
    assert!(matches!(text_check, Err(PdfError::BadValue { .. })));
    // Errors print readably, with a stable code.
    let unknown = unknown.unwrap_err();
    assert!(unknown.to_string().contains("NoSuchField"));
    assert_eq!(unknown.code(), "pdf.field");
    assert_eq!(too_long.unwrap_err().code(), "pdf.value");
}

#[test]
fn check_box_states_and_choices() {
    // Ticking by state name, then clearing with "Off".
    let unit = "form1[0].P5[0].Part2_Line3_Unit[2]";
    let out = fill(PDF, &[choice(unit, " FLR ")], &[]).unwrap();
    assert_eq!(
        value_in(&fields(&out).unwrap(), unit).as_deref(),
        Some(" FLR ")
    );
    let out2 = fill(&out, &[choice(unit, "Off")], &[]).unwrap();
    assert_eq!(
        value_in(&fields(&out2).unwrap(), unit).as_deref(),
        Some("Off")
    );
    // A second update on top of the first one chains again.
    assert!(out2.starts_with(&out));
    assert!(matches!(
        fill(PDF, &[choice(unit, "APT")], &[]),
        Err(PdfError::BadValue { .. })
    ));
}

#[test]
fn fit_checks_for_overflow_routing() {
    assert!(text_fits(PDF, PURPOSE, "Visit my mother.").unwrap());
    assert!(text_fits(PDF, PURPOSE, &spanish_text(1000)).unwrap());
    // 3,000 characters would need a 4 pt font in this 516 x 72 pt box.
    assert!(!text_fits(PDF, PURPOSE, &long_text()).unwrap());
    assert!(text_fits(PDF, A_NUMBER, "012345678").unwrap());
    assert!(!text_fits(PDF, A_NUMBER, "0123456789").unwrap());
    assert!(text_fits(PDF, FAMILY_NAME, "Ramírez").unwrap());
    assert!(!text_fits(PDF, FAMILY_NAME, &"Wolfeschlegelsteinhausen ".repeat(6)).unwrap());
    assert!(matches!(
        text_fits(PDF, "nope", "x"),
        Err(PdfError::UnknownField(_))
    ));
}

#[test]
fn every_field_can_be_filled() {
    // One value in every fillable text and choice field, and every check box ticked:
    // nothing in the form trips the filler.
    let list = form_fields();
    let values: Vec<(String, FieldValue)> = list
        .iter()
        .filter_map(|f| match f.kind {
            FieldKind::Text => {
                let n = f.max_len.unwrap_or(20).min(20) as usize;
                Some((
                    f.name.clone(),
                    FieldValue::Text("Ñ8".repeat(10).chars().take(n).collect()),
                ))
            }
            FieldKind::Choice => f
                .options
                .iter()
                .find(|o| !o.trim().is_empty())
                .map(|o| (f.name.clone(), FieldValue::Choice(o.clone()))),
            FieldKind::CheckBox => Some((f.name.clone(), FieldValue::Check)),
            FieldKind::Other => None,
        })
        .collect();
    assert_eq!(values.len(), 339);
    let out = fill(PDF, &values, &[]).unwrap();
    let after = fields(&out).unwrap();
    for (name, _) in &values {
        assert!(value_in(&after, name).is_some(), "{name}");
    }
    std::fs::write(out_dir().join("all-fields.pdf"), &out).unwrap();
}

#[test]
fn filled_fields_are_unlocked_and_the_others_keep_their_flags() {
    // Part 1, Item 12 is locked on the blank form (its XFA script unlocks it for re-parole).
    let item12 = "form1[0].P4[0].P1_Line12_DateOfAdmission[0]";
    let untouched = "form1[0].P4[0].P1_Line10I[0]";
    let before = fields(PDF).unwrap();
    let flag = |list: &[acroform::FieldInfo], name: &str| list.iter().find(|f| f.name == name).unwrap().read_only;
    assert!(flag(&before, item12) && flag(&before, untouched), "the blank form locks both");
    let out = fill(PDF, &[text(item12, "05/14/2027")], &[]).unwrap();
    let after = fields(&out).unwrap();
    assert!(!flag(&after, item12), "a filled box can be corrected in a viewer");
    assert!(flag(&after, untouched), "an empty box keeps the form's own flag");
    // A check box too.
    let tick = "form1[0].P4[0].P1_Line10E_1[0]";
    assert!(flag(&before, tick));
    let out = fill(PDF, &[check(tick)], &[]).unwrap();
    assert!(!flag(&fields(&out).unwrap(), tick));
}
