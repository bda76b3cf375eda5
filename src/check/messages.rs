//! The words for every code of the pack: one text id per code (and per variant of its facts) in
//! the language files (`src/i18n/locales/<lang>.ftl`). The `match` on the code is
//! exhaustive, so a new code cannot compile without its text. Spanish: "usted", plain words, short
//! sentences.

use crate::rules::Code;
use super::Args;
use crate::fees::Ground;
use crate::form::FeeExemption;
use crate::program::Program;
use crate::i18n::{long_date, Lang};
use crate::t;

fn typed(args: &Args) -> &str {
    match args {
        Args::Typed(text) | Args::Transliterated { typed: text, .. } => text,
        _ => "",
    }
}

fn date(args: &Args, lang: Lang) -> String {
    match args {
        Args::On(day) => long_date(*day, lang),
        _ => String::new(),
    }
}

/// The two people a family finding names.
fn people(args: &Args) -> (&str, &str) {
    match args {
        Args::People { name, other } => (name, other),
        _ => ("", ""),
    }
}

fn count(args: &Args) -> usize {
    match args {
        Args::Count(n) => *n,
        _ => 0,
    }
}

fn years(args: &Args) -> u32 {
    match args {
        Args::Age(n) => *n,
        Args::Stay { max_years } => *max_years,
        _ => 0,
    }
}

/// The grounds of the parole fee exemption, in plain words, joined with "; ".
fn grounds(args: &Args, lang: Lang) -> String {
    let list: &[Ground] = match args {
        Args::Grounds(list) | Args::Fee { exemptions: list, .. } => list,
        _ => &[],
    };
    // The citation is the statute's, the same in every language.
    let names: Vec<String> = list.iter().map(|g| format!("{} (8 U.S.C. 1804(b)({}))", ground_name(*g, lang), g.paragraph())).collect();
    names.join("; ")
}

/// For each ground that may apply, what to send to show it.
fn exemption_evidence(args: &Args, lang: Lang) -> String {
    let list: &[Ground] = match args {
        Args::Grounds(list) => list,
        _ => &[],
    };
    let lines: Vec<String> = list
        .iter()
        .map(|&g| {
            let proof = match g {
                Ground::Medical => "fee-exemption-proof-medical",
                Ground::ParentOfMinorPatient => "fee-exemption-proof-parent",
                Ground::Other(_) => "fee-exemption-proof-other",
            };
            capitalized(&t!(lang, "fee-exemption-evidence", ground = ground_name(g, lang), paragraph = g.paragraph(), proof = crate::i18n::tr(lang, proof, &[])))
        })
        .collect();
    lines.join(" ")
}

/// One ground of the parole fee exemption, in plain words.
fn ground_name(ground: Ground, lang: Lang) -> String {
    use FeeExemption as E;
    let id = match ground {
        Ground::Medical => "fee-ground-medical",
        Ground::ParentOfMinorPatient => "fee-ground-parent-of-minor-patient",
        Ground::Other(E::OrganDonor) => "fee-ground-organ-donor",
        Ground::Other(E::FamilyMemberDying) => "fee-ground-family-member-dying",
        Ground::Other(E::Funeral) => "fee-ground-funeral",
        Ground::Other(E::AdoptedChildMedical) => "fee-ground-adopted-child-medical",
        Ground::Other(E::AdjustmentApplicant) => "fee-ground-adjustment-applicant",
        Ground::Other(E::ImmigrationHearing) => "fee-ground-immigration-hearing",
        Ground::Other(E::CubanHaitianEntrant) => "fee-ground-cuban-haitian-entrant",
        Ground::Other(E::LawEnforcement) => "fee-ground-law-enforcement",
    };
    crate::i18n::tr(lang, id, &[])
}

/// "$1,000".
pub(crate) fn dollars(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::from("$");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The text with its first letter made a capital: for the texts that may start with a question's
/// name ("your date of birth" in the middle of a sentence, "Your date of birth" at its start).
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    // ASCII only: every name starts with an ASCII letter, and Unicode case tables cost wasm size.
    chars.next().map(|c| std::iter::once(c.to_ascii_uppercase()).chain(chars).collect()).unwrap_or_default()
}

/// The text for `code`, about the question named `name` (already in `lang`), with `args`.
pub(super) fn text(code: Code, name: &str, args: &Args, lang: Lang) -> String {
    let v = typed(args);
    match code {
        Code::RequiredAnswer => capitalized(&t!(lang, "check-required-answer", name = name)),
        Code::ReparoleCurrentExpiry => t!(lang, "check-reparole-current-expiry"),
        Code::ReparoleI94Number => capitalized(&t!(lang, "check-reparole-i94-number", name = name)),
        Code::ReparoleInUs => t!(lang, "check-reparole-in-us", country = v),
        Code::ReparoleI94Matches => t!(lang, "check-reparole-i94-matches", date = date(args, lang)),
        Code::HelperIncomplete => capitalized(&t!(lang, "check-helper-incomplete", name = name)),
        Code::FormatDate => match args {
            Args::Date(error) => t!(lang, "check-format-date", name = name, problem = error.problem(lang)),
            _ => t!(lang, "check-format-date-plain", name = name),
        },
        Code::BoxANumber => t!(lang, "check-box-a-number", typed = v),
        Code::FormatANumber => t!(lang, "check-format-a-number", typed = v),
        Code::FormatUscisAccount => t!(lang, "check-format-uscis-account", typed = v),
        Code::BoxI94Number => t!(lang, "check-box-i94-number", typed = v),
        Code::FormatI94Number => t!(lang, "check-format-i94-number", typed = v),
        Code::FormatSsn => t!(lang, "check-format-ssn"),
        Code::FormatUsState if v.is_empty() => t!(lang, "check-format-us-state-missing"),
        Code::FormatUsState => t!(lang, "check-format-us-state", typed = v),
        Code::FormatZipCode if v.is_empty() => t!(lang, "check-format-zip-code-missing"),
        Code::FormatZipCode => t!(lang, "check-format-zip-code", typed = v),
        Code::FormatLatinLetters => match args {
            Args::Transliterated { latin, .. } => t!(lang, "check-format-latin-letters-ukrainian", typed = v, latin = latin),
            _ => t!(lang, "check-format-latin-letters", typed = v),
        },
        Code::FormatCountryInEnglish => {
            t!(lang, "check-format-country-in-english", typed = v, english = crate::form::places::english_country(v).unwrap_or(v))
        }
        Code::BoxEmail => t!(lang, "check-box-email", typed = v),
        Code::FormatEmail => t!(lang, "check-format-email", typed = v),
        Code::FormatAgencyEmail => t!(lang, "check-format-agency-email"),
        Code::FormatPhone => t!(lang, "check-format-phone", typed = v),
        Code::FormatBody => t!(lang, "check-format-height-weight", name = name),
        Code::FormatWholeNumber => t!(lang, "check-format-whole-number", name = name, typed = v),
        Code::SignerIsBeneficiary => t!(lang, "check-signer-is-beneficiary"),
        Code::SignerMustBeFiler => match args {
            Args::Age(n) => t!(lang, "check-signer-must-be-filer-age", age = *n),
            _ => t!(lang, "check-signer-must-be-filer"),
        },
        Code::SignerUnder14 => t!(lang, "check-signer-under-14", age = years(args)),
        Code::StayOverMaximum => t!(lang, "check-stay-over-maximum", years = years(args)),
        Code::ArrivalNotFuture => t!(lang, "check-arrival-not-future", date = date(args, lang)),
        Code::SignatureInFuture => t!(lang, "check-signature-in-future", date = date(args, lang)),
        Code::RemovalProceedings => t!(lang, "check-removal-proceedings"),
        Code::ProgramEnded => match args {
            Args::Ended { program: Program::Frp, program_ended, parole_ended } => t!(
                lang,
                "check-program-ended-frp",
                ended = long_date(*program_ended, lang),
                parole_ended = long_date(*parole_ended, lang),
            ),
            Args::Ended { program_ended, .. } => t!(lang, "check-program-ended-chnv", ended = long_date(*program_ended, lang)),
            _ => t!(lang, "check-program-ended"),
        },
        Code::FrpException => t!(lang, "check-frp-exception"),
        Code::TerminationNotice => t!(lang, "check-termination-notice"),
        Code::ProgramNotForType => match args {
            Args::Program(Program::MilitaryParoleInPlace) => t!(lang, "check-program-not-for-type-military"),
            _ => t!(lang, "check-program-not-for-type-cam"),
        },
        Code::BirthDateFuture => t!(lang, "check-birth-date-future", date = date(args, lang)),
        Code::BirthDateTooOld => t!(lang, "check-birth-date-too-old", age = years(args)),
        Code::ReasonTooLong => t!(lang, "check-reason-too-long", count = count(args)),
        Code::TooManyOtherNames => t!(lang, "check-too-many-other-names", count = count(args).saturating_sub(3)),
        Code::WriteInEnglish => t!(lang, "check-write-in-english"),
        Code::OneFormPerPerson => t!(lang, "check-one-form-per-person"),
        Code::FeeWaiverOnPaper => t!(lang, "check-fee-waiver-on-paper"),
        Code::FormEditionExpired => t!(lang, "check-form-edition-expired", date = date(args, lang)),
        Code::FeesUnverified => t!(lang, "check-fees-unverified", date = date(args, lang)),
        Code::EvidenceIdentity => t!(lang, "check-evidence-identity"),
        Code::EvidenceCitizenshipId => t!(lang, "check-evidence-citizenship-id"),
        Code::EvidenceFinancialSupport if matches!(args, Args::Reparole(true)) => t!(lang, "check-evidence-financial-support-reparole"),
        Code::EvidenceFinancialSupport => t!(lang, "check-evidence-financial-support"),
        Code::EvidencePhysicianLetter => {
            let request = if matches!(args, Args::Reparole(true)) { "reparole" } else { "initial" };
            t!(lang, "check-evidence-physician-letter", request = request)
        }
        Code::EvidenceReturnTrip => t!(lang, "check-evidence-return-trip"),
        Code::EvidenceParentalConsent => t!(lang, "check-evidence-parental-consent"),
        Code::EvidenceTranslations => t!(lang, "check-evidence-translations"),
        Code::EvidenceCurrentParole => t!(lang, "check-evidence-current-parole"),
        Code::EvidenceFeeExemption => t!(lang, "check-evidence-fee-exemption", grounds = exemption_evidence(args, lang)),
        Code::EvidenceFeeWaiver => t!(lang, "check-evidence-fee-waiver"),
        Code::FeeI131 => match args {
            Args::Fee { amount_usd, online, .. } => {
                t!(lang, "fee-i131", amount = dollars(*amount_usd), method = if *online { "online" } else { "paper" })
            }
            _ => t!(lang, "fee-i131-plain"),
        },
        Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 => match args {
            Args::Fee { amount_usd, .. } => t!(lang, "fee-work-permit", amount = dollars(*amount_usd)),
            _ => t!(lang, "fee-work-permit-plain"),
        },
        Code::FeeParole => match args {
            Args::Fee { amount_usd, exemptions, minor_patient, .. } => {
                // Sentences one after the other, a space between.
                let mut text = t!(lang, "fee-parole", amount = dollars(*amount_usd));
                text.push(' ');
                if exemptions.is_empty() {
                    text.push_str(&t!(lang, "fee-parole-examples"));
                } else {
                    text.push_str(&self::text(Code::FeeParoleExemption, name, args, lang));
                }
                if *minor_patient {
                    text.push(' ');
                    text.push_str(&t!(lang, "fee-parole-minor-patient"));
                }
                text
            }
            _ => t!(lang, "fee-parole-plain"),
        },
        Code::FeeParoleExemption => t!(lang, "fee-parole-exemption", grounds = grounds(args, lang)),
        Code::FamilyParentMayBeExempt => {
            let (_, child) = people(args);
            t!(lang, "family-parent-may-be-exempt", child = child)
        }
        Code::FamilyYoungChildFiledByParent => {
            let (child, _) = people(args);
            t!(lang, "family-young-child-filed-by-parent", child = child)
        }
        Code::FamilySameContact => {
            let (person, other) = people(args);
            capitalized(&t!(lang, "family-same-contact", name = name, person = person, other = other))
        }
        Code::FamilyParoleEndsDiffer => match args {
            Args::ParoleEnds { name, ends, other, other_ends } => t!(
                lang,
                "family-parole-ends-differ",
                name = name.as_str(),
                ends = long_date(*ends, lang),
                other = other.as_str(),
                other_ends = long_date(*other_ends, lang),
            ),
            _ => String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ground_has_its_words_and_paragraph_in_both_languages() {
        let all = [Ground::Medical, Ground::ParentOfMinorPatient]
            .into_iter()
            .chain([FeeExemption::OrganDonor, FeeExemption::FamilyMemberDying, FeeExemption::Funeral, FeeExemption::AdoptedChildMedical,
                FeeExemption::AdjustmentApplicant, FeeExemption::ImmigrationHearing, FeeExemption::CubanHaitianEntrant, FeeExemption::LawEnforcement]
                .map(Ground::Other));
        for ground in all {
            let (en, es) = (grounds(&Args::Grounds(vec![ground]), Lang::En), grounds(&Args::Grounds(vec![ground]), Lang::Es));
            let paragraph = format!("(8 U.S.C. 1804(b)({}))", ground.paragraph());
            assert!(en.ends_with(&paragraph) && es.ends_with(&paragraph), "{en} / {es}");
            assert_ne!(en, es);
        }
    }

    #[test]
    fn dollars_have_thousands_separators() {
        assert_eq!(dollars(630), "$630");
        assert_eq!(dollars(1000), "$1,000");
        assert_eq!(dollars(1234567), "$1,234,567");
    }
}

#[cfg(test)]
mod every_code {
    use super::*;
    use crate::date::{ymd, DateError};

    /// Arguments of the kind each code is given in the check.
    fn sample_args(code: Code) -> Args {
        match code {
            Code::FormatDate => Args::Date(DateError::NoSuchMonth { month: 13 }),
            Code::ReparoleInUs | Code::BoxANumber | Code::FormatANumber | Code::FormatUscisAccount | Code::BoxI94Number
            | Code::FormatI94Number | Code::FormatUsState | Code::FormatZipCode | Code::BoxEmail | Code::FormatEmail
            | Code::FormatPhone | Code::FormatWholeNumber | Code::FormatBody | Code::FormatLatinLetters => Args::Typed("x".into()),
            Code::FormatCountryInEnglish => Args::Typed("México".into()),
            Code::ProgramEnded => Args::Ended {
                program: Program::Chnv,
                program_ended: ymd(2025, 4, 24),
                parole_ended: ymd(2025, 4, 24),
            },
            Code::ProgramNotForType => Args::Program(Program::CentralAmericanMinors),
            Code::StayOverMaximum => Args::Stay { max_years: 1 },
            Code::SignerUnder14 | Code::SignerMustBeFiler | Code::BirthDateTooOld => Args::Age(4),
            Code::ReasonTooLong | Code::TooManyOtherNames => Args::Count(5),
            Code::FeeI131 | Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 | Code::FeeParole | Code::FeeParoleExemption => Args::Fee {
                amount_usd: 630,
                online: false,
                exemptions: vec![Ground::Medical, Ground::Other(FeeExemption::Funeral)],
                minor_patient: true,
            },
            Code::EvidenceFeeExemption => Args::Grounds(vec![Ground::ParentOfMinorPatient]),
            Code::FamilyParentMayBeExempt | Code::FamilyYoungChildFiledByParent | Code::FamilySameContact => {
                Args::People { name: "Ana".into(), other: "Sofía".into() }
            }
            Code::FamilyParoleEndsDiffer => {
                Args::ParoleEnds { name: "Ana".into(), ends: ymd(2027, 5, 14), other: "Sofía".into(), other_ends: ymd(2027, 8, 1) }
            }
            Code::EvidencePhysicianLetter | Code::EvidenceFinancialSupport => Args::Reparole(true),
            _ => Args::On(ymd(2027, 1, 1)),
        }
    }

    #[test]
    fn every_code_has_english_and_spanish_text() {
        for &code in Code::ALL {
            let args = sample_args(code);
            let en = text(code, "your date of birth", &args, Lang::En);
            let es = text(code, "su fecha de nacimiento", &args, Lang::Es);
            assert!(en.len() > 10 && es.len() > 10, "{code:?}");
            assert_ne!(en, es, "{code:?} is not translated");
            assert!(en.ends_with('.') && es.ends_with('.'), "{code:?}: {en} / {es}");
            assert!(!en.contains("{") && !es.contains("{"), "{code:?} has a hole");
        }
    }
}
