//! The words for every code of the pack, one function per language. Each `match` is exhaustive, so
//! a new code cannot compile without its English and its Spanish. Spanish: "usted", plain words,
//! short sentences.

use super::pack::Code;
use super::Args;
use crate::form::FormProgram;
use crate::i18n::{long_date, Lang};
use crate::input::date_problem;

/// The text for `code`, about the question named `name` (already in `lang`), with `args`.
pub(super) fn text(code: Code, name: &str, args: &Args, lang: Lang) -> String {
    match lang {
        Lang::En => en(code, name, args),
        Lang::Es => es(code, name, args),
    }
}

fn typed(args: &Args) -> &str {
    match args {
        Args::Typed(text) => text,
        _ => "",
    }
}

fn date(args: &Args, lang: Lang) -> String {
    match args {
        Args::On(day) => long_date(*day, lang),
        _ => String::new(),
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
            Args::Date(error) => format!("Check {name}: {}", date_problem(error, Lang::En)),
            _ => format!("Check {name}."),
        },
        Code::FormatANumber => format!("\"{v}\" does not look like an A-Number: it is the letter A and 7 to 9 digits. On the form, write 9 digits, with zeros in front if needed."),
        Code::FormatUscisAccount => format!("\"{v}\" does not look like a USCIS online account number: it has 12 digits. If you have no account, leave it empty."),
        Code::FormatI94Number => format!("\"{v}\" does not look like an I-94 number: it has 11 characters, usually 9 digits, a letter and a digit. You can look it up at i94.cbp.dhs.gov."),
        Code::FormatSsn => "This is not a valid Social Security number: it has 9 digits, and some are never given (like 000 or 666 at the start). If you have none, leave it empty.".into(),
        Code::FormatUsState if v.is_empty() => "For an address in the United States, write the state as its two letters, like CA or TX.".into(),
        Code::FormatUsState => format!("\"{v}\" is not a US state. Write the state as its two letters, like CA or TX."),
        Code::FormatZipCode if v.is_empty() => "For an address in the United States, write the ZIP code: 5 digits.".into(),
        Code::FormatZipCode => format!("\"{v}\" is not a ZIP code: it has 5 digits (or 5, a dash and 4)."),
        Code::FormatEmail => format!("\"{v}\" does not look like an email address (name@example.com)."),
        Code::FormatAgencyEmail => "The referring agency's email must be an official .gov or .mil address.".into(),
        Code::FormatPhone => format!("\"{v}\" does not look like a phone number: 10 digits for a US number, or + and the country code for a number abroad."),
        Code::FormatBody => format!("Check {name}: feet go from 0 to 8, inches from 0 to 11, pounds from 1 to 999."),
        Code::FormatWholeNumber => format!("Check {name}: write a whole number with digits only, like 5 (not \"{v}\")."),
        Code::SignerUnder14 => format!("The person to be paroled is {n} {year_s} old. For a child under 14, a parent or legal guardian signs."),
        Code::StayOverMaximum => format!("This is longer than this kind of parole usually lasts (up to {n} {year_s}). Ask for the time you need, and explain why."),
        Code::ArrivalNotFuture => format!("The arrival date ({}) must be in the future.", date(args, Lang::En)),
        Code::SignatureInFuture => format!("The date of signature ({}) is in the future. Write the date you sign.", date(args, Lang::En)),
        Code::RemovalProceedings => "Someone who is or was in removal proceedings, or has a removal order, generally asks ICE for parole, not USCIS. Talk to an immigration lawyer or accredited representative before filing.".into(),
        Code::ProgramEnded => match args {
            Args::Ended { program: FormProgram::FamilyReunificationParole, program_ended, parole_ended } => format!(
                "DHS ended Family Reunification Parole on {}. Parole under it ended on {}, unless a Form I-485 filed by {} is still pending. New parole under FRP is not available. Talk to an immigration lawyer or accredited representative about other options.",
                long_date(*program_ended, Lang::En), long_date(*parole_ended, Lang::En), long_date(*program_ended, Lang::En)
            ),
            Args::Ended { program_ended, parole_ended, .. } => format!(
                "DHS ended the CHNV program on {}. Parole under it ended on {}. New parole under CHNV is not available. Talk to an immigration lawyer or accredited representative about other options.",
                long_date(*program_ended, Lang::En), long_date(*parole_ended, Lang::En)
            ),
            _ => "This program has ended.".into(),
        },
        Code::ProgramNotForType => match args {
            Args::Program(FormProgram::MilitaryParoleInPlace) => "Military parole in place is for people already in the US (Part 1, Item 8), not for parole from abroad.".into(),
            _ => "An initial Central American Minors request cannot be made on Form I-131.".into(),
        },
        Code::BirthDateFuture => format!("The date of birth ({}) is in the future.", date(args, Lang::En)),
        Code::BirthDateTooOld => format!("With this date of birth the person would be {n} years old. Check the year."),
        Code::ReasonTooLong => format!("The reason has {} characters. About 2,000 fit on the form with Part 13; put the rest on a separate sheet with your name and the Part and Item.", count(args)),
        Code::TooManyOtherNames => format!("There is room for 3 other names. Write the other {} in Part 13.", count(args).saturating_sub(3)),
        Code::WriteInEnglish => "This answer seems to be in Spanish. The form must be answered in English: ask someone to translate it.".into(),
        Code::OneFormPerPerson => "Each person needs a form of their own. To ask for parole for several people, fill in one form for each.".into(),
        Code::FeeWaiverOnPaper => "A fee waiver (Form I-912) means filing on paper, not online.".into(),
        Code::FormEditionExpired => format!("This helper follows the 01/20/25 edition of Form I-131, approved through {}. A new edition may be in use: check uscis.gov/i-131 before filing.", date(args, Lang::En)),
        Code::FeesUnverified => format!("The fees shown are known to hold through {}; they may have changed. Check the fee schedule (Form G-1055) at uscis.gov/g-1055 before paying.", date(args, Lang::En)),
        Code::EvidenceIdentity => "Identity documents (such as a passport) of the filer, of the person to be paroled, and of anyone who promises financial support.".into(),
        Code::EvidenceCitizenshipId => "A valid government ID of the person to be paroled that shows their citizenship (for example, the photo page of the passport).".into(),
        Code::EvidenceFinancialSupport => "Form I-134, Declaration of Financial Support, from someone who will support the person in the US, with proof of their income.".into(),
        Code::EvidencePhysicianLetter => {
            let minor = if matches!(args, Args::Minor(true)) { "; and, for a child, that the parents consent" } else { "" };
            format!("A letter from the physician that says: the diagnosis; the prognosis; how long treatment will take; why the treatment is not available in the home country or nearby; what it costs and who pays; that there is money for the trip home{minor}.")
        }
        Code::EvidenceParentalConsent => "The written consent of both parents (or of the legal guardian) to the child's treatment and travel.".into(),
        Code::EvidenceTranslations => "For every document not in English: a full English translation, with the translator's signed statement that they know both languages and that the translation is correct.".into(),
        Code::EvidenceCurrentParole => "A copy of the current I-94 (it shows the parole and its end date) and, if you have one, both sides of the work permit.".into(),
        Code::FeeI131 => match args {
            Args::Fee { amount_usd, online, .. } => format!(
                "Form I-131 filing fee: {} ({}). A fee waiver (Form I-912) may be possible, on paper only.",
                dollars(*amount_usd), if *online { "online" } else { "on paper" }
            ),
            _ => "Form I-131 filing fee.".into(),
        },
        Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 => match args {
            Args::Fee { amount_usd, .. } => format!("Work permit asked for in Part 9: {}. It cannot be waived.", dollars(*amount_usd)),
            _ => "Work permit asked for in Part 9.".into(),
        },
        Code::FeeParole => match args {
            Args::Fee { amount_usd, maybe_exempt, .. } => format!(
                "Parole fee: {} for each grant of parole, charged only if USCIS approves, not paid with the form. It cannot be waived, but some cases are exempt, such as life-threatening medical emergencies{}.",
                dollars(*amount_usd), if *maybe_exempt { ": yours may be one" } else { "" }
            ),
            _ => "Parole fee, charged on approval.".into(),
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
            Args::Date(error) => format!("Revise {name}: {}", date_problem(error, Lang::Es)),
            _ => format!("Revise {name}."),
        },
        Code::FormatANumber => format!("\"{v}\" no parece un número A (A-Number): es la letra A y de 7 a 9 números. En el formulario escriba 9 números, con ceros al principio si hace falta."),
        Code::FormatUscisAccount => format!("\"{v}\" no parece un número de cuenta en línea de USCIS: tiene 12 números. Si no tiene cuenta, déjelo en blanco."),
        Code::FormatI94Number => format!("\"{v}\" no parece un número de I-94. Tiene 11 números y letras: casi siempre 9 números, una letra y un número. Puede buscarlo en i94.cbp.dhs.gov."),
        Code::FormatSsn => "Este no es un número de Seguro Social válido. Tiene 9 números, y algunos números nunca se usan (como los que empiezan con 000 o 666). Si no tiene número, déjelo en blanco.".into(),
        Code::FormatUsState if v.is_empty() => "Para una dirección en Estados Unidos, escriba el estado con sus dos letras, como CA o TX.".into(),
        Code::FormatUsState => format!("\"{v}\" no es un estado de EE. UU. Escriba el estado con sus dos letras, como CA o TX."),
        Code::FormatZipCode if v.is_empty() => "Para una dirección en Estados Unidos, escriba el código postal (ZIP): 5 números.".into(),
        Code::FormatZipCode => format!("\"{v}\" no es un código postal (ZIP): tiene 5 números (o 5, un guion y 4)."),
        Code::FormatEmail => format!("\"{v}\" no parece un correo electrónico (nombre@ejemplo.com)."),
        Code::FormatAgencyEmail => "El correo de la agencia debe ser una dirección oficial .gov o .mil.".into(),
        Code::FormatPhone => format!("\"{v}\" no parece un número de teléfono: 10 números si es de EE. UU., o + y el código del país si es de otro país."),
        Code::FormatBody => format!("Revise {name}: los pies van de 0 a 8, las pulgadas de 0 a 11 y las libras de 1 a 999."),
        Code::FormatWholeNumber => format!("Revise {name}: escriba un número entero, solo con cifras, como 5 (no \"{v}\")."),
        Code::SignerUnder14 => format!("La persona para quien pide el parole tiene {n} {anos}. Si es un niño menor de 14 años, firma el padre, la madre o el tutor legal."),
        Code::StayOverMaximum => format!("Es más tiempo del que suele durar este tipo de parole (hasta {n} {anos}). Pida el tiempo que necesita y explique por qué."),
        Code::ArrivalNotFuture => format!("La fecha de llegada ({}) debe ser una fecha futura.", date(args, Lang::Es)),
        Code::SignatureInFuture => format!("La fecha de la firma ({}) es una fecha futura. Escriba la fecha en que firma.", date(args, Lang::Es)),
        Code::RemovalProceedings => "Si la persona está o estuvo en un proceso de deportación, o tiene una orden de deportación, por lo general pide el parole a ICE, no a USCIS. Hable con un abogado de inmigración o un representante acreditado antes de enviar el formulario.".into(),
        Code::ProgramEnded => match args {
            Args::Ended { program: FormProgram::FamilyReunificationParole, program_ended, parole_ended } => format!(
                "El gobierno (DHS) terminó el programa de Reunificación Familiar (FRP) el {}. El parole de ese programa terminó el {}, salvo si un Formulario I-485 presentado a más tardar el {} sigue pendiente. Ya no se da parole por FRP. Hable con un abogado de inmigración o un representante acreditado sobre otras opciones.",
                long_date(*program_ended, Lang::Es), long_date(*parole_ended, Lang::Es), long_date(*program_ended, Lang::Es)
            ),
            Args::Ended { program_ended, parole_ended, .. } => format!(
                "El gobierno (DHS) terminó el programa CHNV el {}. El parole de ese programa terminó el {}. Ya no se da parole por CHNV. Hable con un abogado de inmigración o un representante acreditado sobre otras opciones.",
                long_date(*program_ended, Lang::Es), long_date(*parole_ended, Lang::Es)
            ),
            _ => "Este programa terminó.".into(),
        },
        Code::ProgramNotForType => match args {
            Args::Program(FormProgram::MilitaryParoleInPlace) => "El parole para familias de militares (Military Parole in Place) es solo para personas que ya están en EE. UU. (Parte 1, Punto 8), no para un parole desde otro país.".into(),
            _ => "Una solicitud inicial de Menores Centroamericanos (CAM) no se hace con el Formulario I-131.".into(),
        },
        Code::BirthDateFuture => format!("La fecha de nacimiento ({}) es una fecha futura.", date(args, Lang::Es)),
        Code::BirthDateTooOld => format!("Con esta fecha de nacimiento la persona tendría {n} años. Revise el año."),
        Code::ReasonTooLong => format!("El motivo tiene {} letras y espacios. En el formulario, con la Parte 13, caben unos 2,000. Escriba el resto en una hoja aparte. En esa hoja ponga su nombre, la Parte y el Punto.", count(args)),
        Code::TooManyOtherNames => format!("Hay espacio para otros 3 nombres. Escriba los {} que faltan en la Parte 13.", count(args).saturating_sub(3)),
        Code::WriteInEnglish => "Esta respuesta parece estar en español. El formulario se contesta en inglés: pida a alguien que la traduzca.".into(),
        Code::OneFormPerPerson => "Cada persona necesita su propio formulario. Si pide el parole para varias personas, llene un formulario para cada una.".into(),
        Code::FeeWaiverOnPaper => "Si pide que no le cobren la tarifa (Formulario I-912), tiene que enviar su solicitud en papel, no por internet.".into(),
        Code::FormEditionExpired => format!("Esta herramienta sigue la edición 01/20/25 del Formulario I-131, aprobada hasta el {}. Puede haber una edición nueva: revise uscis.gov/i-131 antes de enviar el formulario.", date(args, Lang::Es)),
        Code::FeesUnverified => format!("Sabemos que estas tarifas eran correctas hasta el {}. Pueden haber cambiado. Revise la lista de tarifas (Formulario G-1055) en uscis.gov/g-1055 antes de pagar.", date(args, Lang::Es)),
        Code::EvidenceIdentity => "Documentos de identidad (como el pasaporte) de quien presenta el formulario, de la persona para quien se pide el parole y de quien promete ayuda económica.".into(),
        Code::EvidenceCitizenshipId => "Una identificación oficial vigente de la persona para quien se pide el parole, que muestre su nacionalidad (por ejemplo, la página con la foto del pasaporte).".into(),
        Code::EvidenceFinancialSupport => "El Formulario I-134, Declaración de Apoyo Económico, de alguien que va a mantener a la persona en EE. UU., con pruebas de sus ingresos.".into(),
        Code::EvidencePhysicianLetter => {
            let minor = if matches!(args, Args::Minor(true)) { "; y, para un niño, que los padres están de acuerdo" } else { "" };
            format!("Una carta del médico que diga: el diagnóstico; el pronóstico; cuánto durará el tratamiento; por qué el tratamiento no existe en el país del paciente ni cerca; cuánto cuesta y quién paga; que hay dinero para el viaje de regreso{minor}.")
        }
        Code::EvidenceParentalConsent => "El permiso por escrito de los dos padres (o del tutor legal) para el tratamiento y el viaje del niño.".into(),
        Code::EvidenceTranslations => "Para cada documento que no esté en inglés: una traducción completa al inglés, con una declaración firmada del traductor de que sabe los dos idiomas y de que la traducción es correcta.".into(),
        Code::EvidenceCurrentParole => "Una copia del I-94 actual (muestra el parole y la fecha en que termina) y, si tiene, las dos caras del permiso de trabajo.".into(),
        Code::FeeI131 => match args {
            Args::Fee { amount_usd, online, .. } => format!(
                "Tarifa del Formulario I-131: {} ({}). Puede pedir que no se la cobren (Formulario I-912), pero solo en papel.",
                dollars(*amount_usd), if *online { "por internet" } else { "en papel" }
            ),
            _ => "Tarifa del Formulario I-131.".into(),
        },
        Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 => match args {
            Args::Fee { amount_usd, .. } => format!("Tarifa del permiso de trabajo que pide en la Parte 9: {}. No puede pedir que no se la cobren.", dollars(*amount_usd)),
            _ => "Tarifa del permiso de trabajo que pide en la Parte 9.".into(),
        },
        Code::FeeParole => match args {
            Args::Fee { amount_usd, maybe_exempt, .. } => format!(
                "Tarifa de parole: {} por cada parole que le den. Se cobra solo si USCIS lo aprueba. No se paga con el formulario. No puede pedir que no se la cobren, pero en algunos casos no se cobra, como en las emergencias médicas que ponen la vida en peligro{}.",
                dollars(*amount_usd), if *maybe_exempt { ": su caso podría ser uno de ellos" } else { "" }
            ),
            _ => "Tarifa de parole, que se cobra si lo aprueban.".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            Code::ReparoleInUs | Code::FormatANumber | Code::FormatUscisAccount | Code::FormatI94Number
            | Code::FormatUsState | Code::FormatZipCode | Code::FormatEmail | Code::FormatPhone
            | Code::FormatWholeNumber | Code::FormatBody => Args::Typed("x".into()),
            Code::ProgramEnded => Args::Ended {
                program: FormProgram::Chnv,
                program_ended: ymd(2025, 3, 25),
                parole_ended: ymd(2025, 4, 24),
            },
            Code::ProgramNotForType => Args::Program(FormProgram::CentralAmericanMinors),
            Code::StayOverMaximum => Args::Stay { max_years: 1 },
            Code::SignerUnder14 | Code::BirthDateTooOld => Args::Age(4),
            Code::ReasonTooLong | Code::TooManyOtherNames => Args::Count(5),
            Code::FeeI131 | Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 | Code::FeeParole => {
                Args::Fee { amount_usd: 630, online: false, maybe_exempt: true }
            }
            Code::EvidencePhysicianLetter => Args::Minor(true),
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
