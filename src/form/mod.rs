//! What a person fills in on Form I-131 (edition 01/20/25) to ask for humanitarian parole: initial
//! parole from abroad or re-parole from inside the US, for themselves or for someone else.
//!
//! ```
//! use parole_helper::form::{read, ParoleType};
//!
//! // Half-filled forms are normal: people check as they go.
//! let form = read::read(r#"{"application":{"paroleType":"reparole"}}"#).unwrap().form;
//! assert_eq!(form.application.parole_type, Some(ParoleType::Reparole));
//! assert!(read::read(r#"{"aplication":{}}"#).is_err()); // a typo is not silently dropped
//! ```
//!
//! The model is plain data. Every answer is optional; which answers are required is a rule, not a
//! type. Dates are `YYYY-MM-DD` text, checked by the rules, so a half-typed date is a finding, not a
//! crash. The [`catalogue`] of questions is the one definition of the request: reading JSON
//! ([`read`]), writing it ([`write`]), its JSON Schema, the checks, progress, the page, the
//! printed review and the official PDF all go through it.

pub mod catalogue;
pub mod describe;
mod error;
pub mod formats;
pub mod places;
pub mod read;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod write;

pub use error::FormError;

use crate::program::Program;

/// The version of this model, stored with drafts and exports so older ones can be migrated.
/// Version 2 keeps numbers (height, weight, length of stay) as the text the person typed;
/// version 3 names the programs as the rest of the helper does (`general`, `frp`).
pub const SCHEMA_VERSION: u32 = 3;

macro_rules! form_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub struct $name { $($body)* }
    };
}

/// An enum of the form's choices, each with its id in the request JSON.
macro_rules! choice_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            /// Every choice, in the form's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Its id in the request JSON.
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)* }
            }

            /// The choice with this id, if there is one.
            pub fn from_id(id: &str) -> Option<$name> {
                match id { $($id => Some($name::$variant),)* _ => None }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "enum": [$($id),*] })
            }
        }
    };
}

form_struct! {
    /// A request for humanitarian parole or re-parole on Form I-131.
    pub struct ParoleRequest {
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
        pub removal_proceedings: Option<bool>,
        /// Part 4, Items 2-3: travel documents issued before.
        pub previous_documents: PreviousDocuments,
        /// Part 8: why parole is asked for, and for how long.
        pub reason: Reason,
        /// Part 9: a work permit (EAD) is wanted if re-parole is granted.
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

choice_enum! {
    /// Initial parole from abroad, or re-parole from inside the US.
    pub enum ParoleType {
        /// Part 1, Items 6-7: a parole document for someone outside the US.
        Initial = "initial",
        /// Part 1, Items 10-11: a new period of parole for someone paroled into the US.
        Reparole = "reparole",
    }
}


form_struct! {
    /// Part 1.
    pub struct Application {
        /// Initial parole or re-parole.
        pub parole_type: Option<ParoleType>,
        /// The program, or `none`.
        pub program: Option<Program>,
        /// The program's name, for "other program" (6.E / 10.I).
        pub program_name: Option<String>,
        /// Filing for someone else (true) or for oneself (false).
        pub on_behalf_of_someone_else: Option<bool>,
        /// 6.A: the receipt number of the approved Form I-130.
        pub i130_receipt_number: Option<String>,
        /// 6.C: the name of the referring US federal agency.
        pub agency_name: Option<String>,
        /// 6.C: the referring agency's official .gov or .mil email.
        pub agency_email: Option<String>,
        /// 6.B, 10.E, 10.H: how the person relates to the service member.
        pub military_relation: Option<MilitaryRelation>,
        /// 6.D: the Task Force registration number.
        pub task_force_registration_number: Option<String>,
        /// Item 12: the current parole's last day, the I-94 "Admit Until" date (`YYYY-MM-DD`).
        pub current_parole_expires: Option<String>,
        /// Item 13: holds refugee status, was paroled as a refugee, or is a permanent resident as
        /// a direct result of being a refugee.
        pub refugee_status: Option<bool>,
        /// Item 10.A: an FRP parolee's I-485 filed by 15 Dec 2025 is still pending, or DHS decided
        /// case by case that the parole goes on (then FRP parole has not ended).
        pub frp_exception: Option<bool>,
        /// DHS sent a notice that ends the current parole early (not a box on the form).
        pub termination_notice: Option<bool>,
        /// Paper or online (not a box on the form; it sets the I-131 fee).
        pub filing_method: Option<FilingMethod>,
        /// A fee waiver (Form I-912) is asked for the I-131 fee (not a box on the form).
        pub fee_waiver_requested: Option<bool>,
    }
}

choice_enum! {
    /// Part 1, 6.B, 10.E and 10.H: who the person is to the service member.
    pub enum MilitaryRelation {
        /// A current or former service member.
        ServiceMember = "serviceMember",
        /// A family member: a spouse, child, son or daughter (or their child under 21); for
        /// military parole in place, also a parent.
        Family = "family",
        /// A current legal guardian or surrogate (6.B and 10.E only).
        Guardian = "guardian",
    }
}

form_struct! {
    /// Part 4, Items 2-3: reentry permits, refugee travel documents and advance parole documents
    /// issued before to the person to be paroled.
    pub struct PreviousDocuments {
        /// 2.a: ever issued a Reentry Permit or Refugee Travel Document.
        pub reentry_permit: Option<bool>,
        /// 2.b: when the last one was issued (`YYYY-MM-DD`).
        pub reentry_permit_issued: Option<String>,
        /// 2.c: what became of it (attached, lost, stolen, still in my possession...).
        pub reentry_permit_disposition: Option<String>,
        /// 3.a: ever issued an Advance Parole Document.
        pub advance_parole: Option<bool>,
        /// 3.b: when the last one was issued (`YYYY-MM-DD`).
        pub advance_parole_issued: Option<String>,
        /// 3.c: what became of it.
        pub advance_parole_disposition: Option<String>,
    }
}

choice_enum! {
    /// How the form is sent to USCIS.
    pub enum FilingMethod {
        /// By mail.
        Paper = "paper",
        /// Through a USCIS online account.
        Online = "online",
    }
}

form_struct! {
    /// A person's name as on their documents.
    pub struct Name {
        /// Family name (last name).
        pub family_name: Option<String>,
        /// Given name (first name).
        pub given_name: Option<String>,
        /// Middle name.
        pub middle_name: Option<String>,
    }
}

form_struct! {
    /// A mailing or physical address, in the US or abroad.
    pub struct Address {
        /// "In care of" name, for a mailing address.
        pub in_care_of: Option<String>,
        /// Street number and name.
        pub street: Option<String>,
        /// Apartment, suite or floor.
        pub unit: Option<String>,
        /// City or town.
        pub city: Option<String>,
        /// US state or territory, as its two-letter code (US addresses).
        pub state: Option<String>,
        /// ZIP code, 5 or 9 digits (US addresses).
        pub zip_code: Option<String>,
        /// Province (addresses abroad).
        pub province: Option<String>,
        /// Postal code (addresses abroad).
        pub postal_code: Option<String>,
        /// Country.
        pub country: Option<String>,
    }
}

choice_enum! {
    /// Sex, as the form asks it.
    pub enum Sex {
        /// Male.
        Male = "male",
        /// Female.
        Female = "female",
    }
}

form_struct! {
    /// Part 2, Items 1-15: the person who files.
    pub struct Filer {
        /// Item 1.
        pub name: Name,
        /// Item 2: up to three other names used (more go to Part 13).
        pub other_names: Vec<Name>,
        /// Item 3: mailing (or safe) address.
        pub mailing_address: Address,
        /// Item 4: physical address, if different from the mailing address.
        pub physical_address: Option<Address>,
        /// Item 5: A-Number, if any.
        pub a_number: Option<String>,
        /// Item 6.
        pub country_of_birth: Option<String>,
        /// Item 7.
        pub country_of_citizenship: Option<String>,
        /// Item 8.
        pub sex: Option<Sex>,
        /// Item 9 (`YYYY-MM-DD`).
        pub date_of_birth: Option<String>,
        /// Item 10: US Social Security number, if any.
        pub ssn: Option<String>,
        /// Item 11: USCIS Online Account Number, if any.
        pub uscis_online_account_number: Option<String>,
        /// Item 12: class of admission (on the I-94), when in the US.
        pub class_of_admission: Option<String>,
        /// Item 13: I-94 number, when in the US.
        pub i94_number: Option<String>,
        /// Item 14: I-94 expiration (`YYYY-MM-DD`); for re-parole it repeats Part 1, Item 12.
        pub i94_expires: Option<String>,
        /// Item 15: eMedical U.S. Parolee ID, if any.
        pub emedical_parolee_id: Option<String>,
    }
}

form_struct! {
    /// Part 2, Items 16-27: the person to be paroled, when the filer files for them.
    pub struct Beneficiary {
        /// Item 16.
        pub name: Name,
        /// Item 17.
        pub other_names: Vec<Name>,
        /// Item 18 (`YYYY-MM-DD`).
        pub date_of_birth: Option<String>,
        /// Item 19.
        pub country_of_birth: Option<String>,
        /// Item 20.
        pub country_of_citizenship: Option<String>,
        /// Item 21.
        pub daytime_phone: Option<String>,
        /// Item 22.
        pub email: Option<String>,
        /// Item 23: A-Number, if any.
        pub a_number: Option<String>,
        /// Gets mail at the filer's mailing address (Part 2, Item 3), as a child living with the
        /// parent who files does. Not a box on the form: Item 24 then holds the filer's address
        /// ([`ParoleRequest::beneficiary_mailing_address`]), and `mailing_address` is kept as typed.
        pub mailing_address_same_as_filer: Option<bool>,
        /// Item 24, as typed (see [`ParoleRequest::beneficiary_mailing_address`]).
        pub mailing_address: Address,
        /// Item 25: physical address, if different.
        pub physical_address: Option<Address>,
        /// Item 26: class of admission (re-parole).
        pub class_of_admission: Option<String>,
        /// Item 27: I-94 number (re-parole).
        pub i94_number: Option<String>,
    }
}

choice_enum! {
    /// Part 3, Item 1.
    pub enum Ethnicity {
        /// Hispanic or Latino.
        HispanicOrLatino = "hispanicOrLatino",
        /// Not Hispanic or Latino.
        NotHispanicOrLatino = "notHispanicOrLatino",
    }
}

choice_enum! {
    /// Part 3, Item 2 (one or more).
    pub enum Race {
        /// American Indian or Alaska Native.
        AmericanIndianOrAlaskaNative = "americanIndianOrAlaskaNative",
        /// Asian.
        Asian = "asian",
        /// Black or African American.
        Black = "black",
        /// Native Hawaiian or Other Pacific Islander.
        NativeHawaiianOrPacificIslander = "nativeHawaiianOrPacificIslander",
        /// White.
        White = "white",
    }
}

choice_enum! {
    /// Part 3, Item 5.
    pub enum EyeColor {
        /// Black.
        Black = "black",
        /// Blue.
        Blue = "blue",
        /// Brown.
        Brown = "brown",
        /// Gray.
        Gray = "gray",
        /// Green.
        Green = "green",
        /// Hazel.
        Hazel = "hazel",
        /// Maroon.
        Maroon = "maroon",
        /// Pink.
        Pink = "pink",
        /// Unknown or other.
        Unknown = "unknown",
    }
}

choice_enum! {
    /// Part 3, Item 6.
    pub enum HairColor {
        /// Bald (no hair).
        Bald = "bald",
        /// Black.
        Black = "black",
        /// Blond.
        Blond = "blond",
        /// Brown.
        Brown = "brown",
        /// Gray.
        Gray = "gray",
        /// Red.
        Red = "red",
        /// Sandy.
        Sandy = "sandy",
        /// White.
        White = "white",
        /// Unknown or other.
        Unknown = "unknown",
    }
}

form_struct! {
    /// Part 3: biographic information of the person to be paroled.
    pub struct Biographics {
        /// Item 1.
        pub ethnicity: Option<Ethnicity>,
        /// Item 2.
        pub race: Vec<Race>,
        /// Item 3: height, feet (a whole number, as text).
        pub height_feet: Option<String>,
        /// Item 3: height, inches (a whole number, as text).
        pub height_inches: Option<String>,
        /// Item 4: weight in pounds (a whole number, as text).
        pub weight_pounds: Option<String>,
        /// Item 5.
        pub eye_color: Option<EyeColor>,
        /// Item 6.
        pub hair_color: Option<HairColor>,
    }
}

choice_enum! {
    /// What kind of reason Part 8 gives; the helper uses it for the evidence checklist and fees.
    pub enum ReasonCategory {
        /// Medical treatment, or a medical emergency.
        Medical = "medical",
        /// Family: to be with, or care for, family.
        Family = "family",
        /// A court or other legal proceeding.
        Legal = "legal",
        /// A significant public benefit.
        PublicBenefit = "publicBenefit",
        /// Anything else.
        Other = "other",
    }
}

choice_enum! {
    /// The unit of a length of stay.
    pub enum StayUnit {
        /// Days.
        Days = "days",
        /// Weeks.
        Weeks = "weeks",
        /// Months.
        Months = "months",
        /// Years.
        Years = "years",
    }
}

choice_enum! {
    /// Grounds of the parole fee exemption other than the medical ones (8 U.S.C. 1804(b)(3)-(10)).
    pub enum FeeExemption {
        /// (3) An organ or tissue donor, with no time for the visa process.
        OrganDonor = "organDonor",
        /// (4) A close family member in the US whose death is imminent.
        FamilyMemberDying = "familyMemberDying",
        /// (5) The funeral of a close family member.
        Funeral = "funeral",
        /// (6) An adopted child with an urgent medical condition, in the custody of the petitioner.
        AdoptedChildMedical = "adoptedChildMedical",
        /// (7) An applicant for adjustment of status (INA 245) returning from temporary travel.
        AdjustmentApplicant = "adjustmentApplicant",
        /// (8) Returned to a country next to the US, and paroled in for an immigration hearing.
        ImmigrationHearing = "immigrationHearing",
        /// (9) Cuban or Haitian entrant status.
        CubanHaitianEntrant = "cubanHaitianEntrant",
        /// (10) Assisting US law enforcement (a significant public benefit).
        LawEnforcement = "lawEnforcement",
    }
}

form_struct! {
    /// Part 8, Item 2: how long the person expects to stay.
    pub struct LengthOfStay {
        /// How many units (a whole number, as text).
        pub value: Option<String>,
        /// Days, weeks, months or years.
        pub unit: Option<StayUnit>,
    }
}

form_struct! {
    /// Part 8.
    pub struct Reason {
        /// The kind of reason (for the helper's checklist; not a box on the form).
        pub category: Option<ReasonCategory>,
        /// The treatment the person needs can be had in the country where they live (or lived
        /// before coming to the US). "No" is a ground of the parole fee exemption, 8 U.S.C. 1804(b)(1).
        pub treatment_available_at_home: Option<bool>,
        /// A life-threatening medical emergency with no time for the visa process (also a ground of
        /// 8 U.S.C. 1804(b)(1)).
        pub life_threatening_emergency: Option<bool>,
        /// The person to be paroled is the parent or legal guardian of a child under 18 who needs
        /// medical parole (8 U.S.C. 1804(b)(2)).
        pub parent_of_minor_patient: Option<bool>,
        /// The other grounds of the parole fee exemption that describe the person (8 U.S.C. 1804(b)(3)-(10)).
        pub other_fee_exemptions: Vec<FeeExemption>,
        /// Item 1: the urgent humanitarian reason or significant public benefit, in English.
        pub explanation: Option<String>,
        /// Item 2.
        pub length_of_stay: LengthOfStay,
        /// Item 3.a: intended arrival date (`YYYY-MM-DD`), initial parole only.
        pub expected_arrival: Option<String>,
        /// Item 3.b: city and country of the US embassy, consulate or USCIS office abroad.
        pub consulate: Option<String>,
    }
}

form_struct! {
    /// Part 10, Items 1-3.
    pub struct Contact {
        /// Item 1.
        pub daytime_phone: Option<String>,
        /// Item 2.
        pub mobile_phone: Option<String>,
        /// Item 3.
        pub email: Option<String>,
    }
}

choice_enum! {
    /// Who signs Part 10, Item 4, relative to the person to be paroled.
    pub enum SignerRole {
        /// The person to be paroled signs for themselves.
        Myself = "self",
        /// A parent of the person to be paroled.
        Parent = "parent",
        /// A legal guardian of the person to be paroled.
        LegalGuardian = "legalGuardian",
        /// Someone else filing for them (a relative, a sponsor).
        OtherRequester = "otherRequester",
    }
}

form_struct! {
    /// Part 10, Item 4.
    pub struct Signature {
        /// Who signs.
        pub signer_role: Option<SignerRole>,
        /// The date of signature (`YYYY-MM-DD`).
        pub date: Option<String>,
    }
}

form_struct! {
    /// Part 11 (interpreter) or Part 12 (preparer).
    pub struct Helper {
        /// Whether one was used.
        pub used: Option<bool>,
        /// Their name.
        pub name: Name,
        /// Business or organization, if any.
        pub business: Option<String>,
        /// The language interpreted from (interpreter only).
        pub language: Option<String>,
        /// Daytime phone.
        pub daytime_phone: Option<String>,
        /// Email.
        pub email: Option<String>,
        /// The date they signed (`YYYY-MM-DD`).
        pub signature_date: Option<String>,
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
    pub fn effective_program(&self) -> Option<Program> {
        match self.application.program {
            Some(Program::Other) => Some(answer(&self.application.program_name).map_or(Program::Other, named_program)),
            program => program,
        }
    }

    /// True when the filer files for someone else who gets mail at the filer's mailing address:
    /// Part 2, Item 24 is then Item 3, and the answers typed for Item 24 stand aside (kept, not
    /// asked, not checked, not filled in).
    pub fn mails_at_filers_address(&self) -> bool {
        self.for_someone_else() && self.beneficiary.mailing_address_same_as_filer == Some(true)
    }

    /// The mailing address of the person to be paroled (Part 2, Item 24): the filer's (Item 3)
    /// when they get mail there, else their own. The check, the filled form and the printed
    /// review all take Item 24 from here.
    pub fn beneficiary_mailing_address(&self) -> &Address {
        if self.mails_at_filers_address() { &self.filer.mailing_address } else { &self.beneficiary.mailing_address }
    }

    /// The request as the paper form has it. The form has no "same address" question: when the
    /// person to be paroled gets mail at the filer's address, Item 24 is that address written
    /// out, as if typed there. Borrowed when nothing changes.
    pub fn as_on_form(&self) -> std::borrow::Cow<'_, ParoleRequest> {
        if !self.mails_at_filers_address() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut form = self.clone();
        form.beneficiary.mailing_address = self.beneficiary_mailing_address().clone();
        form.beneficiary.mailing_address_same_as_filer = None;
        std::borrow::Cow::Owned(form)
    }

    /// The date of birth of the person to be paroled, as typed.
    pub fn paroled_person_birth_date(&self) -> Option<&str> {
        if self.for_someone_else() { self.beneficiary.date_of_birth.as_deref() } else { self.filer.date_of_birth.as_deref() }
    }
}

/// The program a name written under "Other" stands for, when it names one of the ended programs.
fn named_program(name: &str) -> Program {
    // Letters only, lower case, accents dropped: "Haití", "CUBA", "venezolano" all compare.
    let key: String = name
        .chars()
        .map(|c| match c {
            'á' | 'Á' => 'a',
            'é' | 'É' => 'e',
            'í' | 'Í' => 'i',
            'ó' | 'Ó' => 'o',
            'ú' | 'Ú' | 'ü' | 'Ü' => 'u',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            _ => ' ',
        })
        .collect();
    let has = |word: &str| key.contains(word);
    if has("reunif") {
        Program::Frp
    } else if has("entrant") {
        // "Cuban-Haitian entrant" is a status, not the CHNV parole.
        Program::Other
    } else if key.split(' ').any(|w| w == "chnv") || ["cuba", "haiti", "nicaragu", "venezuel", "venezol"].iter().any(|w| has(w)) {
        Program::Chnv
    } else {
        Program::Other
    }
}

/// The text of an answer, or `None` when it is missing or blank.
pub fn answer(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}
