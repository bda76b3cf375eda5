//! `parole-helper`: the command-line adapter over the same core the browser runs.
//!
//! ```text
//! parole-helper window --program ukraine --expires 2027-03-31 --today 2026-11-27 --format json
//! parole-helper ead-window --expires 2027-06-30 --lang es
//! parole-helper calendar --program general --expires 2027-03-31 > reminders.ics
//! ```
//!
//! Exit codes: 0 done; 2 the input cannot be used (message on stderr, in the chosen language).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

// The wasm build compiles every target of the crate; the CLI only exists natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Write;
    use std::process::ExitCode;

    use parole_helper::api::{self, Request};
    use parole_helper::i18n::Lang;
    use parole_helper::input::InputError;

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Command {
        Window,
        EadWindow,
        Calendar,
    }

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Format {
        Json,
        Text,
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        // The language comes first, so that every later message is in it.
        let lang = match Lang::parse(option(&args, "--lang")) {
            Ok(lang) => lang,
            Err(error) => {
                eprintln!("{} / {}", error.message(Lang::En), error.message(Lang::Es));
                return ExitCode::from(2);
            }
        };
        match run(&args, lang) {
            Ok(output) => {
                let mut stdout = std::io::stdout().lock();
                // A closed pipe (`| head`) is not worth a panic.
                let _ = stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{}", error.message(lang));
                ExitCode::from(2)
            }
        }
    }

    /// The value of the last `--name VALUE` or `--name=VALUE` in `args`.
    fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
        let mut found = None;
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if arg == name {
                found = rest.next().map(String::as_str);
            } else if let Some(value) = arg.strip_prefix(name).and_then(|v| v.strip_prefix('=')) {
                found = Some(value);
            }
        }
        found
    }

    fn run(args: &[String], lang: Lang) -> Result<String, InputError> {
        let command = match args.first().map(String::as_str) {
            None | Some("help" | "--help" | "-h") => return Ok(help(lang).to_string()),
            Some("--version" | "-V") => return Ok(format!("parole-helper {}\n", env!("CARGO_PKG_VERSION"))),
            Some("window") => Command::Window,
            Some("ead-window") => Command::EadWindow,
            Some("calendar") => Command::Calendar,
            Some(other) => return Err(InputError::UnknownCommand(other.to_string())),
        };
        let allowed: &[&str] = match command {
            Command::Window => &["--program", "--expires", "--today", "--lang", "--format"],
            Command::EadWindow => &["--expires", "--today", "--lang", "--format"],
            Command::Calendar => &["--program", "--expires", "--ead-expires", "--today", "--lang"],
        };
        let mut rest = args[1..].iter();
        while let Some(arg) = rest.next() {
            let name = arg.split('=').next().unwrap_or_default();
            if !allowed.contains(&name) {
                return Err(InputError::UnknownOption(arg.clone()));
            }
            if !arg.contains('=') && rest.next().is_none() {
                return Err(InputError::MissingValue(name.to_string()));
            }
        }
        let format = match option(args, "--format") {
            None | Some("text") => Format::Text,
            Some("json") => Format::Json,
            Some(other) => return Err(InputError::UnknownFormat(other.to_string())),
        };
        let expires = option(args, "--expires");
        let request = Request {
            program: option(args, "--program"),
            expires: if command == Command::EadWindow { None } else { expires },
            ead_expires: if command == Command::EadWindow { expires } else { option(args, "--ead-expires") },
            today: option(args, "--today"),
        };
        let local_today = chrono::Local::now().date_naive();
        let report = match command {
            Command::Window => api::reparole(&request, lang, local_today)?,
            Command::EadWindow => api::ead(&request, lang, local_today)?,
            Command::Calendar => {
                return api::reminders(&request, lang, local_today, chrono::Utc::now().naive_utc());
            }
        };
        Ok(match format {
            Format::Json => {
                // Serializing plain data with string keys cannot fail.
                let mut json = serde_json::to_string(&report).unwrap_or_default();
                json.push('\n');
                json
            }
            Format::Text => report.to_text(lang),
        })
    }

    fn help(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "\
parole-helper: renewal windows for humanitarian parole and parolee work permits.

Usage:
  parole-helper window --program ID --expires YYYY-MM-DD [--today YYYY-MM-DD] [--lang en|es] [--format json|text]
  parole-helper ead-window --expires YYYY-MM-DD [--today YYYY-MM-DD] [--lang en|es] [--format json|text]
  parole-helper calendar --program ID --expires YYYY-MM-DD [--ead-expires YYYY-MM-DD] [--today YYYY-MM-DD] [--lang en|es]

  ID is the program of the current parole: general, ukraine, afghan, frp, chnv or other.
  --expires is the last day: the I-94 \"Admit Until\" date, or the work permit's end date.
  --today defaults to the local date. calendar writes an .ics file to standard output.

Exit codes: 0 done, 2 the input cannot be used (the reason goes to standard error).
This is not legal advice.
",
            Lang::Es => "\
parole-helper: fechas para pedir un nuevo parole humanitario y renovar el permiso de trabajo.

Uso:
  parole-helper window --program ID --expires AAAA-MM-DD [--today AAAA-MM-DD] [--lang en|es] [--format json|text]
  parole-helper ead-window --expires AAAA-MM-DD [--today AAAA-MM-DD] [--lang en|es] [--format json|text]
  parole-helper calendar --program ID --expires AAAA-MM-DD [--ead-expires AAAA-MM-DD] [--today AAAA-MM-DD] [--lang en|es]

  ID es el programa del parole actual: general, ukraine, afghan, frp, chnv u other.
  --expires es el último día: la fecha \"Admit Until\" del I-94, o la fecha en que vence el permiso.
  --today es la fecha local si no se da. calendar escribe un archivo .ics en la salida estándar.

Códigos de salida: 0 listo, 2 no se pueden usar los datos (el motivo va a la salida de errores).
Esto no es asesoría legal.
",
        }
    }
}
