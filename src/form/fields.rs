//! The questions of the form: where each answer lives in the JSON, the Part and Item of the paper
//! form it fills, its name in both languages, and when it must be answered.
//!
//! ```
//! use parole_helper::form::fields::{field, When};
//! use parole_helper::i18n::Lang;
//!
//! let a_number = field("beneficiary.aNumber").unwrap();
//! assert_eq!(a_number.item.to_string(), "Part 2, Item 23");
//! assert_eq!(a_number.item.label(Lang::Es), "Parte 2, Punto 23");
//! assert_eq!(a_number.required, None); // only if the person has one
//! assert_eq!(field("reason.expectedArrival").unwrap().required.unwrap().0, When::Initial);
//! ```
//!
//! Part and Item numbers follow Form I-131, edition 01/20/25 (`shared/domain.md` §2a). Parts 11
//! and 12 are named by Part only: their item numbers were not verified.

use std::fmt;

use super::{answer, FormProgram, ParoleRequest, ParoleType};
use crate::check::pack::Code;
use crate::i18n::Lang;

/// A Part and Item of Form I-131, such as Part 2, Item 23.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Item {
    /// The Part, 1-13.
    pub part: u8,
    /// The Item within the Part ("23", "6.A"), or "" for the Part as a whole.
    pub number: &'static str,
}

impl Item {
    /// Not on the paper form: questions the helper asks for its own checks (Part 0).
    pub const NOT_ON_FORM: Item = Item { part: 0, number: "" };

    /// True unless it is [`Item::NOT_ON_FORM`].
    pub fn on_form(self) -> bool {
        self.part != 0
    }

    /// "Part 2, Item 23" or "Parte 2, Punto 23" (USCIS's own Spanish wording).
    pub fn label(self, lang: Lang) -> String {
        if !self.on_form() {
            return String::new();
        }
        // "6-11" and "6.E / 10.I" name several items.
        let several = self.number.contains(['-', '/']);
        match (lang, self.number.is_empty(), several) {
            (Lang::En, true, _) => format!("Part {}", self.part),
            (Lang::En, false, false) => format!("Part {}, Item {}", self.part, self.number),
            (Lang::En, false, true) => format!("Part {}, Items {}", self.part, self.number),
            (Lang::Es, true, _) => format!("Parte {}", self.part),
            (Lang::Es, false, false) => format!("Parte {}, Punto {}", self.part, self.number),
            (Lang::Es, false, true) => format!("Parte {}, Puntos {}", self.part, self.number),
        }
    }
}

/// The English form, as printed on the form and used in JSON reports.
impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label(Lang::En))
    }
}

/// When an answer is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// On every request.
    Always,
    /// On a request for initial parole from abroad.
    Initial,
    /// On a request for re-parole.
    Reparole,
    /// When filing for someone else.
    ForSomeoneElse,
    /// On re-parole for oneself (the filer is the person in the US).
    ReparoleForSelf,
    /// On re-parole for someone else.
    ReparoleForSomeoneElse,
    /// On initial parole under this program.
    InitialUnder(FormProgram),
    /// Under "other program" (6.E / 10.I), which must be named.
    OtherProgram,
    /// When an interpreter helped (Part 11).
    InterpreterUsed,
    /// When someone else prepared the form (Part 12).
    PreparerUsed,
}

impl When {
    /// True when the condition holds for `form`. Unknown answers make conditions false: the
    /// missing answer itself is reported instead.
    pub fn holds(self, form: &ParoleRequest) -> bool {
        let kind = form.application.parole_type;
        let behalf = form.application.on_behalf_of_someone_else;
        match self {
            When::Always => true,
            When::Initial => kind == Some(ParoleType::Initial),
            When::Reparole => kind == Some(ParoleType::Reparole),
            When::ForSomeoneElse => behalf == Some(true),
            When::ReparoleForSelf => kind == Some(ParoleType::Reparole) && behalf == Some(false),
            When::ReparoleForSomeoneElse => kind == Some(ParoleType::Reparole) && behalf == Some(true),
            When::InitialUnder(program) => kind == Some(ParoleType::Initial) && form.application.program == Some(program),
            When::OtherProgram => form.application.program == Some(FormProgram::Other),
            When::InterpreterUsed => form.interpreter.used == Some(true),
            When::PreparerUsed => form.preparer.used == Some(true),
        }
    }
}

/// One question of the form.
#[derive(Debug)]
pub struct Field {
    /// The dotted path of the answer in the request JSON (`beneficiary.aNumber`).
    pub path: &'static str,
    /// Where it goes on the paper form.
    pub item: Item,
    /// Its name inside a sentence, in English ("your family name").
    pub name_en: &'static str,
    /// Its name inside a sentence, in Spanish ("su apellido").
    pub name_es: &'static str,
    /// When it must be answered, and the rule that says so.
    pub required: Option<(When, Code)>,
    /// Whether `form` answers it.
    pub answered: fn(&ParoleRequest) -> bool,
}

/// Fields are the same question when their paths are.
impl PartialEq for Field {
    fn eq(&self, other: &Field) -> bool {
        self.path == other.path
    }
}

impl Eq for Field {}

impl Field {
    /// Its name inside a sentence, in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.name_en,
            Lang::Es => self.name_es,
        }
    }
}

/// The field at `path`, if the form has one.
pub fn field(path: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.path == path)
}

fn has(value: &Option<String>) -> bool {
    answer(value).is_some()
}

macro_rules! fields {
    ($( $path:literal, ($part:literal, $item:literal), $en:literal, $es:literal, $required:expr, |$f:ident| $answered:expr; )*) => {
        /// Every question the helper knows, in form order.
        pub static FIELDS: &[Field] = &[ $(
            Field {
                path: $path,
                item: Item { part: $part, number: $item },
                name_en: $en,
                name_es: $es,
                required: $required,
                answered: |$f: &ParoleRequest| $answered,
            },
        )* ];
    };
}

use Code::{HelperIncomplete as HELPER, ReparoleCurrentExpiry as EXPIRY, ReparoleI94Number as I94, RequiredAnswer as REQ};
use When::*;

fields! {
    "application.paroleType", (1, "6-11"), "the kind of request (initial parole or re-parole)", "el tipo de solicitud (parole inicial o nuevo parole)", Some((Always, REQ)), |f| f.application.parole_type.is_some();
    "application.program", (1, "6-11"), "the program (or \"no program\")", "el programa (o \"ningún programa\")", Some((Always, REQ)), |f| f.application.program.is_some();
    "application.programName", (1, "6.E / 10.I"), "the name of the program", "el nombre del programa", Some((OtherProgram, REQ)), |f| has(&f.application.program_name);
    "application.onBehalfOfSomeoneElse", (1, "6-11"), "whether you file for yourself or for someone else", "si pide para usted o para otra persona", Some((Always, REQ)), |f| f.application.on_behalf_of_someone_else.is_some();
    "application.i130ReceiptNumber", (1, "6.A"), "the receipt number of the approved Form I-130", "el número de recibo del Formulario I-130 aprobado", Some((InitialUnder(FormProgram::FilipinoWwiiVeterans), REQ)), |f| has(&f.application.i130_receipt_number);
    "application.agencyEmail", (1, "6.C"), "the official email of the referring agency", "el correo oficial de la agencia que lo refiere", Some((InitialUnder(FormProgram::IntergovernmentalReferral), REQ)), |f| has(&f.application.agency_email);
    "application.taskForceRegistrationNumber", (1, "6.D"), "the Task Force registration number", "el número de registro del Task Force", Some((InitialUnder(FormProgram::FamilyReunificationTaskForce), REQ)), |f| has(&f.application.task_force_registration_number);
    "application.filingMethod", (0, ""), "whether you file on paper or online", "si lo envía en papel o por internet", None, |f| f.application.filing_method.is_some();
    "application.feeWaiverRequested", (0, ""), "whether you ask for a fee waiver", "si pide no pagar la tarifa (exención)", None, |f| f.application.fee_waiver_requested.is_some();
    "application.currentParoleExpires", (1, "12"), "the last day of the current parole", "el último día del parole actual", Some((Reparole, EXPIRY)), |f| has(&f.application.current_parole_expires);

    "filer.name.familyName", (2, "1"), "your family name (last name)", "su apellido", Some((Always, REQ)), |f| has(&f.filer.name.family_name);
    "filer.name.givenName", (2, "1"), "your given name (first name)", "su nombre", Some((Always, REQ)), |f| has(&f.filer.name.given_name);
    "filer.name.middleName", (2, "1"), "your middle name", "su segundo nombre", None, |f| has(&f.filer.name.middle_name);
    "filer.otherNames", (2, "2"), "your other names", "sus otros nombres", None, |f| !f.filer.other_names.is_empty();
    "filer.mailingAddress.street", (2, "3"), "the street and number of your mailing address", "la dirección postal (calle y número)", Some((Always, REQ)), |f| has(&f.filer.mailing_address.street);
    "filer.mailingAddress.city", (2, "3"), "the city of your mailing address", "la ciudad de su dirección postal", Some((Always, REQ)), |f| has(&f.filer.mailing_address.city);
    "filer.mailingAddress.state", (2, "3"), "the state of your mailing address", "el estado de su dirección postal", None, |f| has(&f.filer.mailing_address.state);
    "filer.mailingAddress.zipCode", (2, "3"), "the ZIP code of your mailing address", "el código postal (ZIP) de su dirección postal", None, |f| has(&f.filer.mailing_address.zip_code);
    "filer.mailingAddress.country", (2, "3"), "the country of your mailing address", "el país de su dirección postal", Some((Always, REQ)), |f| has(&f.filer.mailing_address.country);
    "filer.physicalAddress.country", (2, "4"), "the country where you live", "el país donde vive", None, |f| f.filer.physical_address.as_ref().is_some_and(|a| has(&a.country));
    "filer.physicalAddress.state", (2, "4"), "the state of your physical address", "el estado de la dirección donde vive", None, |f| f.filer.physical_address.as_ref().is_some_and(|a| has(&a.state));
    "filer.physicalAddress.zipCode", (2, "4"), "the ZIP code of your physical address", "el código postal (ZIP) de la dirección donde vive", None, |f| f.filer.physical_address.as_ref().is_some_and(|a| has(&a.zip_code));
    "filer.aNumber", (2, "5"), "your A-Number", "su número A (A-Number)", None, |f| has(&f.filer.a_number);
    "filer.countryOfBirth", (2, "6"), "your country of birth", "su país de nacimiento", Some((Always, REQ)), |f| has(&f.filer.country_of_birth);
    "filer.countryOfCitizenship", (2, "7"), "your country of citizenship", "su país de nacionalidad", Some((Always, REQ)), |f| has(&f.filer.country_of_citizenship);
    "filer.sex", (2, "8"), "your sex", "su sexo", Some((Always, REQ)), |f| f.filer.sex.is_some();
    "filer.dateOfBirth", (2, "9"), "your date of birth", "su fecha de nacimiento", Some((Always, REQ)), |f| has(&f.filer.date_of_birth);
    "filer.ssn", (2, "10"), "your Social Security number", "su número de Seguro Social", None, |f| has(&f.filer.ssn);
    "filer.uscisOnlineAccountNumber", (2, "11"), "your USCIS online account number", "su número de cuenta en línea de USCIS", None, |f| has(&f.filer.uscis_online_account_number);
    "filer.classOfAdmission", (2, "12"), "your class of admission (on your I-94)", "su clase de admisión (en su I-94)", Some((ReparoleForSelf, REQ)), |f| has(&f.filer.class_of_admission);
    "filer.i94Number", (2, "13"), "your I-94 number", "su número de I-94", Some((ReparoleForSelf, I94)), |f| has(&f.filer.i94_number);
    "filer.i94Expires", (2, "14"), "the end date on your I-94", "la fecha en que vence su I-94", Some((ReparoleForSelf, REQ)), |f| has(&f.filer.i94_expires);
    "filer.emedicalParoleeId", (2, "15"), "your eMedical U.S. Parolee ID", "su número eMedical U.S. Parolee ID", None, |f| has(&f.filer.emedical_parolee_id);

    "beneficiary.name.familyName", (2, "16"), "the family name of the person to be paroled", "el apellido de la persona para quien pide el parole", Some((ForSomeoneElse, REQ)), |f| has(&f.beneficiary.name.family_name);
    "beneficiary.name.givenName", (2, "16"), "the given name of the person to be paroled", "el nombre de la persona para quien pide el parole", Some((ForSomeoneElse, REQ)), |f| has(&f.beneficiary.name.given_name);
    "beneficiary.otherNames", (2, "17"), "the other names of the person to be paroled", "los otros nombres de la persona para quien pide el parole", None, |f| !f.beneficiary.other_names.is_empty();
    "beneficiary.dateOfBirth", (2, "18"), "the date of birth of the person to be paroled", "la fecha de nacimiento de la persona para quien pide el parole", Some((ForSomeoneElse, REQ)), |f| has(&f.beneficiary.date_of_birth);
    "beneficiary.countryOfBirth", (2, "19"), "the country of birth of the person to be paroled", "el país de nacimiento de la persona para quien pide el parole", Some((ForSomeoneElse, REQ)), |f| has(&f.beneficiary.country_of_birth);
    "beneficiary.countryOfCitizenship", (2, "20"), "the country of citizenship of the person to be paroled", "el país de nacionalidad de la persona para quien pide el parole", Some((ForSomeoneElse, REQ)), |f| has(&f.beneficiary.country_of_citizenship);
    "beneficiary.daytimePhone", (2, "21"), "the phone number of the person to be paroled", "el teléfono de la persona para quien pide el parole", None, |f| has(&f.beneficiary.daytime_phone);
    "beneficiary.email", (2, "22"), "the email of the person to be paroled", "el correo electrónico de la persona para quien pide el parole", None, |f| has(&f.beneficiary.email);
    "beneficiary.aNumber", (2, "23"), "the A-Number of the person to be paroled", "el número A (A-Number) de la persona para quien pide el parole", None, |f| has(&f.beneficiary.a_number);
    "beneficiary.mailingAddress.street", (2, "24"), "the street and number of the mailing address of the person to be paroled", "la dirección postal (calle y número) de la persona para quien pide el parole", Some((ForSomeoneElse, REQ)), |f| has(&f.beneficiary.mailing_address.street);
    "beneficiary.mailingAddress.city", (2, "24"), "the city of the mailing address of the person to be paroled", "la ciudad de la dirección postal de la persona para quien pide el parole", Some((ForSomeoneElse, REQ)), |f| has(&f.beneficiary.mailing_address.city);
    "beneficiary.mailingAddress.state", (2, "24"), "the state of the mailing address of the person to be paroled", "el estado de la dirección postal de la persona para quien pide el parole", None, |f| has(&f.beneficiary.mailing_address.state);
    "beneficiary.mailingAddress.zipCode", (2, "24"), "the ZIP code of the mailing address of the person to be paroled", "el código postal (ZIP) de la dirección postal de la persona para quien pide el parole", None, |f| has(&f.beneficiary.mailing_address.zip_code);
    "beneficiary.mailingAddress.country", (2, "24"), "the country of the mailing address of the person to be paroled", "el país de la dirección postal de la persona para quien pide el parole", Some((ForSomeoneElse, REQ)), |f| has(&f.beneficiary.mailing_address.country);
    "beneficiary.physicalAddress.country", (2, "25"), "the country where the person to be paroled lives", "el país donde vive la persona para quien pide el parole", None, |f| f.beneficiary.physical_address.as_ref().is_some_and(|a| has(&a.country));
    "beneficiary.physicalAddress.state", (2, "25"), "the state where the person to be paroled lives", "el estado donde vive la persona para quien pide el parole", None, |f| f.beneficiary.physical_address.as_ref().is_some_and(|a| has(&a.state));
    "beneficiary.physicalAddress.zipCode", (2, "25"), "the ZIP code where the person to be paroled lives", "el código postal (ZIP) donde vive la persona para quien pide el parole", None, |f| f.beneficiary.physical_address.as_ref().is_some_and(|a| has(&a.zip_code));
    "beneficiary.classOfAdmission", (2, "26"), "the class of admission of the person to be paroled (on the I-94)", "la clase de admisión de la persona para quien pide el parole (en el I-94)", Some((ReparoleForSomeoneElse, REQ)), |f| has(&f.beneficiary.class_of_admission);
    "beneficiary.i94Number", (2, "27"), "the I-94 number of the person to be paroled", "el número de I-94 de la persona para quien pide el parole", Some((ReparoleForSomeoneElse, I94)), |f| has(&f.beneficiary.i94_number);

    "biographics.ethnicity", (3, "1"), "the ethnicity", "el origen étnico", Some((Always, REQ)), |f| f.biographics.ethnicity.is_some();
    "biographics.race", (3, "2"), "the race", "la raza", Some((Always, REQ)), |f| !f.biographics.race.is_empty();
    "biographics.heightFeet", (3, "3"), "the height (feet)", "la estatura (pies)", Some((Always, REQ)), |f| f.biographics.height_feet.is_some();
    "biographics.heightInches", (3, "3"), "the height (inches)", "la estatura (pulgadas)", Some((Always, REQ)), |f| f.biographics.height_inches.is_some();
    "biographics.weightPounds", (3, "4"), "the weight (pounds)", "el peso (libras)", Some((Always, REQ)), |f| f.biographics.weight_pounds.is_some();
    "biographics.eyeColor", (3, "5"), "the eye color", "el color de ojos", Some((Always, REQ)), |f| f.biographics.eye_color.is_some();
    "biographics.hairColor", (3, "6"), "the hair color", "el color de pelo", Some((Always, REQ)), |f| f.biographics.hair_color.is_some();

    "removalProceedings", (4, "1"), "whether the person to be paroled was ever in removal proceedings", "si la persona para quien pide el parole estuvo alguna vez en un proceso de deportación", Some((Always, REQ)), |f| f.removal_proceedings.is_some();

    "reason.category", (8, "1"), "the kind of reason (medical, family, legal, public benefit or other)", "el tipo de motivo (médico, familiar, legal, beneficio público u otro)", None, |f| f.reason.category.is_some();
    "reason.lifeThreateningEmergency", (8, "1"), "whether it is a life-threatening medical emergency", "si es una emergencia médica que pone la vida en peligro", None, |f| f.reason.life_threatening_emergency.is_some();
    "reason.explanation", (8, "1"), "the reason for parole", "el motivo del parole", Some((Always, REQ)), |f| has(&f.reason.explanation);
    "reason.lengthOfStay.value", (8, "2"), "how long the person expects to stay", "cuánto tiempo piensa quedarse la persona", Some((Always, REQ)), |f| f.reason.length_of_stay.value.is_some();
    "reason.lengthOfStay.unit", (8, "2"), "the unit of the length of stay (days, weeks, months or years)", "la unidad del tiempo de estadía (días, semanas, meses o años)", Some((Always, REQ)), |f| f.reason.length_of_stay.unit.is_some();
    "reason.expectedArrival", (8, "3.a"), "the date the person expects to arrive", "la fecha en que la persona piensa llegar", Some((Initial, REQ)), |f| has(&f.reason.expected_arrival);
    "reason.consulate", (8, "3.b"), "the city and country of the US embassy or consulate", "la ciudad y el país de la embajada o el consulado de EE. UU.", Some((Initial, REQ)), |f| has(&f.reason.consulate);

    "workPermit", (9, "1"), "whether you want a work permit if re-parole is granted", "si quiere un permiso de trabajo si le dan el nuevo parole", Some((Reparole, REQ)), |f| f.work_permit.is_some();

    "contact.daytimePhone", (10, "1"), "your daytime phone number", "su teléfono de día", Some((Always, REQ)), |f| has(&f.contact.daytime_phone);
    "contact.mobilePhone", (10, "2"), "your mobile phone number", "su teléfono celular", None, |f| has(&f.contact.mobile_phone);
    "contact.email", (10, "3"), "your email", "su correo electrónico", None, |f| has(&f.contact.email);
    "signature.signerRole", (10, "4"), "who signs the form", "quién firma el formulario", Some((Always, REQ)), |f| f.signature.signer_role.is_some();
    "signature.date", (10, "4"), "the date of signature", "la fecha de la firma", Some((Always, REQ)), |f| has(&f.signature.date);

    "interpreter.used", (11, ""), "whether an interpreter helped", "si le ayudó un intérprete", None, |f| f.interpreter.used.is_some();
    "interpreter.name.familyName", (11, ""), "the interpreter's family name", "el apellido del intérprete", Some((InterpreterUsed, HELPER)), |f| has(&f.interpreter.name.family_name);
    "interpreter.name.givenName", (11, ""), "the interpreter's given name", "el nombre del intérprete", Some((InterpreterUsed, HELPER)), |f| has(&f.interpreter.name.given_name);
    "interpreter.language", (11, ""), "the language the interpreter used", "el idioma que usó el intérprete", Some((InterpreterUsed, HELPER)), |f| has(&f.interpreter.language);
    "interpreter.daytimePhone", (11, ""), "the interpreter's phone number", "el teléfono del intérprete", Some((InterpreterUsed, HELPER)), |f| has(&f.interpreter.daytime_phone);
    "interpreter.email", (11, ""), "the interpreter's email", "el correo electrónico del intérprete", None, |f| has(&f.interpreter.email);
    "interpreter.signatureDate", (11, ""), "the date the interpreter signed", "la fecha en que firmó el intérprete", Some((InterpreterUsed, HELPER)), |f| has(&f.interpreter.signature_date);

    "preparer.used", (12, ""), "whether someone else prepared the form", "si otra persona preparó el formulario", None, |f| f.preparer.used.is_some();
    "preparer.name.familyName", (12, ""), "the preparer's family name", "el apellido de quien preparó el formulario", Some((PreparerUsed, HELPER)), |f| has(&f.preparer.name.family_name);
    "preparer.name.givenName", (12, ""), "the preparer's given name", "el nombre de quien preparó el formulario", Some((PreparerUsed, HELPER)), |f| has(&f.preparer.name.given_name);
    "preparer.daytimePhone", (12, ""), "the preparer's phone number", "el teléfono de quien preparó el formulario", Some((PreparerUsed, HELPER)), |f| has(&f.preparer.daytime_phone);
    "preparer.email", (12, ""), "the preparer's email", "el correo electrónico de quien preparó el formulario", None, |f| has(&f.preparer.email);
    "preparer.signatureDate", (12, ""), "the date the preparer signed", "la fecha en que firmó quien preparó el formulario", Some((PreparerUsed, HELPER)), |f| has(&f.preparer.signature_date);
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLES: [&str; 4] = [
        include_str!("../../examples/initial-medical-from-abroad.json"),
        include_str!("../../examples/reparole-no-program.json"),
        include_str!("../../examples/reparole-ukraine.json"),
        include_str!("../../examples/reparole-medical-child.json"),
    ];

    /// The JSON value at a dotted path, if any.
    fn at<'a>(value: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
        path.split('.').try_fold(value, |v, key| v.get(key))
    }

    #[test]
    fn every_path_is_where_the_answer_is() {
        let empty = serde_json::to_value(ParoleRequest::default()).unwrap();
        for text in EXAMPLES {
            let form: ParoleRequest = serde_json::from_str(text).unwrap();
            let json = serde_json::to_value(&form).unwrap();
            for field in FIELDS {
                let value = at(&json, field.path);
                let present = value.is_some_and(|v| match v {
                    serde_json::Value::String(s) => !s.trim().is_empty(),
                    serde_json::Value::Array(a) => !a.is_empty(),
                    serde_json::Value::Null => false,
                    _ => true,
                });
                assert_eq!((field.answered)(&form), present, "{} does not read its own path", field.path);
                assert!(!(field.answered)(&ParoleRequest::default()), "{}", field.path);
                assert!(at(&empty, field.path).is_none_or(|v| !v.is_string()), "{}", field.path);
            }
        }
    }

    #[test]
    fn paths_are_unique_and_names_exist_in_both_languages() {
        let mut paths: Vec<_> = FIELDS.iter().map(|f| f.path).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), FIELDS.len());
        for f in FIELDS {
            assert!(!f.name_en.is_empty() && !f.name_es.is_empty() && f.name_en != f.name_es, "{}", f.path);
        }
    }

    #[test]
    fn items_read_as_on_the_form() {
        assert_eq!(Item { part: 1, number: "6-11" }.label(Lang::En), "Part 1, Items 6-11");
        assert_eq!(Item { part: 11, number: "" }.label(Lang::Es), "Parte 11");
        assert_eq!(Item::NOT_ON_FORM.label(Lang::En), "");
    }
}
