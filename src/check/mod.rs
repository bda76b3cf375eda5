//! Checks a parole request against the rule pack: what USCIS would reject, what is risky, the
//! evidence to gather and the fees that apply on the checking date.
//!
//! ```
//! use parole_helper::check::check;
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//!
//! let form = parole_helper::form::read::read(r#"{"filer":{"ssn":"000-12-3456"}}"#).unwrap().form;
//! let report = check(&form, ymd(2026, 11, 27)).report(Lang::Es);
//! let ssn = report.diagnostics.iter().find(|d| d.code == "format.ssn").unwrap();
//! assert_eq!(ssn.item.as_deref(), Some("Part 2, Item 10"));
//! assert!(ssn.message.starts_with("Parte 2, Punto 10:"));
//! ```
//!
//! [`check`] only collects findings (codes and arguments); [`Check::report`] words them in a
//! language. An incomplete form is a normal input: the report says what is missing.

mod cross;
mod evidence;
pub(crate) mod english;
pub(crate) mod formats;
mod messages;
pub mod progress;
mod report;

use chrono::NaiveDate;

use crate::date::{parse_date, DateError};
use crate::fees::{self, FeeLine, Ground};
use crate::form::catalogue::{self, question, Item, Question};
use crate::form::{answer, ParoleRequest, ParoleType};
use crate::windows::{reparole_window_in, Situation, Window};
use crate::i18n::Lang;
use crate::rules::{Code, RULESET};
pub use report::{word, ChecklistEntry, Diagnostic, FeeEntry, Report, RulesetInfo, Summary};
pub(crate) use messages::dollars;

/// The facts a message needs besides its code and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Args {
    /// Nothing more.
    None,
    /// What is wrong with a date.
    Date(DateError),
    /// The answer as typed, to show it back.
    Typed(String),
    /// A name typed in Ukrainian letters, to show it back with its spelling in Latin letters by
    /// Ukraine's official transliteration ([`crate::translit`]).
    Transliterated {
        /// The answer as typed.
        typed: String,
        /// Its spelling by the transliteration.
        latin: String,
    },
    /// A program DHS ended: when it ended and when its parole ended.
    Ended {
        /// The program.
        program: crate::program::Program,
        /// The day DHS ended it.
        program_ended: NaiveDate,
        /// The last day of parole under it.
        parole_ended: NaiveDate,
    },
    /// A length of stay over the program's usual maximum.
    Stay {
        /// The usual maximum, in years.
        max_years: u32,
    },
    /// A program that cannot be used for this kind of request.
    Program(crate::program::Program),
    /// A count (of names, of characters).
    Count(usize),
    /// A date the message names.
    On(NaiveDate),
    /// An age in whole years.
    Age(u32),
    /// For the financial support and the physician's letter: whether it is a re-parole request.
    Reparole(bool),
    /// The grounds of the parole fee exemption that may apply.
    Grounds(Vec<Ground>),
    /// A fee: the amount, whether it is the online amount, and the exemptions that may apply.
    Fee {
        /// Amount in US dollars.
        amount_usd: u32,
        /// The online amount (else the paper one).
        online: bool,
        /// For the parole fee: the grounds of 8 U.S.C. 1804(b) that may exempt this person.
        exemptions: Vec<Ground>,
        /// The medical ground applies to a child, so a parent or guardian may be exempt too.
        minor_patient: bool,
    },
    /// Two people of a family: the one the finding is about, and the other it compares with.
    People {
        /// The person whose request the finding is in.
        name: String,
        /// The other person.
        other: String,
    },
    /// Two people of a family and the last day of each one's parole.
    ParoleEnds {
        /// The person whose request the finding is in.
        name: String,
        /// The last day of their parole.
        ends: NaiveDate,
        /// The other person.
        other: String,
        /// The last day of the other's parole.
        other_ends: NaiveDate,
    },
}

/// One finding: a rule that fired, where, and the facts to explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule.
    pub code: Code,
    /// The question it concerns, if any.
    pub field: Option<&'static Question>,
    /// The Part and Item, when it is narrower than the question's (a program's own box).
    pub item: Option<Item>,
    /// The facts for the message.
    pub args: Args,
}

impl Finding {
    pub(crate) fn new(code: Code, path: &str, args: Args) -> Finding {
        let field = question(path);
        debug_assert!(field.is_some() || path.is_empty(), "no question {path}");
        Finding { code, field, item: None, args }
    }

    /// The Part and Item the finding names: its own, or its question's.
    pub fn item(&self) -> Option<Item> {
        self.item.or(self.field.map(|f| f.item)).filter(|i| i.on_form())
    }
}

/// One piece of evidence to gather.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The rule that asks for it.
    pub code: Code,
    /// The Part and Item it supports, if one.
    pub item: Option<Item>,
    /// Facts for its text.
    pub args: Args,
}

/// The outcome of a check, before it is worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The day the check was made for (and the filing date the fees are taken for).
    pub today: NaiveDate,
    /// What the rules found, in form order.
    pub findings: Vec<Finding>,
    /// The evidence checklist.
    pub checklist: Vec<Evidence>,
    /// The fees that apply.
    pub fees: Vec<FeeLine>,
    /// For re-parole with a valid Part 1, Item 12: when to file.
    pub window: Option<Window>,
    /// Whose parole the window is, when it is not the filer's own: the beneficiary's name, or
    /// empty before it is given.
    pub window_for: Option<String>,
}

/// Checks `form` as of `today` (also the filing date for fees).
pub fn check(form: &ParoleRequest, today: NaiveDate) -> Check {
    Check {
        today,
        findings: findings(form, today),
        checklist: evidence::checklist(form, today),
        fees: fees::applying(form, today),
        window: renewal_window(form, today),
        window_for: window_for(form),
    }
}

/// Whose parole Part 1, Item 12 is about when someone files for another person: their name
/// ("Sofía Ramírez Luna"), or empty before it is given. `None` for one's own request.
pub fn window_for(form: &ParoleRequest) -> Option<String> {
    let name = &form.beneficiary.name;
    form.for_someone_else().then(|| [&name.given_name, &name.family_name].into_iter().filter_map(answer).collect::<Vec<_>>().join(" "))
}

/// The window worded, led by whose parole it is when it is not the reader's own (a mother
/// reading her child's dates).
pub fn window_report(window: Window, window_for: Option<&str>, lang: Lang) -> crate::windows::WindowReport {
    let mut report = window.report(lang);
    if let Some(name) = window_for {
        let whose = if name.is_empty() {
            crate::t!(lang, "check-window-for-unnamed")
        } else {
            crate::t!(lang, "check-window-for", name = name)
        };
        report.explanation = format!("{whose}\n{}", report.explanation);
    }
    report
}

/// What the rules find in `form` on `today`, in form order, as codes and arguments (no words):
/// the cheap part of [`check`], which the page runs after every answer.
pub fn findings(form: &ParoleRequest, today: NaiveDate) -> Vec<Finding> {
    let mut findings = Vec::new();
    for question in catalogue::all() {
        if let Some((when, code)) = question.required {
            if when.holds(form) && !question.answered(form) {
                findings.push(Finding { code, field: Some(question), item: None, args: Args::None });
            }
        }
    }
    formats::check(form, &mut findings);
    english::check(form, &mut findings);
    cross::check(form, today, &mut findings);
    if today > RULESET.form_valid_until {
        findings.push(Finding::new(Code::FormEditionExpired, "", Args::On(RULESET.form_valid_until)));
    }
    // The I-131 fee applies to every request on the days it holds: when it does not, the fee table
    // is not known for that day.
    if today > RULESET.fees_known_until || !Code::FeeI131.rule().holds_on(today) {
        findings.push(Finding::new(Code::FeesUnverified, "", Args::On(RULESET.fees_known_until)));
    }
    // Form order: by Part and Item, then by the pack's order; findings not about the form last.
    findings.sort_by_key(|f| {
        let on_form = f.field.filter(|d| d.item.on_form());
        (on_form.map_or((u8::MAX, u32::MAX), |d| (d.item.part, field_rank(d))), f.code)
    });
    // Answers to questions that do not apply (the beneficiary's, once filing for oneself) stay in
    // the request but are not checked: they will not be on the form.
    findings.retain(|f| f.code.rule().holds_on(today) && f.field.is_none_or(|q| catalogue::is_shown(q, form)));
    findings
}

/// The re-parole window from Part 1, Item 12, when the request is a re-parole and the date reads.
pub fn renewal_window(form: &ParoleRequest, today: NaiveDate) -> Option<Window> {
    if form.application.parole_type != Some(ParoleType::Reparole) {
        return None;
    }
    let expires = answer(&form.application.current_parole_expires).and_then(|d| parse_date(d).ok())?;
    let program = form.effective_program().unwrap_or(crate::program::Program::General);
    let situation = Situation {
        frp_exception: form.application.frp_exception == Some(true),
        termination_notice: form.application.termination_notice == Some(true),
    };
    Some(reparole_window_in(program, expires, today, situation))
}

/// A question's position in the catalogue, which is form order.
fn field_rank(field: &'static Question) -> u32 {
    catalogue::all().position(|q| std::ptr::eq(q, field)).unwrap_or(usize::MAX) as u32
}

impl Check {
    /// Words the findings in `lang`.
    pub fn report(&self, lang: Lang) -> Report {
        report::build(self, lang)
    }

    /// The number of findings with `severity`.
    pub fn count(&self, severity: crate::rules::Severity) -> usize {
        self.findings.iter().filter(|f| f.code.rule().severity == severity).count()
    }
}

/// The format problem of one answer on its own (`filer.aNumber` = `"A12"`), worded in `lang`:
/// the quick check while a person types. The full [`check`] finds the same problem, and more.
pub fn check_field(path: &str, text: &str, lang: Lang) -> Option<Diagnostic> {
    formats::check_text(path, text).map(|finding| word(&finding, lang))
}

/// Whole years from `born` to `on` (0 when `born` is later).
pub(crate) fn age(born: NaiveDate, on: NaiveDate) -> u32 {
    on.years_since(born).unwrap_or(0)
}
