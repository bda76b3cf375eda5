//! The filled official Form I-131: which text goes in which box. The question catalogue names
//! each question's boxes ([`crate::form::catalogue::Boxes`]); this module writes every answer
//! the way its box takes it (dates `mm/dd/yyyy`, an A-Number as its 9 digits, the check box of a
//! choice), adds the boxes that several answers fill together (the application type, an
//! address's unit, the consulate, the length of stay) and the name and A-Number of Part 13, and
//! says where text that does not fit goes: Part 13, Items 3-7, then added sheets headed as the
//! instructions ask. The [`acroform`] crate executes the plan with the PDF's own fonts and box
//! sizes, natively in the CLI and in the browser by its own module, loaded only when a person
//! asks for the file; the same plan gives the same bytes in both.
//!
//! ```
//! use parole_helper::filing::plan;
//! use parole_helper::form::read::read;
//!
//! let form = read(r#"{"application": {"paroleType": "reparole", "program": "general"},
//!     "filer": {"name": {"familyName": "Rivera"}, "dateOfBirth": "1990-10-03", "aNumber": "A-12345678"}}"#)
//!     .unwrap().form;
//! let plan = plan(&form);
//! let value = |field: &str| plan.entries.iter().find(|e| e.field == field).map(|e| e.value.as_str());
//! assert_eq!(value("form1[0].P5[0].Part2_Line9_DateOfBirth[0]"), Some("10/03/1990"));
//! assert_eq!(value("form1[0].P5[0].#area[0].Part2_Line5_AlienNumber[0]"), Some("012345678"));
//! assert_eq!(value("form1[0].P4[0].CB_AppType[0]"), Some("37")); // Item 11: re-parole, no program
//! ```
//!
//! What the form has no box for is left out (the helper's own questions); the signature boxes
//! stay empty, since the person signs by hand after printing.

mod application;
mod boxes;

use acroform::{Entry, Overflow, Place, Plan, Row};

use crate::form::catalogue::{self, Boxes, Question, Slot, Tick};
use crate::form::{answer, Name, ParoleRequest};

pub use application::application_type;
pub use boxes::{a_number_digits, box_text, split_consulate, split_unit, stay_text, UnitBox};

/// The edition of Form I-131 the boxes belong to, as printed at the foot of each page.
pub const EDITION: &str = "01/20/25";

/// The file name of the official form, in `www/forms/` (the page fetches it from there).
pub const FORM_FILE: &str = "i-131-edition-01-20-25.pdf";

/// The file name of a filled form: "I-131-Family-Given.pdf", after the person the request is for
/// (the beneficiary when someone asks for another person, else the filer; letters and digits
/// only), so a family's forms do not all carry the parent's name; "I-131-filled.pdf" before a
/// name is given.
pub fn file_name(form: &ParoleRequest) -> String {
    let name = if form.for_someone_else() { &form.beneficiary.name } else { &form.filer.name };
    let parts: Vec<String> = [&name.family_name, &name.given_name]
        .into_iter()
        .filter_map(crate::form::answer)
        .map(|part| part.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
        .filter(|part| !part.is_empty())
        .collect();
    if parts.is_empty() { "I-131-filled.pdf".into() } else { format!("I-131-{}.pdf", parts.join("-")) }
}

/// The plan of the filled form for `form`: every answered question that applies, in form order.
pub fn plan(form: &ParoleRequest) -> Plan {
    // Part 2, Item 24 "same as the filer's" is written out: the form has no such box.
    let on_form = form.as_on_form();
    let form: &ParoleRequest = &on_form;
    let mut entries = Vec::new();
    application::entries(form, &mut entries);
    for question in catalogue::all().filter(|q| catalogue::is_shown(q, form)) {
        question_entries(question, form, &mut entries);
    }
    copy_mailing_address_as_physical(form, &mut entries);
    header_entries(form, &mut entries);
    Plan { entries, overflow: overflow(form) }
}

/// The boxes of one question.
fn question_entries(question: &Question, form: &ParoleRequest, entries: &mut Vec<Entry>) {
    let place = || place_of(question);
    match (question.pdf, question.slot) {
        (Boxes::Text(field), _) => {
            if let Some(text) = question.text(form) {
                match box_text(question, text) {
                    Some(value) => entries.push(text_entry(field, value, place())),
                    // A value a list box does not offer (a height of 9 feet): Part 13 keeps it.
                    None => entries.push(text_entry("", text.to_string(), place())),
                }
            }
        }
        (Boxes::Digits(fields), _) => {
            if let Some(text) = question.text(form) {
                match boxes::digits(text, fields.len()) {
                    Some(digits) => {
                        for (field, digit) in fields.iter().zip(digits.chars()) {
                            entries.push(Entry { field: field.to_string(), value: digit.to_string(), place: None });
                        }
                    }
                    None => entries.push(text_entry("", text.to_string(), place())),
                }
            }
        }
        (Boxes::Ticks(ticks), slot) => tick(ticks, &chosen(slot, form), entries),
        (Boxes::TicksByItem(by_item), slot) => {
            let item = application_type(form).map(|(item, _, _)| item);
            if let Some((_, ticks)) = by_item.iter().find(|(i, _)| Some(*i) == item) {
                tick(ticks, &chosen(slot, form), entries);
            }
        }
        (Boxes::Names(rows), Slot::Names { get, .. }) => {
            let names = get(form);
            for (row, name) in rows.iter().zip(names) {
                for (field, part) in row.iter().zip([&name.family_name, &name.given_name, &name.middle_name]) {
                    if let Some(text) = answer(part) {
                        entries.push(text_entry(field, text.to_string(), place()));
                    }
                }
            }
            // More names than rows: Part 13 says the rest.
            let rest: Vec<String> = names.iter().skip(rows.len()).map(name_line).filter(|n| !n.is_empty()).collect();
            if !rest.is_empty() {
                let page = if question.path.starts_with("filer") { "5" } else { "6" };
                let place = Place { page: page.into(), ..place() };
                entries.push(text_entry("", rest.join("; "), place));
            }
        }
        (Boxes::List(field, options), _) => {
            if let Some(text) = question.text(form) {
                // A value the list does not offer (a height of 1 foot): Part 13 keeps it as typed.
                let field = if boxes::list_value(options, text).is_some() { field } else { "" };
                let value = boxes::list_value(options, text).unwrap_or_else(|| text.to_string());
                entries.push(Entry { field: field.to_string(), value, place: Some(place()) });
            }
        }
        (Boxes::Unit { number, apt, ste, flr }, _) => {
            if let Some(text) = question.text(form) {
                match split_unit(text) {
                    Some((which, n)) => {
                        let tick = match which {
                            UnitBox::Apt => (apt, " APT "),
                            UnitBox::Ste => (ste, " STE "),
                            UnitBox::Flr => (flr, " FLR "),
                        };
                        entries.push(Entry { field: tick.0.to_string(), value: tick.1.to_string(), place: None });
                        entries.push(text_entry(number, n, place()));
                    }
                    // "Unit 5", "Bldg 2 Apt 3": no box says it, so it joins the street line
                    // (which moves to Part 13 whole if it no longer fits).
                    None => match street_entry(question, entries) {
                        Some(street) => street.value = format!("{}, {text}", street.value),
                        None => entries.push(text_entry("", text.to_string(), place())),
                    },
                }
            }
        }
        (Boxes::CityAndCountry(city_box, country_box), _) => {
            if let Some(text) = question.text(form) {
                let (city, country) = split_consulate(text);
                entries.push(text_entry(city_box, city.to_string(), place()));
                if let Some(country) = country {
                    entries.push(text_entry(country_box, country.to_string(), place()));
                }
            }
        }
        (Boxes::ByItem(by_item), _) => {
            let item = application_type(form).map(|(item, _, _)| item);
            if let (Some(text), Some((_, field))) = (question.text(form), by_item.iter().find(|(i, _)| Some(*i) == item)) {
                let place = Place { item: item.unwrap_or_default().to_string(), ..place() };
                entries.push(text_entry(field, text.to_string(), place));
            }
        }
        (Boxes::Stay(field), _) => {
            if let Some(value) = question.text(form) {
                entries.push(text_entry(field, stay_text(value, form.reason.length_of_stay.unit), place()));
            }
        }
        (Boxes::Names(_) | Boxes::None | Boxes::ApplicationType, _) => {}
    }
}

/// The entry of the street line of the address a unit question belongs to, if it was written.
fn street_entry<'e>(unit: &Question, entries: &'e mut [Entry]) -> Option<&'e mut Entry> {
    let street = unit.path.strip_suffix(".unit").and_then(|address| catalogue::question(&format!("{address}.street")))?;
    let Boxes::Text(field) = street.pdf else { return None };
    entries.iter_mut().rev().find(|e| e.field == field)
}

/// The ids of the choices an answer makes (`yes`/`no` for a yes-or-no question).
fn chosen(slot: Slot, form: &ParoleRequest) -> Vec<&'static str> {
    match slot {
        Slot::YesNo { get, .. } => get(form).map(|yes| if yes { "yes" } else { "no" }).into_iter().collect(),
        Slot::Choice { get, .. } => get(form).into_iter().collect(),
        Slot::Choices { get, .. } => get(form),
        _ => Vec::new(),
    }
}

/// Ticks the boxes of the chosen choices.
fn tick(ticks: &[Tick], chosen: &[&str], entries: &mut Vec<Entry>) {
    for tick in ticks.iter().filter(|t| chosen.contains(&t.choice)) {
        entries.push(Entry { field: tick.field.to_string(), value: tick.on.to_string(), place: None });
    }
}

/// Where a question's answer is said to belong when it moves to Part 13.
fn place_of(question: &Question) -> Place {
    Place { page: String::new(), part: question.item.part.to_string(), item: question.item.number.to_string() }
}

fn text_entry(field: &str, value: String, place: Place) -> Entry {
    Entry { field: field.to_string(), value, place: Some(place) }
}

/// "Family, Given Middle", as a name is written in one line.
fn name_line(name: &Name) -> String {
    let given: Vec<&str> = [&name.given_name, &name.middle_name].into_iter().filter_map(answer).collect();
    match (answer(&name.family_name), given.is_empty()) {
        (Some(family), false) => format!("{family}, {}", given.join(" ")),
        (Some(family), true) => family.to_string(),
        (None, _) => given.join(" "),
    }
}

/// Part 2, Item 25 has no "if different" on the form: when the person to be paroled lives at
/// their mailing address (their own, or the filer's they share), it is written there too.
fn copy_mailing_address_as_physical(form: &ParoleRequest, entries: &mut Vec<Entry>) {
    if !form.for_someone_else() || form.beneficiary.physical_address.is_some() {
        return;
    }
    let mut as_physical = form.clone();
    as_physical.beneficiary.physical_address = Some(form.beneficiary.mailing_address.clone());
    if let Some(address) = as_physical.beneficiary.physical_address.as_mut() {
        address.in_care_of = None;
    }
    for question in catalogue::all().filter(|q| q.path.starts_with("beneficiary.physicalAddress.")) {
        question_entries(question, &as_physical, entries);
    }
}

/// The boxes at the top of Part 13: the filer's name and A-Number.
const HEADER_NAME: [&str; 3] = [
    "form1[0].#subform[13].Part2_Line1_FamilyName[0]",
    "form1[0].#subform[13].Part2_Line1_GivenName[0]",
    "form1[0].#subform[13].Part2_Line1_MiddleName[0]",
];
const HEADER_A_NUMBER: &str = "form1[0].#subform[13].Global_ANumber[0].Part2_Line5_AlienNumber[0]";

fn header_entries(form: &ParoleRequest, entries: &mut Vec<Entry>) {
    let name = &form.filer.name;
    let place = |item: &str| Place { page: "14".into(), part: "13".into(), item: item.into() };
    for (field, part) in HEADER_NAME.iter().zip([&name.family_name, &name.given_name, &name.middle_name]) {
        if let Some(text) = answer(part) {
            entries.push(text_entry(field, text.to_string(), place("1")));
        }
    }
    if let Some(digits) = answer(&form.filer.a_number).and_then(a_number_digits) {
        entries.push(text_entry(HEADER_A_NUMBER, digits, place("2")));
    }
}

/// Part 13, Items 3-7: the rows that take what does not fit, then the added sheets.
fn overflow(form: &ParoleRequest) -> Overflow {
    let row = |n: u8| {
        let field = |what: &str| format!("form1[0].#subform[13].Part13_Line{n}_{what}[0]");
        Row { page: field("PageNumber"), part: field("PartNumber"), item: field("ItemNumber"), text: field("AdditionalInfo") }
    };
    let name = name_line(&form.filer.name);
    let a_number = answer(&form.filer.a_number).and_then(a_number_digits);
    Overflow {
        rows: (3..=7).map(row).collect(),
        moved_note: "See Part 13.".into(),
        sheet_note: "Continued on added sheet {sheet}: Page {page}, Part {part}, Item {item}.".into(),
        sheet_heading: vec![
            format!("Name: {}", if name.is_empty() { "________________" } else { &name }),
            format!("A-Number: A-{}", a_number.as_deref().unwrap_or("_________")),
            format!("Form I-131, Edition {EDITION}. Part 13, Additional Information"),
        ],
        sheet_footer: vec!["Signature: ______________________________    Date (mm/dd/yyyy): ____________".into()],
    }
}
