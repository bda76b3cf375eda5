//! What a person fills in on Form I-131 (edition 01/20/25) to ask for humanitarian parole: initial
//! parole from abroad or re-parole from inside the US, for themselves or for someone else.
//!
//! ```
//! use parole_helper::form::{ParoleRequest, ParoleType};
//!
//! // Half-filled forms are normal: people check as they go.
//! let form: ParoleRequest = serde_json::from_str(r#"{"application":{"paroleType":"reparole"}}"#).unwrap();
//! assert_eq!(form.application.parole_type, Some(ParoleType::Reparole));
//! assert!(serde_json::from_str::<ParoleRequest>(r#"{"aplication":{}}"#).is_err()); // a typo is not silently dropped
//! ```
//!
//! Every answer is optional in the model; which answers are required is a rule, not a type. Dates
//! are `YYYY-MM-DD` text, checked by the rules, so a half-typed date is a finding, not a crash.
//! JSON names are camelCase; unknown names are refused so that a typo never hides an answer.

pub mod describe;
pub mod fields;
pub mod questions;

use serde::{Deserialize, Serialize};

/// The version of this model, stored with drafts and exports so older ones can be migrated.
/// Version 2 keeps numbers (height, weight, length of stay) as the text the person typed.
pub const SCHEMA_VERSION: u32 = 2;

macro_rules! form_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(rename_all = "camelCase", deny_unknown_fields, default)]
        pub struct $name { $($body)* }
    };
}

macro_rules! form_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(rename_all = "camelCase")]
        pub enum $name { $($body)* }
    };
}

form_struct! {
    /// A request for humanitarian parole or re-parole on Form I-131.
    pub struct ParoleRequest {
        /// The version of this model (currently 2); older documents are migrated when read.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub schema_version: Option<u32>,
        /// Part 1: what is asked for.
        pub application: Application,
        /// Part 2, Items 1-15: the person who files (and signs).
        pub filer: Filer,
        /// Part 2, Items 16-27: the person to be paroled, when someone files for them.
        pub beneficiary: Beneficiary,
        /// Part 3: biographic information of the person to be paroled.
        pub biographics: Biographics,
        /// Part 4, Item 1: has the person to be paroled ever been in exclusion, deportation,
        /// removal or rescission proceedings?
        #[serde(skip_serializing_if = "Option::is_none")]
        pub removal_proceedings: Option<bool>,
        /// Part 8: why parole is asked for, and for how long.
        pub reason: Reason,
        /// Part 9: a work permit (EAD) is wanted if re-parole is granted.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub work_permit: Option<bool>,
        /// Part 10, Items 1-3: how to reach the filer.
        pub contact: Contact,
        /// Part 10, Item 4: who signs, and when.
        pub signature: Signature,
        /// Part 11: the interpreter, when one was used.
        pub interpreter: Helper,
        /// Part 12: the preparer, when someone else filled in the form.
        pub preparer: Helper,
    }
}

form_enum! {
    /// Initial parole from abroad, or re-parole from inside the US.
    pub enum ParoleType {
        /// Part 1, Items 6-7: a parole document for someone outside the US.
        Initial,
        /// Part 1, Items 10-11: a new period of parole for someone paroled into the US.
        Reparole,
    }
}

form_enum! {
    /// The program the request is made under (Part 1, Items 6.A-6.E / 7 and 10.A-10.I / 11).
    pub enum FormProgram {
        /// Not under a program: Item 7 (initial) or Item 11 (re-parole).
        None,
        /// Filipino World War II Veterans Parole: 6.A / 10.D.
        FilipinoWwiiVeterans,
        /// Immigrant Military Members and Veterans Initiative: 6.B / 10.E.
        MilitaryMembersAndVeterans,
        /// A referral by another government agency: 6.C (initial only).
        IntergovernmentalReferral,
        /// Family Reunification Task Force: 6.D / 10.G.
        FamilyReunificationTaskForce,
        /// Family Reunification Parole: 10.A (ended).
        FamilyReunificationParole,
        /// Afghans paroled on or after 31 July 2021: 10.B.
        Afghan,
        /// Ukrainians and their families paroled on or after 11 February 2022: 10.C.
        Ukraine,
        /// Central American Minors: 10.F (initial CAM cannot use I-131).
        CentralAmericanMinors,
        /// Military parole in place: 10.H.
        MilitaryParoleInPlace,
        /// Cubans, Haitians, Nicaraguans, Venezuelans (ended): 10.I.
        Chnv,
        /// Another program, named in the form: 6.E / 10.I.
        Other,
    }
}

form_struct! {
    /// Part 1.
    pub struct Application {
        /// Initial parole or re-parole.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub parole_type: Option<ParoleType>,
        /// The program, or `none`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub program: Option<FormProgram>,
        /// The program's name, for "other program" (6.E / 10.I).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub program_name: Option<String>,
        /// Filing for someone else (true) or for oneself (false).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub on_behalf_of_someone_else: Option<bool>,
        /// 6.A: the receipt number of the approved Form I-130.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub i130_receipt_number: Option<String>,
        /// 6.C: the referring agency's official .gov or .mil email.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub agency_email: Option<String>,
        /// 6.D: the Task Force registration number.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub task_force_registration_number: Option<String>,
        /// Item 12: the current parole's last day, the I-94 "Admit Until" date (`YYYY-MM-DD`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub current_parole_expires: Option<String>,
        /// Item 10.A: an FRP parolee's I-485 filed by 15 Dec 2025 is still pending, or DHS decided
        /// case by case that the parole goes on (then FRP parole has not ended).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub frp_exception: Option<bool>,
        /// DHS sent a notice that ends the current parole early (not a box on the form).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub termination_notice: Option<bool>,
        /// Paper or online (not a box on the form; it sets the I-131 fee).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub filing_method: Option<FilingMethod>,
        /// A fee waiver (Form I-912) is asked for the I-131 fee (not a box on the form).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub fee_waiver_requested: Option<bool>,
    }
}

form_enum! {
    /// How the form is sent to USCIS.
    pub enum FilingMethod {
        /// By mail.
        Paper,
        /// Through a USCIS online account.
        Online,
    }
}

form_struct! {
    /// A person's name as on their documents.
    pub struct Name {
        /// Family name (last name).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub family_name: Option<String>,
        /// Given name (first name).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub given_name: Option<String>,
        /// Middle name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub middle_name: Option<String>,
    }
}

form_struct! {
    /// A mailing or physical address, in the US or abroad.
    pub struct Address {
        /// "In care of" name, for a mailing address.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub in_care_of: Option<String>,
        /// Street number and name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub street: Option<String>,
        /// Apartment, suite or floor.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub unit: Option<String>,
        /// City or town.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// US state or territory, as its two-letter code (US addresses).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// ZIP code, 5 or 9 digits (US addresses).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub zip_code: Option<String>,
        /// Province (addresses abroad).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub province: Option<String>,
        /// Postal code (addresses abroad).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub postal_code: Option<String>,
        /// Country.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
    }
}

form_enum! {
    /// Sex, as the form asks it.
    pub enum Sex {
        /// Male.
        Male,
        /// Female.
        Female,
    }
}

form_struct! {
    /// Part 2, Items 1-15: the person who files.
    pub struct Filer {
        /// Item 1.
        pub name: Name,
        /// Item 2: up to three other names used (more go to Part 13).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub other_names: Vec<Name>,
        /// Item 3: mailing (or safe) address.
        pub mailing_address: Address,
        /// Item 4: physical address, if different from the mailing address.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub physical_address: Option<Address>,
        /// Item 5: A-Number, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub a_number: Option<String>,
        /// Item 6.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub country_of_birth: Option<String>,
        /// Item 7.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub country_of_citizenship: Option<String>,
        /// Item 8.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub sex: Option<Sex>,
        /// Item 9 (`YYYY-MM-DD`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub date_of_birth: Option<String>,
        /// Item 10: US Social Security number, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ssn: Option<String>,
        /// Item 11: USCIS Online Account Number, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub uscis_online_account_number: Option<String>,
        /// Item 12: class of admission (on the I-94), when in the US.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub class_of_admission: Option<String>,
        /// Item 13: I-94 number, when in the US.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub i94_number: Option<String>,
        /// Item 14: I-94 expiration (`YYYY-MM-DD`); for re-parole it repeats Part 1, Item 12.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub i94_expires: Option<String>,
        /// Item 15: eMedical U.S. Parolee ID, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub emedical_parolee_id: Option<String>,
    }
}

form_struct! {
    /// Part 2, Items 16-27: the person to be paroled, when the filer files for them.
    pub struct Beneficiary {
        /// Item 16.
        pub name: Name,
        /// Item 17.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub other_names: Vec<Name>,
        /// Item 18 (`YYYY-MM-DD`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub date_of_birth: Option<String>,
        /// Item 19.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub country_of_birth: Option<String>,
        /// Item 20.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub country_of_citizenship: Option<String>,
        /// Item 21.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub daytime_phone: Option<String>,
        /// Item 22.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Item 23: A-Number, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub a_number: Option<String>,
        /// Item 24.
        pub mailing_address: Address,
        /// Item 25: physical address, if different.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub physical_address: Option<Address>,
        /// Item 26: class of admission (re-parole).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub class_of_admission: Option<String>,
        /// Item 27: I-94 number (re-parole).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub i94_number: Option<String>,
    }
}

form_enum! {
    /// Part 3, Item 1.
    pub enum Ethnicity {
        /// Hispanic or Latino.
        HispanicOrLatino,
        /// Not Hispanic or Latino.
        NotHispanicOrLatino,
    }
}

form_enum! {
    /// Part 3, Item 2 (one or more).
    pub enum Race {
        /// American Indian or Alaska Native.
        AmericanIndianOrAlaskaNative,
        /// Asian.
        Asian,
        /// Black or African American.
        Black,
        /// Native Hawaiian or Other Pacific Islander.
        NativeHawaiianOrPacificIslander,
        /// White.
        White,
    }
}

form_enum! {
    /// Part 3, Item 5.
    pub enum EyeColor {
        /// Black.
        Black,
        /// Blue.
        Blue,
        /// Brown.
        Brown,
        /// Gray.
        Gray,
        /// Green.
        Green,
        /// Hazel.
        Hazel,
        /// Maroon.
        Maroon,
        /// Pink.
        Pink,
        /// Unknown or other.
        Unknown,
    }
}

form_enum! {
    /// Part 3, Item 6.
    pub enum HairColor {
        /// Bald (no hair).
        Bald,
        /// Black.
        Black,
        /// Blond.
        Blond,
        /// Brown.
        Brown,
        /// Gray.
        Gray,
        /// Red.
        Red,
        /// Sandy.
        Sandy,
        /// White.
        White,
        /// Unknown or other.
        Unknown,
    }
}

form_struct! {
    /// Part 3: biographic information of the person to be paroled.
    pub struct Biographics {
        /// Item 1.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ethnicity: Option<Ethnicity>,
        /// Item 2.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub race: Vec<Race>,
        /// Item 3: height, feet (a whole number, as text).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub height_feet: Option<String>,
        /// Item 3: height, inches (a whole number, as text).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub height_inches: Option<String>,
        /// Item 4: weight in pounds (a whole number, as text).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub weight_pounds: Option<String>,
        /// Item 5.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub eye_color: Option<EyeColor>,
        /// Item 6.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub hair_color: Option<HairColor>,
    }
}

form_enum! {
    /// What kind of reason Part 8 gives; the helper uses it for the evidence checklist and fees.
    pub enum ReasonCategory {
        /// Medical treatment, or a medical emergency.
        Medical,
        /// Family: to be with, or care for, family.
        Family,
        /// A court or other legal proceeding.
        Legal,
        /// A significant public benefit.
        PublicBenefit,
        /// Anything else.
        Other,
    }
}

form_enum! {
    /// The unit of a length of stay.
    pub enum StayUnit {
        /// Days.
        Days,
        /// Weeks.
        Weeks,
        /// Months.
        Months,
        /// Years.
        Years,
    }
}

form_enum! {
    /// Grounds of the parole fee exemption other than the medical ones (8 U.S.C. 1804(b)(3)-(10)).
    pub enum FeeExemption {
        /// (3) An organ or tissue donor, with no time for the visa process.
        OrganDonor,
        /// (4) A close family member in the US whose death is imminent.
        FamilyMemberDying,
        /// (5) The funeral of a close family member.
        Funeral,
        /// (6) An adopted child with an urgent medical condition, in the custody of the petitioner.
        AdoptedChildMedical,
        /// (7) An applicant for adjustment of status (INA 245) returning from temporary travel.
        AdjustmentApplicant,
        /// (8) Returned to a country next to the US, and paroled in for an immigration hearing.
        ImmigrationHearing,
        /// (9) Cuban or Haitian entrant status.
        CubanHaitianEntrant,
        /// (10) Assisting US law enforcement (a significant public benefit).
        LawEnforcement,
    }
}

form_struct! {
    /// Part 8, Item 2: how long the person expects to stay.
    pub struct LengthOfStay {
        /// How many units (a whole number, as text).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
        /// Days, weeks, months or years.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub unit: Option<StayUnit>,
    }
}

form_struct! {
    /// Part 8.
    pub struct Reason {
        /// The kind of reason (for the helper's checklist; not a box on the form).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub category: Option<ReasonCategory>,
        /// The treatment the person needs can be had in the country where they live (or lived
        /// before coming to the US). "No" is a ground of the parole fee exemption, 8 U.S.C. 1804(b)(1).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub treatment_available_at_home: Option<bool>,
        /// A life-threatening medical emergency with no time for the visa process (also a ground of
        /// 8 U.S.C. 1804(b)(1)).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub life_threatening_emergency: Option<bool>,
        /// The person to be paroled is the parent or legal guardian of a child under 18 who needs
        /// medical parole (8 U.S.C. 1804(b)(2)).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub parent_of_minor_patient: Option<bool>,
        /// The other grounds of the parole fee exemption that describe the person (8 U.S.C. 1804(b)(3)-(10)).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub other_fee_exemptions: Vec<FeeExemption>,
        /// Item 1: the urgent humanitarian reason or significant public benefit, in English.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub explanation: Option<String>,
        /// Item 2.
        pub length_of_stay: LengthOfStay,
        /// Item 3.a: intended arrival date (`YYYY-MM-DD`), initial parole only.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub expected_arrival: Option<String>,
        /// Item 3.b: city and country of the US embassy, consulate or USCIS office abroad.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub consulate: Option<String>,
    }
}

form_struct! {
    /// Part 10, Items 1-3.
    pub struct Contact {
        /// Item 1.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub daytime_phone: Option<String>,
        /// Item 2.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub mobile_phone: Option<String>,
        /// Item 3.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }
}

form_enum! {
    /// Who signs Part 10, Item 4, relative to the person to be paroled.
    pub enum SignerRole {
        /// The person to be paroled signs for themselves.
        #[serde(rename = "self")]
        Myself,
        /// A parent of the person to be paroled.
        Parent,
        /// A legal guardian of the person to be paroled.
        LegalGuardian,
        /// Someone else filing for them (a relative, a sponsor).
        OtherRequester,
    }
}

form_struct! {
    /// Part 10, Item 4.
    pub struct Signature {
        /// Who signs.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub signer_role: Option<SignerRole>,
        /// The date of signature (`YYYY-MM-DD`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub date: Option<String>,
    }
}

form_struct! {
    /// Part 11 (interpreter) or Part 12 (preparer).
    pub struct Helper {
        /// Whether one was used.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub used: Option<bool>,
        /// Their name.
        pub name: Name,
        /// Business or organization, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub business: Option<String>,
        /// The language interpreted from (interpreter only).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
        /// Daytime phone.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub daytime_phone: Option<String>,
        /// Email.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// The date they signed (`YYYY-MM-DD`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub signature_date: Option<String>,
    }
}

impl FormProgram {
    /// The program whose renewal window applies to a re-parole under this one (see
    /// [`ParoleRequest::effective_program`] for a program written under "Other").
    pub fn window_program(self) -> crate::program::Program {
        use crate::program::Program;
        match self {
            FormProgram::None => Program::General,
            FormProgram::Ukraine => Program::Ukraine,
            FormProgram::Afghan => Program::Afghan,
            FormProgram::FamilyReunificationParole => Program::Frp,
            FormProgram::Chnv => Program::Chnv,
            _ => Program::Other,
        }
    }
}

impl ParoleRequest {
    /// True when the filer files for someone else (Part 2, Items 16-27 then describe that person).
    pub fn for_someone_else(&self) -> bool {
        self.application.on_behalf_of_someone_else == Some(true)
    }

    /// The program whose rules apply. CHNV has no box of its own: a CHNV parolee writes it under
    /// 10.I "Other" ("CHNV", "Cuba", "Venezuela parole"), and that counts as CHNV; "Cuban Family
    /// Reunification Parole" written there counts as FRP.
    pub fn effective_program(&self) -> Option<FormProgram> {
        match self.application.program {
            Some(FormProgram::Other) => Some(answer(&self.application.program_name).map_or(FormProgram::Other, named_program)),
            program => program,
        }
    }

    /// The date of birth of the person to be paroled, as typed.
    pub fn paroled_person_birth_date(&self) -> Option<&str> {
        if self.for_someone_else() { self.beneficiary.date_of_birth.as_deref() } else { self.filer.date_of_birth.as_deref() }
    }
}

/// The program a name written under "Other" stands for, when it names one of the ended programs.
fn named_program(name: &str) -> FormProgram {
    // Letters only, lower case, accents dropped: "Haití", "CUBA", "venezolano" all compare.
    let key: String = name
        .chars()
        .filter_map(|c| match c {
            'á' | 'Á' => Some('a'),
            'é' | 'É' => Some('e'),
            'í' | 'Í' => Some('i'),
            'ó' | 'Ó' => Some('o'),
            'ú' | 'Ú' | 'ü' | 'Ü' => Some('u'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => Some(' '),
        })
        .collect();
    let has = |word: &str| key.contains(word);
    if has("reunif") {
        FormProgram::FamilyReunificationParole
    } else if has("entrant") {
        // "Cuban-Haitian entrant" is a status, not the CHNV parole.
        FormProgram::Other
    } else if key.split(' ').any(|w| w == "chnv") || ["cuba", "haiti", "nicaragu", "venezuel", "venezol"].iter().any(|w| has(w)) {
        FormProgram::Chnv
    } else {
        FormProgram::Other
    }
}

/// The text of an answer, or `None` when it is missing or blank.
pub fn answer(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}
