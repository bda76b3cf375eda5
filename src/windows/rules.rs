//! The rule data behind the renewal windows: each rule with a stable id, a source, how sure we are
//! of it, the dates it holds, and what it does to the window.
//!
//! ```
//! use parole_helper::windows::rules::{rules_for, Effect};
//! use parole_helper::program::Program;
//!
//! let ukraine = rules_for(Some(Program::Ukraine));
//! let earliest = ukraine.iter().find(|r| matches!(r.effect, Effect::EarliestFiling { .. })).unwrap();
//! assert_eq!(earliest.id(), "reparole.ukraine.earliest-180-days");
//! assert!(earliest.official());
//! ```
//!
//! Facts and confidence tags come from `shared/domain.md` (researched 2026-11-27). Ids are never
//! reused: retire a rule by giving it a `holds_until`, and add a new one with a new id.

use chrono::NaiveDate;
use serde::Serialize;

use crate::date::ymd;
use crate::i18n::Lang;
use crate::program::{Program, WindowRules};
use crate::rules::{Basis, Rule, Severity, Source};

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
    /// DHS sent this person a notice that ends their parole early: no window, a lawyer now.
    EndedByNotice,
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
    /// This FRP parolee has the exception: parole goes on until the I-485 decision or the I-94 date.
    FrpException,
    /// DHS sent a notice that ends this parole early.
    TerminationNotice,
    /// EAD renewal: up to 180 days before expiry.
    EadEarliest,
    /// A parolee's EAD lasts one year or the parole period, whichever is shorter (8 U.S.C. 1809(a)).
    EadValidity,
    /// A new work permit needs a new parole first: ask for it in Part 9 of the re-parole request.
    EadNeedsReparole,
}

/// One dated, sourced rule about when to file: a [`Rule`] (id, basis, source, dates, as in the
/// check's pack), the fact it states and what it does to the window.
#[derive(Debug)]
pub struct WindowRule {
    /// The rule: stable id (never reused), Parts and Items, basis, source, the dates it holds.
    pub rule: Rule,
    /// The fact it states (chooses the sentence in the explanation).
    pub fact: Fact,
    /// What it does to the window.
    pub effect: Effect,
}

impl WindowRule {
    /// Its stable id.
    pub fn id(&self) -> &'static str {
        self.rule.id
    }

    /// True when the rule is government or form text; otherwise it is shown as advice.
    pub fn official(&self) -> bool {
        self.rule.official()
    }

    /// Where it comes from.
    pub fn source(&self) -> Source {
        self.rule.source
    }

    /// The rule as a window report shows it, its source worded in `lang`.
    pub fn worded(&self, lang: Lang) -> WindowRuleText {
        let source = self.rule.source.worded(lang);
        WindowRuleText { id: self.id(), official: self.official(), source: source.title, url: source.url, source_lang: source.lang }
    }
}

/// Window rules are the same when their ids are (ids are never reused).
impl PartialEq for WindowRule {
    fn eq(&self, other: &WindowRule) -> bool {
        self.rule.id == other.rule.id
    }
}

impl Eq for WindowRule {}

/// A rule that shaped a renewal window, as the window contract shows it:
/// `{id, official, source, url, sourceLang}`.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "WindowRule"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WindowRuleText {
    /// Stable id, never reused.
    pub id: &'static str,
    /// Government or form text (else advice).
    pub official: bool,
    /// Who says it, and where, in `sourceLang`. Names of official documents and laws may stay in
    /// English inside another language, marked as such (`"…" (en inglés)`).
    pub source: &'static str,
    /// A public page, or `null` for our own inferences.
    pub url: Option<&'static str>,
    /// The language `source` is written in: the report's, or `en` when the whole title is English.
    pub source_lang: Lang,
}

pub use crate::rules::HRF_PAROLED;
/// The statute of the parole fee and of the parolee work-permit limit (8 U.S.C. 1801-1809, H.R. 1).
pub const USC_8_1809: &str = "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1809&num=0&edition=prelim";
const U4U_REPAROLE: &str = "https://www.uscis.gov/humanitarian/uniting-for-ukraine/re-parole-process-for-certain-ukrainian-citizens-and-their-immediate-family-members";

/// The "Admit Until" date on the I-94 is the last day of parole. [sec]
pub static LAST_DAY_INCLUDED: WindowRule = WindowRule {
    rule: Rule {
        id: "parole.last-day-included",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Secondary,
        source: Source {
            id: "source-guides-admit-until",
            title: "Legal-aid summaries: parole runs through the I-94 \"Admit Until\" date; unlawful presence starts the next day",
            url: Some("https://i94.cbp.dhs.gov/"),
        },
        holds_from: None,
        holds_until: None,
    },
    fact: Fact::LastDayIncluded,
    effect: Effect::Note,
};

/// Plain calendar days: no weekend or holiday roll-forward was found. [inf]
pub static CALENDAR_DAYS: WindowRule = WindowRule {
    rule: Rule {
        id: "count.calendar-days",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Inference,
        source: Source {
            id: "source-our-calendar-days",
            title: "Our inference: no source moves these dates for weekends or holidays, so days are counted on the calendar",
            url: None,
        },
        holds_from: None,
        holds_until: None,
    },
    fact: Fact::CalendarDays,
    effect: Effect::Note,
};

/// Ukrainians: file no earlier than 180 days before parole expires. [gov]
pub static UKRAINE_EARLIEST: WindowRule = WindowRule {
    rule: Rule {
        id: "reparole.ukraine.earliest-180-days",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Government,
        source: Source {
            id: "source-uscis-ukraine-reparole",
            title: "USCIS, Re-Parole Process for Certain Ukrainian Citizens and Their Immediate Family Members",
            url: Some(U4U_REPAROLE),
        },
        holds_from: Some(ymd(2024, 2, 27)),
        holds_until: None,
    },
    fact: Fact::UkraineEarliest,
    effect: Effect::EarliestFiling { days_before: 180 },
};

/// File at least 90 days before parole expires. [sec] Advice: no official window was found.
pub static FILE_BY_ADVICE: WindowRule = WindowRule {
    rule: Rule {
        id: "reparole.file-by-90-days",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Secondary,
        source: Source {
            id: "source-hrf-ask-90-days",
            title: "Human Rights First, \"I was paroled in the United States\": ask for re-parole at least 90 days before parole ends (advice; no official deadline and no official first day were found)",
            url: Some(HRF_PAROLED),
        },
        holds_from: None,
        holds_until: None,
    },
    fact: Fact::FileByAdvice,
    effect: Effect::FileBy { days_before: 90 },
};

/// Parole is not extended while a request is pending. [gov/inf: taken as inf]
pub static NOT_EXTENDED_WHILE_PENDING: WindowRule = WindowRule {
    rule: Rule {
        id: "reparole.not-extended-while-pending",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Inference,
        source: Source {
            id: "source-uscis-early-filing",
            title: "USCIS says early filing lowers the risk that parole and work permit expire before a decision (Ukraine page); that this holds for every program is our inference",
            url: Some(U4U_REPAROLE),
        },
        holds_from: None,
        holds_until: None,
    },
    fact: Fact::NotExtendedWhilePending,
    effect: Effect::Note,
};

/// Afghans with an asylum or adjustment application filed in time may be extended by notice. [gov]
pub static AFGHAN_EXTENSION_BY_NOTICE: WindowRule = WindowRule {
    rule: Rule {
        id: "reparole.afghan.extension-by-notice",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Government,
        source: Source {
            id: "source-uscis-afghan-reparole",
            title: "USCIS, Afghan Re-Parole FAQs: case-by-case extension of parole and EAD for a pending I-589 or I-485 filed before initial parole expired",
            url: Some("https://www.uscis.gov/humanitarian/information-for-afghan-nationals/re-parole-process-for-certain-afghans/afghan-re-parole-faqs"),
        },
        holds_from: Some(ymd(2023, 6, 8)),
        holds_until: None,
    },
    fact: Fact::AfghanExtensionByNotice,
    effect: Effect::Note,
};

/// Items 10.D-10.I: no program-specific window was found. [inf]
pub static OTHER_PROGRAM_NOTICE: WindowRule = WindowRule {
    rule: Rule {
        id: "reparole.other-program.check-notice",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Inference,
        source: Source {
            id: "source-no-program-window",
            title: "No program-specific re-parole window was found for Items 10.D-10.I; the general advice applies until the program's own notice says otherwise",
            url: Some("https://www.uscis.gov/i-131"),
        },
        holds_from: None,
        holds_until: None,
    },
    fact: Fact::OtherProgramNotice,
    effect: Effect::Note,
};

/// CHNV parole ended 24 Apr 2025 unless it expired earlier (FR 2025-05128, published 25 Mar 2025;
/// the Supreme Court let the terminations take effect). The dates are the termination's, not the
/// notice's publication. [gov]
pub static CHNV_TERMINATED: WindowRule = WindowRule {
    rule: Rule {
        id: "program.chnv.terminated",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Government,
        source: Source {
            id: "source-fr-chnv-termination",
            title: "Federal Register 2025-05128, Termination of Parole Processes for Cubans, Haitians, Nicaraguans, and Venezuelans",
            url: Some("https://www.federalregister.gov/d/2025-05128"),
        },
        holds_from: Some(ymd(2025, 4, 24)),
        holds_until: None,
    },
    fact: Fact::ChnvTerminated,
    effect: Effect::Terminated { program_ended: ymd(2025, 4, 24), parole_ended: ymd(2025, 4, 24) },
};

/// FRP ended 15 Dec 2025; parole ends 14 Jan 2026 (FR 2025-22744) [gov], unless an I-485 filed by
/// 15 Dec 2025 is pending or DHS decided case by case ([`FRP_EXCEPTION`]). [sec]
pub static FRP_TERMINATED: WindowRule = WindowRule {
    rule: Rule {
        id: "program.frp.terminated",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Government,
        source: Source {
            id: "source-fr-frp-termination",
            title: "Federal Register 2025-22744, Termination of the Family Reunification Parole processes",
            url: Some("https://www.federalregister.gov/d/2025-22744"),
        },
        holds_from: Some(ymd(2025, 12, 15)),
        holds_until: None,
    },
    fact: Fact::FrpTerminated,
    effect: Effect::Terminated { program_ended: ymd(2025, 12, 15), parole_ended: ymd(2026, 1, 14) },
};

/// An EAD renewal can be filed up to 180 days before the EAD expires. [sec]
pub static EAD_EARLIEST: WindowRule = WindowRule {
    rule: Rule {
        id: "ead.renewal-earliest-180-days",
        items: "Part 9",
        severity: Severity::Info,
        basis: Basis::Secondary,
        source: Source {
            id: "source-guides-i765-renewal",
            title: "Legal-aid summaries of Form I-765 renewals: file up to 180 days before the work permit expires (check the I-765 page)",
            url: Some("https://www.uscis.gov/i-765"),
        },
        holds_from: None,
        holds_until: None,
    },
    fact: Fact::EadEarliest,
    effect: Effect::EarliestFiling { days_before: 180 },
};

/// The FRP exception: an I-485 filed by 15 Dec 2025 and still pending, or the Secretary's
/// case-by-case decision, keeps parole until the I-485 is decided or the original end date,
/// whichever comes first. [sec]
pub static FRP_EXCEPTION: WindowRule = WindowRule {
    rule: Rule {
        id: "program.frp.exception-i485-pending",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Secondary,
        source: Source {
            id: "source-fr-frp-exception-first",
            title: "Summaries of Federal Register 2025-22744: FRP parole continues for a pending Form I-485 filed by December 15, 2025, or by a case-by-case decision, until the I-485 decision or the original end date, whichever comes first",
            url: Some("https://www.federalregister.gov/d/2025-22744"),
        },
        holds_from: Some(ymd(2025, 12, 15)),
        holds_until: None,
    },
    fact: Fact::FrpException,
    effect: Effect::Note,
};

/// DHS may end parole early by notice; whoever got one needs a lawyer now, not a calendar. [gov/inf]
pub static TERMINATION_NOTICE: WindowRule = WindowRule {
    rule: Rule {
        id: "parole.termination-notice",
        items: "Part 1, Items 10-12",
        severity: Severity::Info,
        basis: Basis::Inference,
        source: Source {
            id: "source-dhs-termination-any-time",
            title: "DHS may terminate parole at any time (8 CFR 212.5(e)); that a person with a notice needs a lawyer or accredited representative now is our advice. Free help: the Justice Department's list of pro bono legal service providers",
            url: Some("https://www.justice.gov/eoir/list-pro-bono-legal-service-providers"),
        },
        holds_from: None,
        holds_until: None,
    },
    fact: Fact::TerminationNotice,
    effect: Effect::EndedByNotice,
};

/// A parolee's work permit lasts 1 year or the parole period, whichever is shorter, for
/// applications pending or filed on or after 22 Jul 2025 (H.R. 1, now 8 U.S.C. 1809(a)). [gov]
pub static EAD_VALIDITY: WindowRule = WindowRule {
    rule: Rule {
        id: "ead.parolee-validity-one-year",
        items: "Part 9",
        severity: Severity::Info,
        basis: Basis::Government,
        source: Source {
            id: "source-usc-work-permit-validity",
            title: "8 U.S.C. 1809(a) (H.R. 1, Pub. L. 119-21): a parolee's work permit is valid for 1 year or the parole period, whichever is shorter",
            url: Some(USC_8_1809),
        },
        holds_from: Some(ymd(2025, 7, 22)),
        holds_until: None,
    },
    fact: Fact::EadValidity,
    effect: Effect::Note,
};

/// Since the permit cannot outlast the parole, renewing it needs a new parole first; the usual
/// way is Part 9 of the re-parole request. [gov statute + form]
pub static EAD_NEEDS_REPAROLE: WindowRule = WindowRule {
    rule: Rule {
        id: "ead.renewal-needs-reparole",
        items: "Part 9",
        severity: Severity::Info,
        basis: Basis::Form,
        source: Source {
            id: "source-form-part9-work-permit",
            title: "Form I-131 (edition 01/20/25), Part 9: a work permit asked for together with re-parole; with 8 U.S.C. 1809(a), a permit cannot outlast the parole",
            url: Some("https://www.uscis.gov/i-131"),
        },
        holds_from: Some(ymd(2025, 7, 22)),
        holds_until: None,
    },
    fact: Fact::EadNeedsReparole,
    effect: Effect::Note,
};

/// Ids of rules taken out of the pack because they were wrong. Never reuse them: a test checks.
pub const RETIRED: [&str; 1] = [
    // Said the 30 Oct 2025 rule ended automatic extensions "for you": category (c)(11) never had them.
    "ead.no-automatic-extension",
];

/// Every window rule, for listing and for tests over the whole pack.
pub static ALL: [&WindowRule; 14] = [
    &LAST_DAY_INCLUDED,
    &CALENDAR_DAYS,
    &UKRAINE_EARLIEST,
    &FILE_BY_ADVICE,
    &NOT_EXTENDED_WHILE_PENDING,
    &AFGHAN_EXTENSION_BY_NOTICE,
    &OTHER_PROGRAM_NOTICE,
    &CHNV_TERMINATED,
    &FRP_TERMINATED,
    &FRP_EXCEPTION,
    &TERMINATION_NOTICE,
    &EAD_EARLIEST,
    &EAD_VALIDITY,
    &EAD_NEEDS_REPAROLE,
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
static FRP_CONTINUING: [&WindowRule; 5] =
    [&LAST_DAY_INCLUDED, &FRP_EXCEPTION, &FILE_BY_ADVICE, &NOT_EXTENDED_WHILE_PENDING, &CALENDAR_DAYS];
static ENDED_BY_NOTICE: [&WindowRule; 1] = [&TERMINATION_NOTICE];
static EAD: [&WindowRule; 4] = [&EAD_EARLIEST, &EAD_VALIDITY, &EAD_NEEDS_REPAROLE, &CALENDAR_DAYS];

/// The rules that shape a re-parole window for `Some(program)`, or the work-permit window for
/// `None`, for a person in `situation`.
pub fn rules_in(program: Option<Program>, situation: Situation) -> &'static [&'static WindowRule] {
    match program {
        Some(_) if situation.termination_notice => &ENDED_BY_NOTICE,
        Some(program) if program.window_rules() == WindowRules::Frp && situation.frp_exception => &FRP_CONTINUING,
        _ => rules_for(program),
    }
}

/// What a person told us that changes their window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Situation {
    /// FRP only: an I-485 filed by 15 Dec 2025 is pending, or DHS decided case by case that the
    /// parole goes on.
    pub frp_exception: bool,
    /// DHS sent a notice that ends the parole early.
    pub termination_notice: bool,
}

/// The rules that shape a re-parole window for `Some(program)`, or the work-permit window for `None`.
pub fn rules_for(program: Option<Program>) -> &'static [&'static WindowRule] {
    match program.map(Program::window_rules) {
        Some(WindowRules::General) => &GENERAL,
        Some(WindowRules::Ukraine) => &UKRAINE,
        Some(WindowRules::Afghan) => &AFGHAN,
        Some(WindowRules::Frp) => &FRP,
        Some(WindowRules::Chnv) => &CHNV,
        Some(WindowRules::Other) => &OTHER,
        None => &EAD,
    }
}

impl Fact {
    /// What the fact says, in a few English words, for `docs/windows.md`.
    fn summary(self) -> &'static str {
        match self {
            Fact::LastDayIncluded => "the I-94 \"Admit Until\" day is the last day of parole",
            Fact::CalendarDays => "plain calendar days, no weekend or holiday roll-forward",
            Fact::UkraineEarliest => "Ukrainians (10.C): no earlier than the first day",
            Fact::FileByAdvice => "advice: file by the advised day; no official first day was found",
            Fact::NotExtendedWhilePending => "parole is not extended while a request is pending",
            Fact::AfghanExtensionByNotice => "a pending I-589/I-485 filed in time may extend parole by notice",
            Fact::OtherProgramNotice => "no program window was found for 10.D-10.I",
            Fact::ChnvTerminated => "CHNV ended: no re-parole under it",
            Fact::FrpTerminated => "FRP ended, with exceptions (the person is asked)",
            Fact::FrpException => "FRP exception: parole until the I-485 decision or the I-94 date, whichever is first",
            Fact::TerminationNotice => "a DHS notice ended this parole early: no dates, legal help now",
            Fact::EadEarliest => "work permit: renew from the first day",
            Fact::EadValidity => "a parolee's permit lasts 1 year at most and never beyond the parole",
            Fact::EadNeedsReparole => "a new permit needs a new parole: ask in Part 9 of the re-parole I-131",
        }
    }
}

/// The window rules as a Markdown page (`docs/windows.md` is this output; a test keeps them equal).
pub fn markdown() -> String {
    let mut out = String::from(
        "# Renewal windows: the rules and where they come from\n\n\
         Generated by `parole-helper rules windows` from `src/windows/rules.rs`; do not edit by hand (`make docs`).\n\n\
         ```sh\nparole-helper window --program ukraine --expires 2027-03-31 --today 2026-11-27 --format text\n```\n\n\
         Each rule has a stable id (never reused), the basis of the fact (the confidence tags of\n\
         `shared/domain.md`), a source, the dates it holds, and its effect on the window. Only government\n\
         text and the form itself are **official**; everything else is shown to people as **advice**.\n\n\
         | id | what it says | effect | basis | official | holds from | source |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for rule in ALL {
        let effect = match rule.effect {
            Effect::EarliestFiling { days_before } => format!("`earliestFilingOn` = last day − {days_before} days"),
            Effect::FileBy { days_before } => format!("`fileByOn` = last day − {days_before} days"),
            Effect::Terminated { program_ended, parole_ended } => {
                format!("ended {program_ended}; parole ended {parole_ended}; status `terminated` after")
            }
            Effect::EndedByNotice => "status `ended_by_notice`: no dates, no reminders".into(),
            Effect::Note => "a sentence of the explanation".into(),
        };
        let source = match rule.rule.source.url {
            Some(url) => format!("[{}]({url})", rule.rule.source.title),
            None => rule.rule.source.title.to_string(),
        };
        out.push_str(&format!(
            "| `{}` | {} | {effect} | {:?} | {} | {} | {} |\n",
            rule.id(),
            rule.fact.summary(),
            rule.rule.basis,
            if rule.official() { "yes" } else { "no" },
            rule.rule.holds_from.map(|d| d.to_string()).unwrap_or_default(),
            source.replace('|', "\\|"),
        ));
    }
    out.push_str("\nRetired ids (never reused): ");
    out.push_str(&RETIRED.iter().map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", "));
    out.push_str(
        ".\n\n## How a window is counted\n\n\
         1. `earliestFilingOn` = last day − 180 days, where a rule sets a first day; else `null`.\n\
         2. `fileByOn` = last day − 90 days, for re-parole (advice).\n\
         3. `status` on `today`: `ended_by_notice` when the person says DHS ended their parole by notice;\n   \
         `terminated` once a terminated program's parole has ended; else `expired` after the last day\n   \
         (for the work permit, the earlier of its own end and the parole's); else `too_early` before the\n   \
         first day; else `file_now` after the file-by day; else `open`.\n\n\
         ## Honest limits\n\n\
         - The 90-day advice and the work permit's 180 days rest on secondary sources: they are shown as advice.\n\
         - FRP: ended by default; a person who says the I-485 exception applies gets a window counted to the\n  \
         I-94 date, with the note that a decision on the I-485 ends it sooner.\n\
         - The `holds from` dates are recorded but do not switch rules on and off by `today`: the windows\n  \
         describe the rules in force now.\n\
         - Change the data, not the logic: a new rule gets a new id and its sentence in both languages\n  \
         (`src/windows/explain.rs`, an exhaustive `match`).\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_every_rule_is_listed() {
        let ids: HashSet<_> = ALL.iter().map(|r| r.id()).collect();
        assert_eq!(ids.len(), ALL.len());
        let used = Program::ALL.map(Some).into_iter().chain([None]).flat_map(rules_for);
        for rule in used {
            assert!(ids.contains(rule.id()), "{} is used but not in ALL", rule.id());
        }
    }

    #[test]
    fn advice_is_never_official_and_sources_are_named() {
        // Which rules are official, named here by hand from domain.md's tags: a wrong basis in the
        // data (or a wrong `official()`) fails this.
        let official: HashSet<&str> = [
            "reparole.ukraine.earliest-180-days",
            "reparole.afghan.extension-by-notice",
            "program.chnv.terminated",
            "program.frp.terminated",
            "ead.parolee-validity-one-year",
            "ead.renewal-needs-reparole",
        ]
        .into();
        for rule in ALL {
            assert!(!rule.rule.source.title.is_empty());
            assert_eq!(rule.official(), official.contains(rule.id()), "{}", rule.id());
            if rule.official() {
                assert!(rule.rule.source.url.is_some(), "{} is official without a page", rule.id());
            }
            if let (Some(from), Some(until)) = (rule.rule.holds_from, rule.rule.holds_until) {
                assert!(from <= until, "{}", rule.id());
            }
        }
        // The 90-day deadline is advice (domain.md §6): it must never be presented as a USCIS rule.
        assert!(!FILE_BY_ADVICE.official());
        assert_eq!(FILE_BY_ADVICE.rule.source.url, Some(HRF_PAROLED), "the page is pinned, not the site");
        // The parolee work-permit limit is statute text (domain.md §8).
        assert!(EAD_VALIDITY.official());
    }

    #[test]
    fn retired_ids_are_never_reused() {
        for rule in ALL {
            assert!(!RETIRED.contains(&rule.id()), "{} was retired", rule.id());
        }
    }

    #[test]
    fn the_docs_are_generated_from_the_rules() {
        let doc = std::fs::read_to_string("docs/windows.md").unwrap_or_default();
        assert!(doc == markdown(), "docs/windows.md is stale: run `make docs`");
        for rule in ALL {
            assert!(doc.contains(&format!("| `{}` |", rule.id())), "docs/windows.md lacks {}", rule.id());
        }
    }

    #[test]
    fn serializes_as_the_contract_says() {
        let json = serde_json::to_string(&UKRAINE_EARLIEST.worded(Lang::En)).unwrap();
        assert_eq!(
            json,
            format!(
                r#"{{"id":"reparole.ukraine.earliest-180-days","official":true,"source":"{}","url":"{U4U_REPAROLE}","sourceLang":"en"}}"#,
                UKRAINE_EARLIEST.rule.source.title
            )
        );
        let es = serde_json::to_string(&CALENDAR_DAYS.worded(Lang::Es)).unwrap();
        assert!(es.contains(r#""source":"Deducción nuestra: "#) && es.ends_with(r#""url":null,"sourceLang":"es"}"#), "{es}");
    }
}
