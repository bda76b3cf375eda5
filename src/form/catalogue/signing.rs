//! Parts 10-12: contact, signature, interpreter and preparer.
//!
//! Data only: see [`super`] for what each part of a [`Question`] means.

use super::{Boxes, choice, text, yes_no, Item, Kind::*, Question, Slot, When::*};
use super::choices::*;
use crate::form::*;
use crate::rules::Code::{HelperIncomplete as HELPER, RequiredAnswer as REQ};

pub(super) static SIGNATURE: &[Question] = &[
    Question {
        path: "contact.daytimePhone",
        autocomplete: Some("tel"),
        pdf: Boxes::Text("form1[0].#subform[10].Part10_Line1_DayPhone[0]"),
        item: Item { part: 10, number: "1" },
        kind: Phone,
        required: Some((Always, REQ)),
        slot: text!(contact.daytime_phone),
        ..Question::BLANK
    },
    Question {
        path: "contact.mobilePhone",
        autocomplete: Some("mobile tel"),
        pdf: Boxes::Text("form1[0].#subform[10].Part10_Line2_MobilePhone[0]"),
        item: Item { part: 10, number: "2" },
        kind: Phone,
        slot: text!(contact.mobile_phone),
        ..Question::BLANK
    },
    Question {
        path: "contact.email",
        autocomplete: Some("email"),
        pdf: Boxes::Text("form1[0].#subform[10].Part10_Line3_Email[0]"),
        item: Item { part: 10, number: "3" },
        kind: Email,
        slot: text!(contact.email),
        ..Question::BLANK
    },
    Question {
        path: "signature.signerRole",
        pdf: Boxes::None,
        item: Item { part: 10, number: "4" },
        kind: Choice(SIGNERS),
        has_help: true,
        required: Some((Always, REQ)),
        slot: choice!(SignerRole: signature.signer_role),
        ..Question::BLANK
    },
    Question {
        path: "signature.date",
        pdf: Boxes::Text("form1[0].#subform[10].Part10_Line4_DateofSignature[0]"),
        item: Item { part: 10, number: "4" },
        kind: Date,
        required: Some((Always, REQ)),
        slot: text!(signature.date),
        ..Question::BLANK
    },
];

pub(super) static HELPERS: &[Question] = &[
    Question {
        path: "interpreter.used",
        pdf: Boxes::None,
        item: Item { part: 11, number: "" },
        kind: YesNo,
        has_help: true,
        slot: yes_no!(interpreter.used),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.name.familyName",
        pdf: Boxes::Text("form1[0].#subform[11].Part11_Line1_InterpreterFamilyName[0]"),
        item: Item { part: 11, number: "1" },
        kind: Text,
        shown: InterpreterUsed,
        required: Some((InterpreterUsed, HELPER)),
        english: true,
        slot: text!(interpreter.name.family_name),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.name.givenName",
        pdf: Boxes::Text("form1[0].#subform[11].Part11_Line1_InterpreterGivenName[0]"),
        item: Item { part: 11, number: "1" },
        kind: Text,
        shown: InterpreterUsed,
        required: Some((InterpreterUsed, HELPER)),
        english: true,
        slot: text!(interpreter.name.given_name),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.business",
        pdf: Boxes::Text("form1[0].#subform[11].Part11_Line2_NameofBusinessorOrgName[0]"),
        item: Item { part: 11, number: "2" },
        kind: Text,
        shown: InterpreterUsed,
        english: true,
        slot: text!(interpreter.business),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.language",
        pdf: Boxes::Text("form1[0].#subform[11].P11_Language[0]"),
        item: Item { part: 11, number: "" },
        kind: Text,
        shown: InterpreterUsed,
        required: Some((InterpreterUsed, HELPER)),
        english: true,
        slot: text!(interpreter.language),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.daytimePhone",
        pdf: Boxes::Text("form1[0].#subform[11].Part11_Line3_DayPhone[0]"),
        item: Item { part: 11, number: "3" },
        kind: Phone,
        shown: InterpreterUsed,
        required: Some((InterpreterUsed, HELPER)),
        slot: text!(interpreter.daytime_phone),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.email",
        pdf: Boxes::Text("form1[0].#subform[11].Part11_Line5_Email[0]"),
        item: Item { part: 11, number: "5" },
        kind: Email,
        shown: InterpreterUsed,
        slot: text!(interpreter.email),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.signatureDate",
        pdf: Boxes::Text("form1[0].#subform[11].Part11_Line6_DateofSignature[0]"),
        item: Item { part: 11, number: "6" },
        kind: Date,
        shown: InterpreterUsed,
        required: Some((InterpreterUsed, HELPER)),
        slot: text!(interpreter.signature_date),
        ..Question::BLANK
    },
    Question {
        path: "preparer.used",
        pdf: Boxes::None,
        item: Item { part: 12, number: "" },
        kind: YesNo,
        has_help: true,
        slot: yes_no!(preparer.used),
        ..Question::BLANK
    },
    Question {
        path: "preparer.name.familyName",
        pdf: Boxes::Text("form1[0].#subform[12].Part12_Line1_FamilyName[0]"),
        item: Item { part: 12, number: "1" },
        kind: Text,
        shown: PreparerUsed,
        required: Some((PreparerUsed, HELPER)),
        english: true,
        slot: text!(preparer.name.family_name),
        ..Question::BLANK
    },
    Question {
        path: "preparer.name.givenName",
        pdf: Boxes::Text("form1[0].#subform[12].Part12_Line1_GivenName[0]"),
        item: Item { part: 12, number: "1" },
        kind: Text,
        shown: PreparerUsed,
        required: Some((PreparerUsed, HELPER)),
        english: true,
        slot: text!(preparer.name.given_name),
        ..Question::BLANK
    },
    Question {
        path: "preparer.business",
        pdf: Boxes::Text("form1[0].#subform[12].Part12_Line2_NameofBusinessorOrgName[0]"),
        item: Item { part: 12, number: "2" },
        kind: Text,
        shown: PreparerUsed,
        english: true,
        slot: text!(preparer.business),
        ..Question::BLANK
    },
    Question {
        path: "preparer.daytimePhone",
        pdf: Boxes::Text("form1[0].#subform[12].Part12_Line3_DayPhone[0]"),
        item: Item { part: 12, number: "3" },
        kind: Phone,
        shown: PreparerUsed,
        required: Some((PreparerUsed, HELPER)),
        slot: text!(preparer.daytime_phone),
        ..Question::BLANK
    },
    Question {
        path: "preparer.email",
        pdf: Boxes::Text("form1[0].#subform[12].Part12_Line5_Email[0]"),
        item: Item { part: 12, number: "5" },
        kind: Email,
        shown: PreparerUsed,
        slot: text!(preparer.email),
        ..Question::BLANK
    },
    Question {
        path: "preparer.signatureDate",
        pdf: Boxes::Text("form1[0].#subform[12].Part12_Line6_DateofSignature[0]"),
        item: Item { part: 12, number: "6" },
        kind: Date,
        shown: PreparerUsed,
        required: Some((PreparerUsed, HELPER)),
        slot: text!(preparer.signature_date),
        ..Question::BLANK
    },
];
