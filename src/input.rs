//! Input the helper cannot work with, and what to tell the person about it.
//!
//! ```
//! use parole_helper::date::parse_date;
//! use parole_helper::i18n::Lang;
//! use parole_helper::input::{DateField, InputError};
//!
//! let error = InputError::date(DateField::ParoleExpiry, parse_date("2026-02-30").unwrap_err());
//! assert_eq!(error.code(), "date.no_such_day");
//! assert_eq!(error.field(), Some("expires"));
//! assert_eq!(
//!     error.message(Lang::Es),
//!     "Revise la fecha en que termina su parole: febrero de 2026 tiene 28 días, así que no existe el día 30."
//! );
//! ```
//!
//! An error carries a stable code and the facts; [`InputError::message`] chooses the words per
//! language with an exhaustive `match`, so no error can exist without its Spanish.

use chrono::NaiveDate;

use crate::date::{DateError, DatePart};
use crate::i18n::{long_date, month_name, Lang};
use crate::program::Program;

/// Which date a [`DateError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    /// The last day of parole (I-94 "Admit Until").
    ParoleExpiry,
    /// The last day of the work permit.
    EadExpiry,
    /// The day to compute for.
    Today,
}

impl DateField {
    /// The name of the input field, as in the JSON request and the page.
    pub fn id(self) -> &'static str {
        match self {
            DateField::ParoleExpiry => "expires",
            DateField::EadExpiry => "eadExpires",
            DateField::Today => "today",
        }
    }

    fn name(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, DateField::ParoleExpiry) => "the date your parole ends",
            (Lang::En, DateField::EadExpiry) => "the date your work permit ends",
            (Lang::En, DateField::Today) => "today's date",
            (Lang::Es, DateField::ParoleExpiry) => "la fecha en que termina su parole",
            (Lang::Es, DateField::EadExpiry) => "la fecha en que vence su permiso de trabajo",
            (Lang::Es, DateField::Today) => "la fecha de hoy",
        }
    }
}

/// Input that is not usable: a bad date, an unknown program or language, a request that is not
/// one, or a command line that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// A date that cannot be used.
    Date {
        /// Which date.
        field: DateField,
        /// What is wrong with it.
        error: DateError,
    },
    /// No program was chosen.
    MissingProgram,
    /// A program id the helper does not know.
    UnknownProgram(String),
    /// A language other than `en` or `es`.
    UnknownLang(String),
    /// Reminders were asked for a program DHS ended.
    ProgramEnded {
        /// The program.
        program: Program,
        /// The last day of parole under it.
        parole_ended: NaiveDate,
    },
    /// Reminders were asked, but every date has passed.
    NothingAhead,
    /// Reminders were asked by someone whose parole DHS ended early by notice.
    EndedByNotice,
    /// A request from JavaScript that is not an object.
    NotAnObject,
    /// A request field from JavaScript that is not text.
    NotText(String),
    /// A request field from JavaScript that is not `true` or `false`.
    NotYesNo(String),
    /// A command-line command the CLI does not have.
    UnknownCommand(String),
    /// A command-line option the command does not take.
    UnknownOption(String),
    /// A command-line option given without its value.
    MissingValue(String),
    /// An output format other than `json` or `text`.
    UnknownFormat(String),
    /// A file to check that cannot be read.
    Unreadable {
        /// The file name.
        file: String,
    },
    /// Text that is not JSON at all.
    NotJson {
        /// Line of the first problem (1-based).
        line: usize,
        /// Column of the first problem (1-based).
        column: usize,
    },
    /// JSON, but not an object.
    FormNotAnObject,
    /// A name the form does not have (a typo would hide an answer).
    UnknownQuestion {
        /// Where it is (`filer`), empty at the top.
        path: String,
        /// The unknown name.
        name: String,
    },
    /// A choice the question does not offer.
    UnknownChoice {
        /// The question's path.
        path: String,
        /// The value given.
        value: String,
    },
    /// A value of the wrong kind (a number for a text, a list for a yes/no).
    WrongType {
        /// The question's path.
        path: String,
    },
    /// A form saved by a newer version of the helper.
    NewerVersion {
        /// Its model version.
        version: u32,
    },
}

impl InputError {
    /// A date error for `field`.
    pub fn date(field: DateField, error: DateError) -> InputError {
        InputError::Date { field, error }
    }

    /// The stable code, for programs and tests.
    pub fn code(&self) -> &'static str {
        match self {
            InputError::Date { error, .. } => match error {
                DateError::Empty => "date.empty",
                DateError::Format => "date.format",
                DateError::MissingPart(_) => "date.missing_part",
                DateError::NotANumber(_) => "date.not_a_number",
                DateError::NoSuchMonth { .. } => "date.no_such_month",
                DateError::NoSuchDay { .. } => "date.no_such_day",
                DateError::ShortYear => "date.short_year",
                DateError::TooFarPast => "date.too_far_past",
                DateError::TooFarFuture => "date.too_far_future",
            },
            InputError::MissingProgram => "program.missing",
            InputError::UnknownProgram(_) => "program.unknown",
            InputError::UnknownLang(_) => "lang.unknown",
            InputError::ProgramEnded { .. } => "program.ended",
            InputError::NothingAhead => "calendar.nothing_ahead",
            InputError::EndedByNotice => "calendar.ended_by_notice",
            InputError::NotAnObject => "request.not_an_object",
            InputError::NotText(_) => "request.not_text",
            InputError::NotYesNo(_) => "request.not_yes_no",
            InputError::UnknownCommand(_) => "cli.unknown_command",
            InputError::UnknownOption(_) => "cli.unknown_option",
            InputError::MissingValue(_) => "cli.missing_value",
            InputError::UnknownFormat(_) => "cli.unknown_format",
            InputError::Unreadable { .. } => "cli.unreadable_file",
            InputError::NotJson { .. } => "form.not_json",
            InputError::FormNotAnObject => "form.not_an_object",
            InputError::UnknownQuestion { .. } => "form.unknown_question",
            InputError::UnknownChoice { .. } => "form.unknown_choice",
            InputError::WrongType { .. } => "form.wrong_type",
            InputError::NewerVersion { .. } => "form.newer_version",
        }
    }

    /// The input field the error is about, so a page can mark it.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            InputError::Date { field, .. } => Some(field.id()),
            InputError::MissingProgram | InputError::UnknownProgram(_) | InputError::ProgramEnded { .. } => {
                Some("program")
            }
            InputError::UnknownLang(_) => Some("lang"),
            _ => None,
        }
    }

    /// What to tell the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.message_en(),
            Lang::Es => self.message_es(),
        }
    }

    fn message_en(&self) -> String {
        const PROGRAMS: &str = "general, ukraine, afghan, frp, chnv or other";
        match self {
            InputError::Date { field, error } => {
                let f = field.name(Lang::En);
                match error {
                    DateError::Empty => format!("Enter {f}."),
                    _ => format!("Check {f}: {}", date_problem(error, Lang::En)),
                }
            }
            InputError::MissingProgram => format!("Choose the program of your current parole ({PROGRAMS})."),
            InputError::UnknownProgram(id) => {
                format!("\"{id}\" is not a program this helper knows. Use {PROGRAMS}.")
            }
            InputError::UnknownLang(code) => {
                format!("\"{code}\" is not a language this helper speaks. Use en (English) or es (Spanish).")
            }
            InputError::ProgramEnded { program, parole_ended } => format!(
                "DHS ended the {} program. Parole under it ended on {}, so there are no re-parole dates to remind you of. Talk to an immigration lawyer or accredited representative.",
                program.id().to_ascii_uppercase(),
                long_date(*parole_ended, Lang::En)
            ),
            InputError::NothingAhead => "All of these dates have passed, so there is nothing to remind you of.".into(),
            InputError::EndedByNotice => "DHS sent you a notice that ends your parole early, so there are no dates to remind you of. Talk to an immigration lawyer or accredited representative now.".into(),
            InputError::NotAnObject => "The helper got a request it cannot read. Please reload the page and try again.".into(),
            InputError::NotText(field) => format!("The helper got a request it cannot read: \"{field}\" is not text."),
            InputError::NotYesNo(field) => format!("The helper got a request it cannot read: \"{field}\" is not true or false."),
            InputError::UnknownCommand(cmd) => {
                format!("Unknown command \"{cmd}\". Use window, ead-window or calendar (see --help).")
            }
            InputError::UnknownOption(opt) => format!("Unknown option \"{opt}\" (see --help)."),
            InputError::MissingValue(opt) => format!("The option {opt} needs a value."),
            InputError::UnknownFormat(format) => format!("Unknown format \"{format}\": use json or text."),
            InputError::Unreadable { file } => format!("Cannot read the file \"{file}\"."),
            InputError::NotJson { line, column } => {
                format!("This is not a form: it is not valid JSON (line {line}, column {column}).")
            }
            InputError::FormNotAnObject => "This is not a form: a form is a JSON object, { ... }.".into(),
            InputError::UnknownQuestion { path, name } => format!(
                "This is not a form the helper knows: \"{name}\"{} is not one of its questions (a typo?).",
                in_path(path, Lang::En)
            ),
            InputError::UnknownChoice { path, value } => {
                format!("This is not a form the helper knows: \"{value}\" is not a choice for {path}.")
            }
            InputError::WrongType { path } => format!(
                "This is not a form the helper knows: {} has the wrong kind of value.",
                if path.is_empty() { "the form" } else { path }
            ),
            InputError::NewerVersion { version } => format!(
                "This form was saved by a newer version of the helper (version {version}). Use the newer helper to open it; nothing was changed."
            ),
        }
    }

    fn message_es(&self) -> String {
        const PROGRAMS: &str = "general, ukraine, afghan, frp, chnv u other";
        match self {
            InputError::Date { field, error } => {
                let f = field.name(Lang::Es);
                match error {
                    DateError::Empty => format!("Escriba {f}."),
                    _ => format!("Revise {f}: {}", date_problem(error, Lang::Es)),
                }
            }
            InputError::MissingProgram => format!("Elija el programa de su parole actual ({PROGRAMS})."),
            InputError::UnknownProgram(id) => {
                format!("\"{id}\" no es un programa que la herramienta conozca. Use {PROGRAMS}.")
            }
            InputError::UnknownLang(code) => {
                format!("\"{code}\" no es un idioma de esta herramienta. Use en (inglés) o es (español).")
            }
            InputError::ProgramEnded { program, parole_ended } => format!(
                "El gobierno (DHS) terminó el programa {}. El parole de ese programa terminó el {}, así que no hay fechas de nuevo parole para recordarle. Hable con un abogado de inmigración o un representante acreditado.",
                program.id().to_ascii_uppercase(),
                long_date(*parole_ended, Lang::Es)
            ),
            InputError::NothingAhead => "Todas estas fechas ya pasaron. No hay nada que recordarle.".into(),
            InputError::EndedByNotice => "El gobierno (DHS) le mandó un aviso que termina su parole antes de tiempo, así que no hay fechas que recordarle. Hable ya con un abogado de inmigración o un representante acreditado.".into(),
            InputError::NotAnObject => "La herramienta recibió datos que no puede leer. Vuelva a cargar la página e intente otra vez.".into(),
            InputError::NotText(field) => format!("La herramienta recibió datos que no puede leer: \"{field}\" no es texto."),
            InputError::NotYesNo(field) => format!("La herramienta recibió datos que no puede leer: \"{field}\" no es true ni false."),
            InputError::UnknownCommand(cmd) => {
                format!("Orden desconocida \"{cmd}\". Use window, ead-window o calendar (vea --help).")
            }
            InputError::UnknownOption(opt) => format!("Opción desconocida \"{opt}\" (vea --help)."),
            InputError::MissingValue(opt) => format!("La opción {opt} necesita un valor."),
            InputError::UnknownFormat(format) => format!("Formato desconocido \"{format}\": use json o text."),
            InputError::Unreadable { file } => format!("No se puede leer el archivo \"{file}\"."),
            InputError::NotJson { line, column } => {
                format!("Esto no es un formulario: no es JSON válido (línea {line}, columna {column}).")
            }
            InputError::FormNotAnObject => "Esto no es un formulario: un formulario es un objeto JSON, { ... }.".into(),
            InputError::UnknownQuestion { path, name } => format!(
                "Este no es un formulario que la herramienta conozca: \"{name}\"{} no es una de sus preguntas (¿un error al escribir?).",
                in_path(path, Lang::Es)
            ),
            InputError::UnknownChoice { path, value } => {
                format!("Este no es un formulario que la herramienta conozca: \"{value}\" no es una opción para {path}.")
            }
            InputError::WrongType { path } => format!(
                "Este no es un formulario que la herramienta conozca: {} tiene un valor del tipo equivocado.",
                if path.is_empty() { "el formulario" } else { path }
            ),
            InputError::NewerVersion { version } => format!(
                "Este formulario lo guardó una versión más nueva de la herramienta (versión {version}). Ábralo con la versión nueva; no se cambió nada."
            ),
        }
    }

    /// Reads a serde error from deserializing a form at `path` into the right variant.
    pub fn from_form_error(path: String, error: &str) -> InputError {
        // serde's messages: "unknown field `x`, expected ...", "unknown variant `x`, expected ...".
        let quoted = || error.split('`').nth(1).unwrap_or_default().to_string();
        if error.starts_with("unknown field") {
            // The path points at the unknown field itself; report its parent and its name.
            let parent = path.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default();
            InputError::UnknownQuestion { path: parent, name: quoted() }
        } else if error.starts_with("unknown variant") {
            InputError::UnknownChoice { path, value: quoted() }
        } else {
            InputError::WrongType { path: if path == "." { String::new() } else { path } }
        }
    }
}

/// " in filer" / " en filer", or nothing at the top level.
fn in_path(path: &str, lang: Lang) -> String {
    match (path.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::En) => format!(" in {path}"),
        (false, Lang::Es) => format!(" en {path}"),
    }
}

/// What is wrong with a date, as the end of a sentence ("February 2026 has 28 days, so there is
/// no day 30."), in `lang`.
pub fn date_problem(error: &DateError, lang: Lang) -> String {
    let part = |p: &DatePart| match (lang, p) {
        (Lang::En, DatePart::Year) => "year",
        (Lang::En, DatePart::Month) => "month",
        (Lang::En, DatePart::Day) => "day",
        (Lang::Es, DatePart::Year) => "año",
        (Lang::Es, DatePart::Month) => "mes",
        (Lang::Es, DatePart::Day) => "día",
    };
    match (lang, error) {
        (Lang::En, DateError::Empty) => "it is empty.".into(),
        (Lang::En, DateError::Format) => "write it as year-month-day, for example 2027-03-31.".into(),
        (Lang::En, DateError::MissingPart(p)) => format!("the {} is missing.", part(p)),
        (Lang::En, DateError::NotANumber(p)) => format!("write the {} with numbers only.", part(p)),
        (Lang::En, DateError::NoSuchMonth { month }) => {
            format!("there is no month {month}. The month is a number from 1 to 12.")
        }
        (Lang::En, DateError::NoSuchDay { year, month, day, days_in_month }) => format!(
            "{} {year} has {days_in_month} days, so there is no day {day}.",
            month_name(*month, Lang::En)
        ),
        (Lang::En, DateError::ShortYear) => "the year has 4 digits, like 2027.".into(),
        (Lang::En, DateError::TooFarPast) => "this date is too far in the past (before 1900). Check the year.".into(),
        (Lang::En, DateError::TooFarFuture) => "this date is too far in the future (after 2200). Check the year.".into(),
        (Lang::Es, DateError::Empty) => "está vacía.".into(),
        (Lang::Es, DateError::Format) => "escríbala como año-mes-día, por ejemplo 2027-03-31.".into(),
        (Lang::Es, DateError::MissingPart(p)) => format!("falta el {}.", part(p)),
        (Lang::Es, DateError::NotANumber(p)) => format!("escriba el {} solo con números.", part(p)),
        (Lang::Es, DateError::NoSuchMonth { month }) => {
            format!("no existe el mes {month}. El mes es un número del 1 al 12.")
        }
        (Lang::Es, DateError::NoSuchDay { year, month, day, days_in_month }) => format!(
            "{} de {year} tiene {days_in_month} días, así que no existe el día {day}.",
            month_name(*month, Lang::Es)
        ),
        (Lang::Es, DateError::ShortYear) => "el año lleva 4 números, como 2027.".into(),
        (Lang::Es, DateError::TooFarPast) => "esta fecha es demasiado antigua (antes de 1900). Revise el año.".into(),
        (Lang::Es, DateError::TooFarFuture) => "esta fecha está demasiado lejos en el futuro (después de 2200). Revise el año.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    /// One example of every error, so the test below covers every code in both languages.
    fn every_error() -> Vec<InputError> {
        let dates = [
            DateError::Empty,
            DateError::Format,
            DateError::MissingPart(DatePart::Year),
            DateError::NotANumber(DatePart::Day),
            DateError::NoSuchMonth { month: 13 },
            DateError::NoSuchDay { year: 2026, month: 2, day: 30, days_in_month: 28 },
            DateError::ShortYear,
            DateError::TooFarPast,
            DateError::TooFarFuture,
        ];
        let mut all: Vec<_> = dates.into_iter().map(|e| InputError::date(DateField::ParoleExpiry, e)).collect();
        all.extend([
            InputError::MissingProgram,
            InputError::UnknownProgram("x".into()),
            InputError::UnknownLang("fr".into()),
            InputError::ProgramEnded { program: Program::Chnv, parole_ended: ymd(2025, 4, 24) },
            InputError::NothingAhead,
            InputError::EndedByNotice,
            InputError::NotAnObject,
            InputError::NotText("expires".into()),
            InputError::NotYesNo("frpException".into()),
            InputError::UnknownCommand("x".into()),
            InputError::UnknownOption("--x".into()),
            InputError::MissingValue("--expires".into()),
            InputError::UnknownFormat("xml".into()),
            InputError::Unreadable { file: "a.json".into() },
            InputError::NotJson { line: 1, column: 2 },
            InputError::FormNotAnObject,
            InputError::UnknownQuestion { path: "filer".into(), name: "aNumbr".into() },
            InputError::UnknownChoice { path: "application.paroleType".into(), value: "x".into() },
            InputError::WrongType { path: "filer.aNumber".into() },
            InputError::NewerVersion { version: 3 },
        ]);
        all
    }

    #[test]
    fn every_error_has_distinct_english_and_spanish_text() {
        for error in every_error() {
            let (en, es) = (error.message(Lang::En), error.message(Lang::Es));
            assert!(!en.is_empty() && !es.is_empty(), "{}", error.code());
            assert_ne!(en, es, "{} is not translated", error.code());
            assert!(en.ends_with('.') && es.ends_with('.'), "{}", error.code());
        }
    }

    #[test]
    fn date_messages_name_the_field_and_the_problem() {
        let e = InputError::date(DateField::EadExpiry, DateError::NoSuchMonth { month: 13 });
        assert_eq!(
            e.message(Lang::En),
            "Check the date your work permit ends: there is no month 13. The month is a number from 1 to 12."
        );
        assert_eq!(e.field(), Some("eadExpires"));
    }
}
