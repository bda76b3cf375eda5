//! The count of a window walked through in plain words, one function per language.
//!
//! The explanation is a few short steps, one per line (`\n`), so a page can show them as a list.
//!
//! Each [`Fact`] has its sentence in each language (an exhaustive `match`, so a new rule cannot
//! compile without its Spanish). Spanish uses "usted", short sentences and everyday words.

use chrono::NaiveDate;

use super::rules::{Effect, Fact, WindowRule};
use super::{Kind, Status, Window, WindowReport};
use crate::i18n::{long_date, Lang};
use crate::program::Program;

/// The explanation of `window` in `lang`.
pub(super) fn explanation(window: &Window, lang: Lang) -> String {
    let mut out = Vec::new();
    let terminated = window.status == Status::Terminated;
    let over = matches!(window.status, Status::Expired | Status::EndedByNotice);
    for rule in &window.rules {
        // Once a program or the parole has ended, its filing dates no longer matter; only the
        // ending does (and, for the work permit, that a new one needs a new parole).
        let applies = match rule.fact {
            Fact::LastDayIncluded | Fact::ChnvTerminated | Fact::FrpTerminated | Fact::TerminationNotice => true,
            Fact::EadValidity | Fact::EadNeedsReparole => !terminated,
            _ => !terminated && !over,
        };
        if applies {
            let sentence = match lang {
                Lang::En => fact_en(rule, window),
                Lang::Es => fact_es(rule, window),
            };
            out.push(sentence);
        }
    }
    if !terminated && window.status != Status::EndedByNotice {
        out.push(match lang {
            Lang::En => count_en(window),
            Lang::Es => count_es(window),
        });
    }
    out.push(match lang {
        Lang::En => status_en(window),
        Lang::Es => status_es(window),
    });
    out.retain(|s| !s.is_empty());
    out.join("\n")
}

/// Where to find free legal help, for someone whose parole is ending or has ended.
fn free_help(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Free or low-cost help: the Justice Department's list of pro bono legal service providers (justice.gov/eoir/list-pro-bono-legal-service-providers) or immigrationlawhelp.org.",
        Lang::Es => "Ayuda gratis o de bajo costo: la lista de proveedores de servicios legales gratuitos del Departamento de Justicia (justice.gov/eoir/list-pro-bono-legal-service-providers) o immigrationlawhelp.org (tiene información en español).",
    }
}

fn fact_en(rule: &WindowRule, w: &Window) -> String {
    let d = |date: NaiveDate| long_date(date, Lang::En);
    let ends = d(w.expires_on);
    let opt = |date: Option<NaiveDate>| date.map(d).unwrap_or_default();
    let n = days_before(rule);
    match rule.fact {
        Fact::LastDayIncluded if matches!(w.status, Status::Terminated | Status::EndedByNotice) => {
            format!("Your I-94 shows {ends} as the last day of your parole.")
        }
        Fact::LastDayIncluded if w.status == Status::Expired => format!(
            "Your parole ended on {ends}. This was the \"Admit Until\" date on your I-94, and that day still counted."
        ),
        Fact::LastDayIncluded => format!(
            "Your parole ends on {ends}. This is the \"Admit Until\" date on your I-94, and that day still counts."
        ),
        Fact::UkraineEarliest => format!(
            "USCIS says Ukrainians (Part 1, Item 10.C) should ask for re-parole no earlier than {n} days before that date. {n} days before {ends} is {}. A request sent earlier may be rejected, and the fee is not returned.",
            opt(w.earliest_filing_on)
        ),
        Fact::FileByAdvice => {
            let no_start = if w.earliest_filing_on.is_none() { "No official first day to ask for re-parole was found. " } else { "" };
            format!(
                "{no_start}Advice, not a USCIS rule: ask at least {n} days before your parole ends. {n} days before {ends} is {}.",
                opt(w.file_by_on)
            )
        }
        Fact::NotExtendedWhilePending => {
            "Your parole does not get longer while you wait for an answer, so asking early is safer.".into()
        }
        Fact::AfghanExtensionByNotice => "If you applied for asylum (Form I-589) or a green card (Form I-485) before your first parole ended, USCIS may extend your parole and work permit by mail, for up to 2 years.".into(),
        Fact::OtherProgramNotice => "We found no special dates for your program. Check your program's notice, or ask a legal-aid office.".into(),
        Fact::ChnvTerminated => terminated_en(w, "the CHNV parole program (Cubans, Haitians, Nicaraguans, Venezuelans)", ""),
        Fact::FrpTerminated => terminated_en(
            w,
            "Family Reunification Parole (FRP)",
            " There are exceptions: a Form I-485 (green card application) filed by December 15, 2025 that is still pending, or a case-by-case decision by DHS, keeps the parole going. If one applies to you, say so and the helper counts your dates.",
        ),
        Fact::FrpException => format!(
            "DHS ended Family Reunification Parole, but you said an exception applies to you (a Form I-485 filed by December 15, 2025 that is still pending, or a case-by-case decision). Then your parole lasts until the I-485 is decided or until {ends}, whichever comes first."
        ),
        Fact::TerminationNotice => format!(
            "You said DHS sent you a notice that ends your parole early. Then your parole may end before {ends}, the date on your I-94. Talk to an immigration lawyer or accredited representative now: do not wait for a date. {}",
            free_help(Lang::En)
        ),
        Fact::CalendarDays => "We count calendar days, weekends and holidays included.".into(),
        Fact::EadEarliest => format!(
            "Your work permit (EAD, category (c)(11)) ends on {ends}. You can ask to renew it from {n} days before that date. {n} days before {ends} is {}.",
            opt(w.earliest_filing_on)
        ),
        Fact::EadValidity => ead_validity(w, Lang::En),
        Fact::EadNeedsReparole => "To keep working after your parole ends, you first need a new parole. Ask for the new work permit in Part 9 of your re-parole request (Form I-131): a separate Form I-765 sent while your parole is ending may waste its fee.".into(),
    }
}

/// The law's limit on a parolee's permit, and what it means for this person's two dates.
fn ead_validity(w: &Window, lang: Lang) -> String {
    let d = |date: NaiveDate| long_date(date, lang);
    let opens_after_parole = |parole| w.earliest_filing_on.is_some_and(|first| first > parole);
    let mut out = match lang {
        Lang::En => "By law, a parolee's work permit lasts 1 year at most, and never longer than the parole (8 U.S.C. 1809(a)).".to_string(),
        Lang::Es => "Por ley, el permiso de trabajo de una persona con parole dura 1 año como máximo, y nunca más que el parole (8 U.S.C. 1809(a)).".to_string(),
    };
    match w.parole_expires_on {
        None => out.push_str(match lang {
            Lang::En => " Give the date your parole ends to see both dates together.",
            Lang::Es => " Escriba la fecha en que termina su parole para ver las dos fechas juntas.",
        }),
        Some(parole) => {
            if w.expires_on > parole {
                out.push_str(&match lang {
                    Lang::En => format!(" Your permit shows {}, after your parole ends on {}: it cannot last longer than your parole, so count on it ending on {} too.", d(w.expires_on), d(parole), d(parole)),
                    Lang::Es => format!(" Su permiso dice {}, después de que termina su parole el {}: no puede durar más que el parole, así que cuente con que termina también el {}.", d(w.expires_on), d(parole), d(parole)),
                });
            }
            if opens_after_parole(parole) {
                out.push_str(&match lang {
                    Lang::En => format!(" The renewal window opens after your parole ends on {}: you cannot wait for it. Ask for re-parole, with the work permit in Part 9.", d(parole)),
                    Lang::Es => format!(" Las fechas para renovar empiezan después de que termina su parole el {}: no puede esperarlas. Pida un nuevo parole (re-parole) y el permiso de trabajo en la Parte 9.", d(parole)),
                });
            }
        }
    }
    out
}

fn terminated_en(w: &Window, name: &str, exception: &str) -> String {
    let Some((program_ended, parole_ended)) = w.termination() else { return String::new() };
    let (program_ended, parole_ended) = (long_date(program_ended, Lang::En), long_date(parole_ended, Lang::En));
    if w.status == Status::Terminated {
        format!(
            "But DHS ended {name} on {program_ended}: parole under it ended on {parole_ended}, unless it ended earlier.{exception} Re-parole under this program is not available."
        )
    } else {
        format!("DHS ended {name} on {program_ended}: parole under it ends on {parole_ended} at the latest.{exception}")
    }
}

fn count_en(w: &Window) -> String {
    let today = long_date(w.today, Lang::En);
    let what = match w.kind {
        Kind::Reparole => "your parole",
        Kind::Ead => "your work permit",
    };
    let n = w.days_until_expiry;
    let count = match n {
        1 => format!("1 day is left until {what} ends."),
        2.. => format!("{n} days are left until {what} ends."),
        0 => format!("Today is the last day of {what}."),
        -1 => format!("{what} ended 1 day ago."),
        _ => format!("{what} ended {} days ago.", -n),
    };
    format!("Today is {today}. {}", capitalize(&count))
}

fn status_en(w: &Window) -> String {
    let opt = |date: Option<NaiveDate>| date.map(|d| long_date(d, Lang::En)).unwrap_or_default();
    match (w.status, w.kind) {
        (Status::TooEarly, _) => format!("It is too early to ask. Wait until {}.", opt(w.earliest_filing_on)),
        (Status::Open, Kind::Reparole) => format!("You can ask now. Try to ask by {}.", opt(w.file_by_on)),
        (Status::Open, Kind::Ead) => "You can ask to renew now.".into(),
        (Status::FileNow, _) => "The advised date has passed. Ask as soon as you can.".into(),
        (Status::Expired, Kind::Reparole) => format!("Your parole has ended. Talk to an immigration lawyer or accredited representative right away. {}", free_help(Lang::En)),
        (Status::Expired, Kind::Ead) => "Your work permit has ended. Ask an immigration lawyer or accredited representative what to do.".into(),
        (Status::Terminated, _) => "Talk to an immigration lawyer or accredited representative about other options right away.".into(),
        (Status::EndedByNotice, _) => "There are no dates to count for you: get legal help first.".into(),
    }
}

fn fact_es(rule: &WindowRule, w: &Window) -> String {
    let d = |date: NaiveDate| long_date(date, Lang::Es);
    let ends = d(w.expires_on);
    let opt = |date: Option<NaiveDate>| date.map(d).unwrap_or_default();
    let n = days_before(rule);
    match rule.fact {
        Fact::LastDayIncluded if matches!(w.status, Status::Terminated | Status::EndedByNotice) => {
            format!("Su I-94 dice que su parole termina el {ends}.")
        }
        Fact::LastDayIncluded if w.status == Status::Expired => format!(
            "Su parole terminó el {ends}. Era la fecha \"Admit Until\" de su I-94. Ese día todavía contaba."
        ),
        Fact::LastDayIncluded => format!(
            "Su parole termina el {ends}. Es la fecha \"Admit Until\" de su I-94. Ese día todavía cuenta."
        ),
        Fact::UkraineEarliest => format!(
            "USCIS dice que las personas de Ucrania (Parte 1, Punto 10.C) no deben pedir un nuevo parole (re-parole) más de {n} días antes de esa fecha. {n} días antes del {ends} es el {}. Si lo pide antes, pueden rechazar su solicitud y no le devuelven la tarifa que pagó.",
            opt(w.earliest_filing_on)
        ),
        Fact::FileByAdvice => {
            let no_start = if w.earliest_filing_on.is_none() {
                "No encontramos un primer día oficial para pedir un nuevo parole (re-parole). "
            } else {
                ""
            };
            format!(
                "{no_start}Consejo (no es una regla de USCIS): pídalo por lo menos {n} días antes de que termine su parole. {n} días antes del {ends} es el {}.",
                opt(w.file_by_on)
            )
        }
        Fact::NotExtendedWhilePending => {
            "Su parole no se alarga mientras espera la respuesta. Por eso es más seguro pedirlo pronto.".into()
        }
        Fact::AfghanExtensionByNotice => "Si pidió asilo (Formulario I-589) o la residencia permanente o green card (Formulario I-485) antes de que terminara su primer parole, USCIS puede alargar su parole y su permiso de trabajo por correo, hasta por 2 años.".into(),
        Fact::OtherProgramNotice => "No encontramos fechas especiales para su programa. Revise el aviso de su programa o pregunte en una oficina de ayuda legal.".into(),
        Fact::ChnvTerminated => terminated_es(w, "el programa de parole CHNV (Cuba, Haití, Nicaragua y Venezuela)", ""),
        Fact::FrpTerminated => terminated_es(
            w,
            "el programa de Reunificación Familiar (FRP)",
            " Hay excepciones: un Formulario I-485 (para pedir la residencia permanente o green card) presentado a más tardar el 15 de diciembre de 2025 que todavía está pendiente, o una decisión del gobierno (DHS) sobre su caso, hacen que el parole siga. Si es su caso, dígalo y la herramienta calcula sus fechas.",
        ),
        Fact::FrpException => format!(
            "El gobierno (DHS) terminó el programa de Reunificación Familiar (FRP), pero usted dijo que tiene una excepción (un Formulario I-485 presentado a más tardar el 15 de diciembre de 2025 que todavía está pendiente, o una decisión sobre su caso). Entonces su parole dura hasta que decidan el I-485 o hasta el {ends}, lo que pase primero."
        ),
        Fact::TerminationNotice => format!(
            "Usted dijo que el gobierno (DHS) le mandó un aviso que termina su parole antes de tiempo. Entonces su parole puede terminar antes del {ends}, la fecha de su I-94. Hable ya con un abogado de inmigración o un representante acreditado: no espere ninguna fecha. {}",
            free_help(Lang::Es)
        ),
        Fact::CalendarDays => "Contamos todos los días del calendario, también los fines de semana y los días feriados.".into(),
        Fact::EadEarliest => format!(
            "Su permiso de trabajo (EAD, categoría (c)(11)) vence el {ends}. Puede pedir la renovación desde {n} días antes de esa fecha. {n} días antes del {ends} es el {}.",
            opt(w.earliest_filing_on)
        ),
        Fact::EadValidity => ead_validity(w, Lang::Es),
        Fact::EadNeedsReparole => "Para seguir trabajando después de que termine su parole, primero necesita un nuevo parole. Pida el permiso de trabajo nuevo en la Parte 9 de su solicitud de nuevo parole (Formulario I-131): si manda aparte un Formulario I-765 cuando su parole está por terminar, puede perder lo que pagó.".into(),
    }
}

fn terminated_es(w: &Window, name: &str, exception: &str) -> String {
    let Some((program_ended, parole_ended)) = w.termination() else { return String::new() };
    let (program_ended, parole_ended) = (long_date(program_ended, Lang::Es), long_date(parole_ended, Lang::Es));
    if w.status == Status::Terminated {
        format!(
            "Pero el gobierno (DHS) terminó {name} el {program_ended}: el parole de ese programa terminó a más tardar el {parole_ended}.{exception} No se puede pedir un nuevo parole por este programa."
        )
    } else {
        format!(
            "El gobierno (DHS) terminó {name} el {program_ended}: el parole de ese programa termina a más tardar el {parole_ended}.{exception}"
        )
    }
}

fn count_es(w: &Window) -> String {
    let today = long_date(w.today, Lang::Es);
    let (ends, ended, what) = match w.kind {
        Kind::Reparole => ("termine su parole", "Su parole terminó", "su parole"),
        Kind::Ead => ("venza su permiso de trabajo", "Su permiso de trabajo venció", "su permiso de trabajo"),
    };
    let n = w.days_until_expiry;
    let count = match n {
        1 => format!("Falta 1 día para que {ends}."),
        2.. => format!("Faltan {n} días para que {ends}."),
        0 => format!("Hoy es el último día de {what}."),
        -1 => format!("{ended} hace 1 día."),
        _ => format!("{ended} hace {} días.", -n),
    };
    format!("Hoy es {today}. {count}")
}

fn status_es(w: &Window) -> String {
    let opt = |date: Option<NaiveDate>| date.map(|d| long_date(d, Lang::Es)).unwrap_or_default();
    match (w.status, w.kind) {
        (Status::TooEarly, _) => format!("Todavía no lo pida: es muy pronto. Espere hasta el {}.", opt(w.earliest_filing_on)),
        (Status::Open, Kind::Reparole) => format!("Ya puede pedirlo. Trate de pedirlo a más tardar el {}.", opt(w.file_by_on)),
        (Status::Open, Kind::Ead) => "Ya puede pedir la renovación.".into(),
        (Status::FileNow, _) => "Ya pasó la fecha aconsejada. Pídalo lo antes posible.".into(),
        (Status::Expired, Kind::Reparole) => format!("Su parole ya terminó. Hable hoy mismo con un abogado de inmigración o un representante acreditado. {}", free_help(Lang::Es)),
        (Status::Expired, Kind::Ead) => "Su permiso de trabajo ya venció. Pregunte a un abogado de inmigración o a un representante acreditado qué hacer.".into(),
        (Status::Terminated, _) => "Hable hoy mismo con un abogado de inmigración o un representante acreditado sobre otras opciones.".into(),
        (Status::EndedByNotice, _) => "No hay fechas que contar en su caso: primero busque ayuda legal.".into(),
    }
}

/// The day count a rule moves a date by, so the words always match the rule data.
fn days_before(rule: &WindowRule) -> u64 {
    match rule.effect {
        Effect::EarliestFiling { days_before } | Effect::FileBy { days_before } => days_before,
        Effect::Terminated { .. } | Effect::EndedByNotice | Effect::Note => 0,
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    // ASCII only: every text starts with an ASCII letter, and Unicode case tables cost wasm size.
    chars.next().map(|c| std::iter::once(c.to_ascii_uppercase()).chain(chars).collect()).unwrap_or_default()
}

/// A short name for where today falls, for the text summary.
fn status_label(status: Status, lang: Lang) -> &'static str {
    match lang {
        Lang::En => match status {
            Status::TooEarly => "too early to ask",
            Status::Open => "open: you can ask now",
            Status::FileNow => "ask now: the advised date has passed",
            Status::Expired => "ended",
            Status::Terminated => "program ended",
            Status::EndedByNotice => "ended by a DHS notice: get legal help",
        },
        Lang::Es => match status {
            Status::TooEarly => "es muy pronto para pedirlo",
            Status::Open => "ya puede pedirlo",
            Status::FileNow => "pídalo ya: pasó la fecha aconsejada",
            Status::Expired => "ya terminó",
            Status::Terminated => "el programa terminó",
            Status::EndedByNotice => "terminado por un aviso de DHS: busque ayuda legal",
        },
    }
}

/// The terminal summary the CLI prints with `--format text`.
pub(super) fn summary(report: &WindowReport, lang: Lang) -> String {
    let w = &report.window;
    let date = |d: Option<NaiveDate>| match d {
        Some(d) => format!("{} ({d})", long_date(d, lang)),
        None => "-".into(),
    };
    struct Labels {
        title: String,
        today: &'static str,
        ends: &'static str,
        earliest: &'static str,
        file_by: &'static str,
        status: &'static str,
        days: &'static str,
        sources: &'static str,
        official: &'static str,
        advice: &'static str,
        notice: &'static str,
        parole_ends: &'static str,
    }
    let program = |p: Option<Program>| p.map(|p| p.label(lang)).unwrap_or_default();
    let l = match lang {
        Lang::En => Labels {
            title: match w.kind {
                Kind::Reparole => format!("Re-parole window: {}", program(w.program)),
                Kind::Ead => "Work permit (EAD) renewal window".into(),
            },
            today: "Today",
            ends: "Last day",
            earliest: "First day to ask",
            file_by: "Ask by (advice)",
            status: "Status",
            days: "Days left",
            sources: "Sources",
            official: "official",
            advice: "advice",
            notice: "This is not legal advice. Talk to an immigration lawyer or accredited representative.",
            parole_ends: "Parole ends",
        },
        Lang::Es => Labels {
            title: match w.kind {
                Kind::Reparole => format!("Fechas para pedir un nuevo parole: {}", program(w.program)),
                Kind::Ead => "Fechas para renovar el permiso de trabajo (EAD)".into(),
            },
            today: "Hoy",
            ends: "Último día",
            earliest: "Primer día para pedirlo",
            file_by: "Pídalo a más tardar (consejo)",
            status: "Estado",
            days: "Días que faltan",
            sources: "Fuentes",
            official: "oficial",
            advice: "consejo",
            notice: "Esto no es asesoría legal. Hable con un abogado de inmigración o un representante acreditado.",
            parole_ends: "Fin del parole",
        },
    };
    let mut out = format!("{}\n\n", l.title);
    let mut rows = vec![
        (l.today, date(Some(w.today))),
        (l.ends, date(Some(w.expires_on))),
        (l.earliest, date(w.earliest_filing_on)),
        (l.file_by, date(w.file_by_on)),
        (l.status, status_label(w.status, lang).to_string()),
        (l.days, w.days_until_expiry.to_string()),
    ];
    if w.parole_expires_on.is_some() {
        rows.insert(2, (l.parole_ends, date(w.parole_expires_on)));
    }
    let width = rows.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 2;
    for (label, value) in rows {
        out.push_str(&format!("  {:<width$}{value}\n", format!("{label}:")));
    }
    out.push_str(&format!("\n{}\n\n{}:\n", report.explanation, l.sources));
    for rule in &report.rules {
        let tag = if rule.official { l.official } else { l.advice };
        let url = rule.url.map(|u| format!("\n      {u}")).unwrap_or_default();
        out.push_str(&format!("  [{tag}] {}{url}\n", rule.source));
    }
    out.push_str(&format!("\n{}\n", l.notice));
    out
}

#[cfg(test)]
mod tests {
    use super::super::{ead_window, reparole_window};
    use super::*;
    use crate::date::ymd;

    #[test]
    fn walks_through_the_ukrainian_count() {
        let w = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("180 days before March 31, 2027 is October 2, 2026."), "{en}");
        assert!(en.contains("90 days before March 31, 2027 is December 31, 2026."), "{en}");
        assert!(en.contains("Today is November 27, 2026. 124 days are left until your parole ends."), "{en}");
        assert!(en.ends_with("You can ask now. Try to ask by December 31, 2026."), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.contains("180 días antes del 31 de marzo de 2027 es el 2 de octubre de 2026."), "{es}");
        assert!(es.contains("Faltan 124 días para que termine su parole."), "{es}");
    }

    #[test]
    fn counts_the_last_day_and_after() {
        let last = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2027, 3, 31));
        assert!(explanation(&last, Lang::En).contains("Today is the last day of your parole."));
        assert!(explanation(&last, Lang::Es).contains("Hoy es el último día de su parole."));
        let after = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2027, 4, 2));
        assert!(explanation(&after, Lang::En).contains("Your parole ended 2 days ago."));
        assert!(explanation(&after, Lang::Es).contains("Su parole terminó hace 2 días."));
    }

    #[test]
    fn terminated_programs_name_their_dates() {
        let chnv = reparole_window(Program::Chnv, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let en = explanation(&chnv, Lang::En);
        assert!(en.contains("April 24, 2025"), "{en}");
        assert!(!en.contains("90 days"), "no filing advice for an ended program: {en}");
        let frp = reparole_window(Program::Frp, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let es = explanation(&frp, Lang::Es);
        assert!(es.contains("14 de enero de 2026") && es.contains("I-485"), "{es}");
    }

    #[test]
    fn ead_explains_the_renewal() {
        let w = ead_window(ymd(2027, 3, 31), ymd(2026, 9, 1));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("You can ask to renew it from 180 days before that date."), "{en}");
        assert!(en.contains("Part 9 of your re-parole request"), "{en}");
        assert!(en.ends_with("It is too early to ask. Wait until October 2, 2026."), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.contains("Puede pedir la renovación desde 180 días antes de esa fecha."), "{es}");
    }

    #[test]
    fn the_work_permit_is_shown_with_the_parole_it_depends_on() {
        use super::super::ead_window_with_parole;
        // The permit outlasts the parole: warned, and it ends with the parole.
        let w = ead_window_with_parole(ymd(2027, 9, 30), Some(ymd(2027, 5, 14)), ymd(2026, 11, 27));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("Your permit shows September 30, 2027, after your parole ends on May 14, 2027"), "{en}");
        assert!(en.contains("count on it ending on May 14, 2027 too"), "{en}");
        // ...and its renewal window (from April 3, 2027) opens before the parole ends: no second warning.
        assert!(!en.contains("opens after your parole ends"), "{en}");
        assert_eq!(w.days_until_expiry, 168, "counted to the parole's end");
        // The window opens after the parole ends: told to use Part 9 now.
        let late = ead_window_with_parole(ymd(2028, 1, 31), Some(ymd(2027, 5, 14)), ymd(2026, 11, 27));
        let es = explanation(&late, Lang::Es);
        assert!(es.contains("Las fechas para renovar empiezan después de que termina su parole el 14 de mayo de 2027"), "{es}");
        // Same day for both: no warning at all.
        let same = explanation(&ead_window_with_parole(ymd(2027, 5, 14), Some(ymd(2027, 5, 14)), ymd(2026, 11, 27)), Lang::En);
        assert!(!same.contains("Your permit shows"), "{same}");
        // Once the parole has ended, the permit has too.
        let after = ead_window_with_parole(ymd(2027, 9, 30), Some(ymd(2027, 5, 14)), ymd(2027, 5, 15));
        assert_eq!(after.status, Status::Expired);
        let on_the_day = ead_window_with_parole(ymd(2027, 9, 30), Some(ymd(2027, 5, 14)), ymd(2027, 5, 14));
        assert_ne!(on_the_day.status, Status::Expired);
    }

    #[test]
    fn no_text_tells_a_parolee_about_automatic_extensions() {
        // Category (c)(11) never had automatic extensions (domain.md §8, corrected).
        use super::super::ead_window_with_parole;
        for today in [ymd(2026, 1, 1), ymd(2027, 4, 1), ymd(2027, 9, 1), ymd(2028, 1, 1)] {
            for parole in [None, Some(ymd(2027, 5, 14))] {
                let w = ead_window_with_parole(ymd(2027, 9, 30), parole, today);
                for lang in Lang::all() {
                    let text = explanation(&w, lang).to_lowercase();
                    for word in ["automatic", "automática", "automátic", "no longer extends", "ya no alarga"] {
                        assert!(!text.contains(word), "{word}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn an_ended_parole_is_told_in_the_past() {
        let w = reparole_window(Program::General, ymd(2026, 11, 1), ymd(2026, 11, 27));
        let en = explanation(&w, Lang::En);
        assert!(en.starts_with("Your parole ended on November 1, 2026."), "{en}");
        assert!(!en.contains("ask at least 90 days"), "no filing advice once it ended: {en}");
        assert!(en.contains("immigrationlawhelp.org"), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.starts_with("Su parole terminó el 1 de noviembre de 2026."), "{es}");
        // On the last day it is still the present.
        let last = explanation(&reparole_window(Program::General, ymd(2026, 11, 27), ymd(2026, 11, 27)), Lang::En);
        assert!(last.starts_with("Your parole ends on November 27, 2026."), "{last}");
    }

    #[test]
    fn a_termination_notice_means_a_lawyer_not_a_calendar() {
        use super::super::{reparole_window_in, Situation};
        let notice = Situation { termination_notice: true, ..Situation::default() };
        let w = reparole_window_in(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27), notice);
        assert_eq!(w.status, Status::EndedByNotice);
        assert_eq!((w.earliest_filing_on, w.file_by_on), (None, None));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("Talk to an immigration lawyer or accredited representative now"), "{en}");
        assert!(en.contains("justice.gov/eoir/list-pro-bono-legal-service-providers"), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.contains("Hable ya con un abogado"), "{es}");
    }

    #[test]
    fn frp_with_the_exception_gets_dates() {
        use super::super::{reparole_window_in, Situation};
        let exception = Situation { frp_exception: true, ..Situation::default() };
        let w = reparole_window_in(Program::Frp, ymd(2027, 3, 31), ymd(2026, 11, 27), exception);
        assert_eq!(w.status, Status::Open);
        assert_eq!(w.file_by_on, Some(ymd(2026, 12, 31)));
        assert!(explanation(&w, Lang::En).contains("until the I-485 is decided or until March 31, 2027, whichever comes first"));
        // Without it, the same dates are terminated.
        assert_eq!(reparole_window(Program::Frp, ymd(2027, 3, 31), ymd(2026, 11, 27)).status, Status::Terminated);
    }

    #[test]
    fn no_official_first_day_is_said_as_such() {
        let w = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("No official first day to ask for re-parole was found."), "{en}");
        assert!(!en.contains("any time"), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.contains("No encontramos un primer día oficial"), "{es}");
        assert!(!es.contains("cualquier momento"), "{es}");
    }

    #[test]
    fn summary_lists_every_source_with_its_tag() {
        let report = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27)).report(Lang::Es);
        let text = report.to_text(Lang::Es);
        assert!(text.contains("[oficial] USCIS, página del nuevo parole para ciertos ciudadanos ucranianos"), "{text}");
        assert!(text.contains("[consejo] Human Rights First, \"I was paroled in the United States\" (en inglés): pida"), "{text}");
        assert!(!text.contains("Our inference"), "{text}");
        assert!(text.contains("Esto no es asesoría legal."), "{text}");
    }
}
