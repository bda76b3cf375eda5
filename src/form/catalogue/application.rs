//! Part 1: what is asked for.
//!
//! Data only: see [`super`] for what each part of a [`Question`] means.

use super::{Boxes, Tick, choice, text, yes_no, Format, Item, Kind::*, Question, Slot, Text, When::*};
use super::choices::*;
use crate::form::*;
use crate::rules::Code::{ReparoleCurrentExpiry as EXPIRY, RequiredAnswer as REQ};

pub(super) static APPLICATION: &[Question] = &[
    Question {
        path: "application.paroleType",
        pdf: Boxes::ApplicationType,
        item: Item { part: 1, number: "6-11" },
        kind: Choice(PAROLE_TYPES),
        label: Text { en: "What are you asking for?", es: "¿Qué está pidiendo?" },
        name: Text { en: "the kind of request (initial parole or re-parole)", es: "el tipo de solicitud (parole inicial o nuevo parole)" },
        help: Some(Text { en: "Initial parole is for someone outside the US. Re-parole is a new period of parole for someone already paroled into the US.", es: "El parole inicial es para alguien que está fuera de EE. UU. El nuevo parole (re-parole) es otro período de parole para alguien que ya entró a EE. UU. con parole." }),
        required: Some((Always, REQ)),
        slot: choice!(ParoleType: application.parole_type),
        ..Question::BLANK
    },
    Question {
        path: "application.onBehalfOfSomeoneElse",
        pdf: Boxes::None,
        item: Item { part: 1, number: "6-11" },
        kind: YesNo,
        label: Text { en: "Are you filing for someone else?", es: "¿Pide el parole para otra persona?" },
        name: Text { en: "whether you file for yourself or for someone else", es: "decir si pide para usted o para otra persona" },
        help: Some(Text { en: "Answer Yes if you ask for parole for another person, for example your child.", es: "Conteste Sí si pide el parole para otra persona, por ejemplo su hijo o hija." }),
        required: Some((Always, REQ)),
        slot: yes_no!(application.on_behalf_of_someone_else),
        ..Question::BLANK
    },
    Question {
        path: "application.program",
        pdf: Boxes::ApplicationType,
        item: Item { part: 1, number: "6-11" },
        kind: Program,
        label: Text { en: "Under which program?", es: "¿Con qué programa?" },
        name: Text { en: "the program (or \"no program\")", es: "el programa (o \"Sin programa\")" },
        help: Some(Text { en: "For re-parole, the program of the current parole. If you are not sure, choose No program.", es: "Para un nuevo parole, el programa del parole actual. Si no sabe, elija \"Sin programa\"." }),
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
        label: Text { en: "Who is the person to be paroled to the service member?", es: "¿Qué es la persona que recibiría el parole para el militar?" },
        name: Text { en: "how the person relates to the service member", es: "la relación de la persona con el militar" },
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
        label: Text { en: "Name of the program", es: "Nombre del programa" },
        name: Text { en: "the name of the program", es: "el nombre del programa" },
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
        label: Text { en: "Receipt number of the approved Form I-130", es: "Número de recibo del Formulario I-130 aprobado" },
        name: Text { en: "the receipt number of the approved Form I-130", es: "el número de recibo del Formulario I-130 aprobado" },
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
        label: Text { en: "Name of the US federal agency that referred you", es: "Nombre de la agencia federal de EE. UU. que lo refirió" },
        name: Text { en: "the name of the referring agency", es: "el nombre de la agencia que lo refirió" },
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
        label: Text { en: "Official email of the referring agency (.gov or .mil)", es: "Correo oficial de la agencia que lo refiere (.gov o .mil)" },
        name: Text { en: "the official email of the referring agency", es: "el correo oficial de la agencia que lo refiere" },
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
        label: Text { en: "Task Force registration number", es: "Número de registro del Task Force" },
        name: Text { en: "the Task Force registration number", es: "el número de registro del Task Force" },
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
        label: Text { en: "Last day of the current parole", es: "Último día del parole actual" },
        name: Text { en: "the last day of the current parole", es: "el último día del parole actual" },
        help: Some(Text { en: "The \"Admit Until\" date on the I-94 (month, day, year). The helper also works out when to file.", es: "La fecha \"Admit Until\" del I-94 (mes, día, año). La herramienta también calcula cuándo pedirlo." }),
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
        label: Text { en: "Did you file Form I-485 by December 15, 2025 that is still pending, or did DHS decide that your FRP parole goes on?", es: "¿Presentó un Formulario I-485 a más tardar el 15 de diciembre de 2025 que sigue pendiente, o decidió el gobierno (DHS) que su parole de FRP sigue?" },
        name: Text { en: "whether an exception keeps your FRP parole going", es: "si una excepción hace que su parole de FRP siga" },
        help: Some(Text { en: "DHS ended Family Reunification Parole: its parole ended on January 14, 2026, except in these cases. Then it lasts until the I-485 is decided or the I-94 date, whichever comes first.", es: "El gobierno (DHS) terminó el programa de Reunificación Familiar: su parole terminó el 14 de enero de 2026, salvo en estos casos. Entonces dura hasta que decidan el I-485 o hasta la fecha del I-94, lo que pase primero." }),
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
        label: Text { en: "Did DHS send you a notice that ends your parole early?", es: "¿El gobierno (DHS) le mandó un aviso que termina su parole antes de tiempo?" },
        name: Text { en: "whether DHS sent a notice that ends the parole early", es: "si el gobierno (DHS) mandó un aviso que termina el parole antes de tiempo" },
        help: Some(Text { en: "For example a letter or email saying your parole is terminated, or an I-94 online with an earlier date. If Yes, talk to a lawyer first.", es: "Por ejemplo, una carta o un correo que dice que su parole terminó, o un I-94 en internet con una fecha más temprana. Si es Sí, hable primero con un abogado." }),
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
        label: Text {
            en: "Do you hold refugee status, were you paroled as a refugee, or are you a permanent resident because you were a refugee?",
            es: "¿Tiene estatus de refugiado, recibió parole como refugiado, o es residente permanente por haber sido refugiado?",
        },
        name: Text { en: "whether you hold refugee status", es: "decir si tiene estatus de refugiado" },
        help: Some(Text { en: "Humanitarian parole is not refugee status.", es: "El parole humanitario no es estatus de refugiado." }),
        required: Some((Always, REQ)),
        slot: yes_no!(application.refugee_status),
        ..Question::BLANK
    },
    Question {
        path: "application.filingMethod",
        pdf: Boxes::None,
        item: Item { part: 0, number: "" },
        kind: Choice(FILING_METHODS),
        label: Text { en: "How will you send the form?", es: "¿Cómo va a enviar el formulario?" },
        name: Text { en: "whether you file on paper or online", es: "si lo envía en papel o por internet" },
        help: Some(Text { en: "The fee is lower online. A fee waiver needs paper.", es: "La tarifa es más baja por internet. Para pedir no pagar la tarifa, tiene que ser en papel." }),
        slot: choice!(FilingMethod: application.filing_method),
        ..Question::BLANK
    },
    Question {
        path: "application.feeWaiverRequested",
        pdf: Boxes::None,
        item: Item { part: 0, number: "" },
        kind: YesNo,
        label: Text { en: "Will you ask not to pay the I-131 fee (fee waiver, Form I-912)?", es: "¿Va a pedir no pagar la tarifa del I-131 (exención, Formulario I-912)?" },
        name: Text { en: "whether you ask for a fee waiver", es: "si pide no pagar la tarifa (exención)" },
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
