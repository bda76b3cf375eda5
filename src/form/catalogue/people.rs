//! Part 2: the person who files, and the person to be paroled when they are not the same.
//!
//! Data only: see [`super`] for what each part of a [`Question`] means.

use super::{Boxes, US_STATE_OPTIONS, Tick, choice, names, text, toggle, yes_no, AddressOf, Format, Item, Kind::*, Person, Question, Slot, When::*};
use super::choices::*;
use crate::form::*;
use crate::rules::Code::{ReparoleI94Number as I94, RequiredAnswer as REQ};

/// The filer's own name, addresses, date of birth carry `autocomplete` tokens; the questions
/// left without one, and why, are listed in `tests/catalogue.rs` (`FILER_WITHOUT_TOKEN`). The
/// person to be paroled never gets one: a browser must not offer the filer's details there.
pub(super) static FILER: &[Question] = &[
    Question {
        path: "filer.name.familyName",
        autocomplete: Some("family-name"),
        pdf: Boxes::Text("form1[0].P4[0].Part2_Line1_FamilyName[0]"),
        item: Item { part: 2, number: "1" },
        kind: Text,
        has_help: true,
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.name.family_name),
        ..Question::BLANK
    },
    Question {
        path: "filer.name.givenName",
        autocomplete: Some("given-name"),
        pdf: Boxes::Text("form1[0].P4[0].Part2_Line1_GivenName[0]"),
        item: Item { part: 2, number: "1" },
        kind: Text,
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.name.given_name),
        ..Question::BLANK
    },
    Question {
        path: "filer.name.middleName",
        autocomplete: Some("additional-name"),
        pdf: Boxes::Text("form1[0].P4[0].Part2_Line1_MiddleName[0]"),
        item: Item { part: 2, number: "1" },
        kind: Text,
        english: true,
        slot: text!(filer.name.middle_name),
        ..Question::BLANK
    },
    Question {
        path: "filer.otherNames",
        pdf: Boxes::Names(&[["form1[0].P5[0].Part2_Line2_FamilyName1[0]", "form1[0].P5[0].Part2_Line2_GivenName1[0]", "form1[0].P5[0].Part2_Line2_MiddleName1[0]"], ["form1[0].P5[0].Part2_Line2_FamilyName2[0]", "form1[0].P5[0].Part2_Line2_GivenName2[0]", "form1[0].P5[0].Part2_Line2_MiddleName2[0]"], ["form1[0].P5[0].Part2_Line2_FamilyName3[0]", "form1[0].P5[0].Part2_Line2_GivenName3[0]", "form1[0].P5[0].Part2_Line2_MiddleName3[0]"]]),
        item: Item { part: 2, number: "2" },
        kind: NameList,
        has_help: true,
        english: true,
        slot: names!(filer.other_names),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.inCareOf",
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line3_InCareofName[0]"),
        item: Item { part: 2, number: "3" },
        kind: Text,
        slot: text!(filer.mailing_address.in_care_of),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.street",
        autocomplete: Some("address-line1"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line3_StreetNumberName[0]"),
        item: Item { part: 2, number: "3" },
        kind: Text,
        required: Some((Always, REQ)),
        slot: text!(filer.mailing_address.street),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.unit",
        autocomplete: Some("address-line2"),
        pdf: Boxes::Unit { number: "form1[0].P5[0].Part2_Line3_AptSteFlrNumber[0]", apt: "form1[0].P5[0].Part2_Line3_Unit[1]", ste: "form1[0].P5[0].Part2_Line3_Unit[0]", flr: "form1[0].P5[0].Part2_Line3_Unit[2]" },
        item: Item { part: 2, number: "3" },
        kind: Text,
        slot: text!(filer.mailing_address.unit),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.city",
        autocomplete: Some("address-level2"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line3_CityTown[0]"),
        item: Item { part: 2, number: "3" },
        kind: Text,
        required: Some((Always, REQ)),
        slot: text!(filer.mailing_address.city),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.country",
        autocomplete: Some("country-name"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line3_Country[0]"),
        item: Item { part: 2, number: "3" },
        kind: Text,
        has_help: true,
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.mailing_address.country),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.state",
        autocomplete: Some("address-level1"),
        pdf: Boxes::List("form1[0].P5[0].Part2_Line3_State[0]", US_STATE_OPTIONS),
        item: Item { part: 2, number: "3" },
        kind: Text,
        shown: AddressInUs(AddressOf::FilerMailing),
        slot: text!(filer.mailing_address.state),
        format: Some(Format::UsState),
        required: Some((UsAddress(AddressOf::FilerMailing), crate::rules::Code::FormatUsState)),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.zipCode",
        autocomplete: Some("postal-code"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line3_ZipCode[0]"),
        item: Item { part: 2, number: "3" },
        kind: Text,
        shown: AddressInUs(AddressOf::FilerMailing),
        slot: text!(filer.mailing_address.zip_code),
        format: Some(Format::ZipCode),
        required: Some((UsAddress(AddressOf::FilerMailing), crate::rules::Code::FormatZipCode)),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.province",
        autocomplete: Some("address-level1"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line3_Province[0]"),
        item: Item { part: 2, number: "3" },
        kind: Text,
        shown: AddressAbroad(AddressOf::FilerMailing),
        slot: text!(filer.mailing_address.province),
        ..Question::BLANK
    },
    Question {
        path: "filer.mailingAddress.postalCode",
        autocomplete: Some("postal-code"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line3_PostalCode[0]"),
        item: Item { part: 2, number: "3" },
        kind: Text,
        shown: AddressAbroad(AddressOf::FilerMailing),
        slot: text!(filer.mailing_address.postal_code),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress",
        pdf: Boxes::None,
        item: Item { part: 2, number: "4" },
        kind: Toggle,
        has_help: true,
        slot: toggle!(filer.physical_address),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.street",
        autocomplete: Some("section-physical address-line1"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line4_StreetNumberName[0]"),
        item: Item { part: 2, number: "4" },
        kind: Text,
        shown: LivesElsewhere(Person::Filer),
        slot: text!(filer.physical_address => street),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.unit",
        autocomplete: Some("section-physical address-line2"),
        pdf: Boxes::Unit { number: "form1[0].P5[0].Part2_Line4_AptSteFlrNumber[0]", apt: "form1[0].P5[0].Part2_Line4_Unit[1]", ste: "form1[0].P5[0].Part2_Line4_Unit[0]", flr: "form1[0].P5[0].Part2_Line4_Unit[2]" },
        item: Item { part: 2, number: "4" },
        kind: Text,
        shown: LivesElsewhere(Person::Filer),
        slot: text!(filer.physical_address => unit),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.city",
        autocomplete: Some("section-physical address-level2"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line4_CityTown[0]"),
        item: Item { part: 2, number: "4" },
        kind: Text,
        shown: LivesElsewhere(Person::Filer),
        slot: text!(filer.physical_address => city),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.country",
        autocomplete: Some("section-physical country-name"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line4_Country[0]"),
        item: Item { part: 2, number: "4" },
        kind: Text,
        has_help: true,
        shown: LivesElsewhere(Person::Filer),
        english: true,
        slot: text!(filer.physical_address => country),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.state",
        autocomplete: Some("section-physical address-level1"),
        pdf: Boxes::List("form1[0].P5[0].Part2_Line4_State[0]", US_STATE_OPTIONS),
        item: Item { part: 2, number: "4" },
        kind: Text,
        shown: AddressInUs(AddressOf::FilerPhysical),
        slot: text!(filer.physical_address => state),
        format: Some(Format::UsState),
        required: Some((UsAddress(AddressOf::FilerPhysical), crate::rules::Code::FormatUsState)),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.zipCode",
        autocomplete: Some("section-physical postal-code"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line4_ZipCode[0]"),
        item: Item { part: 2, number: "4" },
        kind: Text,
        shown: AddressInUs(AddressOf::FilerPhysical),
        slot: text!(filer.physical_address => zip_code),
        format: Some(Format::ZipCode),
        required: Some((UsAddress(AddressOf::FilerPhysical), crate::rules::Code::FormatZipCode)),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.province",
        autocomplete: Some("section-physical address-level1"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line4_Province[0]"),
        item: Item { part: 2, number: "4" },
        kind: Text,
        shown: AddressAbroad(AddressOf::FilerPhysical),
        slot: text!(filer.physical_address => province),
        ..Question::BLANK
    },
    Question {
        path: "filer.physicalAddress.postalCode",
        autocomplete: Some("section-physical postal-code"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line4_PostalCode[0]"),
        item: Item { part: 2, number: "4" },
        kind: Text,
        shown: AddressAbroad(AddressOf::FilerPhysical),
        slot: text!(filer.physical_address => postal_code),
        ..Question::BLANK
    },
    Question {
        path: "filer.aNumber",
        pdf: Boxes::Text("form1[0].P5[0].#area[0].Part2_Line5_AlienNumber[0]"),
        item: Item { part: 2, number: "5" },
        kind: Text,
        has_help: true,
        slot: text!(filer.a_number),
        format: Some(Format::ANumber),
        ..Question::BLANK
    },
    Question {
        path: "filer.countryOfBirth",
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line6_CountryOfBirth[0]"),
        item: Item { part: 2, number: "6" },
        kind: Text,
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.country_of_birth),
        ..Question::BLANK
    },
    Question {
        path: "filer.countryOfCitizenship",
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line7_CountryOfCitizenshiporNationality[0]"),
        item: Item { part: 2, number: "7" },
        kind: Text,
        required: Some((Always, REQ)),
        english: true,
        slot: text!(filer.country_of_citizenship),
        ..Question::BLANK
    },
    Question {
        path: "filer.sex",
        pdf: Boxes::Ticks(&[
            Tick { choice: "male", field: "form1[0].P5[0].Part2_Line8_Gender[1]", on: "M" },
            Tick { choice: "female", field: "form1[0].P5[0].Part2_Line8_Gender[0]", on: "F" },
        ]),
        item: Item { part: 2, number: "8" },
        kind: Choice(SEXES),
        required: Some((Always, REQ)),
        slot: choice!(Sex: filer.sex),
        ..Question::BLANK
    },
    Question {
        path: "filer.dateOfBirth",
        autocomplete: Some("bday"),
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line9_DateOfBirth[0]"),
        item: Item { part: 2, number: "9" },
        kind: Date,
        required: Some((Always, REQ)),
        slot: text!(filer.date_of_birth),
        ..Question::BLANK
    },
    Question {
        path: "filer.ssn",
        pdf: Boxes::Text("form1[0].P5[0].#area[1].Part2_Line10_SSN[0]"),
        item: Item { part: 2, number: "10" },
        kind: Text,
        slot: text!(filer.ssn),
        format: Some(Format::Ssn),
        ..Question::BLANK
    },
    Question {
        path: "filer.uscisOnlineAccountNumber",
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line11_USCISOnlineAcctNumber[0]"),
        item: Item { part: 2, number: "11" },
        kind: Text,
        has_help: true,
        slot: text!(filer.uscis_online_account_number),
        format: Some(Format::UscisAccount),
        ..Question::BLANK
    },
    Question {
        path: "filer.classOfAdmission",
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line12_ClassofAdmission[0]"),
        item: Item { part: 2, number: "12" },
        kind: Text,
        has_help: true,
        shown: ReparoleForSelf,
        required: Some((ReparoleForSelf, REQ)),
        slot: text!(filer.class_of_admission),
        ..Question::BLANK
    },
    Question {
        path: "filer.i94Number",
        pdf: Boxes::Text("form1[0].P5[0].Part2_Line13_I94RecordNo[0]"),
        item: Item { part: 2, number: "13" },
        kind: Text,
        has_help: true,
        shown: ReparoleForSelf,
        required: Some((ReparoleForSelf, I94)),
        slot: text!(filer.i94_number),
        format: Some(Format::I94Number),
        ..Question::BLANK
    },
    Question {
        path: "filer.i94Expires",
        pdf: Boxes::Text("form1[0].P6[0].Part2_Line14_I94ExpDate[0]"),
        item: Item { part: 2, number: "14" },
        kind: Date,
        has_help: true,
        shown: ReparoleForSelf,
        required: Some((ReparoleForSelf, REQ)),
        slot: text!(filer.i94_expires),
        ..Question::BLANK
    },
    Question {
        path: "filer.emedicalParoleeId",
        pdf: Boxes::Text("form1[0].P6[0].Par2_Line15_eMedicalParoleeID[0]"),
        item: Item { part: 2, number: "15" },
        kind: Text,
        shown: ReparoleForSelf,
        slot: text!(filer.emedical_parolee_id),
        ..Question::BLANK
    },
];

pub(super) static BENEFICIARY: &[Question] = &[
    Question {
        path: "beneficiary.name.familyName",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line16_FamilyName[0]"),
        item: Item { part: 2, number: "16" },
        kind: Text,
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.name.family_name),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.name.givenName",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line16_GivenName[0]"),
        item: Item { part: 2, number: "16" },
        kind: Text,
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.name.given_name),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.name.middleName",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line16_MiddleName[0]"),
        item: Item { part: 2, number: "16" },
        kind: Text,
        english: true,
        slot: text!(beneficiary.name.middle_name),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.otherNames",
        pdf: Boxes::Names(&[["form1[0].P6[0].Part2_Line17_FamilyName1[0]", "form1[0].P6[0].Part2_Line17_GivenName1[0]", "form1[0].P6[0].Part2_Line17_MiddleName1[0]"], ["form1[0].P6[0].Part2_Line17_FamilyName2[0]", "form1[0].P6[0].Part2_Line17_GivenName2[0]", "form1[0].P6[0].Part2_Line17_MiddleName2[0]"], ["form1[0].P6[0].Part2_Line17_FamilyName3[0]", "form1[0].P6[0].Part2_Line17_GivenName3[0]", "form1[0].P6[0].Part2_Line17_MiddleName3[0]"]]),
        item: Item { part: 2, number: "17" },
        kind: NameList,
        english: true,
        slot: names!(beneficiary.other_names),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.dateOfBirth",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line18_DateOfBirth[0]"),
        item: Item { part: 2, number: "18" },
        kind: Date,
        required: Some((ForSomeoneElse, REQ)),
        slot: text!(beneficiary.date_of_birth),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.countryOfBirth",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line19_CountryOfBirth[0]"),
        item: Item { part: 2, number: "19" },
        kind: Text,
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.country_of_birth),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.countryOfCitizenship",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line20_CountryOfCitizenship[0]"),
        item: Item { part: 2, number: "20" },
        kind: Text,
        required: Some((ForSomeoneElse, REQ)),
        english: true,
        slot: text!(beneficiary.country_of_citizenship),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.daytimePhone",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line21_DaytimeTelephoneNumber[0]"),
        item: Item { part: 2, number: "21" },
        kind: Phone,
        slot: text!(beneficiary.daytime_phone),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.email",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line22_Email[0]"),
        item: Item { part: 2, number: "22" },
        kind: Email,
        slot: text!(beneficiary.email),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.aNumber",
        pdf: Boxes::Text("form1[0].P6[0].ANumber[0].P2_Line23_AlienNumber[0]"),
        item: Item { part: 2, number: "23" },
        kind: Text,
        slot: text!(beneficiary.a_number),
        format: Some(Format::ANumber),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddressSameAsFiler",
        pdf: Boxes::None,
        item: Item { part: 2, number: "24" },
        kind: YesNo,
        has_help: true,
        slot: yes_no!(beneficiary.mailing_address_same_as_filer),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.inCareOf",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line24_InCareofName[0]"),
        item: Item { part: 2, number: "24" },
        kind: Text,
        shown: OwnMailingAddress,
        slot: text!(beneficiary.mailing_address.in_care_of),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.street",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line24_StreetNumberName[0]"),
        item: Item { part: 2, number: "24" },
        kind: Text,
        shown: OwnMailingAddress,
        required: Some((OwnMailingAddress, REQ)),
        slot: text!(beneficiary.mailing_address.street),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.unit",
        pdf: Boxes::Unit { number: "form1[0].P6[0].P2_Line24_AptSteFlrNumber[0]", apt: "form1[0].P6[0].P2_Line24_Unit[1]", ste: "form1[0].P6[0].P2_Line24_Unit[0]", flr: "form1[0].P6[0].P2_Line24_Unit[2]" },
        item: Item { part: 2, number: "24" },
        kind: Text,
        shown: OwnMailingAddress,
        slot: text!(beneficiary.mailing_address.unit),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.city",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line24_CityTown[0]"),
        item: Item { part: 2, number: "24" },
        kind: Text,
        shown: OwnMailingAddress,
        required: Some((OwnMailingAddress, REQ)),
        slot: text!(beneficiary.mailing_address.city),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.country",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line24_Country[0]"),
        item: Item { part: 2, number: "24" },
        kind: Text,
        has_help: true,
        shown: OwnMailingAddress,
        required: Some((OwnMailingAddress, REQ)),
        english: true,
        slot: text!(beneficiary.mailing_address.country),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.state",
        pdf: Boxes::List("form1[0].P6[0].P2_Line24_State[0]", US_STATE_OPTIONS),
        item: Item { part: 2, number: "24" },
        kind: Text,
        shown: AddressInUs(AddressOf::BeneficiaryMailing),
        slot: text!(beneficiary.mailing_address.state),
        format: Some(Format::UsState),
        required: Some((UsAddress(AddressOf::BeneficiaryMailing), crate::rules::Code::FormatUsState)),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.zipCode",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line24_ZipCode[0]"),
        item: Item { part: 2, number: "24" },
        kind: Text,
        shown: AddressInUs(AddressOf::BeneficiaryMailing),
        slot: text!(beneficiary.mailing_address.zip_code),
        format: Some(Format::ZipCode),
        required: Some((UsAddress(AddressOf::BeneficiaryMailing), crate::rules::Code::FormatZipCode)),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.province",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line24_Province[0]"),
        item: Item { part: 2, number: "24" },
        kind: Text,
        shown: AddressAbroad(AddressOf::BeneficiaryMailing),
        slot: text!(beneficiary.mailing_address.province),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.mailingAddress.postalCode",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line24_PostalCode[0]"),
        item: Item { part: 2, number: "24" },
        kind: Text,
        shown: AddressAbroad(AddressOf::BeneficiaryMailing),
        slot: text!(beneficiary.mailing_address.postal_code),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress",
        pdf: Boxes::None,
        item: Item { part: 2, number: "25" },
        kind: Toggle,
        slot: toggle!(beneficiary.physical_address),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.street",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line25_StreetNumberName[0]"),
        item: Item { part: 2, number: "25" },
        kind: Text,
        shown: LivesElsewhere(Person::Beneficiary),
        slot: text!(beneficiary.physical_address => street),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.unit",
        pdf: Boxes::Unit { number: "form1[0].P6[0].P2_Line25_AptSteFlrNumber[0]", apt: "form1[0].P6[0].P2_Line25_Unit[1]", ste: "form1[0].P6[0].P2_Line25_Unit[0]", flr: "form1[0].P6[0].P2_Line25_Unit[2]" },
        item: Item { part: 2, number: "25" },
        kind: Text,
        shown: LivesElsewhere(Person::Beneficiary),
        slot: text!(beneficiary.physical_address => unit),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.city",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line25_CityTown[0]"),
        item: Item { part: 2, number: "25" },
        kind: Text,
        shown: LivesElsewhere(Person::Beneficiary),
        slot: text!(beneficiary.physical_address => city),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.country",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line25_Country[0]"),
        item: Item { part: 2, number: "25" },
        kind: Text,
        has_help: true,
        shown: LivesElsewhere(Person::Beneficiary),
        english: true,
        slot: text!(beneficiary.physical_address => country),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.state",
        pdf: Boxes::List("form1[0].P6[0].P2_Line25_State[0]", US_STATE_OPTIONS),
        item: Item { part: 2, number: "25" },
        kind: Text,
        shown: AddressInUs(AddressOf::BeneficiaryPhysical),
        slot: text!(beneficiary.physical_address => state),
        format: Some(Format::UsState),
        required: Some((UsAddress(AddressOf::BeneficiaryPhysical), crate::rules::Code::FormatUsState)),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.zipCode",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line25_ZipCode[0]"),
        item: Item { part: 2, number: "25" },
        kind: Text,
        shown: AddressInUs(AddressOf::BeneficiaryPhysical),
        slot: text!(beneficiary.physical_address => zip_code),
        format: Some(Format::ZipCode),
        required: Some((UsAddress(AddressOf::BeneficiaryPhysical), crate::rules::Code::FormatZipCode)),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.province",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line25_Province[0]"),
        item: Item { part: 2, number: "25" },
        kind: Text,
        shown: AddressAbroad(AddressOf::BeneficiaryPhysical),
        slot: text!(beneficiary.physical_address => province),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.physicalAddress.postalCode",
        pdf: Boxes::Text("form1[0].P6[0].P2_Line25_PostalCode[0]"),
        item: Item { part: 2, number: "25" },
        kind: Text,
        shown: AddressAbroad(AddressOf::BeneficiaryPhysical),
        slot: text!(beneficiary.physical_address => postal_code),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.classOfAdmission",
        pdf: Boxes::Text("form1[0].P7[0].P2_Line26_ClassofAdmission[0]"),
        item: Item { part: 2, number: "26" },
        kind: Text,
        shown: ReparoleForSomeoneElse,
        required: Some((ReparoleForSomeoneElse, REQ)),
        slot: text!(beneficiary.class_of_admission),
        ..Question::BLANK
    },
    Question {
        path: "beneficiary.i94Number",
        pdf: Boxes::Text("form1[0].P7[0].P2_Line27_I94RecordNo[0]"),
        item: Item { part: 2, number: "27" },
        kind: Text,
        has_help: true,
        shown: ReparoleForSomeoneElse,
        required: Some((ReparoleForSomeoneElse, I94)),
        slot: text!(beneficiary.i94_number),
        format: Some(Format::I94Number),
        ..Question::BLANK
    },
];
