//! Part 2: the person who files, and the person to be paroled when they are not the same.
//!
//! Data only: see [`super`] for what each part of a [`Question`] means.

use super::{choice, names, text, toggle, AddressOf, Format, Item, Kind::*, Person, Question, Slot, Text, When::*};
use super::choices::*;
use crate::form::*;
use crate::rules::Code::{ReparoleI94Number as I94, RequiredAnswer as REQ};

pub(super) static FILER: &[Question] = &[
    Question {
        path: "filer.name.familyName",
        item: Item { part: 2, number: "1" },
        kind: Text,
        label: Text { en: "Family name (last name)", es: "Apellido(s)" },
        name: Text { en: "your family name (last name)", es: "su apellido" },
        help: Some(Text { en: "As on your passport.", es: "Como en su pasaporte." }),
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.name.family_name),
        ..Question::BLANK
    },
    Question {
        path: "filer.name.givenName",
        item: Item { part: 2, number: "1" },
        kind: Text,
        label: Text { en: "Given name (first name)", es: "Nombre" },
        name: Text { en: "your given name (first name)", es: "su nombre" },
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.name.given_name),
        ..Question::BLANK
    },
    Question {
        path: "filer.name.middleName",
        item: Item { part: 2, number: "1" },
        kind: Text,
        label: Text { en: "Middle name (if any)", es: "Segundo nombre (si tiene)" },
        name: Text { en: "your middle name", es: "su segundo nombre" },
        english: true,
        slot: text!(filer.name.middle_name),
        ..Question::BLANK
    },
    Question {
        path: "filer.otherNames",
        item: Item { part: 2, number: "2" },
        kind: NameList,
        label: Text { en: "Other names you have used (up to 3)", es: "Otros nombres que ha usado (hasta 3)" },
        name: Text { en: "your other names", es: "sus otros nombres" },
        help: Some(Text { en: "For example a maiden name. More than 3 go in Part 13.", es: "Por ejemplo, su apellido de soltera. Si son más de 3, van en la Parte 13." }),
        english: true,
        slot: names!(filer.other_names),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.inCareOf",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "In care of (if someone else gets the mail)", es: "A cargo de (si otra persona recibe el correo)" },
        name: Text { en: "the \"in care of\" name of your mailing address", es: "el nombre \"a cargo de\" de su dirección postal" },
        slot: text!(filer.mailing_address.in_care_of),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.street",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "Street number and name", es: "Número y nombre de la calle" },
        name: Text { en: "the street and number of your mailing address", es: "la calle (con número) de su dirección postal" },
        required: Some((Always, REQ)),
        slot: text!(filer.mailing_address.street),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.unit",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "Apartment, suite or floor (if any)", es: "Apartamento, suite o piso (si hay)" },
        name: Text { en: "the apartment number of your mailing address", es: "el número de apartamento de su dirección postal" },
        slot: text!(filer.mailing_address.unit),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.city",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "City or town", es: "Ciudad o pueblo" },
        name: Text { en: "the city of your mailing address", es: "la ciudad de su dirección postal" },
        required: Some((Always, REQ)),
        slot: text!(filer.mailing_address.city),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.country",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "Country", es: "País" },
        name: Text { en: "the country of your mailing address", es: "el país de su dirección postal" },
        help: Some(Text { en: "Write it in English, for example United States or Mexico.", es: "Escríbalo en inglés, por ejemplo United States o Mexico." }),
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.mailing_address.country),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.state",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "State (two letters, for example CA)", es: "Estado (dos letras, por ejemplo CA)" },
        name: Text { en: "the state of your mailing address", es: "el estado de su dirección postal" },
        shown: AddressInUs(AddressOf::FilerMailing),
        slot: text!(filer.mailing_address.state),
        format: Some(Format::UsState),
        required: Some((UsAddress(AddressOf::FilerMailing), crate::rules::Code::FormatUsState)),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.zipCode",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "ZIP code", es: "Código postal (ZIP)" },
        name: Text { en: "the ZIP code of your mailing address", es: "el código postal (ZIP) de su dirección postal" },
        shown: AddressInUs(AddressOf::FilerMailing),
        slot: text!(filer.mailing_address.zip_code),
        format: Some(Format::ZipCode),
        required: Some((UsAddress(AddressOf::FilerMailing), crate::rules::Code::FormatZipCode)),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.province",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "Province or region (outside the US)", es: "Provincia o región (fuera de EE. UU.)" },
        name: Text { en: "the province of your mailing address", es: "la provincia de su dirección postal" },
        shown: AddressAbroad(AddressOf::FilerMailing),
        slot: text!(filer.mailing_address.province),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.postalCode",
        item: Item { part: 2, number: "3" },
        kind: Text,
        label: Text { en: "Postal code (outside the US)", es: "Código postal (fuera de EE. UU.)" },
        name: Text { en: "the postal code of your mailing address", es: "el código postal de su dirección postal" },
        shown: AddressAbroad(AddressOf::FilerMailing),
        slot: text!(filer.mailing_address.postal_code),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress",
        item: Item { part: 2, number: "4" },
        kind: Toggle,
        label: Text { en: "I live at a different address", es: "Vivo en otra dirección" },
        name: Text { en: "your physical address", es: "la dirección donde vive" },
        help: Some(Text { en: "Check this if your mailing address is not where you live.", es: "Marque esto si su dirección postal no es donde vive." }),
        slot: toggle!(filer.physical_address),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.street",
        item: Item { part: 2, number: "4" },
        kind: Text,
        label: Text { en: "Street number and name", es: "Número y nombre de la calle" },
        name: Text { en: "the street and number of your physical address", es: "la calle (con número) de la dirección donde vive" },
        shown: LivesElsewhere(Person::Filer),
        slot: text!(filer.physical_address => street),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.unit",
        item: Item { part: 2, number: "4" },
        kind: Text,
        label: Text { en: "Apartment, suite or floor (if any)", es: "Apartamento, suite o piso (si hay)" },
        name: Text { en: "the apartment number of your physical address", es: "el número de apartamento de la dirección donde vive" },
        shown: LivesElsewhere(Person::Filer),
        slot: text!(filer.physical_address => unit),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.city",
        item: Item { part: 2, number: "4" },
        kind: Text,
        label: Text { en: "City or town", es: "Ciudad o pueblo" },
        name: Text { en: "the city of your physical address", es: "la ciudad de la dirección donde vive" },
        shown: LivesElsewhere(Person::Filer),
        slot: text!(filer.physical_address => city),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.country",
        item: Item { part: 2, number: "4" },
        kind: Text,
        label: Text { en: "Country", es: "País" },
        name: Text { en: "the country of your physical address", es: "el país de la dirección donde vive" },
        help: Some(Text { en: "Write it in English, for example United States or Mexico.", es: "Escríbalo en inglés, por ejemplo United States o Mexico." }),
        shown: LivesElsewhere(Person::Filer),
        english: true,
        slot: text!(filer.physical_address => country),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.state",
        item: Item { part: 2, number: "4" },
        kind: Text,
        label: Text { en: "State (two letters, for example CA)", es: "Estado (dos letras, por ejemplo CA)" },
        name: Text { en: "the state of your physical address", es: "el estado de la dirección donde vive" },
        shown: AddressInUs(AddressOf::FilerPhysical),
        slot: text!(filer.physical_address => state),
        format: Some(Format::UsState),
        required: Some((UsAddress(AddressOf::FilerPhysical), crate::rules::Code::FormatUsState)),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.zipCode",
        item: Item { part: 2, number: "4" },
        kind: Text,
        label: Text { en: "ZIP code", es: "Código postal (ZIP)" },
        name: Text { en: "the ZIP code of your physical address", es: "el código postal (ZIP) de la dirección donde vive" },
        shown: AddressInUs(AddressOf::FilerPhysical),
        slot: text!(filer.physical_address => zip_code),
        format: Some(Format::ZipCode),
        required: Some((UsAddress(AddressOf::FilerPhysical), crate::rules::Code::FormatZipCode)),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.province",
        item: Item { part: 2, number: "4" },
        kind: Text,
        label: Text { en: "Province or region (outside the US)", es: "Provincia o región (fuera de EE. UU.)" },
        name: Text { en: "the province of your physical address", es: "la provincia de la dirección donde vive" },
        shown: AddressAbroad(AddressOf::FilerPhysical),
        slot: text!(filer.physical_address => province),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.postalCode",
        item: Item { part: 2, number: "4" },
        kind: Text,
        label: Text { en: "Postal code (outside the US)", es: "Código postal (fuera de EE. UU.)" },
        name: Text { en: "the postal code of your physical address", es: "el código postal de la dirección donde vive" },
        shown: AddressAbroad(AddressOf::FilerPhysical),
        slot: text!(filer.physical_address => postal_code),
        ..Question::BLANK
    },
    Question {
        path: "filer.aNumber",
        item: Item { part: 2, number: "5" },
        kind: Text,
        label: Text { en: "A-Number (if any)", es: "Número A (A-Number), si tiene" },
        name: Text { en: "your A-Number", es: "su número A (A-Number)" },
        help: Some(Text { en: "A and 7 to 9 digits, on a work permit or USCIS notices.", es: "La letra A y de 7 a 9 números; está en el permiso de trabajo o en cartas de USCIS." }),
        slot: text!(filer.a_number),
        format: Some(Format::ANumber),
        ..Question::BLANK
    },
    Question {
        path: "filer.countryOfBirth",
        item: Item { part: 2, number: "6" },
        kind: Text,
        label: Text { en: "Country of birth", es: "País de nacimiento" },
        name: Text { en: "your country of birth", es: "su país de nacimiento" },
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.country_of_birth),
        ..Question::BLANK
    },
    Question {
        path: "filer.countryOfCitizenship",
        item: Item { part: 2, number: "7" },
        kind: Text,
        label: Text { en: "Country of citizenship", es: "País de nacionalidad" },
        name: Text { en: "your country of citizenship", es: "su país de nacionalidad" },
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.country_of_citizenship),
        ..Question::BLANK
    },
    Question {
        path: "filer.sex",
        item: Item { part: 2, number: "8" },
        kind: Choice(SEXES),
        label: Text { en: "Sex", es: "Sexo" },
        name: Text { en: "your sex", es: "su sexo" },
        required: Some((Always, REQ)),
        slot: choice!(Sex: filer.sex),
        ..Question::BLANK
    },
    Question {
        path: "filer.dateOfBirth",
        item: Item { part: 2, number: "9" },
        kind: Date,
        label: Text { en: "Date of birth", es: "Fecha de nacimiento" },
        name: Text { en: "your date of birth", es: "su fecha de nacimiento" },
        required: Some((Always, REQ)),
        slot: text!(filer.date_of_birth),
        ..Question::BLANK
    },
    Question {
        path: "filer.ssn",
        item: Item { part: 2, number: "10" },
        kind: Text,
        label: Text { en: "US Social Security number (if any)", es: "Número de Seguro Social de EE. UU. (si tiene)" },
        name: Text { en: "your Social Security number", es: "su número de Seguro Social" },
        slot: text!(filer.ssn),
        format: Some(Format::Ssn),
        ..Question::BLANK
    },
    Question {
        path: "filer.uscisOnlineAccountNumber",
        item: Item { part: 2, number: "11" },
        kind: Text,
        label: Text { en: "USCIS online account number (if any)", es: "Número de cuenta en línea de USCIS (si tiene)" },
        name: Text { en: "your USCIS online account number", es: "su número de cuenta en línea de USCIS" },
        help: Some(Text { en: "12 digits, in your USCIS online account.", es: "12 números; está en su cuenta en línea de USCIS." }),
        slot: text!(filer.uscis_online_account_number),
        format: Some(Format::UscisAccount),
        ..Question::BLANK
    },
    Question {
        path: "filer.classOfAdmission",
        item: Item { part: 2, number: "12" },
        kind: Text,
        label: Text { en: "Class of admission (on your I-94)", es: "Clase de admisión (en su I-94)" },
        name: Text { en: "your class of admission (on your I-94)", es: "su clase de admisión (en su I-94)" },
        help: Some(Text { en: "For example DT or UHP, as printed on the I-94.", es: "Por ejemplo DT o UHP, como aparece en el I-94." }),
        shown: ReparoleForSelf,
        required: Some((ReparoleForSelf, REQ)),
        slot: text!(filer.class_of_admission),
        ..Question::BLANK
    },
    Question {
        path: "filer.i94Number",
        item: Item { part: 2, number: "13" },
        kind: Text,
        label: Text { en: "I-94 number", es: "Número de I-94" },
        name: Text { en: "your I-94 number", es: "su número de I-94" },
        help: Some(Text { en: "11 characters. You can get your I-94 at i94.cbp.dhs.gov.", es: "11 caracteres. Puede conseguir su I-94 en i94.cbp.dhs.gov." }),
        shown: ReparoleForSelf,
        required: Some((ReparoleForSelf, I94)),
        slot: text!(filer.i94_number),
        format: Some(Format::I94Number),
        ..Question::BLANK
    },
    Question {
        path: "filer.i94Expires",
        item: Item { part: 2, number: "14" },
        kind: Date,
        label: Text { en: "I-94 end date (\"Admit Until\")", es: "Fecha en que vence el I-94 (\"Admit Until\")" },
        name: Text { en: "the end date on your I-94", es: "la fecha en que vence su I-94" },
        help: Some(Text { en: "The same date as Part 1, Item 12.", es: "La misma fecha de la Parte 1, Punto 12." }),
        shown: ReparoleForSelf,
        required: Some((ReparoleForSelf, REQ)),
        slot: text!(filer.i94_expires),
        ..Question::BLANK
    },
    Question {
        path: "filer.emedicalParoleeId",
        item: Item { part: 2, number: "15" },
        kind: Text,
        label: Text { en: "eMedical U.S. Parolee ID (if any)", es: "eMedical U.S. Parolee ID (si tiene)" },
        name: Text { en: "your eMedical U.S. Parolee ID", es: "su número eMedical U.S. Parolee ID" },
        shown: ReparoleForSelf,
        slot: text!(filer.emedical_parolee_id),
        ..Question::BLANK
    },
];

pub(super) static BENEFICIARY: &[Question] = &[
    Question {
        path: "beneficiary.name.familyName",
        item: Item { part: 2, number: "16" },
        kind: Text,
        label: Text { en: "Family name (last name)", es: "Apellido(s)" },
        name: Text { en: "the family name of the person to be paroled", es: "el apellido de la persona para quien pide el parole" },
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.name.family_name),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.name.givenName",
        item: Item { part: 2, number: "16" },
        kind: Text,
        label: Text { en: "Given name (first name)", es: "Nombre" },
        name: Text { en: "the given name of the person to be paroled", es: "el nombre de la persona para quien pide el parole" },
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.name.given_name),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.name.middleName",
        item: Item { part: 2, number: "16" },
        kind: Text,
        label: Text { en: "Middle name (if any)", es: "Segundo nombre (si tiene)" },
        name: Text { en: "the middle name of the person to be paroled", es: "el segundo nombre de la persona para quien pide el parole" },
        english: true,
        slot: text!(beneficiary.name.middle_name),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.otherNames",
        item: Item { part: 2, number: "17" },
        kind: NameList,
        label: Text { en: "Other names they have used (up to 3)", es: "Otros nombres que ha usado (hasta 3)" },
        name: Text { en: "the other names of the person to be paroled", es: "los otros nombres de la persona para quien pide el parole" },
        english: true,
        slot: names!(beneficiary.other_names),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.dateOfBirth",
        item: Item { part: 2, number: "18" },
        kind: Date,
        label: Text { en: "Date of birth", es: "Fecha de nacimiento" },
        name: Text { en: "the date of birth of the person to be paroled", es: "la fecha de nacimiento de la persona para quien pide el parole" },
        required: Some((ForSomeoneElse, REQ)),
        slot: text!(beneficiary.date_of_birth),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.countryOfBirth",
        item: Item { part: 2, number: "19" },
        kind: Text,
        label: Text { en: "Country of birth", es: "País de nacimiento" },
        name: Text { en: "the country of birth of the person to be paroled", es: "el país de nacimiento de la persona para quien pide el parole" },
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.country_of_birth),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.countryOfCitizenship",
        item: Item { part: 2, number: "20" },
        kind: Text,
        label: Text { en: "Country of citizenship", es: "País de nacionalidad" },
        name: Text { en: "the country of citizenship of the person to be paroled", es: "el país de nacionalidad de la persona para quien pide el parole" },
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.country_of_citizenship),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.daytimePhone",
        item: Item { part: 2, number: "21" },
        kind: Phone,
        label: Text { en: "Daytime phone (if any)", es: "Teléfono durante el día (si tiene)" },
        name: Text { en: "the phone number of the person to be paroled", es: "el teléfono de la persona para quien pide el parole" },
        slot: text!(beneficiary.daytime_phone),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.email",
        item: Item { part: 2, number: "22" },
        kind: Email,
        label: Text { en: "Email (if any)", es: "Correo electrónico (si tiene)" },
        name: Text { en: "the email of the person to be paroled", es: "el correo electrónico de la persona para quien pide el parole" },
        slot: text!(beneficiary.email),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.aNumber",
        item: Item { part: 2, number: "23" },
        kind: Text,
        label: Text { en: "A-Number (if any)", es: "Número A (A-Number), si tiene" },
        name: Text { en: "the A-Number of the person to be paroled", es: "el número A (A-Number) de la persona para quien pide el parole" },
        slot: text!(beneficiary.a_number),
        format: Some(Format::ANumber),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.inCareOf",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "In care of (if someone else gets the mail)", es: "A cargo de (si otra persona recibe el correo)" },
        name: Text { en: "the \"in care of\" name of the mailing address of the person to be paroled", es: "el nombre \"a cargo de\" de la dirección postal de la persona para quien pide el parole" },
        slot: text!(beneficiary.mailing_address.in_care_of),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.street",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "Street number and name", es: "Número y nombre de la calle" },
        name: Text { en: "the street and number of the mailing address of the person to be paroled", es: "la calle (con número) de la dirección postal de la persona para quien pide el parole" },
        required: Some((ForSomeoneElse, REQ)),
        slot: text!(beneficiary.mailing_address.street),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.unit",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "Apartment, suite or floor (if any)", es: "Apartamento, suite o piso (si hay)" },
        name: Text { en: "the apartment number of the mailing address of the person to be paroled", es: "el número de apartamento de la dirección postal de la persona para quien pide el parole" },
        slot: text!(beneficiary.mailing_address.unit),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.city",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "City or town", es: "Ciudad o pueblo" },
        name: Text { en: "the city of the mailing address of the person to be paroled", es: "la ciudad de la dirección postal de la persona para quien pide el parole" },
        required: Some((ForSomeoneElse, REQ)),
        slot: text!(beneficiary.mailing_address.city),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.country",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "Country", es: "País" },
        name: Text { en: "the country of the mailing address of the person to be paroled", es: "el país de la dirección postal de la persona para quien pide el parole" },
        help: Some(Text { en: "Write it in English, for example United States or Mexico.", es: "Escríbalo en inglés, por ejemplo United States o Mexico." }),
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.mailing_address.country),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.state",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "State (two letters, for example CA)", es: "Estado (dos letras, por ejemplo CA)" },
        name: Text { en: "the state of the mailing address of the person to be paroled", es: "el estado de la dirección postal de la persona para quien pide el parole" },
        shown: AddressInUs(AddressOf::BeneficiaryMailing),
        slot: text!(beneficiary.mailing_address.state),
        format: Some(Format::UsState),
        required: Some((UsAddress(AddressOf::BeneficiaryMailing), crate::rules::Code::FormatUsState)),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.zipCode",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "ZIP code", es: "Código postal (ZIP)" },
        name: Text { en: "the ZIP code of the mailing address of the person to be paroled", es: "el código postal (ZIP) de la dirección postal de la persona para quien pide el parole" },
        shown: AddressInUs(AddressOf::BeneficiaryMailing),
        slot: text!(beneficiary.mailing_address.zip_code),
        format: Some(Format::ZipCode),
        required: Some((UsAddress(AddressOf::BeneficiaryMailing), crate::rules::Code::FormatZipCode)),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.province",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "Province or region (outside the US)", es: "Provincia o región (fuera de EE. UU.)" },
        name: Text { en: "the province of the mailing address of the person to be paroled", es: "la provincia de la dirección postal de la persona para quien pide el parole" },
        shown: AddressAbroad(AddressOf::BeneficiaryMailing),
        slot: text!(beneficiary.mailing_address.province),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.postalCode",
        item: Item { part: 2, number: "24" },
        kind: Text,
        label: Text { en: "Postal code (outside the US)", es: "Código postal (fuera de EE. UU.)" },
        name: Text { en: "the postal code of the mailing address of the person to be paroled", es: "el código postal de la dirección postal de la persona para quien pide el parole" },
        shown: AddressAbroad(AddressOf::BeneficiaryMailing),
        slot: text!(beneficiary.mailing_address.postal_code),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress",
        item: Item { part: 2, number: "25" },
        kind: Toggle,
        label: Text { en: "They live at a different address", es: "Vive en otra dirección" },
        name: Text { en: "the physical address of the person to be paroled", es: "la dirección donde vive la persona para quien pide el parole" },
        slot: toggle!(beneficiary.physical_address),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.street",
        item: Item { part: 2, number: "25" },
        kind: Text,
        label: Text { en: "Street number and name", es: "Número y nombre de la calle" },
        name: Text { en: "the street and number of the physical address of the person to be paroled", es: "la calle (con número) de la dirección donde vive la persona para quien pide el parole" },
        shown: LivesElsewhere(Person::Beneficiary),
        slot: text!(beneficiary.physical_address => street),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.unit",
        item: Item { part: 2, number: "25" },
        kind: Text,
        label: Text { en: "Apartment, suite or floor (if any)", es: "Apartamento, suite o piso (si hay)" },
        name: Text { en: "the apartment number of the physical address of the person to be paroled", es: "el número de apartamento de la dirección donde vive la persona para quien pide el parole" },
        shown: LivesElsewhere(Person::Beneficiary),
        slot: text!(beneficiary.physical_address => unit),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.city",
        item: Item { part: 2, number: "25" },
        kind: Text,
        label: Text { en: "City or town", es: "Ciudad o pueblo" },
        name: Text { en: "the city of the physical address of the person to be paroled", es: "la ciudad de la dirección donde vive la persona para quien pide el parole" },
        shown: LivesElsewhere(Person::Beneficiary),
        slot: text!(beneficiary.physical_address => city),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.country",
        item: Item { part: 2, number: "25" },
        kind: Text,
        label: Text { en: "Country", es: "País" },
        name: Text { en: "the country of the physical address of the person to be paroled", es: "el país de la dirección donde vive la persona para quien pide el parole" },
        help: Some(Text { en: "Write it in English, for example United States or Mexico.", es: "Escríbalo en inglés, por ejemplo United States o Mexico." }),
        shown: LivesElsewhere(Person::Beneficiary),
        english: true,
        slot: text!(beneficiary.physical_address => country),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.state",
        item: Item { part: 2, number: "25" },
        kind: Text,
        label: Text { en: "State (two letters, for example CA)", es: "Estado (dos letras, por ejemplo CA)" },
        name: Text { en: "the state of the physical address of the person to be paroled", es: "el estado de la dirección donde vive la persona para quien pide el parole" },
        shown: AddressInUs(AddressOf::BeneficiaryPhysical),
        slot: text!(beneficiary.physical_address => state),
        format: Some(Format::UsState),
        required: Some((UsAddress(AddressOf::BeneficiaryPhysical), crate::rules::Code::FormatUsState)),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.zipCode",
        item: Item { part: 2, number: "25" },
        kind: Text,
        label: Text { en: "ZIP code", es: "Código postal (ZIP)" },
        name: Text { en: "the ZIP code of the physical address of the person to be paroled", es: "el código postal (ZIP) de la dirección donde vive la persona para quien pide el parole" },
        shown: AddressInUs(AddressOf::BeneficiaryPhysical),
        slot: text!(beneficiary.physical_address => zip_code),
        format: Some(Format::ZipCode),
        required: Some((UsAddress(AddressOf::BeneficiaryPhysical), crate::rules::Code::FormatZipCode)),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.province",
        item: Item { part: 2, number: "25" },
        kind: Text,
        label: Text { en: "Province or region (outside the US)", es: "Provincia o región (fuera de EE. UU.)" },
        name: Text { en: "the province of the physical address of the person to be paroled", es: "la provincia de la dirección donde vive la persona para quien pide el parole" },
        shown: AddressAbroad(AddressOf::BeneficiaryPhysical),
        slot: text!(beneficiary.physical_address => province),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.postalCode",
        item: Item { part: 2, number: "25" },
        kind: Text,
        label: Text { en: "Postal code (outside the US)", es: "Código postal (fuera de EE. UU.)" },
        name: Text { en: "the postal code of the physical address of the person to be paroled", es: "el código postal de la dirección donde vive la persona para quien pide el parole" },
        shown: AddressAbroad(AddressOf::BeneficiaryPhysical),
        slot: text!(beneficiary.physical_address => postal_code),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.classOfAdmission",
        item: Item { part: 2, number: "26" },
        kind: Text,
        label: Text { en: "Class of admission (on the I-94)", es: "Clase de admisión (en el I-94)" },
        name: Text { en: "the class of admission of the person to be paroled (on the I-94)", es: "la clase de admisión de la persona para quien pide el parole (en el I-94)" },
        shown: ReparoleForSomeoneElse,
        required: Some((ReparoleForSomeoneElse, REQ)),
        slot: text!(beneficiary.class_of_admission),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.i94Number",
        item: Item { part: 2, number: "27" },
        kind: Text,
        label: Text { en: "I-94 number", es: "Número de I-94" },
        name: Text { en: "the I-94 number of the person to be paroled", es: "el número de I-94 de la persona para quien pide el parole" },
        help: Some(Text { en: "11 characters, at i94.cbp.dhs.gov.", es: "11 caracteres; está en i94.cbp.dhs.gov." }),
        shown: ReparoleForSomeoneElse,
        required: Some((ReparoleForSomeoneElse, I94)),
        slot: text!(beneficiary.i94_number),
        format: Some(Format::I94Number),
        ..Question::BLANK
    },
];
