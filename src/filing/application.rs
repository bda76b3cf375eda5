//! Part 1: the one application-type box of the request (Items 6.A-7 for initial parole, 10.A-11
//! for re-parole), the text boxes of that item, and Item 12.

use acroform::{Entry, Place};

use crate::form::catalogue::{question, Boxes};
use crate::form::{ParoleRequest, ParoleType};
use crate::program::Program;

/// Each application-type item: its check box and the box's "on" state. The boxes' indexes on
/// each page do not follow the printed order; the on-states (18-37) do.
const ITEM_BOXES: [(&str, &str, &str); 16] = [
    ("6.A", "form1[0].P2[0].CB_AppType[6]", "18"),
    ("6.B", "form1[0].P3[0].CB_AppType[8]", "19"),
    ("6.C", "form1[0].P3[0].CB_AppType[7]", "20"),
    ("6.D", "form1[0].P3[0].CB_AppType[0]", "21"),
    ("6.E", "form1[0].P3[0].CB_AppType[1]", "22"),
    ("7", "form1[0].P3[0].CB_AppType[5]", "23"),
    ("10.A", "form1[0].P4[0].CB_AppType[5]", "28"),
    ("10.B", "form1[0].P4[0].CB_AppType[4]", "29"),
    ("10.C", "form1[0].P4[0].CB_AppType[6]", "30"),
    ("10.D", "form1[0].P4[0].CB_AppType[7]", "31"),
    ("10.E", "form1[0].P4[0].CB_AppType[8]", "32"),
    ("10.F", "form1[0].P4[0].CB_AppType[9]", "33"),
    ("10.G", "form1[0].P4[0].CB_AppType[1]", "34"),
    ("10.H", "form1[0].P4[0].CB_AppType[2]", "35"),
    ("10.I", "form1[0].P4[0].CB_AppType[3]", "36"),
    ("11", "form1[0].P4[0].CB_AppType[0]", "37"),
];

/// What 10.I says for CHNV when the person has not named it (the form has no CHNV box).
const CHNV_NAME: &str = "Parole processes for Cubans, Haitians, Nicaraguans, and Venezuelans (CHNV)";

/// The Part 1 item of the request, and its check box and on-state, when the answers name one.
pub fn application_type(form: &ParoleRequest) -> Option<(&'static str, &'static str, &'static str)> {
    let program = form.application.program?;
    let item = match form.application.parole_type? {
        ParoleType::Initial => program.initial_item(),
        ParoleType::Reparole => program.reparole_item(),
    }?;
    ITEM_BOXES.iter().copied().find(|(i, _, _)| *i == item)
}

/// The application type's box, and for CHNV (which has no box of its own) its name under 10.I.
pub(super) fn entries(form: &ParoleRequest, entries: &mut Vec<Entry>) {
    let Some((item, field, on)) = application_type(form) else { return };
    entries.push(Entry { field: field.into(), value: on.into(), place: None });
    if form.application.program != Some(Program::Chnv) {
        return; // "Other" programs are named by the person: the program-name question writes it.
    }
    let by_item = match question("application.programName").map(|q| q.pdf) {
        Some(Boxes::ByItem(by_item)) => by_item,
        _ => return,
    };
    if let Some((_, name_box)) = by_item.iter().find(|(i, _)| *i == item) {
        let place = Place { page: String::new(), part: "1".into(), item: item.into() };
        entries.push(Entry { field: name_box.to_string(), value: CHNV_NAME.into(), place: Some(place) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_program_item_has_its_box() {
        for program in Program::ALL {
            for item in [program.initial_item(), program.reparole_item()].into_iter().flatten() {
                assert!(ITEM_BOXES.iter().any(|(i, _, _)| *i == item), "{item}");
            }
        }
        let mut states: Vec<&str> = ITEM_BOXES.iter().map(|(_, _, on)| *on).collect();
        states.dedup();
        assert_eq!(states.len(), ITEM_BOXES.len(), "on-states run 18-23 and 28-37 in printed order");
    }
}
