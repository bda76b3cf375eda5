//! The words for every code of the pack, one function per language. Each `match` is exhaustive, so
//! a new code cannot compile without its English and its Spanish. Spanish: "usted", plain words,
//! short sentences.

use crate::rules::Code;
use super::Args;
use crate::fees::Ground;
use crate::form::FeeExemption;
use crate::program::Program;
use crate::i18n::{long_date, Lang};

/// The text for `code`, about the question named `name` (already in `lang`), with `args`.
pub(super) fn text(code: Code, name: &str, args: &Args, lang: Lang) -> String {
    match lang {
        Lang::En => en(code, name, args),
        Lang::Es => es(code, name, args),
    }
}

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
            let proof = match (lang, g) {
                (Lang::En, Ground::Medical) => "the physician's letter, saying why the treatment is not available where the person lives, or why the emergency is life-threatening",
                (Lang::En, Ground::ParentOfMinorPatient) => "the child's birth certificate (or the guardianship order) and the child's medical evidence or parole approval",
                (Lang::En, Ground::Other(_)) => "documents that show it",
                (Lang::Es, Ground::Medical) => "la carta del médico, que diga por qué el tratamiento no está disponible donde vive la persona, o por qué la emergencia pone su vida en peligro",
                (Lang::Es, Ground::ParentOfMinorPatient) => "el acta de nacimiento del niño (o la orden de tutela) y las pruebas médicas del niño o la aprobación de su parole",
                (Lang::Es, Ground::Other(_)) => "documentos que lo muestren",
            };
            let name = ground_name(g, lang);
            let mut name = name.to_string();
            if let Some(first) = name.get(..1) {
                name.replace_range(..1, &first.to_ascii_uppercase());
            }
            let send = match lang {
                Lang::En => "Send",
                Lang::Es => "Mande",
            };
            format!("{name} (8 U.S.C. 1804(b)({})). {send}: {proof}.", g.paragraph())
        })
        .collect();
    lines.join(" ")
}

/// One ground of the parole fee exemption, in plain words.
fn ground_name(ground: Ground, lang: Lang) -> &'static str {
    use FeeExemption as E;
    match (lang, ground) {
        (Lang::En, Ground::Medical) => "a medical emergency, when the treatment is not available in the country where the person lives or the emergency is life-threatening with no time for a visa",
        (Lang::En, Ground::ParentOfMinorPatient) => "the parent or legal guardian of a child who needs medical parole",
        (Lang::En, Ground::Other(E::OrganDonor)) => "an organ or tissue donor, with no time for a visa",
        (Lang::En, Ground::Other(E::FamilyMemberDying)) => "a close family member in the US who is about to die",
        (Lang::En, Ground::Other(E::Funeral)) => "the funeral of a close family member",
        (Lang::En, Ground::Other(E::AdoptedChildMedical)) => "an adopted child with an urgent medical condition",
        (Lang::En, Ground::Other(E::AdjustmentApplicant)) => "someone applying for a green card (adjustment of status) coming back from a short trip",
        (Lang::En, Ground::Other(E::ImmigrationHearing)) => "someone sent back to Mexico or Canada and let in for an immigration hearing",
        (Lang::En, Ground::Other(E::CubanHaitianEntrant)) => "a Cuban or Haitian entrant",
        (Lang::En, Ground::Other(E::LawEnforcement)) => "someone helping US law enforcement",
        (Lang::Es, Ground::Medical) => "una emergencia médica, cuando el tratamiento no está disponible en el país donde vive la persona o su vida está en peligro sin tiempo para una visa",
        (Lang::Es, Ground::ParentOfMinorPatient) => "el padre, la madre o el tutor legal de un niño que necesita parole por motivos médicos",
        (Lang::Es, Ground::Other(E::OrganDonor)) => "donante de órganos o tejidos, sin tiempo para una visa",
        (Lang::Es, Ground::Other(E::FamilyMemberDying)) => "un familiar cercano en EE. UU. que está por morir",
        (Lang::Es, Ground::Other(E::Funeral)) => "el funeral de un familiar cercano",
        (Lang::Es, Ground::Other(E::AdoptedChildMedical)) => "un hijo adoptado con un problema médico urgente",
        (Lang::Es, Ground::Other(E::AdjustmentApplicant)) => "alguien que pidió la residencia (ajuste de estatus) y vuelve de un viaje corto",
        (Lang::Es, Ground::Other(E::ImmigrationHearing)) => "alguien devuelto a México o Canadá que entra para una audiencia de inmigración",
        (Lang::Es, Ground::Other(E::CubanHaitianEntrant)) => "entrante cubano o haitiano (Cuban/Haitian entrant)",
        (Lang::Es, Ground::Other(E::LawEnforcement)) => "alguien que ayuda a las autoridades de EE. UU.",
    }
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

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    // ASCII only: every name starts with an ASCII letter, and Unicode case tables cost wasm size.
    chars.next().map(|c| std::iter::once(c.to_ascii_uppercase()).chain(chars).collect()).unwrap_or_default()
}

fn en(code: Code, name: &str, args: &Args) -> String {
    let v = typed(args);
    let n = years(args);
    let year_s = if n == 1 { "year" } else { "years" };
    match code {
        Code::RequiredAnswer => format!("{} is missing.", capitalized(name)),
        Code::ReparoleCurrentExpiry => "For re-parole, give the last day of the current parole: the \"Admit Until\" date on the I-94.".into(),
        Code::ReparoleI94Number => format!("{} is missing. Re-parole needs it; you can look it up at i94.cbp.dhs.gov.", capitalized(name)),
        Code::ReparoleInUs => format!("Re-parole is asked from inside the United States, but this address is in {v}. Someone who left the US needs initial parole instead: leaving ends parole."),
        Code::ReparoleI94Matches => format!("This date should repeat Part 1, Item 12 ({}). Use the same \"Admit Until\" date in both.", date(args, Lang::En)),
        Code::HelperIncomplete => format!("{} is missing. When someone helps with the form, their part must be complete.", capitalized(name)),
        Code::FormatDate => match args {
            Args::Date(error) => format!("Check {name}: {}", error.problem(Lang::En)),
            _ => format!("Check {name}."),
        },
        Code::BoxANumber => format!("\"{v}\" does not fit the form: an A-Number has at most 9 digits after the A (the form has 9 boxes). Check it on your work permit or a USCIS notice."),
        Code::FormatANumber => format!("\"{v}\" does not look like an A-Number: it is the letter A and 7 to 9 digits. On the form, write 9 digits, with zeros in front if needed."),
        Code::FormatUscisAccount => format!("\"{v}\" does not fit the form: a USCIS online account number has exactly 12 digits (the form has 12 boxes). If you have no account, leave it empty."),
        Code::BoxI94Number => format!("\"{v}\" does not fit the form: an I-94 number has 11 characters (numbers and letters). You can look it up at i94.cbp.dhs.gov."),
        Code::FormatI94Number => format!("\"{v}\" has 11 characters but does not look like an I-94 number: usually 9 digits, a letter and a digit (11 digits before 2019). Check it at i94.cbp.dhs.gov."),
        Code::FormatSsn => "This is not a valid Social Security number: it has 9 digits, and some are never given (like 000 or 666 at the start). If you have none, leave it empty.".into(),
        Code::FormatUsState if v.is_empty() => "For an address in the United States, write the state as its two letters, like CA or TX.".into(),
        Code::FormatUsState => format!("\"{v}\" is not a US state. Write the state as its two letters, like CA or TX."),
        Code::FormatZipCode if v.is_empty() => "For an address in the United States, write the ZIP code: 5 digits.".into(),
        Code::FormatZipCode => format!("\"{v}\" does not fit the form's ZIP code box: write the 5 digits of the ZIP code (without the 4 after a dash)."),
        Code::FormatLatinLetters => match args {
            Args::Transliterated { latin, .. } => format!("\"{v}\" has characters the form cannot take. Write it in Latin letters as on your I-94 or passport; by the official Ukrainian transliteration it would be \"{latin}\"."),
            _ => format!("\"{v}\" has characters the form cannot take. Write it with the letters of the English alphabet, as in the passport."),
        },
        Code::FormatCountryInEnglish => format!("The form is in English: write \"{}\", not \"{v}\".", crate::form::places::english_country(v).unwrap_or(v)),
        Code::BoxEmail => format!("\"{v}\" is not an email address: it needs a name, an @ and a domain after it (name@example.com)."),
        Code::FormatEmail => format!("\"{v}\" may not be an email address: check the part after the @ (name@example.com)."),
        Code::FormatAgencyEmail => "The referring agency's email must be an official .gov or .mil address.".into(),
        Code::FormatPhone => format!("\"{v}\" does not look like a phone number: 10 digits for a US number, or + and the country code for a number abroad."),
        Code::FormatBody => format!("Check {name}: feet go from 0 to 8, inches from 0 to 11, pounds from 1 to 999."),
        Code::FormatWholeNumber => format!("Check {name}: write a whole number with digits only, like 5 (not \"{v}\")."),
        Code::SignerIsBeneficiary => "On a request for someone else, you, the person filing, sign Part 10. The person to be paroled does not sign it, whatever their age. Choose who you are to them: parent, legal guardian or someone else.".into(),
        Code::SignerMustBeFiler => match args {
            Args::Age(n) => format!("You file for yourself and are {n} years old, so you sign Part 10 yourself. A parent or legal guardian may sign only for a filer under 14."),
            _ => "You file for yourself, so you sign Part 10 yourself (if you are under 14, a parent or legal guardian may sign for you).".into(),
        },
        Code::SignerUnder14 => format!("You are {n} {year_s} old. Because you are under 14, a parent or legal guardian may sign for you; you may also sign yourself."),
        Code::StayOverMaximum => format!("This is longer than this kind of parole usually lasts (up to {n} {year_s}). Ask for the time you need, and explain why."),
        Code::ArrivalNotFuture => format!("The arrival date ({}) must be in the future.", date(args, Lang::En)),
        Code::SignatureInFuture => format!("The date of signature ({}) is in the future. Write the date you sign.", date(args, Lang::En)),
        Code::RemovalProceedings => "Someone who is or was in removal proceedings, or has a removal order, generally asks ICE for parole, not USCIS. Talk to an immigration lawyer or accredited representative before filing.".into(),
        Code::ProgramEnded => match args {
            Args::Ended { program: Program::Frp, program_ended, parole_ended } => format!(
                "DHS ended Family Reunification Parole on {}. Parole under it ended on {}, unless a Form I-485 filed by {} is still pending or DHS decided case by case that it goes on: if so, answer Yes to that question. Otherwise new parole under FRP is not available. Talk to an immigration lawyer or accredited representative about other options.",
                long_date(*program_ended, Lang::En), long_date(*parole_ended, Lang::En), long_date(*program_ended, Lang::En)
            ),
            Args::Ended { program_ended, .. } => format!(
                "DHS ended CHNV parole (Cubans, Haitians, Nicaraguans, Venezuelans) on {}: parole under it ended then, whatever the I-94 says. New parole under CHNV is not available. Talk to an immigration lawyer or accredited representative about other options.",
                long_date(*program_ended, Lang::En)
            ),
            _ => "This program has ended.".into(),
        },
        Code::FrpException => "You said a Form I-485 filed by December 15, 2025 is still pending, or DHS decided case by case that your FRP parole goes on. Then it lasts until the I-485 is decided or until the end date on your I-94, whichever comes first. Send the proof (the I-485 receipt notice or the DHS decision) with your request.".into(),
        Code::TerminationNotice => "You said DHS sent a notice that ends your parole early. Talk to an immigration lawyer or accredited representative now, before you file: the usual dates may no longer apply. Free or low-cost help: justice.gov/eoir/list-pro-bono-legal-service-providers or immigrationlawhelp.org.".into(),
        Code::ProgramNotForType => match args {
            Args::Program(Program::MilitaryParoleInPlace) => "Military parole in place is for people already in the US (Part 1, Item 8), not for parole from abroad.".into(),
            _ => "An initial Central American Minors request cannot be made on Form I-131.".into(),
        },
        Code::BirthDateFuture => format!("The date of birth ({}) is in the future.", date(args, Lang::En)),
        Code::BirthDateTooOld => format!("With this date of birth the person would be {n} years old. Check the year."),
        Code::ReasonTooLong => format!("The reason has {} characters. The box on the form is small: what does not fit goes in Part 13 (additional information) or on a separate sheet with your name, A-Number, and the Part and Item.", count(args)),
        Code::TooManyOtherNames => format!("There is room for 3 other names. Write the other {} in Part 13.", count(args).saturating_sub(3)),
        Code::WriteInEnglish => "This answer seems to be in Spanish. The form must be answered in English: ask someone to translate it.".into(),
        Code::OneFormPerPerson => "Each person needs a form of their own. To ask for parole for several people, fill in one form for each.".into(),
        Code::FeeWaiverOnPaper => "A fee waiver (Form I-912) means filing on paper, not online.".into(),
        Code::FormEditionExpired => format!("This helper follows the 01/20/25 edition of Form I-131, approved through {}. A new edition may be in use: check uscis.gov/i-131 before filing.", date(args, Lang::En)),
        Code::FeesUnverified => format!("The fees shown are known to hold through {}; they may have changed. Check the fee schedule (Form G-1055) at uscis.gov/g-1055 before paying.", date(args, Lang::En)),
        Code::EvidenceIdentity => "Identity documents (such as a passport) of the filer, of the person to be paroled, and of anyone who promises financial support.".into(),
        Code::EvidenceCitizenshipId => "A valid government ID of the person to be paroled that shows their citizenship (for example, the photo page of the passport).".into(),
        Code::EvidenceFinancialSupport if matches!(args, Args::Reparole(true)) => "A new Form I-134, Declaration of Financial Support, with updated proof of the supporter's income: the one sent with the first request is not enough.".into(),
        Code::EvidenceFinancialSupport => "Form I-134, Declaration of Financial Support, from someone who will support the person in the US, with proof of their income.".into(),
        Code::EvidencePhysicianLetter => {
            let reparole = if matches!(args, Args::Reparole(true)) { "; and why the last period of parole was not enough" } else { "" };
            format!("A letter from the physician that says: the diagnosis; the prognosis; the treatment and how long it will take; why it is not available in the home country or nearby; what it costs and who pays{reparole}.")
        }
        Code::EvidenceReturnTrip => "Proof of how the return trip will be paid (for example a bank statement, or a letter from whoever pays).".into(),
        Code::EvidenceParentalConsent => "The written consent of both parents (or of the legal guardian) to the child's treatment and travel.".into(),
        Code::EvidenceTranslations => "For every document not in English: a full English translation, with the translator's signed statement that they know both languages and that the translation is correct.".into(),
        Code::EvidenceCurrentParole => "A copy of the current I-94 (it shows the parole and its end date) and, if you have one, both sides of the work permit.".into(),
        Code::EvidenceFeeExemption => format!(
            "To ask not to pay the parole fee: a signed letter that asks for the exemption and names its reason, with evidence for it. {}",
            exemption_evidence(args, Lang::En)
        ),
        Code::EvidenceFeeWaiver => "Form I-912, Request for Fee Waiver, with proof of one of these (8 CFR 106.3): a means-tested benefit (such as Medicaid or SNAP); a household income at or below 150% of the federal poverty guidelines; or financial hardship. It covers only the I-131 fee, on paper.".into(),
        Code::FeeI131 => match args {
            Args::Fee { amount_usd, online, .. } => format!(
                "Form I-131 filing fee: {} ({}). A fee waiver (Form I-912) may be possible, on paper only, for someone who gets a means-tested benefit, has a household income at or below 150% of the federal poverty guidelines, or has financial hardship.",
                dollars(*amount_usd), if *online { "online" } else { "on paper" }
            ),
            _ => "Form I-131 filing fee.".into(),
        },
        Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 => match args {
            Args::Fee { amount_usd, .. } => format!("Work permit asked for in Part 9: {}. It cannot be waived.", dollars(*amount_usd)),
            _ => "Work permit asked for in Part 9.".into(),
        },
        Code::FeeParole => match args {
            Args::Fee { amount_usd, exemptions, minor_patient, .. } => {
                let mut text = format!(
                    "Parole fee: {} for each grant of parole, re-parole included. USCIS charges it only if it grants parole (a payment notice comes with the approval); it is not paid with the form. The amount is the one in force when parole is granted, not when you mail the form. A fee waiver (Form I-912) cannot cover it, but the law exempts some people, case by case.",
                    dollars(*amount_usd)
                );
                if exemptions.is_empty() {
                    text.push_str(" Among them: a medical emergency when the treatment is not available where the person lives, and the parent or guardian of such a child. The questions of Part 8 show whether one may apply.");
                } else {
                    text.push(' ');
                    text.push_str(&en(Code::FeeParoleExemption, name, args));
                }
                if *minor_patient {
                    text.push_str(" Because the medical ground is for a child, the child's parent or legal guardian may also be exempt, on their own request (8 U.S.C. 1804(b)(2)).");
                }
                text
            }
            _ => "Parole fee, charged on approval.".into(),
        },
        Code::FeeParoleExemption => format!(
            "This request may be exempt: {}. The exemption must be asked for and shown with evidence (see the documents to gather); USCIS decides case by case.",
            grounds(args, Lang::En)
        ),
        Code::FamilyParentMayBeExempt => {
            let (_, child) = people(args);
            format!("{child} may be exempt from the parole fee on medical grounds. As {child}'s parent or legal guardian, you may be exempt too, on this request of your own: answer Yes to that question in Part 8, and send proof that you are the parent or guardian.")
        }
        Code::FamilyYoungChildFiledByParent => {
            let (child, _) = people(args);
            format!("{child} is under 14. A parent or legal guardian usually asks for a young child's parole: in {child}'s request, answer Yes to filing for someone else, and the parent or guardian signs Part 10.")
        }
        Code::FamilySameContact => {
            let (person, other) = people(args);
            format!("{name} in {person}'s request is not the same as in {other}'s. USCIS writes to each request: use the same one unless it really differs.", name = capitalized(name))
        }
        Code::FamilyParoleEndsDiffer => match args {
            Args::ParoleEnds { name, ends, other, other_ends } => format!(
                "{name}'s parole ends on {}, and {other}'s on {}: the dates to ask for re-parole differ. Ask for each on its own dates.",
                long_date(*ends, Lang::En),
                long_date(*other_ends, Lang::En)
            ),
            _ => String::new(),
        },
    }
}

fn es(code: Code, name: &str, args: &Args) -> String {
    let v = typed(args);
    let n = years(args);
    let anos = if n == 1 { "año" } else { "años" };
    match code {
        Code::RequiredAnswer => format!("Falta {name}."),
        Code::ReparoleCurrentExpiry => "Para pedir un nuevo parole, escriba el último día del parole actual: la fecha \"Admit Until\" del I-94.".into(),
        Code::ReparoleI94Number => format!("Falta {name}. Se necesita para pedir un nuevo parole. Puede buscarlo en i94.cbp.dhs.gov."),
        Code::ReparoleInUs => format!("El nuevo parole se pide desde dentro de Estados Unidos, pero esta dirección está en {v}. Si la persona salió de EE. UU., necesita pedir un parole inicial: salir del país termina el parole."),
        Code::ReparoleI94Matches => format!("Esta fecha debe ser igual a la de la Parte 1, Punto 12 ({}). Use la misma fecha \"Admit Until\" en los dos lugares.", date(args, Lang::Es)),
        Code::HelperIncomplete => format!("Falta {name}. Si alguien le ayuda con el formulario, esa persona debe llenar toda su parte."),
        Code::FormatDate => match args {
            Args::Date(error) => format!("Revise {name}: {}", error.problem(Lang::Es)),
            _ => format!("Revise {name}."),
        },
        Code::BoxANumber => format!("\"{v}\" no cabe en el formulario: un número A (A-Number) tiene como máximo 9 números después de la A (el formulario tiene 9 casillas). Revíselo en su permiso de trabajo o en una carta de USCIS."),
        Code::FormatANumber => format!("\"{v}\" no parece un número A (A-Number): es la letra A y de 7 a 9 números. En el formulario escriba 9 números, con ceros al principio si hace falta."),
        Code::FormatUscisAccount => format!("\"{v}\" no cabe en el formulario: un número de cuenta en línea de USCIS tiene exactamente 12 números (el formulario tiene 12 casillas). Si no tiene cuenta, déjelo en blanco."),
        Code::BoxI94Number => format!("\"{v}\" no cabe en el formulario: un número de I-94 tiene 11 caracteres (números y letras). Puede buscarlo en i94.cbp.dhs.gov."),
        Code::FormatI94Number => format!("\"{v}\" tiene 11 caracteres, pero no parece un número de I-94: casi siempre son 9 números, una letra y un número (11 números antes de 2019). Revíselo en i94.cbp.dhs.gov."),
        Code::FormatSsn => "Este no es un número de Seguro Social válido. Tiene 9 números, y algunos números nunca se usan (como los que empiezan con 000 o 666). Si no tiene número, déjelo en blanco.".into(),
        Code::FormatUsState if v.is_empty() => "Para una dirección en Estados Unidos, escriba el estado con sus dos letras, como CA o TX.".into(),
        Code::FormatUsState => format!("\"{v}\" no es un estado de EE. UU. Escriba el estado con sus dos letras, como CA o TX."),
        Code::FormatZipCode if v.is_empty() => "Para una dirección en Estados Unidos, escriba el código postal (ZIP): 5 números.".into(),
        Code::FormatZipCode => format!("\"{v}\" no cabe en la casilla del código postal (ZIP): escriba los 5 números del código postal (sin los 4 que van después de un guion)."),
        Code::FormatLatinLetters => match args {
            Args::Transliterated { latin, .. } => format!("\"{v}\" tiene caracteres que el formulario no acepta. Escríbalo en letras latinas como en su I-94 o pasaporte; según la transliteración oficial de Ucrania sería \"{latin}\"."),
            _ => format!("\"{v}\" tiene caracteres que el formulario no acepta. Escríbalo con las letras del alfabeto inglés, como en el pasaporte."),
        },
        Code::FormatCountryInEnglish => format!("El formulario está en inglés: escriba \"{}\", no \"{v}\".", crate::form::places::english_country(v).unwrap_or(v)),
        Code::BoxEmail => format!("\"{v}\" no es un correo electrónico: necesita un nombre, una @ y un dominio después (nombre@ejemplo.com)."),
        Code::FormatEmail => format!("\"{v}\" puede no ser un correo electrónico: revise lo que va después de la @ (nombre@ejemplo.com)."),
        Code::FormatAgencyEmail => "El correo de la agencia debe ser una dirección oficial .gov o .mil.".into(),
        Code::FormatPhone => format!("\"{v}\" no parece un número de teléfono: 10 números si es de EE. UU., o + y el código del país si es de otro país."),
        Code::FormatBody => format!("Revise {name}: los pies van de 0 a 8, las pulgadas de 0 a 11 y las libras de 1 a 999."),
        Code::FormatWholeNumber => format!("Revise {name}: escriba un número entero, solo con cifras, como 5 (no \"{v}\")."),
        Code::SignerIsBeneficiary => "Si pide el parole para otra persona, usted (quien presenta el formulario) firma la Parte 10. La persona que recibiría el parole no la firma, tenga la edad que tenga. Elija qué es usted de esa persona: padre o madre, tutor legal u otra persona.".into(),
        Code::SignerMustBeFiler => match args {
            Args::Age(n) => format!("Usted pide para sí mismo y tiene {n} años, así que firma la Parte 10 usted mismo. El padre, la madre o el tutor legal solo pueden firmar por alguien menor de 14 años."),
            _ => "Usted pide para sí mismo, así que firma la Parte 10 usted mismo (si tiene menos de 14 años, puede firmar por usted su padre, su madre o su tutor legal).".into(),
        },
        Code::SignerUnder14 => format!("Usted tiene {n} {anos}. Como tiene menos de 14 años, su padre, su madre o su tutor legal pueden firmar por usted; también puede firmar usted."),
        Code::StayOverMaximum => format!("Es más tiempo del que suele durar este tipo de parole (hasta {n} {anos}). Pida el tiempo que necesita y explique por qué."),
        Code::ArrivalNotFuture => format!("La fecha de llegada ({}) debe ser una fecha futura.", date(args, Lang::Es)),
        Code::SignatureInFuture => format!("La fecha de la firma ({}) es una fecha futura. Escriba la fecha en que firma.", date(args, Lang::Es)),
        Code::RemovalProceedings => "Si la persona está o estuvo en un proceso de deportación, o tiene una orden de deportación, por lo general pide el parole a ICE, no a USCIS. Hable con un abogado de inmigración o un representante acreditado antes de enviar el formulario.".into(),
        Code::ProgramEnded => match args {
            Args::Ended { program: Program::Frp, program_ended, parole_ended } => format!(
                "El gobierno (DHS) terminó el programa de Reunificación Familiar (FRP) el {}. El parole de ese programa terminó el {}, salvo si un Formulario I-485 presentado a más tardar el {} sigue pendiente o si DHS decidió en su caso que el parole sigue: si es así, conteste Sí a esa pregunta. Si no, ya no se da parole por FRP. Hable con un abogado de inmigración o un representante acreditado sobre otras opciones.",
                long_date(*program_ended, Lang::Es), long_date(*parole_ended, Lang::Es), long_date(*program_ended, Lang::Es)
            ),
            Args::Ended { program_ended, .. } => format!(
                "El gobierno (DHS) terminó el parole CHNV (Cuba, Haití, Nicaragua y Venezuela) el {}: el parole de ese programa terminó ese día, diga lo que diga el I-94. Ya no se da parole por CHNV. Hable con un abogado de inmigración o un representante acreditado sobre otras opciones.",
                long_date(*program_ended, Lang::Es)
            ),
            _ => "Este programa terminó.".into(),
        },
        Code::FrpException => "Usted dijo que un Formulario I-485 presentado a más tardar el 15 de diciembre de 2025 sigue pendiente, o que el gobierno (DHS) decidió en su caso que su parole de FRP sigue. Entonces dura hasta que decidan el I-485 o hasta la fecha de su I-94, lo que pase primero. Mande la prueba (el aviso de recibo del I-485 o la decisión de DHS) con su solicitud.".into(),
        Code::TerminationNotice => "Usted dijo que el gobierno (DHS) le mandó un aviso que termina su parole antes de tiempo. Hable ya con un abogado de inmigración o un representante acreditado, antes de enviar nada: las fechas de siempre pueden no servirle. Ayuda gratis o de bajo costo: justice.gov/eoir/list-pro-bono-legal-service-providers o immigrationlawhelp.org.".into(),
        Code::ProgramNotForType => match args {
            Args::Program(Program::MilitaryParoleInPlace) => "El parole para familias de militares (Military Parole in Place) es solo para personas que ya están en EE. UU. (Parte 1, Punto 8), no para un parole desde otro país.".into(),
            _ => "Una solicitud inicial de Menores Centroamericanos (CAM) no se hace con el Formulario I-131.".into(),
        },
        Code::BirthDateFuture => format!("La fecha de nacimiento ({}) es una fecha futura.", date(args, Lang::Es)),
        Code::BirthDateTooOld => format!("Con esta fecha de nacimiento la persona tendría {n} años. Revise el año."),
        Code::ReasonTooLong => format!("El motivo tiene {} caracteres. El espacio en el formulario es pequeño: lo que no quepa va en la Parte 13 (información adicional) o en una hoja aparte con su nombre, su número A, y la Parte y el Punto.", count(args)),
        Code::TooManyOtherNames => format!("Hay espacio para otros 3 nombres. Escriba los {} que faltan en la Parte 13.", count(args).saturating_sub(3)),
        Code::WriteInEnglish => "Esta respuesta parece estar en español. El formulario se contesta en inglés: pida a alguien que la traduzca.".into(),
        Code::OneFormPerPerson => "Cada persona necesita su propio formulario. Si pide el parole para varias personas, llene un formulario para cada una.".into(),
        Code::FeeWaiverOnPaper => "Si pide que no le cobren la tarifa (Formulario I-912), tiene que enviar su solicitud en papel, no por internet.".into(),
        Code::FormEditionExpired => format!("Esta herramienta sigue la edición 01/20/25 del Formulario I-131, aprobada hasta el {}. Puede haber una edición nueva: revise uscis.gov/i-131 antes de enviar el formulario.", date(args, Lang::Es)),
        Code::FeesUnverified => format!("Sabemos que estas tarifas eran correctas hasta el {}. Pueden haber cambiado. Revise la lista de tarifas (Formulario G-1055) en uscis.gov/g-1055 antes de pagar.", date(args, Lang::Es)),
        Code::EvidenceIdentity => "Documentos de identidad (como el pasaporte) de quien presenta el formulario, de la persona para quien se pide el parole y de quien promete ayuda económica.".into(),
        Code::EvidenceCitizenshipId => "Una identificación oficial vigente de la persona para quien se pide el parole, que muestre su nacionalidad (por ejemplo, la página con la foto del pasaporte).".into(),
        Code::EvidenceFinancialSupport if matches!(args, Args::Reparole(true)) => "Un Formulario I-134 nuevo, Declaración de Apoyo Económico, con pruebas actuales de los ingresos de quien la apoya: no basta el que mandó con la primera solicitud.".into(),
        Code::EvidenceFinancialSupport => "El Formulario I-134, Declaración de Apoyo Económico, de alguien que va a mantener a la persona en EE. UU., con pruebas de sus ingresos.".into(),
        Code::EvidencePhysicianLetter => {
            let reparole = if matches!(args, Args::Reparole(true)) { "; y por qué el período anterior de parole no fue suficiente" } else { "" };
            format!("Una carta del médico que diga: el diagnóstico; el pronóstico; el tratamiento y cuánto durará; por qué no está disponible en el país del paciente ni cerca; cuánto cuesta y quién paga{reparole}.")
        }
        Code::EvidenceReturnTrip => "Pruebas de cómo se pagará el viaje de regreso (por ejemplo, un estado de cuenta del banco o una carta de quien lo paga).".into(),
        Code::EvidenceParentalConsent => "El permiso por escrito de los dos padres (o del tutor legal) para el tratamiento y el viaje del niño.".into(),
        Code::EvidenceTranslations => "Para cada documento que no esté en inglés: una traducción completa al inglés, con una declaración firmada del traductor de que sabe los dos idiomas y de que la traducción es correcta.".into(),
        Code::EvidenceCurrentParole => "Una copia del I-94 actual (muestra el parole y la fecha en que termina) y, si tiene, las dos caras del permiso de trabajo.".into(),
        Code::EvidenceFeeExemption => format!(
            "Para pedir que no le cobren la tarifa de parole: una carta firmada que pida la exención y diga el motivo, con pruebas. {}",
            exemption_evidence(args, Lang::Es)
        ),
        Code::EvidenceFeeWaiver => "El Formulario I-912, Solicitud de Exención de Tarifa, con pruebas de una de estas cosas (8 CFR 106.3): que recibe un beneficio público según sus ingresos (como Medicaid o SNAP); que los ingresos de su hogar son iguales o menores al 150% de la línea de pobreza federal; o que tiene dificultades económicas. Solo cubre la tarifa del I-131, en papel.".into(),
        Code::FeeI131 => match args {
            Args::Fee { amount_usd, online, .. } => format!(
                "Tarifa del Formulario I-131: {} ({}). Puede pedir que no se la cobren (Formulario I-912), solo en papel, si recibe un beneficio público según sus ingresos, si los ingresos de su hogar son iguales o menores al 150% de la línea de pobreza federal, o si tiene dificultades económicas.",
                dollars(*amount_usd), if *online { "por internet" } else { "en papel" }
            ),
            _ => "Tarifa del Formulario I-131.".into(),
        },
        Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 => match args {
            Args::Fee { amount_usd, .. } => format!("Tarifa del permiso de trabajo que pide en la Parte 9: {}. No puede pedir que no se la cobren.", dollars(*amount_usd)),
            _ => "Tarifa del permiso de trabajo que pide en la Parte 9.".into(),
        },
        Code::FeeParole => match args {
            Args::Fee { amount_usd, exemptions, minor_patient, .. } => {
                let mut text = format!(
                    "Tarifa de parole: {} por cada parole que le den, también por un nuevo parole. USCIS la cobra solo si aprueba el parole (le llega un aviso de pago con la aprobación). No se paga con el formulario. Se paga lo que cueste cuando le den el parole, no cuando envía el formulario. El Formulario I-912 no sirve para no pagarla, pero la ley exime a algunas personas, caso por caso.",
                    dollars(*amount_usd)
                );
                if exemptions.is_empty() {
                    text.push_str(" Por ejemplo: una emergencia médica cuando el tratamiento no está disponible donde vive la persona, y el padre, la madre o el tutor de ese niño. Las preguntas de la Parte 8 muestran si puede ser su caso.");
                } else {
                    text.push(' ');
                    text.push_str(&es(Code::FeeParoleExemption, name, args));
                }
                if *minor_patient {
                    text.push_str(" Como el motivo médico es de un niño, su padre, su madre o su tutor legal también pueden quedar exentos, en su propia solicitud (8 U.S.C. 1804(b)(2)).");
                }
                text
            }
            _ => "Tarifa de parole, que se cobra si lo aprueban.".into(),
        },
        Code::FeeParoleExemption => format!(
            "Esta solicitud podría quedar exenta: {}. Hay que pedir la exención y mostrar pruebas (vea los documentos que debe reunir); USCIS decide caso por caso.",
            grounds(args, Lang::Es)
        ),
        Code::FamilyParentMayBeExempt => {
            let (_, child) = people(args);
            format!("{child} podría quedar exenta o exento de la tarifa de parole por motivos médicos. Como padre, madre o tutor legal de {child}, usted también podría quedar exento en esta solicitud suya: conteste Sí a esa pregunta en la Parte 8 y mande pruebas de que es el padre, la madre o el tutor.")
        }
        Code::FamilyYoungChildFiledByParent => {
            let (child, _) = people(args);
            format!("{child} tiene menos de 14 años. Normalmente el padre, la madre o el tutor legal pide el parole de un niño pequeño: en la solicitud de {child}, conteste Sí a pedir para otra persona, y firma la Parte 10 el padre, la madre o el tutor.")
        }
        Code::FamilySameContact => {
            let (person, other) = people(args);
            format!("{} en la solicitud de {person} no es igual que en la de {other}. USCIS escribe a cada solicitud: use el mismo, salvo que de verdad sea distinto.", capitalized(name))
        }
        Code::FamilyParoleEndsDiffer => match args {
            Args::ParoleEnds { name, ends, other, other_ends } => format!(
                "El parole de {name} termina el {}, y el de {other} el {}: las fechas para pedir el nuevo parole son distintas. Pida cada uno en sus propias fechas.",
                long_date(*ends, Lang::Es),
                long_date(*other_ends, Lang::Es)
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
