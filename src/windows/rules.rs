//! The rule data behind the renewal windows: each rule with a stable id, a source, how sure we are
//! of it, the dates it holds, and what it does to the window.
//!
//! ```
//! use parole_helper::windows::rules::{rules_for, Effect};
//! use parole_helper::program::Program;
//!
//! let ukraine = rules_for(Some(Program::Ukraine));
//! let earliest = ukraine.iter().find(|r| matches!(r.effect, Effect::EarliestFiling { .. })).unwrap();
//! assert_eq!(earliest.id, "reparole.ukraine.earliest-180-days");
//! assert!(earliest.official());
//! ```
//!
//! Facts and confidence tags come from `shared/domain.md` (researched 2026-11-27). Ids are never
//! reused: retire a rule by giving it a `holds_until`, and add a new one with a new id.

use chrono::NaiveDate;
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::date::ymd;
use crate::program::Program;
use crate::sources::{Basis, Source};

/// What a rule does to a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Filing opens this many days before the last day of parole (or of the EAD).
    EarliestFiling {
        /// Calendar days before the last day.
        days_before: u64,
    },
    /// File at least this many days before the last day.
    FileBy {
        /// Calendar days before the last day.
        days_before: u64,
    },
    /// DHS ended the program: parole under it ends on `parole_ended` whatever the I-94 says.
    Terminated {
        /// The day DHS ended the program.
        program_ended: NaiveDate,
        /// The last day of parole under the program.
        parole_ended: NaiveDate,
    },
    /// Changes no date; it is part of the explanation.
    Note,
}

/// Which fact a rule states; the explanation has a sentence for each, in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    /// The I-94 "Admit Until" date is the last day of parole.
    LastDayIncluded,
    /// Plain calendar days, no roll-forward.
    CalendarDays,
    /// Ukrainians: no earlier than 180 days before expiry.
    UkraineEarliest,
    /// File at least 90 days before expiry (advice).
    FileByAdvice,
    /// Parole is not extended while a request is pending.
    NotExtendedWhilePending,
    /// Afghans with a pending I-589 or I-485 may be extended by notice.
    AfghanExtensionByNotice,
    /// Other programs: check the program's own notice.
    OtherProgramNotice,
    /// CHNV ended.
    ChnvTerminated,
    /// FRP ended, with the I-485 exception.
    FrpTerminated,
    /// EAD renewal: up to 180 days before expiry.
    EadEarliest,
    /// No automatic EAD extension for renewals filed since 30 Oct 2025.
    EadNoAutomaticExtension,
    /// A parolee's EAD lasts one year or the parole period, whichever is shorter.
    EadValidity,
}

/// One dated, sourced rule about when to file.
#[derive(Debug, PartialEq, Eq)]
pub struct WindowRule {
    /// Stable id, never reused.
    pub id: &'static str,
    /// The fact it states (chooses the sentence in the explanation).
    pub fact: Fact,
    /// How sure we are; only government and form text is official.
    pub basis: Basis,
    /// Where it comes from.
    pub source: Source,
    /// The first day it holds, where a source gives one.
    pub holds_from: Option<NaiveDate>,
    /// The last day it holds, once it is retired.
    pub holds_until: Option<NaiveDate>,
    /// What it does to the window.
    pub effect: Effect,
}

impl WindowRule {
    /// True when the rule is government or form text; otherwise it is shown as advice.
    pub fn official(&self) -> bool {
        self.basis.is_official()
    }
}

/// The window contract shows each rule as `{id, official, source, url}`.
impl Serialize for WindowRule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Rule", 4)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("official", &self.official())?;
        s.serialize_field("source", self.source.title)?;
        s.serialize_field("url", &self.source.url)?;
        s.end()
    }
}

/// The schema of a rule as the window contract shows it (`{id, official, source, url}`).
#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for WindowRule {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "WindowRule".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        /// A rule that shaped a renewal window.
        #[derive(schemars::JsonSchema)]
        #[allow(dead_code)]
        struct WindowRule {
            /// Stable id, never reused.
            id: String,
            /// Government or form text (else advice).
            official: bool,
            /// Who says it, and where.
            source: String,
            /// A public page, or `null` for our own inferences.
            url: Option<String>,
        }
        WindowRule::json_schema(generator)
    }
}

const U4U_REPAROLE: &str = "https://www.uscis.gov/humanitarian/uniting-for-ukraine/re-parole-process-for-certain-ukrainian-citizens-and-their-immediate-family-members";

/// The "Admit Until" date on the I-94 is the last day of parole. [sec]
pub static LAST_DAY_INCLUDED: WindowRule = WindowRule {
    id: "parole.last-day-included",
    fact: Fact::LastDayIncluded,
    basis: Basis::Secondary,
    source: Source {
        title: "Legal-aid summaries: parole runs through the I-94 \"Admit Until\" date; unlawful presence starts the next day",
        url: Some("https://i94.cbp.dhs.gov/"),
    },
    holds_from: None,
    holds_until: None,
    effect: Effect::Note,
};

/// Plain calendar days: no weekend or holiday roll-forward was found. [inf]
pub static CALENDAR_DAYS: WindowRule = WindowRule {
    id: "count.calendar-days",
    fact: Fact::CalendarDays,
    basis: Basis::Inference,
    source: Source {
        title: "Our inference: no source moves these dates for weekends or holidays, so days are counted on the calendar",
        url: None,
    },
    holds_from: None,
    holds_until: None,
    effect: Effect::Note,
};

/// Ukrainians: file no earlier than 180 days before parole expires. [gov]
pub static UKRAINE_EARLIEST: WindowRule = WindowRule {
    id: "reparole.ukraine.earliest-180-days",
    fact: Fact::UkraineEarliest,
    basis: Basis::Government,
    source: Source {
        title: "USCIS, Re-Parole Process for Certain Ukrainian Citizens and Their Immediate Family Members",
        url: Some(U4U_REPAROLE),
    },
    holds_from: Some(ymd(2024, 2, 27)),
    holds_until: None,
    effect: Effect::EarliestFiling { days_before: 180 },
};

/// File at least 90 days before parole expires. [sec] Advice: no official window was found.
pub static FILE_BY_ADVICE: WindowRule = WindowRule {
    id: "reparole.file-by-90-days",
    fact: Fact::FileByAdvice,
    basis: Basis::Secondary,
    source: Source {
        title: "Human Rights First, guidance for parolees: ask for re-parole at least 90 days before parole ends (advice; no official deadline was found)",
        url: Some("https://humanrightsfirst.org/"),
    },
    holds_from: None,
    holds_until: None,
    effect: Effect::FileBy { days_before: 90 },
};

/// Parole is not extended while a request is pending. [gov/inf: taken as inf]
pub static NOT_EXTENDED_WHILE_PENDING: WindowRule = WindowRule {
    id: "reparole.not-extended-while-pending",
    fact: Fact::NotExtendedWhilePending,
    basis: Basis::Inference,
    source: Source {
        title: "USCIS says early filing lowers the risk that parole and work permit expire before a decision (Ukraine page); that this holds for every program is our inference",
        url: Some(U4U_REPAROLE),
    },
    holds_from: None,
    holds_until: None,
    effect: Effect::Note,
};

/// Afghans with an asylum or adjustment application filed in time may be extended by notice. [gov]
pub static AFGHAN_EXTENSION_BY_NOTICE: WindowRule = WindowRule {
    id: "reparole.afghan.extension-by-notice",
    fact: Fact::AfghanExtensionByNotice,
    basis: Basis::Government,
    source: Source {
        title: "USCIS, Afghan Re-Parole FAQs: case-by-case extension of parole and EAD for a pending I-589 or I-485 filed before initial parole expired",
        url: Some("https://www.uscis.gov/humanitarian/information-for-afghan-nationals/re-parole-process-for-certain-afghans/afghan-re-parole-faqs"),
    },
    holds_from: Some(ymd(2023, 6, 8)),
    holds_until: None,
    effect: Effect::Note,
};

/// Items 10.D-10.I: no program-specific window was found. [inf]
pub static OTHER_PROGRAM_NOTICE: WindowRule = WindowRule {
    id: "reparole.other-program.check-notice",
    fact: Fact::OtherProgramNotice,
    basis: Basis::Inference,
    source: Source {
        title: "No program-specific re-parole window was found for Items 10.D-10.I; the general advice applies until the program's own notice says otherwise",
        url: Some("https://www.uscis.gov/i-131"),
    },
    holds_from: None,
    holds_until: None,
    effect: Effect::Note,
};

/// CHNV parole ended 24 Apr 2025 unless it expired earlier (FR 2025-05128). [gov]
pub static CHNV_TERMINATED: WindowRule = WindowRule {
    id: "program.chnv.terminated",
    fact: Fact::ChnvTerminated,
    basis: Basis::Government,
    source: Source {
        title: "Federal Register 2025-05128, Termination of Parole Processes for Cubans, Haitians, Nicaraguans, and Venezuelans",
        url: Some("https://www.federalregister.gov/d/2025-05128"),
    },
    holds_from: Some(ymd(2025, 3, 25)),
    holds_until: None,
    effect: Effect::Terminated { program_ended: ymd(2025, 3, 25), parole_ended: ymd(2025, 4, 24) },
};

/// FRP ended 15 Dec 2025; parole ends 14 Jan 2026 unless an I-485 filed by then is pending
/// (FR 2025-22744). [gov] Litigation continues. [sec]
pub static FRP_TERMINATED: WindowRule = WindowRule {
    id: "program.frp.terminated",
    fact: Fact::FrpTerminated,
    basis: Basis::Government,
    source: Source {
        title: "Federal Register 2025-22744, Termination of the Family Reunification Parole processes",
        url: Some("https://www.federalregister.gov/d/2025-22744"),
    },
    holds_from: Some(ymd(2025, 12, 15)),
    holds_until: None,
    effect: Effect::Terminated { program_ended: ymd(2025, 12, 15), parole_ended: ymd(2026, 1, 14) },
};

/// An EAD renewal can be filed up to 180 days before the EAD expires. [sec]
pub static EAD_EARLIEST: WindowRule = WindowRule {
    id: "ead.renewal-earliest-180-days",
    fact: Fact::EadEarliest,
    basis: Basis::Secondary,
    source: Source {
        title: "Legal-aid summaries of Form I-765 renewals: file up to 180 days before the work permit expires (check the I-765 page)",
        url: Some("https://www.uscis.gov/i-765"),
    },
    holds_from: None,
    holds_until: None,
    effect: Effect::EarliestFiling { days_before: 180 },
};

/// No automatic EAD extension for renewals filed on or after 30 Oct 2025 (FR 2025-19702). [gov]
pub static EAD_NO_AUTOMATIC_EXTENSION: WindowRule = WindowRule {
    id: "ead.no-automatic-extension",
    fact: Fact::EadNoAutomaticExtension,
    basis: Basis::Government,
    source: Source {
        title: "Federal Register 2025-19702: automatic extensions of work permits end for renewals filed on or after October 30, 2025",
        url: Some("https://www.federalregister.gov/d/2025-19702"),
    },
    holds_from: Some(ymd(2025, 10, 30)),
    holds_until: None,
    effect: Effect::Note,
};

/// H.R.1: a parolee's EAD lasts 1 year or the parole period, whichever is shorter. [sec]
pub static EAD_VALIDITY: WindowRule = WindowRule {
    id: "ead.parolee-validity-one-year",
    fact: Fact::EadValidity,
    basis: Basis::Secondary,
    source: Source {
        title: "Summaries of H.R. 1 (Pub. L. 119-21): a parolee's work permit lasts 1 year or the parole period, whichever is shorter",
        url: Some("https://www.congress.gov/bill/119th-congress/house-bill/1"),
    },
    holds_from: Some(ymd(2025, 7, 22)),
    holds_until: None,
    effect: Effect::Note,
};

/// Every window rule, for listing and for tests over the whole pack.
pub static ALL: [&WindowRule; 12] = [
    &LAST_DAY_INCLUDED,
    &CALENDAR_DAYS,
    &UKRAINE_EARLIEST,
    &FILE_BY_ADVICE,
    &NOT_EXTENDED_WHILE_PENDING,
    &AFGHAN_EXTENSION_BY_NOTICE,
    &OTHER_PROGRAM_NOTICE,
    &CHNV_TERMINATED,
    &FRP_TERMINATED,
    &EAD_EARLIEST,
    &EAD_NO_AUTOMATIC_EXTENSION,
    &EAD_VALIDITY,
];

/// The rules for each window, in the order the explanation walks through them.
static GENERAL: [&WindowRule; 4] =
    [&LAST_DAY_INCLUDED, &FILE_BY_ADVICE, &NOT_EXTENDED_WHILE_PENDING, &CALENDAR_DAYS];
static UKRAINE: [&WindowRule; 5] = [
    &LAST_DAY_INCLUDED,
    &UKRAINE_EARLIEST,
    &FILE_BY_ADVICE,
    &NOT_EXTENDED_WHILE_PENDING,
    &CALENDAR_DAYS,
];
static AFGHAN: [&WindowRule; 5] = [
    &LAST_DAY_INCLUDED,
    &FILE_BY_ADVICE,
    &AFGHAN_EXTENSION_BY_NOTICE,
    &NOT_EXTENDED_WHILE_PENDING,
    &CALENDAR_DAYS,
];
static FRP: [&WindowRule; 4] = [&LAST_DAY_INCLUDED, &FRP_TERMINATED, &FILE_BY_ADVICE, &CALENDAR_DAYS];
static CHNV: [&WindowRule; 4] = [&LAST_DAY_INCLUDED, &CHNV_TERMINATED, &FILE_BY_ADVICE, &CALENDAR_DAYS];
static OTHER: [&WindowRule; 5] = [
    &LAST_DAY_INCLUDED,
    &FILE_BY_ADVICE,
    &OTHER_PROGRAM_NOTICE,
    &NOT_EXTENDED_WHILE_PENDING,
    &CALENDAR_DAYS,
];
static EAD: [&WindowRule; 4] = [&EAD_EARLIEST, &EAD_NO_AUTOMATIC_EXTENSION, &EAD_VALIDITY, &CALENDAR_DAYS];

/// The rules that shape a re-parole window for `Some(program)`, or the work-permit window for `None`.
pub fn rules_for(program: Option<Program>) -> &'static [&'static WindowRule] {
    match program {
        Some(Program::General) => &GENERAL,
        Some(Program::Ukraine) => &UKRAINE,
        Some(Program::Afghan) => &AFGHAN,
        Some(Program::Frp) => &FRP,
        Some(Program::Chnv) => &CHNV,
        Some(Program::Other) => &OTHER,
        None => &EAD,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_every_rule_is_listed() {
        let ids: HashSet<_> = ALL.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), ALL.len());
        let used = Program::ALL.map(Some).into_iter().chain([None]).flat_map(rules_for);
        for rule in used {
            assert!(ids.contains(rule.id), "{} is used but not in ALL", rule.id);
        }
    }

    #[test]
    fn advice_is_never_official_and_sources_are_named() {
        for rule in ALL {
            assert!(!rule.source.title.is_empty());
            assert_eq!(rule.official(), matches!(rule.basis, Basis::Government | Basis::Form));
            if rule.official() {
                assert!(rule.source.url.is_some(), "{} is official without a page", rule.id);
            }
            if let (Some(from), Some(until)) = (rule.holds_from, rule.holds_until) {
                assert!(from <= until, "{}", rule.id);
            }
        }
        // The 90-day deadline is advice (domain.md §6): it must never be presented as a USCIS rule.
        assert!(!FILE_BY_ADVICE.official());
    }

    #[test]
    fn the_rule_table_in_the_docs_lists_every_rule() {
        let doc = include_str!("../../docs/windows.md");
        for rule in ALL {
            assert!(doc.contains(&format!("| `{}` |", rule.id)), "docs/windows.md lacks {}", rule.id);
        }
    }

    #[test]
    fn serializes_as_the_contract_says() {
        let json = serde_json::to_string(&UKRAINE_EARLIEST).unwrap();
        assert_eq!(
            json,
            format!(
                r#"{{"id":"reparole.ukraine.earliest-180-days","official":true,"source":"{}","url":"{U4U_REPAROLE}"}}"#,
                UKRAINE_EARLIEST.source.title
            )
        );
        assert!(serde_json::to_string(&CALENDAR_DAYS).unwrap().ends_with(r#""url":null}"#));
    }
}
