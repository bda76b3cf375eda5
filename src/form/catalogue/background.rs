//! Parts 3, 4, 8 and 9: biographics, removal proceedings, the reason, the work permit.
//!
//! Data only: see [`super`] for what each part of a [`Question`] means.

use super::{Boxes, Tick, choice, choice_set, text, yes_no, Format, Item, Kind::*, Question, Slot, Text, When::*};
use super::choices::*;
use crate::form::*;
use crate::rules::Code::{RequiredAnswer as REQ};

pub(super) static BIOGRAPHICS: &[Question] = &[
    Question {
        path: "biographics.ethnicity",
        pdf: Boxes::Ticks(&[
            Tick { choice: "hispanicOrLatino", field: "form1[0].P7[0].P3_Line1_Ethnicity[1]", on: "H" },
            Tick { choice: "notHispanicOrLatino", field: "form1[0].P7[0].P3_Line1_Ethnicity[0]", on: "NH" },
        ]),
        item: Item { part: 3, number: "1" },
        kind: Choice(ETHNICITIES),
        label: Text { en: "Ethnicity", es: "Origen étnico" },
        name: Text { en: "the ethnicity", es: "el origen étnico" },
        required: Some((Always, REQ)),
        slot: choice!(Ethnicity: biographics.ethnicity),
        ..Question::BLANK
    },
    Question {
        path: "biographics.race",
        pdf: Boxes::Ticks(&[
            Tick { choice: "americanIndianOrAlaskaNative", field: "form1[0].P7[0].P3_Line2_Race_American[0]", on: "I" },
            Tick { choice: "asian", field: "form1[0].P7[0].P3_Line2_Race_Asian[0]", on: "A" },
            Tick { choice: "black", field: "form1[0].P7[0].P3_Line2_Race_Black[0]", on: "B" },
            Tick { choice: "nativeHawaiianOrPacificIslander", field: "form1[0].P7[0].P3_Line2_Race_Hawaiian[0]", on: "H" },
            Tick { choice: "white", field: "form1[0].P7[0].P3_Line2_Race_White[0]", on: "W" },
        ]),
        item: Item { part: 3, number: "2" },
        kind: Choices(RACES),
        label: Text { en: "Race (one or more)", es: "Raza (una o más)" },
        name: Text { en: "the race", es: "la raza" },
        required: Some((Always, REQ)),
        slot: choice_set!(Race: biographics.race),
        ..Question::BLANK
    },
    Question {
        path: "biographics.heightFeet",
        pdf: Boxes::List("form1[0].P7[0].P3_Line3_HeightFeet[0]", &["2", "3", "4", "5", "6", "7", "8"]),
        item: Item { part: 3, number: "3" },
        kind: WholeNumber,
        label: Text { en: "Height: feet", es: "Estatura: pies" },
        name: Text { en: "the height (feet)", es: "la estatura (pies)" },
        help: Some(Text { en: "For example 5 feet 4 inches. You may also write centimetres, like 163 cm: the helper writes it in feet and inches.", es: "Por ejemplo 5 pies y 4 pulgadas. También puede escribir centímetros, como 163 cm: el asistente lo pasa a pies y pulgadas." }),
        required: Some((Always, REQ)),
        slot: text!(biographics.height_feet),
        format: Some(Format::Number { min: 0, max: 8, body: true }),
        ..Question::BLANK
    },
    Question {
        path: "biographics.heightInches",
        pdf: Boxes::List("form1[0].P7[0].P3_Line3_HeightInches[0]", &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]),
        item: Item { part: 3, number: "3" },
        kind: WholeNumber,
        label: Text { en: "Height: inches", es: "Estatura: pulgadas" },
        name: Text { en: "the height (inches)", es: "la estatura (pulgadas)" },
        required: Some((Always, REQ)),
        slot: text!(biographics.height_inches),
        format: Some(Format::Number { min: 0, max: 11, body: true }),
        ..Question::BLANK
    },
    Question {
        path: "biographics.weightPounds",
        pdf: Boxes::Digits(&["form1[0].P7[0].P3_Line4_Pound1[0]", "form1[0].P7[0].P3_Line4_Pound2[0]", "form1[0].P7[0].P3_Line4_Pound3[0]"]),
        item: Item { part: 3, number: "4" },
        kind: WholeNumber,
        label: Text { en: "Weight in pounds", es: "Peso en libras" },
        name: Text { en: "the weight (pounds)", es: "el peso (libras)" },
        help: Some(Text { en: "You may also write kilos, like 15 kg: the helper writes it in pounds.", es: "También puede escribir kilos, como 15 kg: el asistente lo pasa a libras." }),
        required: Some((Always, REQ)),
        slot: text!(biographics.weight_pounds),
        format: Some(Format::Number { min: 1, max: 999, body: true }),
        ..Question::BLANK
    },
    Question {
        path: "biographics.eyeColor",
        pdf: Boxes::Ticks(&[
            Tick { choice: "black", field: "form1[0].P7[0].P3_Line5_EyeColor[8]", on: "BLK" },
            Tick { choice: "blue", field: "form1[0].P7[0].P3_Line5_EyeColor[7]", on: "BLU" },
            Tick { choice: "brown", field: "form1[0].P7[0].P3_Line5_EyeColor[0]", on: "BRN" },
            Tick { choice: "gray", field: "form1[0].P7[0].P3_Line5_EyeColor[1]", on: "GRY" },
            Tick { choice: "green", field: "form1[0].P7[0].P3_Line5_EyeColor[6]", on: "GRN" },
            Tick { choice: "hazel", field: "form1[0].P7[0].P3_Line5_EyeColor[5]", on: "HZL" },
            Tick { choice: "maroon", field: "form1[0].P7[0].P3_Line5_EyeColor[2]", on: "MRN" },
            Tick { choice: "pink", field: "form1[0].P7[0].P3_Line5_EyeColor[4]", on: "PNK" },
            Tick { choice: "unknown", field: "form1[0].P7[0].P3_Line5_EyeColor[3]", on: "OTH" },
        ]),
        item: Item { part: 3, number: "5" },
        kind: Choice(EYE_COLORS),
        label: Text { en: "Eye color", es: "Color de ojos" },
        name: Text { en: "the eye color", es: "el color de ojos" },
        required: Some((Always, REQ)),
        slot: choice!(EyeColor: biographics.eye_color),
        ..Question::BLANK
    },
    Question {
        path: "biographics.hairColor",
        pdf: Boxes::Ticks(&[
            Tick { choice: "bald", field: "form1[0].P7[0].P3_Line6_HairColor[0]", on: "BLD" },
            Tick { choice: "black", field: "form1[0].P7[0].P3_Line6_HairColor[8]", on: "BLK" },
            Tick { choice: "blond", field: "form1[0].P7[0].P3_Line6_HairColor[1]", on: "BND" },
            Tick { choice: "brown", field: "form1[0].P7[0].P3_Line6_HairColor[7]", on: "BRN" },
            Tick { choice: "gray", field: "form1[0].P7[0].P3_Line6_HairColor[2]", on: "GRY" },
            Tick { choice: "red", field: "form1[0].P7[0].P3_Line6_HairColor[6]", on: "RED" },
            Tick { choice: "sandy", field: "form1[0].P7[0].P3_Line6_HairColor[3]", on: "SDY" },
            Tick { choice: "white", field: "form1[0].P7[0].P3_Line6_HairColor[5]", on: "WHT" },
            Tick { choice: "unknown", field: "form1[0].P7[0].P3_Line6_HairColor[4]", on: "OTH" },
        ]),
        item: Item { part: 3, number: "6" },
        kind: Choice(HAIR_COLORS),
        label: Text { en: "Hair color", es: "Color de pelo" },
        name: Text { en: "the hair color", es: "el color de pelo" },
        required: Some((Always, REQ)),
        slot: choice!(HairColor: biographics.hair_color),
        ..Question::BLANK
    },
];

pub(super) static REMOVAL: &[Question] = &[
    Question {
        path: "removalProceedings",
        pdf: Boxes::Ticks(&[
            Tick { choice: "yes", field: "form1[0].P7[0].P4_Line1_YesNo[0]", on: "Y" },
            Tick { choice: "no", field: "form1[0].P7[0].P4_Line1_YesNo[1]", on: "N" },
        ]),
        item: Item { part: 4, number: "1" },
        kind: YesNo,
        label: Text { en: "Has the person to be paroled ever been in exclusion, deportation, removal or rescission proceedings?", es: "¿La persona para quien pide el parole ha estado alguna vez en un proceso de exclusión, deportación, expulsión o rescisión?" },
        name: Text { en: "whether the person to be paroled was ever in removal proceedings", es: "decir si la persona para quien pide el parole estuvo alguna vez en un proceso de deportación" },
        help: Some(Text { en: "Including a removal order. If Yes, talk to a lawyer first.", es: "También si tiene una orden de deportación. Si es Sí, hable primero con un abogado." }),
        required: Some((Always, REQ)),
        slot: yes_no!(removal_proceedings),
        ..Question::BLANK
    },
    Question {
        path: "previousDocuments.reentryPermit",
        pdf: Boxes::Ticks(&[
            Tick { choice: "yes", field: "form1[0].P7[0].P4_Line2a_YesNo[0]", on: "Y" },
            Tick { choice: "no", field: "form1[0].P7[0].P4_Line2a_YesNo[1]", on: "N" },
        ]),
        item: Item { part: 4, number: "2.a" },
        kind: YesNo,
        label: Text { en: "Was the person to be paroled ever issued a Reentry Permit or a Refugee Travel Document?", es: "¿La persona para quien pide el parole recibió alguna vez un Permiso de Reingreso o un Documento de Viaje de Refugiado?" },
        name: Text { en: "whether a reentry permit or refugee travel document was ever issued", es: "decir si alguna vez recibió un permiso de reingreso o un documento de viaje de refugiado" },
        required: Some((Always, REQ)),
        slot: yes_no!(previous_documents.reentry_permit),
        ..Question::BLANK
    },
    Question {
        path: "previousDocuments.reentryPermitIssued",
        pdf: Boxes::Text("form1[0].P7[0].P4_Line2b_DateIssued[0]"),
        item: Item { part: 4, number: "2.b" },
        kind: Date,
        label: Text { en: "Date the last one was issued", es: "Fecha en que se emitió el último" },
        name: Text { en: "the date the last reentry permit or refugee travel document was issued", es: "la fecha del último permiso de reingreso o documento de viaje de refugiado" },
        shown: HadReentryPermit,
        required: Some((HadReentryPermit, REQ)),
        slot: text!(previous_documents.reentry_permit_issued),
        ..Question::BLANK
    },
    Question {
        path: "previousDocuments.reentryPermitDisposition",
        pdf: Boxes::Text("form1[0].P7[0].P4_Line2c_Disposition[0]"),
        item: Item { part: 4, number: "2.c" },
        kind: Text,
        label: Text { en: "What became of it (attached, lost, stolen, damaged, still in my possession...)", es: "Qué pasó con él (adjunto, perdido, robado, dañado, todavía lo tengo...)" },
        name: Text { en: "what became of the last reentry permit or refugee travel document", es: "qué pasó con el último permiso de reingreso o documento de viaje de refugiado" },
        shown: HadReentryPermit,
        required: Some((HadReentryPermit, REQ)),
        english: true,
        slot: text!(previous_documents.reentry_permit_disposition),
        ..Question::BLANK
    },
    Question {
        path: "previousDocuments.advanceParole",
        pdf: Boxes::Ticks(&[
            Tick { choice: "yes", field: "form1[0].P7[0].P4_Line3a_YesNo[0]", on: "Y" },
            Tick { choice: "no", field: "form1[0].P7[0].P4_Line3a_YesNo[1]", on: "N" },
        ]),
        item: Item { part: 4, number: "3.a" },
        kind: YesNo,
        label: Text { en: "Was the person to be paroled ever issued an Advance Parole Document?", es: "¿La persona para quien pide el parole recibió alguna vez un Documento de Permiso Adelantado (Advance Parole)?" },
        name: Text { en: "whether an advance parole document was ever issued", es: "decir si alguna vez recibió un documento de Advance Parole" },
        help: Some(Text { en: "A travel document for leaving and coming back to the US. Your I-94 or a parole approval is not one.", es: "Es un documento para salir de EE. UU. y regresar. El I-94 o una aprobación de parole no lo son." }),
        required: Some((Always, REQ)),
        slot: yes_no!(previous_documents.advance_parole),
        ..Question::BLANK
    },
    Question {
        path: "previousDocuments.advanceParoleIssued",
        pdf: Boxes::Text("form1[0].P7[0].P4_Line3b_DateIssued[0]"),
        item: Item { part: 4, number: "3.b" },
        kind: Date,
        label: Text { en: "Date the last one was issued", es: "Fecha en que se emitió el último" },
        name: Text { en: "the date the last advance parole document was issued", es: "la fecha del último documento de Advance Parole" },
        shown: HadAdvanceParole,
        required: Some((HadAdvanceParole, REQ)),
        slot: text!(previous_documents.advance_parole_issued),
        ..Question::BLANK
    },
    Question {
        path: "previousDocuments.advanceParoleDisposition",
        pdf: Boxes::Text("form1[0].P7[0].P4_Line3c_Disposition[0]"),
        item: Item { part: 4, number: "3.c" },
        kind: Text,
        label: Text { en: "What became of it (attached, lost, stolen, damaged, still in my possession...)", es: "Qué pasó con él (adjunto, perdido, robado, dañado, todavía lo tengo...)" },
        name: Text { en: "what became of the last advance parole document", es: "qué pasó con el último documento de Advance Parole" },
        shown: HadAdvanceParole,
        required: Some((HadAdvanceParole, REQ)),
        english: true,
        slot: text!(previous_documents.advance_parole_disposition),
        ..Question::BLANK
    },
];

pub(super) static REASON: &[Question] = &[
    Question {
        path: "reason.category",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: Choice(REASONS),
        label: Text { en: "What kind of reason is it?", es: "¿Qué tipo de motivo es?" },
        name: Text { en: "the kind of reason (medical, family, legal, public benefit or other)", es: "el tipo de motivo (médico, familiar, legal, beneficio público u otro)" },
        help: Some(Text { en: "The helper uses this for the list of documents. It is not a box on the form.", es: "La herramienta lo usa para la lista de documentos. No es una casilla del formulario." }),
        slot: choice!(ReasonCategory: reason.category),
        ..Question::BLANK
    },
    Question {
        path: "reason.treatmentAvailableAtHome",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: YesNo,
        label: Text { en: "Can the person get the treatment they need in the country where they live (or lived before coming to the US)?", es: "¿La persona puede recibir el tratamiento que necesita en el país donde vive (o donde vivía antes de venir a EE. UU.)?" },
        name: Text { en: "whether the treatment is available in the person's country", es: "si el tratamiento está disponible en el país de la persona" },
        help: Some(Text { en: "If No, the person may not have to pay the parole fee. The physician's letter should say why.", es: "Si es No, la persona podría no pagar la tarifa de parole. La carta del médico debe decir por qué." }),
        shown: Medical,
        slot: yes_no!(reason.treatment_available_at_home),
        ..Question::BLANK
    },
    Question {
        path: "reason.lifeThreateningEmergency",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: YesNo,
        label: Text { en: "Is the person's life in danger, with no time to apply for a visa?", es: "¿La vida de la persona está en peligro, sin tiempo para pedir una visa?" },
        name: Text { en: "whether it is a life-threatening emergency with no time for a visa", es: "si es una emergencia que pone la vida en peligro, sin tiempo para una visa" },
        help: Some(Text { en: "If Yes, the person may not have to pay the parole fee.", es: "Si es Sí, la persona podría no pagar la tarifa de parole." }),
        shown: Medical,
        slot: yes_no!(reason.life_threatening_emergency),
        ..Question::BLANK
    },
    Question {
        path: "reason.parentOfMinorPatient",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: YesNo,
        label: Text { en: "Is the person to be paroled the parent or legal guardian of a child (under 18) who needs medical parole?", es: "¿La persona que recibiría el parole es el padre, la madre o el tutor legal de un niño (menor de 18 años) que necesita parole por motivos médicos?" },
        name: Text { en: "whether the person is the parent or guardian of a child who needs medical parole", es: "si la persona es el padre, la madre o el tutor de un niño que necesita parole por motivos médicos" },
        help: Some(Text { en: "For example a mother asking parole to stay with her child during treatment. She may not have to pay the parole fee.", es: "Por ejemplo, una madre que pide parole para quedarse con su hijo durante el tratamiento. Podría no pagar la tarifa de parole." }),
        shown: MedicalOrFamily,
        slot: yes_no!(reason.parent_of_minor_patient),
        ..Question::BLANK
    },
    Question {
        path: "reason.otherFeeExemptions",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: Choices(FEE_EXEMPTIONS),
        label: Text { en: "Does any of these describe the person to be paroled? (Choose all that apply, or none.)", es: "¿Alguna de estas situaciones es la de la persona que recibiría el parole? (Elija todas las que apliquen, o ninguna.)" },
        name: Text { en: "the other reasons the person may not pay the parole fee", es: "otras razones por las que la persona podría no pagar la tarifa de parole" },
        help: Some(Text { en: "The law exempts these people from the parole fee, case by case (8 U.S.C. 1804(b)).", es: "La ley exime de la tarifa de parole a estas personas, caso por caso (8 U.S.C. 1804(b))." }),
        slot: choice_set!(FeeExemption: reason.other_fee_exemptions),
        ..Question::BLANK
    },
    Question {
        path: "reason.explanation",
        pdf: Boxes::Text("form1[0].#subform[10].P8_Line1_Explain[0]"),
        item: Item { part: 8, number: "1" },
        kind: LongText,
        label: Text { en: "Why is parole needed, and why for this long?", es: "¿Por qué se necesita el parole, y por qué por ese tiempo?" },
        name: Text { en: "the reason for parole", es: "el motivo del parole" },
        help: Some(Text { en: "The urgent humanitarian reason or significant public benefit, and why for this long. For re-parole, also why the last period was not enough. The box is small: what does not fit goes in Part 13 or on a separate sheet.", es: "El motivo humanitario urgente o el beneficio público importante, y por qué por ese tiempo. Para un nuevo parole, diga también por qué el período anterior no fue suficiente. El espacio es pequeño: lo que no quepa va en la Parte 13 o en una hoja aparte." }),
        required: Some((Always, REQ)),
        english: true,
        slot: text!(reason.explanation),
        ..Question::BLANK
    },
    Question {
        path: "reason.lengthOfStay.value",
        pdf: Boxes::Stay("form1[0].#subform[10].P8_Line2_ExpectedLengthTripinUS[0]"),
        item: Item { part: 8, number: "2" },
        kind: WholeNumber,
        label: Text { en: "How long do you expect to stay?", es: "¿Cuánto tiempo piensa quedarse?" },
        name: Text { en: "how long the person expects to stay", es: "el tiempo que la persona piensa quedarse" },
        required: Some((Always, REQ)),
        slot: text!(reason.length_of_stay.value),
        ..Question::BLANK
    },
    Question {
        path: "reason.lengthOfStay.unit",
        pdf: Boxes::None,
        item: Item { part: 8, number: "2" },
        kind: Choice(STAY_UNITS),
        label: Text { en: "Days, weeks, months or years", es: "Días, semanas, meses o años" },
        name: Text { en: "the unit of the length of stay (days, weeks, months or years)", es: "decir si el tiempo de estadía es en días, semanas, meses o años" },
        required: Some((Always, REQ)),
        slot: choice!(StayUnit: reason.length_of_stay.unit),
        ..Question::BLANK
    },
    Question {
        path: "reason.expectedArrival",
        pdf: Boxes::Text("form1[0].#subform[10].P8_Line3a_DateOfIntendedArrival[0]"),
        item: Item { part: 8, number: "3.a" },
        kind: Date,
        label: Text { en: "Date the person expects to arrive", es: "Fecha en que la persona piensa llegar" },
        name: Text { en: "the date the person expects to arrive", es: "la fecha en que la persona piensa llegar" },
        shown: Initial,
        required: Some((Initial, REQ)),
        slot: text!(reason.expected_arrival),
        ..Question::BLANK
    },
    Question {
        path: "reason.consulate",
        pdf: Boxes::CityAndCountry("form1[0].#subform[10].P8_Line3b_CityOrTown[0]", "form1[0].#subform[10].P8_Line3b_Country[0]"),
        item: Item { part: 8, number: "3.b" },
        kind: Text,
        label: Text { en: "City and country of the US embassy or consulate for the travel document", es: "Ciudad y país de la embajada o consulado de EE. UU. para el documento de viaje" },
        name: Text { en: "the city and country of the US embassy or consulate", es: "el lugar (ciudad y país) de la embajada o el consulado de EE. UU." },
        shown: Initial,
        required: Some((Initial, REQ)),
        english: true,
        slot: text!(reason.consulate),
        ..Question::BLANK
    },
];

pub(super) static WORK_PERMIT: &[Question] = &[
    Question {
        path: "workPermit",
        pdf: Boxes::Ticks(&[
            Tick { choice: "yes", field: "form1[0].#subform[10].P9_Line1_EAD[0]", on: "1" },
        ]),
        item: Item { part: 9, number: "1" },
        kind: YesNo,
        label: Text { en: "Do you want a work permit (EAD) if re-parole is granted?", es: "¿Quiere un permiso de trabajo (EAD) si le dan el nuevo parole?" },
        name: Text { en: "whether you want a work permit if re-parole is granted", es: "decir si quiere un permiso de trabajo en caso de que le den el nuevo parole" },
        help: Some(Text { en: "Then you do not file a separate Form I-765. There is a fee for it.", es: "Así no tiene que enviar otro Formulario I-765. Tiene una tarifa." }),
        shown: Reparole,
        required: Some((Reparole, REQ)),
        slot: yes_no!(work_permit),
        ..Question::BLANK
    },
];
