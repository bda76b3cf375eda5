//! The official form checks us: the committed PDF is USCIS's own file, every box a question names
//! is on it with the kind the question writes, and every question's Part and Item is the one the
//! box's tooltip (the form's own words) names. A new edition that renames or renumbers a box fails
//! here instead of misleading people.

use std::collections::BTreeMap;

use parole_helper::filing::application_type;
use parole_helper::form::catalogue::{self, Boxes, Item};
use parole_helper::form::{ParoleRequest, ParoleType};
use parole_helper::program::Program;
use sha2::{Digest, Sha256};

const PDF: &[u8] = include_bytes!("../www/forms/i-131-edition-01-20-25.pdf");
const FIELDS: &str = include_str!("forms/i-131-edition-01-20-25.fields.tsv");

/// One row of the form's field list.
struct Field {
    kind: &'static str,
    max_len: Option<u32>,
    on_state: &'static str,
    tooltip: &'static str,
}

fn fields() -> BTreeMap<&'static str, Field> {
    FIELDS
        .lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let field = Field { kind: cols[2], max_len: cols[3].parse().ok(), on_state: cols[5], tooltip: cols[6] };
            (cols[1], field)
        })
        .collect()
}

/// Every box a question names, with the item it belongs to and the kind of box it must be.
fn boxes() -> Vec<(&'static str, Item, &'static str, &'static str)> {
    let mut all = Vec::new();
    for q in catalogue::all() {
        let mut add = |field: &'static str, item: Item, kind: &'static str| all.push((q.path, item, field, kind));
        match q.pdf {
            Boxes::None | Boxes::ApplicationType => {}
            Boxes::Text(field) | Boxes::Stay(field) => add(field, q.item, "Tx"),
            Boxes::List(field, _) => add(field, q.item, "Ch"),
            Boxes::Digits(fields) => fields.iter().for_each(|f| add(f, q.item, "Tx")),
            Boxes::Ticks(ticks) => ticks.iter().for_each(|t| add(t.field, q.item, "Btn")),
            Boxes::Names(rows) => rows.iter().flatten().for_each(|f| add(f, q.item, "Tx")),
            Boxes::Unit { number, apt, ste, flr } => {
                add(number, q.item, "Tx");
                [apt, ste, flr].into_iter().for_each(|f| add(f, q.item, "Btn"));
            }
            Boxes::CityAndCountry(city, country) => [city, country].into_iter().for_each(|f| add(f, q.item, "Tx")),
            Boxes::ByItem(by_item) => by_item.iter().for_each(|(item, f)| add(f, Item { part: q.item.part, number: item }, "Tx")),
            Boxes::TicksByItem(by_item) => {
                by_item.iter().for_each(|(item, ticks)| ticks.iter().for_each(|t| add(t.field, Item { part: q.item.part, number: item }, "Btn")))
            }
        }
    }
    all
}

#[test]
fn the_committed_form_is_uscis_own_file() {
    let digest: String = Sha256::digest(PDF).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(digest, "96cf8a74abcaf8a7db6437087be46de7c31d341b5f629fb0511f0caa2598fcb7");
}

#[test]
fn every_box_a_question_names_is_on_the_form_with_its_kind() {
    let fields = fields();
    let mut seen = BTreeMap::new();
    for (path, _, name, kind) in boxes() {
        let field = fields.get(name).unwrap_or_else(|| panic!("{path}: no field {name} on the form"));
        assert_eq!(field.kind, kind, "{path}: {name}");
        if let Some(other) = seen.insert(name, path) {
            assert_eq!(other, path, "{name} is given to two questions");
        }
    }
    for q in catalogue::all() {
        match q.pdf {
            Boxes::Ticks(ticks) => {
                for tick in ticks {
                    assert_eq!(fields[tick.field].on_state, tick.on, "{}: {}", q.path, tick.field);
                }
            }
            Boxes::TicksByItem(by_item) => {
                for tick in by_item.iter().flat_map(|(_, ticks)| ticks.iter()) {
                    assert_eq!(fields[tick.field].on_state, tick.on, "{}: {}", q.path, tick.field);
                }
            }
            Boxes::Digits(digits) => {
                for digit in digits {
                    assert_eq!(fields[digit].max_len, Some(1), "{}", q.path);
                }
            }
            Boxes::Unit { apt, ste, flr, .. } => {
                assert_eq!([fields[apt].on_state, fields[ste].on_state, fields[flr].on_state], [" APT ", " STE ", " FLR "], "{}", q.path);
            }
            _ => {}
        }
    }
    assert!(seen.len() > 140, "only {} boxes named", seen.len());
}

#[test]
fn list_boxes_offer_what_the_questions_say() {
    let read = acroform::fields(PDF).expect("the form reads");
    for q in catalogue::all() {
        if let Boxes::List(name, options) = q.pdf {
            let field = read.iter().find(|f| f.name == name).expect(name);
            let offered: Vec<&str> = field.options.iter().map(String::as_str).filter(|o| !o.trim().is_empty()).collect();
            assert_eq!(offered, options, "{}", q.path);
        }
    }
}

/// The Part and the Item a tooltip names: "Part 2. Information About You. ... 9. Enter Date of
/// Birth" is Part 2, Item 9. Parenthesised asides ("(Part 1., Item Numbers 10. or 11.)") and
/// ranges ("Item Numbers 16. - 27.") are skipped; the item is the first number followed by a word.
fn tooltip_item(tooltip: &str) -> Option<(u8, String)> {
    let words: Vec<&str> = tooltip.split_whitespace().collect();
    let part = match words.as_slice() {
        ["Part", n, ..] => n.trim_end_matches('.').parse().ok()?,
        _ => return None,
    };
    let mut depth = 0i32;
    let number = |w: &str| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    let letter = |w: &str| w.len() == 2 && w.ends_with('.') && w.as_bytes()[0].is_ascii_alphabetic();
    for (i, word) in words.iter().enumerate().skip(2) {
        depth += word.matches('(').count() as i32;
        let next = words.get(i + 1).copied().unwrap_or_default();
        let after = words.get(i + 2).copied().unwrap_or_default();
        let previous = words[i - 1];
        let free = depth == 0 && !["Number", "Numbers", "-", "or", "and", "If"].contains(&previous);
        depth -= word.matches(')').count() as i32;
        if !free {
            continue;
        }
        let bare = word.trim_end_matches('.');
        // "2. B. If ..." and "3 C. If ...": Item 2.b, Item 3.c.
        if number(bare) && letter(next) && after.starts_with(|c: char| c.is_alphabetic()) {
            return Some((part, format!("{bare}.{}", next[..1].to_ascii_lowercase())));
        }
        // "3.b. Location", "9. Enter", "15. eMedical".
        let is_item = word.ends_with('.')
            && bare.split('.').enumerate().all(|(n, piece)| match n {
                0 => number(piece),
                1 => piece.len() == 1 && piece.bytes().all(|b| b.is_ascii_alphabetic()),
                _ => false,
            })
            && next.starts_with(|c: char| c.is_alphabetic())
            && next != "or";
        if is_item {
            return Some((part, bare.to_string()));
        }
    }
    Some((part, String::new()))
}

/// Tooltips that name another Part or Item than the printed page (the page wins), each with what
/// the tooltip says, so a new edition that fixes or changes them is noticed.
const TOOLTIP_ERRORS: [(&str, Option<(u8, &str)>); 13] = [
    // "Part 1. Information About You ... 12." on page 5's Part 2, Item 12.
    ("form1[0].P5[0].Part2_Line12_ClassofAdmission[0]", Some((1, "12"))),
    // Stray text of another form: "Part 1. Petitioner Information. 3. Mailing ...".
    ("form1[0].P6[0].P2_Line24_Unit[1]", Some((1, "3"))),
    ("form1[0].P5[0].Part2_Line4_Unit[2]", None),
    ("form1[0].P5[0].Part2_Line4_AptSteFlrNumber[0]", None),
    // Item 25's postal code says 24.
    ("form1[0].P6[0].P2_Line25_PostalCode[0]", Some((2, "24"))),
    // The weight is printed as Item 4; its tooltips say 3.
    ("form1[0].P7[0].P3_Line4_Pound1[0]", Some((3, "3"))),
    ("form1[0].P7[0].P3_Line4_Pound2[0]", Some((3, "3"))),
    ("form1[0].P7[0].P3_Line4_Pound3[0]", Some((3, "3"))),
    // No item number at all (printed 21, 6.A, 10.I).
    ("form1[0].P6[0].P2_Line21_DaytimeTelephoneNumber[0]", Some((2, ""))),
    ("form1[0].P2[0].P1_Line6A[0]", Some((1, ""))),
    ("form1[0].P4[0].P1_Line10I[0]", Some((1, "10"))),
    // "Type 1." for "Part 1." (refugee status, Item 13).
    ("form1[0].P4[0].P1_Line13_YesNo[0]", None),
    ("form1[0].P4[0].P1_Line13_YesNo[1]", None),
];

#[test]
fn the_form_checks_our_part_and_item_numbers() {
    let fields = fields();
    let mut wrong = Vec::new();
    for (path, item, name, _) in boxes() {
        let said = tooltip_item(fields[name].tooltip);
        let expected = match TOOLTIP_ERRORS.iter().find(|(n, _)| *n == name) {
            Some((_, error)) => error.map(|(part, number)| (part, number.to_string())),
            None => Some((item.part, item.number.to_string())),
        };
        // A lettered item of Part 1 ("6.E") is named by its letter alone in the tooltip ("Select E.").
        let lettered = item.number.split_once('.').filter(|_| item.part == 1);
        // "... Select E. Other" (6.E), "... programs or processes: E. Immigrant ..." (10.E).
        let matches = match (&said, &expected, lettered) {
            (Some((part, number)), Some(expected), Some((item_number, letter)))
                if (number.is_empty() || number == item_number) && expected.1 == item.number =>
            {
                let tooltip = fields[name].tooltip;
                *part == expected.0 && (tooltip.contains(&format!("Select {letter}.")) || tooltip.contains(&format!("processes: {letter}. ")))
            }
            _ => said == expected,
        };
        if !matches {
            wrong.push(format!("{path} ({item}): {name} says {said:?}"));
        }
    }
    assert!(wrong.is_empty(), "Part/Item differ from the form's tooltips:\n{}", wrong.join("\n"));
}

#[test]
fn application_type_boxes_are_the_printed_items() {
    let fields = fields();
    for program in Program::ALL {
        for kind in [ParoleType::Initial, ParoleType::Reparole] {
            let mut form = ParoleRequest::default();
            form.application.parole_type = Some(kind);
            form.application.program = Some(program);
            let expected = match kind {
                ParoleType::Initial => program.initial_item(),
                ParoleType::Reparole => program.reparole_item(),
            };
            let found = application_type(&form);
            assert_eq!(found.map(|(item, _, _)| item), expected, "{program:?} {kind:?}");
            let Some((item, name, on)) = found else { continue };
            let field = &fields[name];
            assert_eq!(field.on_state, on, "{item}");
            // "Select 6.A.", "Select D." (6.D), "Select 11.", "... programs or processes: B." (10.B);
            // 10.I's box says "Select Other Program".
            let letter = item.split_once('.').map(|(_, letter)| letter);
            let named = field.tooltip.contains(&format!("Select {item}."))
                || letter.is_some_and(|l| field.tooltip.contains(&format!("Select {l}.")) || field.tooltip.contains(&format!("processes: {l}. ")))
                || (item == "10.I" && field.tooltip.contains("Select Other Program or Process."));
            assert!(named, "{item}: {}", field.tooltip);
        }
    }
}

#[test]
fn tooltips_are_read_as_the_form_means_them() {
    assert_eq!(tooltip_item("Part 2. Information About You. Other Information. 9. Enter Date of Birth"), Some((2, "9".into())));
    assert_eq!(
        tooltip_item("Part 8. Complete Only If Applying (Part 1., Item Numbers 6. - 11.) 3.b. Location (City)"),
        Some((8, "3.b".into()))
    );
    assert_eq!(tooltip_item("Part 9. Employment (Re-parole) (Part 1., Item Number 10. or 11.) 1. I am requesting"), Some((9, "1".into())));
    assert_eq!(tooltip_item("Type 1. Application Type."), None);
    assert_eq!(tooltip_item("Part 4. Processing Information. 2. B. If 2. A. Yes, is Checked, Enter Date"), Some((4, "2.b".into())));
    assert_eq!(tooltip_item("Part 4. Processing Information. 3 C. If 3. A. Yes, is Checked"), Some((4, "3.c".into())));
}
