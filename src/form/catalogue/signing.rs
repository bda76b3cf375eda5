//! Parts 10-12: contact, signature, interpreter and preparer.
//!
//! Data only: see [`super`] for what each part of a [`Question`] means.

use super::{Boxes, choice, text, yes_no, Item, Kind::*, Question, Slot, Text, When::*};
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
        label: Text { en: "Your daytime phone", es: "Su teléfono durante el día" },
        name: Text { en: "your daytime phone number", es: "su teléfono durante el día" },
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
        label: Text { en: "Your mobile phone (if any)", es: "Su celular (si tiene)" },
        name: Text { en: "your mobile phone number", es: "su teléfono celular" },
        slot: text!(contact.mobile_phone),
        ..Question::BLANK
    },
    Question {
        path: "contact.email",
        autocomplete: Some("email"),
        pdf: Boxes::Text("form1[0].#subform[10].Part10_Line3_Email[0]"),
        item: Item { part: 10, number: "3" },
        kind: Email,
        label: Text { en: "Your email (if any)", es: "Su correo electrónico (si tiene)" },
        name: Text { en: "your email", es: "su correo electrónico" },
        slot: text!(contact.email),
        ..Question::BLANK
    },
    Question {
        path: "signature.signerRole",
        pdf: Boxes::None,
        item: Item { part: 10, number: "4" },
        kind: Choice(SIGNERS),
        label: Text { en: "Who signs the form?", es: "¿Quién firma el formulario?" },
        name: Text { en: "who signs the form", es: "decir quién firma el formulario" },
        help: Some(Text { en: "The person filing signs Part 10, by hand, in black ink. When you file for your child, you sign, not the child. Only a filer under 14 may have a parent or legal guardian sign for them.", es: "Firma la Parte 10 quien presenta el formulario, a mano y con tinta negra. Si pide por su hijo, firma usted, no el niño. Solo si quien pide para sí tiene menos de 14 años puede firmar por él su padre, su madre o su tutor legal." }),
        required: Some((Always, REQ)),
        slot: choice!(SignerRole: signature.signer_role),
        ..Question::BLANK
    },
    Question {
        path: "signature.date",
        pdf: Boxes::Text("form1[0].#subform[10].Part10_Line4_DateofSignature[0]"),
        item: Item { part: 10, number: "4" },
        kind: Date,
        label: Text { en: "Date of signature", es: "Fecha de la firma" },
        name: Text { en: "the date of signature", es: "la fecha de la firma" },
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
        label: Text { en: "Did an interpreter help you read the form?", es: "¿Le ayudó un intérprete a leer el formulario?" },
        name: Text { en: "whether an interpreter helped", es: "si le ayudó un intérprete" },
        help: Some(Text { en: "If you do not read English, an interpreter must sign Part 11.", es: "Si usted no lee inglés, un intérprete debe firmar la Parte 11." }),
        slot: yes_no!(interpreter.used),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.name.familyName",
        pdf: Boxes::Text("form1[0].#subform[11].Part11_Line1_InterpreterFamilyName[0]"),
        item: Item { part: 11, number: "1" },
        kind: Text,
        label: Text { en: "Family name", es: "Apellido(s)" },
        name: Text { en: "the interpreter's family name", es: "el apellido del intérprete" },
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
        label: Text { en: "Given name", es: "Nombre" },
        name: Text { en: "the interpreter's given name", es: "el nombre del intérprete" },
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
        label: Text { en: "Business or organization (if any)", es: "Empresa u organización (si hay)" },
        name: Text { en: "the interpreter's business", es: "la organización del intérprete" },
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
        label: Text { en: "Language interpreted (for example Spanish)", es: "Idioma que interpretó (por ejemplo Spanish)" },
        name: Text { en: "the language the interpreter used", es: "el idioma que usó el intérprete" },
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
        label: Text { en: "Daytime phone", es: "Teléfono durante el día" },
        name: Text { en: "the interpreter's phone number", es: "el teléfono del intérprete" },
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
        label: Text { en: "Email (if any)", es: "Correo electrónico (si tiene)" },
        name: Text { en: "the interpreter's email", es: "el correo electrónico del intérprete" },
        shown: InterpreterUsed,
        slot: text!(interpreter.email),
        ..Question::BLANK
    },
    Question {
        path: "interpreter.signatureDate",
        pdf: Boxes::Text("form1[0].#subform[11].Part11_Line6_DateofSignature[0]"),
        item: Item { part: 11, number: "6" },
        kind: Date,
        label: Text { en: "Date they sign", es: "Fecha en que firma" },
        name: Text { en: "the date the interpreter signed", es: "la fecha en que firmó el intérprete" },
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
        label: Text { en: "Did someone else fill in the form for you?", es: "¿Otra persona llenó el formulario por usted?" },
        name: Text { en: "whether someone else prepared the form", es: "si otra persona preparó el formulario" },
        help: Some(Text { en: "For example a legal-aid worker. They sign Part 12.", es: "Por ejemplo, alguien de una oficina de ayuda legal. Esa persona firma la Parte 12." }),
        slot: yes_no!(preparer.used),
        ..Question::BLANK
    },
    Question {
        path: "preparer.name.familyName",
        pdf: Boxes::Text("form1[0].#subform[12].Part12_Line1_FamilyName[0]"),
        item: Item { part: 12, number: "1" },
        kind: Text,
        label: Text { en: "Family name", es: "Apellido(s)" },
        name: Text { en: "the preparer's family name", es: "el apellido de quien preparó el formulario" },
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
        label: Text { en: "Given name", es: "Nombre" },
        name: Text { en: "the preparer's given name", es: "el nombre de quien preparó el formulario" },
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
        label: Text { en: "Business or organization (if any)", es: "Empresa u organización (si hay)" },
        name: Text { en: "the preparer's business", es: "la organización de quien preparó el formulario" },
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
        label: Text { en: "Daytime phone", es: "Teléfono durante el día" },
        name: Text { en: "the preparer's phone number", es: "el teléfono de quien preparó el formulario" },
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
        label: Text { en: "Email (if any)", es: "Correo electrónico (si tiene)" },
        name: Text { en: "the preparer's email", es: "el correo electrónico de quien preparó el formulario" },
        shown: PreparerUsed,
        slot: text!(preparer.email),
        ..Question::BLANK
    },
    Question {
        path: "preparer.signatureDate",
        pdf: Boxes::Text("form1[0].#subform[12].Part12_Line6_DateofSignature[0]"),
        item: Item { part: 12, number: "6" },
        kind: Date,
        label: Text { en: "Date they sign", es: "Fecha en que firma" },
        name: Text { en: "the date the preparer signed", es: "la fecha en que firmó quien preparó el formulario" },
        shown: PreparerUsed,
        required: Some((PreparerUsed, HELPER)),
        slot: text!(preparer.signature_date),
        ..Question::BLANK
    },
];
