//! The sources' titles in the languages people read, as texts of the language files.
//!
//! A [`Source`]'s English title is the canonical text: the rules keep it as data, and the English
//! file has it too, under a `source-…` id ([`IDS`]). As in a gettext catalogue (`msgid`,
//! `msgstr`), the English title is the key: a source is worded by the id whose English text is
//! its title, and each language words that id in its own file (`src/i18n/locales/<lang>.ftl`).
//! Another language is one more file; the rules themselves stay as they are. When an English title
//! changes in a rule and not in the files (or the other way round), no id matches it any more and
//! the title shows in English (`lang: en`): `tests/source_words.rs` fails on that.
//!
//! Inside a wording, names of official documents, pages and laws that have no official name in the
//! language stay in English, marked as such with the language's `source-in-english` words: in
//! Spanish a quoted name followed by ` (en inglés)`, or `(en inglés: "…")` after a Spanish
//! description. A title kept whole in English is written in the language's file exactly as in
//! English ([`Wording::KeptInEnglish`]), and its `lang` stays `en`.
//!
//! ```
//! use parole_helper::i18n::Lang;
//! use parole_helper::rules::source_words::{marked_names, title};
//! use parole_helper::rules::Code;
//!
//! let source = Code::EvidenceFinancialSupport.rule().source;
//! let (es, lang) = title(&source, Lang::Es);
//! assert_eq!(lang, Lang::Es);
//! assert!(es.starts_with("Human Rights First, \"I was paroled in the United States\" (en inglés): Formulario I-134"));
//! assert_eq!(marked_names(es, Lang::Es).1, ["I was paroled in the United States"]);
//! assert_eq!(title(&source, Lang::En), (source.title, Lang::En));
//! ```

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Mutex;

use super::Source;
use crate::i18n::{tr, Lang, LANGUAGES};

/// A source's title in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// The title in the table's language.
    Says(&'static str),
    /// An official title kept whole in English (shown with `lang: en`).
    KeptInEnglish,
}

/// `(English title, wording)` pairs: one language's titles.
pub type Table = [(&'static str, Wording)];

/// Every source title of the rules: its id in the language files, and its English title (the
/// rule's [`Source`] title, which the English file words the same: tests/source_words.rs). Here
/// in the code, not read from the English file, because in the browser a page in another language
/// has only its own file.
pub const IDS: &[(&str, &str)] = &[
    ("source-form-i131", "USCIS, Form I-131 and its instructions (edition 01/20/25)"),
    ("source-plain-sense", "Plain sense about the data (not a legal rule)"),
    ("source-form-boxes", "USCIS, Form I-131 (edition 01/20/25), the boxes of the official form: 9 for the A-Number, 12 for the USCIS Online Account Number, 5 for the ZIP code; an I-94 number has 11 characters"),
    ("source-u4u-reparole-in-us", "USCIS, Uniting for Ukraine re-parole FAQ: re-parole is asked from inside the United States; leaving ends parole"),
    ("source-guides-a-number", "Legal-aid guides: an A-Number is \"A\" and 7 to 9 digits, written as 9 digits with zeros in front"),
    ("source-guides-i94-number", "Legal-aid guides: an I-94 number has 11 characters (9 digits, a letter, a digit since May 2019; 11 digits before)"),
    ("source-ssa-ssn", "Social Security Administration: SSNs have 9 digits; area 000, 666 and 900-999, group 00 and serial 0000 are never issued"),
    ("source-form-email", "USCIS, Form I-131 (edition 01/20/25): an email address, which has an @ and a domain"),
    ("source-our-email-check", "Our check that an email looks like name@domain.tld"),
    ("source-our-phone-check", "Our check that a phone number has 10 digits, or 8 to 15 after a + for numbers abroad"),
    ("source-form-filer-signs", "USCIS, Form I-131 instructions (edition 01/20/25): on a request for someone else, the requester (the filer) signs Part 10"),
    ("source-cfr-each-applicant-signs", "8 CFR 103.2(a)(2): each applicant signs; a parent or legal guardian may sign for an applicant under 14"),
    ("source-cfr-guardian-signs", "8 CFR 103.2(a)(2): a parent or legal guardian may sign for an applicant under 14"),
    ("source-usual-parole-lengths", "Usual parole lengths: humanitarian up to 1 year (legal-aid guides); Ukrainian and Afghan re-parole up to 2 years (USCIS); FRP up to 3 years (legal-aid guides)"),
    ("source-guides-removal-ice", "Legal-aid guides: someone in removal proceedings or with a removal order generally asks ICE, not USCIS, for parole"),
    ("source-fr-chnv-frp-ended", "Federal Register 2025-05128 (CHNV parole terminated April 24, 2025) and 2025-22744 (FRP ended December 15, 2025; its parole January 14, 2026)"),
    ("source-fr-frp-exception", "Summaries of Federal Register 2025-22744: FRP parole continues for a pending Form I-485 filed by December 15, 2025, or by a case-by-case decision, until the I-485 decision or the original end date"),
    ("source-dhs-termination-notice", "DHS may terminate parole by notice (8 CFR 212.5(e)); that a person with a notice needs a lawyer or accredited representative now is our advice. Free help: the Justice Department's list of pro bono legal service providers"),
    ("source-guides-fee-waiver-paper", "Legal-aid guides: a fee waiver (Form I-912) for the I-131 fee means filing on paper"),
    ("source-form-omb-approval", "Form I-131, OMB No. 1615-0013, approved through 06/30/2027"),
    ("source-fee-adjustment-2027", "A fee adjustment is expected around January 1, 2027 (a Form G-1055 edition 10/01/26 is cited); check the fee schedule"),
    ("source-uscis-evidence-identity", "USCIS evidence guidance for humanitarian parole: identity documents for the petitioner, the beneficiary and any financial supporter"),
    ("source-uscis-evidence-citizenship", "USCIS evidence guidance for humanitarian parole: a valid government ID of the beneficiary that shows citizenship"),
    ("source-hrf-financial-support", "Human Rights First, \"I was paroled in the United States\": Form I-134, Declaration of Financial Support, for initial parole and, new and with updated evidence, for re-parole"),
    ("source-guides-physician-letter", "Legal-aid guides for medical parole: what the physician's letter should say (diagnosis, prognosis, treatment and its length, why it is not available at home, cost and payer; for re-parole, why the last period was not enough)"),
    ("source-guides-return-trip", "Legal-aid guides for medical parole: proof of how the return trip will be paid, apart from the physician's letter"),
    ("source-guides-parental-consent", "Legal-aid guides for medical parole of a minor: the parents' consent"),
    ("source-cfr-translations", "8 CFR 103.2(b)(3): a document in another language needs a full English translation, certified by the translator"),
    ("source-uscis-current-parole", "USCIS asks Ukrainians for the I-94 and the work permit with re-parole; asking everyone for them is our inference"),
    ("source-usc-fee-exemptions-case-by-case", "8 U.S.C. 1804(b): the parole fee exemptions are decided case by case, on evidence"),
    ("source-cfr-fee-waiver", "8 CFR 106.3: a fee waiver (Form I-912) for a means-tested benefit, household income at or below 150% of the federal poverty guidelines, or financial hardship"),
    ("source-fee-rule-2024", "2024 fee rule (Federal Register 2024-01427): I-131 $630 on paper, $580 online; that it applies to parole is our reading, check Form G-1055"),
    ("source-hr1-work-permit-fee", "H.R. 1 fees (Federal Register 2025-13738): a parolee's work permit with re-parole $275, not waivable"),
    ("source-inflation-work-permit-fee", "Inflation adjustment from January 1, 2026 (Federal Register 2025-20622): a parolee's work permit with re-parole $280, not waivable"),
    ("source-hr1-parole-fee", "H.R. 1 parole fee (90 FR 48317): $1,000 for each grant of parole, re-parole included, charged when parole is granted, at the amount in force then (indexed each year; the FY2026 amount may be $1,020, unconfirmed)"),
    ("source-usc-parole-fee-exemptions", "8 U.S.C. 1804(b): exemptions from the parole fee, case by case, among them a medical emergency when treatment cannot be obtained where the person lives or is life-threatening with no time for a visa, and the parent or legal guardian of such a minor"),
    ("source-usc-parent-exemption", "8 U.S.C. 1804(b)(2): the parent or legal guardian of a minor with a medical emergency may be exempt from the parole fee, on their own request"),
    ("source-guides-young-child", "Legal-aid practice: a parent or legal guardian asks for a young child's parole and signs for a child under 14 (8 CFR 103.2(a)(2))"),
    ("source-guides-admit-until", "Legal-aid summaries: parole runs through the I-94 \"Admit Until\" date; unlawful presence starts the next day"),
    ("source-our-calendar-days", "Our inference: no source moves these dates for weekends or holidays, so days are counted on the calendar"),
    ("source-uscis-ukraine-reparole", "USCIS, Re-Parole Process for Certain Ukrainian Citizens and Their Immediate Family Members"),
    ("source-hrf-ask-90-days", "Human Rights First, \"I was paroled in the United States\": ask for re-parole at least 90 days before parole ends (advice; no official deadline and no official first day were found)"),
    ("source-uscis-early-filing", "USCIS says early filing lowers the risk that parole and work permit expire before a decision (Ukraine page); that this holds for every program is our inference"),
    ("source-uscis-afghan-reparole", "USCIS, Afghan Re-Parole FAQs: case-by-case extension of parole and EAD for a pending I-589 or I-485 filed before initial parole expired"),
    ("source-no-program-window", "No program-specific re-parole window was found for Items 10.D-10.I; the general advice applies until the program's own notice says otherwise"),
    ("source-fr-chnv-termination", "Federal Register 2025-05128, Termination of Parole Processes for Cubans, Haitians, Nicaraguans, and Venezuelans"),
    ("source-fr-frp-termination", "Federal Register 2025-22744, Termination of the Family Reunification Parole processes"),
    ("source-guides-i765-renewal", "Legal-aid summaries of Form I-765 renewals: file up to 180 days before the work permit expires (check the I-765 page)"),
    ("source-fr-frp-exception-first", "Summaries of Federal Register 2025-22744: FRP parole continues for a pending Form I-485 filed by December 15, 2025, or by a case-by-case decision, until the I-485 decision or the original end date, whichever comes first"),
    ("source-dhs-termination-any-time", "DHS may terminate parole at any time (8 CFR 212.5(e)); that a person with a notice needs a lawyer or accredited representative now is our advice. Free help: the Justice Department's list of pro bono legal service providers"),
    ("source-usc-work-permit-validity", "8 U.S.C. 1809(a) (H.R. 1, Pub. L. 119-21): a parolee's work permit is valid for 1 year or the parole period, whichever is shorter"),
    ("source-form-part9-work-permit", "Form I-131 (edition 01/20/25), Part 9: a work permit asked for together with re-parole; with 8 U.S.C. 1809(a), a permit cannot outlast the parole"),
];

/// Texts made `&'static` once each (a title is shown in many reports): see [`lasting`]. A
/// `static`, not a thread-local: the texts stay reachable to the end (a thread-local set is
/// dropped when its thread ends, and the leak checker of the fuzz targets then reports them).
static LASTING: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

thread_local! {
    /// The id of each English title.
    static BY_TITLE: RefCell<Option<HashMap<&'static str, &'static str>>> = const { RefCell::new(None) };
    /// Each language's table, made once.
    static TABLES: RefCell<Vec<Option<&'static Table>>> = const { RefCell::new(Vec::new()) };
}

/// `text` as a `&'static str`: a [`SourceText`](super::SourceText) is `Copy` and names its title
/// by reference. Each distinct text is kept once for the life of the program (a few dozen titles
/// per language), so wording a title again costs no memory.
fn lasting(text: String) -> &'static str {
    let mut kept = LASTING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(&known) = kept.get(text.as_str()) {
        return known;
    }
    let made: &'static str = Box::leak(text.into_boxed_str());
    kept.insert(made);
    made
}

/// The id of the source titled `english`, if the language files have it.
fn id_of(english: &str) -> Option<&'static str> {
    BY_TITLE.with(|by_title| {
        let mut by_title = by_title.borrow_mut();
        let map = by_title.get_or_insert_with(|| IDS.iter().map(|&(id, english)| (english, id)).collect());
        map.get(english).copied()
    })
}

/// The titles of `lang`, keyed by their English titles; a title `lang` has no text for is left
/// out. Made once per language (and thread): for tests and tools, not for a page that loads
/// languages later.
pub fn table(lang: Lang) -> &'static Table {
    TABLES.with(|tables| {
        let mut tables = tables.borrow_mut();
        if tables.len() < LANGUAGES.len() {
            tables.resize(LANGUAGES.len(), None);
        }
        *tables[lang.index()].get_or_insert_with(|| {
            let missing: HashSet<String> = crate::i18n::missing_ids(lang).into_iter().collect();
            let rows: Vec<(&'static str, Wording)> = IDS
                .iter()
                .filter(|(id, _)| !missing.contains(*id))
                .map(|&(id, english)| {
                    let worded = tr(lang, id, &[]);
                    (english, if worded == english { Wording::KeptInEnglish } else { Wording::Says(lasting(worded)) })
                })
                .collect();
            Box::leak(rows.into_boxed_slice())
        })
    })
}

/// How `lang` marks an English name kept inside one of its titles: "en inglés" (English has
/// "in English", which no title uses).
pub fn marker(lang: Lang) -> Option<&'static str> {
    Some(lasting(tr(lang, "source-in-english", &[])))
}

/// `source`'s title in `lang`, with the language it is written in: `lang`, or English when the
/// title is kept in English (or, until a test catches it, has no wording yet).
pub fn title(source: &Source, lang: Lang) -> (&'static str, Lang) {
    let Some(id) = id_of(source.title) else { return (source.title, Lang::En) };
    let worded = tr(lang, id, &[]);
    if worded == source.title {
        (source.title, Lang::En)
    } else {
        (lasting(worded), lang)
    }
}

/// A title of `lang` without the English names it marks, and those names, in order.
pub fn marked_names(title: &str, lang: Lang) -> (String, Vec<&str>) {
    let Some(marker) = marker(lang) else { return (title.to_string(), Vec::new()) };
    let after = format!(" ({marker})");
    let before = format!("({marker}: ");
    let (mut rest, mut names, mut from) = (String::new(), Vec::new(), 0);
    while let Some(open) = title[from..].find('"').map(|i| from + i) {
        let Some(close) = title[open + 1..].find('"').map(|i| open + 1 + i) else { break };
        let name = &title[open + 1..close];
        if title[close + 1..].starts_with(&after) {
            // `"Name" (en inglés)`
            rest.push_str(&title[from..open]);
            names.push(name);
            from = close + 1 + after.len();
        } else if title[..open].ends_with(&before) && title[close + 1..].starts_with(')') {
            // `(en inglés: "Name")`
            rest.push_str(title[from..open - before.len()].trim_end());
            names.push(name);
            from = close + 2;
        } else {
            rest.push_str(&title[from..close + 1]);
            from = close + 1;
        }
    }
    rest.push_str(&title[from..]);
    (rest, names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_english_titles_here_are_the_english_files() {
        for &(id, english) in IDS {
            assert_eq!(tr(Lang::En, id, &[]), english, "{id}: the English file words it otherwise");
        }
    }

    #[test]
    fn each_title_is_worded_once_and_keeps_its_english_names_exact() {
        for lang in Lang::all() {
            let keys: HashSet<_> = table(lang).iter().map(|(english, _)| english).collect();
            assert_eq!(keys.len(), table(lang).len(), "{lang:?}: a title worded twice");
            for (english, wording) in table(lang) {
                let Wording::Says(worded) = wording else { continue };
                assert_ne!(worded, english, "{lang:?}: the same as in English; say KeptInEnglish");
                for name in marked_names(worded, lang).1 {
                    assert!(english.contains(name), "{lang:?}: \"{name}\" is not in \"{english}\"");
                }
            }
        }
    }

    #[test]
    fn marked_names_are_found_in_both_forms() {
        let (rest, names) = marked_names(r#"A "One" (en inglés): b (en inglés: "Two"), "c""#, Lang::Es);
        assert_eq!(names, ["One", "Two"]);
        assert_eq!(rest, r#"A : b, "c""#);
        assert_eq!(marked_names(r#"A "One" (en inglés)"#, Lang::En).1, Vec::<&str>::new());
    }
}
