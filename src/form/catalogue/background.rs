//! Parts 3, 4, 8 and 9: biographics, removal proceedings, the reason, the work permit.
//!
//! Data only: see [`super`] for what each part of a [`Question`] means.

use super::{Boxes, Tick, choice, choice_set, text, yes_no, Format, Item, Kind::*, Question, Slot, When::*};
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
        required: Some((Always, REQ)),
        slot: choice_set!(Race: biographics.race),
        ..Question::BLANK
    },
    Question {
        path: "biographics.heightFeet",
        pdf: Boxes::List("form1[0].P7[0].P3_Line3_HeightFeet[0]", &["2", "3", "4", "5", "6", "7", "8"]),
        item: Item { part: 3, number: "3" },
        kind: WholeNumber,
        has_help: true,
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
        has_help: true,
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
        has_help: true,
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
        required: Some((Always, REQ)),
        slot: yes_no!(previous_documents.reentry_permit),
        ..Question::BLANK
    },
    Question {
        path: "previousDocuments.reentryPermitIssued",
        pdf: Boxes::Text("form1[0].P7[0].P4_Line2b_DateIssued[0]"),
        item: Item { part: 4, number: "2.b" },
        kind: Date,
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
        has_help: true,
        required: Some((Always, REQ)),
        slot: yes_no!(previous_documents.advance_parole),
        ..Question::BLANK
    },
    Question {
        path: "previousDocuments.advanceParoleIssued",
        pdf: Boxes::Text("form1[0].P7[0].P4_Line3b_DateIssued[0]"),
        item: Item { part: 4, number: "3.b" },
        kind: Date,
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
        has_help: true,
        slot: choice!(ReasonCategory: reason.category),
        ..Question::BLANK
    },
    Question {
        path: "reason.treatmentAvailableAtHome",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: YesNo,
        has_help: true,
        shown: Medical,
        slot: yes_no!(reason.treatment_available_at_home),
        ..Question::BLANK
    },
    Question {
        path: "reason.lifeThreateningEmergency",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: YesNo,
        has_help: true,
        shown: Medical,
        slot: yes_no!(reason.life_threatening_emergency),
        ..Question::BLANK
    },
    Question {
        path: "reason.parentOfMinorPatient",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: YesNo,
        has_help: true,
        shown: MedicalOrFamily,
        slot: yes_no!(reason.parent_of_minor_patient),
        ..Question::BLANK
    },
    Question {
        path: "reason.otherFeeExemptions",
        pdf: Boxes::None,
        item: Item { part: 8, number: "1" },
        kind: Choices(FEE_EXEMPTIONS),
        has_help: true,
        slot: choice_set!(FeeExemption: reason.other_fee_exemptions),
        ..Question::BLANK
    },
    Question {
        path: "reason.explanation",
        pdf: Boxes::Text("form1[0].#subform[10].P8_Line1_Explain[0]"),
        item: Item { part: 8, number: "1" },
        kind: LongText,
        has_help: true,
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
        required: Some((Always, REQ)),
        slot: text!(reason.length_of_stay.value),
        ..Question::BLANK
    },
    Question {
        path: "reason.lengthOfStay.unit",
        pdf: Boxes::None,
        item: Item { part: 8, number: "2" },
        kind: Choice(STAY_UNITS),
        required: Some((Always, REQ)),
        slot: choice!(StayUnit: reason.length_of_stay.unit),
        ..Question::BLANK
    },
    Question {
        path: "reason.expectedArrival",
        pdf: Boxes::Text("form1[0].#subform[10].P8_Line3a_DateOfIntendedArrival[0]"),
        item: Item { part: 8, number: "3.a" },
        kind: Date,
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
        has_help: true,
        shown: Reparole,
        required: Some((Reparole, REQ)),
        slot: yes_no!(work_permit),
        ..Question::BLANK
    },
];
