//! Part 1: what is asked for.
//!
//! Data only: see [`super`] for what each part of a [`Question`] means.

use super::{Boxes, Tick, choice, text, yes_no, Format, Item, Kind::*, Question, Slot, When::*};
use super::choices::*;
use crate::form::*;
use crate::rules::Code::{ReparoleCurrentExpiry as EXPIRY, RequiredAnswer as REQ};

pub(super) static APPLICATION: &[Question] = &[
    Question {
        path: "application.paroleType",
        pdf: Boxes::ApplicationType,
        item: Item { part: 1, number: "6-11" },
        kind: Choice(PAROLE_TYPES),
        has_help: true,
        required: Some((Always, REQ)),
        slot: choice!(ParoleType: application.parole_type),
        ..Question::BLANK
    },
    Question {
        path: "application.onBehalfOfSomeoneElse",
        pdf: Boxes::None,
        item: Item { part: 1, number: "6-11" },
        kind: YesNo,
        has_help: true,
        required: Some((Always, REQ)),
        slot: yes_no!(application.on_behalf_of_someone_else),
        ..Question::BLANK
    },
    Question {
        path: "application.program",
        pdf: Boxes::ApplicationType,
        item: Item { part: 1, number: "6-11" },
        kind: Program,
        has_help: true,
        required: Some((Always, REQ)),
        slot: Slot::Choice { get: |r| r.application.program.map(crate::program::Program::id), set: set_program },
        ..Question::BLANK
    },
    Question {
        path: "application.militaryRelation",
        pdf: Boxes::TicksByItem(&[
            ("6.B", &[
                Tick { choice: "serviceMember", field: "form1[0].P3[0].P1_Line6B_1[0]", on: "1" },
                Tick { choice: "family", field: "form1[0].P3[0].P1_Line6B_2[0]", on: "1" },
                Tick { choice: "guardian", field: "form1[0].P3[0].P1_Line6B_3[0]", on: "1" },
            ]),
            ("10.E", &[
                Tick { choice: "serviceMember", field: "form1[0].P4[0].P1_Line10E_1[0]", on: "1" },
                Tick { choice: "family", field: "form1[0].P4[0].P1_Line10E_2[0]", on: "1" },
                Tick { choice: "guardian", field: "form1[0].P4[0].P1_Line10E_3[0]", on: "1" },
            ]),
            ("10.H", &[
                Tick { choice: "serviceMember", field: "form1[0].P4[0].P1_Line10H_1[0]", on: "1" },
                Tick { choice: "family", field: "form1[0].P4[0].P1_Line10H_2[0]", on: "1" },
            ]),
        ]),
        item: Item { part: 1, number: "6.B / 10.E / 10.H" },
        kind: Choice(MILITARY_RELATIONS),
        shown: MilitaryProgram,
        required: Some((MilitaryProgram, REQ)),
        slot: choice!(MilitaryRelation: application.military_relation),
        ..Question::BLANK
    },
    Question {
        path: "application.programName",
        pdf: Boxes::ByItem(&[("6.E", "form1[0].P3[0].P1_Line6E[0]"), ("10.I", "form1[0].P4[0].P1_Line10I[0]")]),
        item: Item { part: 1, number: "6.E / 10.I" },
        kind: Text,
        shown: OtherProgram,
        required: Some((OtherProgram, REQ)),
        english: true,
        slot: text!(application.program_name),
        ..Question::BLANK
    },
    Question {
        path: "application.i130ReceiptNumber",
        pdf: Boxes::Text("form1[0].P2[0].P1_Line6A[0]"),
        item: Item { part: 1, number: "6.A" },
        kind: Text,
        shown: InitialUnder(crate::program::Program::FilipinoWwiiVeterans),
        required: Some((InitialUnder(crate::program::Program::FilipinoWwiiVeterans), REQ)),
        slot: text!(application.i130_receipt_number),
        ..Question::BLANK
    },
    Question {
        path: "application.agencyName",
        pdf: Boxes::Text("form1[0].P3[0].P1_Line6C1[0]"),
        item: Item { part: 1, number: "6.C" },
        kind: Text,
        shown: InitialUnder(crate::program::Program::IntergovernmentalReferral),
        required: Some((InitialUnder(crate::program::Program::IntergovernmentalReferral), REQ)),
        english: true,
        slot: text!(application.agency_name),
        ..Question::BLANK
    },
    Question {
        path: "application.agencyEmail",
        pdf: Boxes::Text("form1[0].P3[0].P1_Line6C2[0]"),
        item: Item { part: 1, number: "6.C" },
        kind: Email,
        shown: InitialUnder(crate::program::Program::IntergovernmentalReferral),
        required: Some((InitialUnder(crate::program::Program::IntergovernmentalReferral), REQ)),
        slot: text!(application.agency_email),
        format: Some(Format::AgencyEmail),
        ..Question::BLANK
    },
    Question {
        path: "application.taskForceRegistrationNumber",
        pdf: Boxes::Text("form1[0].P3[0].P1_Line6D[0]"),
        item: Item { part: 1, number: "6.D" },
        kind: Text,
        shown: InitialUnder(crate::program::Program::FamilyReunificationTaskForce),
        required: Some((InitialUnder(crate::program::Program::FamilyReunificationTaskForce), REQ)),
        slot: text!(application.task_force_registration_number),
        ..Question::BLANK
    },
    Question {
        path: "application.currentParoleExpires",
        pdf: Boxes::Text("form1[0].P4[0].P1_Line12_DateOfAdmission[0]"),
        item: Item { part: 1, number: "12" },
        kind: Date,
        has_help: true,
        shown: Reparole,
        required: Some((Reparole, EXPIRY)),
        slot: text!(application.current_parole_expires),
        ..Question::BLANK
    },
    Question {
        path: "application.frpException",
        pdf: Boxes::None,
        item: Item { part: 1, number: "10.A" },
        kind: YesNo,
        has_help: true,
        shown: ReparoleUnderFrp,
        required: Some((ReparoleUnderFrp, REQ)),
        slot: yes_no!(application.frp_exception),
        ..Question::BLANK
    },
    Question {
        path: "application.terminationNotice",
        pdf: Boxes::None,
        item: Item { part: 0, number: "" },
        kind: YesNo,
        has_help: true,
        shown: Reparole,
        slot: yes_no!(application.termination_notice),
        ..Question::BLANK
    },
    Question {
        path: "application.refugeeStatus",
        pdf: Boxes::Ticks(&[
            Tick { choice: "yes", field: "form1[0].P4[0].P1_Line13_YesNo[0]", on: "Y" },
            Tick { choice: "no", field: "form1[0].P4[0].P1_Line13_YesNo[1]", on: "N" },
        ]),
        item: Item { part: 1, number: "13" },
        kind: YesNo,
        has_help: true,
        required: Some((Always, REQ)),
        slot: yes_no!(application.refugee_status),
        ..Question::BLANK
    },
    Question {
        path: "application.filingMethod",
        pdf: Boxes::None,
        item: Item { part: 0, number: "" },
        kind: Choice(FILING_METHODS),
        has_help: true,
        slot: choice!(FilingMethod: application.filing_method),
        ..Question::BLANK
    },
    Question {
        path: "application.feeWaiverRequested",
        pdf: Boxes::None,
        item: Item { part: 0, number: "" },
        kind: YesNo,
        slot: yes_no!(application.fee_waiver_requested),
        ..Question::BLANK
    },
];

/// Writes the program by its id; the two ids of model version 2 (`none`,
/// `familyReunificationParole`) still read, for documents written without a version.
fn set_program(form: &mut ParoleRequest, id: Option<&str>) -> bool {
    use crate::program::Program;
    let id = match id {
        Some("none") => Some(Program::General.id()),
        Some("familyReunificationParole") => Some(Program::Frp.id()),
        id => id,
    };
    match id {
        None => {
            form.application.program = None;
            true
        }
        Some(id) => match Program::ALL.into_iter().find(|p| p.id() == id) {
            Some(program) => {
                form.application.program = Some(program);
                true
            }
            None => false,
        },
    }
}
