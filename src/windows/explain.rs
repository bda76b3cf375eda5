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
    for rule in &window.rules {
        // Once a program has ended, its filing dates no longer matter; only the ending does.
        let applies = !terminated
            || matches!(rule.effect, Effect::Terminated { .. })
            || rule.fact == Fact::LastDayIncluded;
        if applies {
            let sentence = match lang {
                Lang::En => fact_en(rule, window),
                Lang::Es => fact_es(rule, window),
            };
            out.push(sentence);
        }
    }
    if !terminated {
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

fn fact_en(rule: &WindowRule, w: &Window) -> String {
    let d = |date: NaiveDate| long_date(date, Lang::En);
    let ends = d(w.expires_on);
    let opt = |date: Option<NaiveDate>| date.map(d).unwrap_or_default();
    let n = days_before(rule);
    match rule.fact {
        Fact::LastDayIncluded if w.status == Status::Terminated => {
            format!("Your I-94 shows {ends} as the last day of your parole.")
        }
        Fact::LastDayIncluded => format!(
            "Your parole ends on {ends}. This is the \"Admit Until\" date on your I-94, and that day still counts."
        ),
        Fact::UkraineEarliest => format!(
            "USCIS says Ukrainians (Part 1, Item 10.C) should ask for re-parole no earlier than {n} days before that date. {n} days before {ends} is {}. A request sent earlier may be rejected, and the fee is not returned.",
            opt(w.earliest_filing_on)
        ),
        Fact::FileByAdvice => {
            let no_start = if w.earliest_filing_on.is_none() {
                "USCIS gives no official first day to ask for re-parole, so you may ask at any time before your parole ends. "
            } else {
                ""
            };
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
            " The exception: if you filed Form I-485 (to apply for a green card) by December 15, 2025 and it is still pending, your parole may go on. Court cases about this continue.",
        ),
        Fact::CalendarDays => "We count calendar days, weekends and holidays included.".into(),
        Fact::EadEarliest => format!(
            "Your work permit (EAD, category (c)(11)) ends on {ends}. You can ask to renew it up to {n} days before that date. {n} days before {ends} is {}.",
            opt(w.earliest_filing_on)
        ),
        Fact::EadNoAutomaticExtension => "Since October 30, 2025, asking to renew no longer extends your old permit while you wait. Ask as soon as you can.".into(),
        Fact::EadValidity => "A new work permit for a parolee lasts 1 year, or until the parole ends if that comes first.".into(),
    }
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
        (Status::Expired, Kind::Reparole) => "Your parole has ended. Talk to an immigration lawyer or accredited representative right away.".into(),
        (Status::Expired, Kind::Ead) => "Your work permit has ended. Ask an immigration lawyer or accredited representative what to do.".into(),
        (Status::Terminated, _) => "Talk to an immigration lawyer or accredited representative about other options right away.".into(),
    }
}

fn fact_es(rule: &WindowRule, w: &Window) -> String {
    let d = |date: NaiveDate| long_date(date, Lang::Es);
    let ends = d(w.expires_on);
    let opt = |date: Option<NaiveDate>| date.map(d).unwrap_or_default();
    let n = days_before(rule);
    match rule.fact {
        Fact::LastDayIncluded if w.status == Status::Terminated => {
            format!("Su I-94 dice que su parole termina el {ends}.")
        }
        Fact::LastDayIncluded => format!(
            "Su parole termina el {ends}. Es la fecha \"Admit Until\" de su I-94. Ese día todavía cuenta."
        ),
        Fact::UkraineEarliest => format!(
            "USCIS dice que las personas de Ucrania (Parte 1, Punto 10.C) no deben pedir un nuevo parole (re-parole) más de {n} días antes de esa fecha. {n} días antes del {ends} es el {}. Si lo pide antes, pueden rechazar su solicitud y no le devuelven la tarifa que pagó.",
            opt(w.earliest_filing_on)
        ),
        Fact::FileByAdvice => {
            let no_start = if w.earliest_filing_on.is_none() {
                "USCIS no da un primer día oficial para pedir un nuevo parole (re-parole). Puede pedirlo en cualquier momento antes de que termine su parole. "
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
            " La excepción: si usted presentó el Formulario I-485 (para pedir la residencia permanente o green card) a más tardar el 15 de diciembre de 2025 y todavía está pendiente, su parole puede seguir. Todavía hay casos en la corte sobre esto.",
        ),
        Fact::CalendarDays => "Contamos todos los días del calendario, también los fines de semana y los días feriados.".into(),
        Fact::EadEarliest => format!(
            "Su permiso de trabajo (EAD, categoría (c)(11)) vence el {ends}. Puede pedir la renovación hasta {n} días antes de esa fecha. {n} días antes del {ends} es el {}.",
            opt(w.earliest_filing_on)
        ),
        Fact::EadNoAutomaticExtension => "Desde el 30 de octubre de 2025, pedir la renovación ya no alarga su permiso viejo mientras espera. Pídala lo antes posible.".into(),
        Fact::EadValidity => "Un permiso de trabajo nuevo para una persona con parole dura 1 año, o hasta que termine el parole si eso pasa antes.".into(),
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
        (Status::Expired, Kind::Reparole) => "Su parole ya terminó. Hable hoy mismo con un abogado de inmigración o un representante acreditado.".into(),
        (Status::Expired, Kind::Ead) => "Su permiso de trabajo ya venció. Pregunte a un abogado de inmigración o a un representante acreditado qué hacer.".into(),
        (Status::Terminated, _) => "Hable hoy mismo con un abogado de inmigración o un representante acreditado sobre otras opciones.".into(),
    }
}

/// The day count a rule moves a date by, so the words always match the rule data.
fn days_before(rule: &WindowRule) -> u64 {
    match rule.effect {
        Effect::EarliestFiling { days_before } | Effect::FileBy { days_before } => days_before,
        Effect::Terminated { .. } | Effect::Note => 0,
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
        },
        Lang::Es => match status {
            Status::TooEarly => "es muy pronto para pedirlo",
            Status::Open => "ya puede pedirlo",
            Status::FileNow => "pídalo ya: pasó la fecha aconsejada",
            Status::Expired => "ya terminó",
            Status::Terminated => "el programa terminó",
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
        },
    };
    let mut out = format!("{}\n\n", l.title);
    let rows = [
        (l.today, date(Some(w.today))),
        (l.ends, date(Some(w.expires_on))),
        (l.earliest, date(w.earliest_filing_on)),
        (l.file_by, date(w.file_by_on)),
        (l.status, status_label(w.status, lang).to_string()),
        (l.days, w.days_until_expiry.to_string()),
    ];
    let width = rows.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 2;
    for (label, value) in rows {
        out.push_str(&format!("  {:<width$}{value}\n", format!("{label}:")));
    }
    out.push_str(&format!("\n{}\n\n{}:\n", report.explanation, l.sources));
    for rule in &w.rules {
        let tag = if rule.official() { l.official } else { l.advice };
        let url = rule.source.url.map(|u| format!("\n      {u}")).unwrap_or_default();
        out.push_str(&format!("  [{tag}] {}{url}\n", rule.source.title));
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
        assert!(en.contains("up to 180 days before"), "{en}");
        assert!(en.ends_with("It is too early to ask. Wait until October 2, 2026."), "{en}");
    }

    #[test]
    fn summary_lists_every_source_with_its_tag() {
        let report = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27)).report(Lang::Es);
        let text = report.to_text(Lang::Es);
        assert!(text.contains("[oficial] USCIS, Re-Parole Process"), "{text}");
        assert!(text.contains("[consejo] Human Rights First"), "{text}");
        assert!(text.contains("Esto no es asesoría legal."), "{text}");
    }
}
