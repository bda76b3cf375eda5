//! `parole-helper`: the command-line adapter over the same core the browser runs.
//!
//! ```text
//! parole-helper window --program ukraine --expires 2027-03-31 --today 2026-11-27 --format json
//! parole-helper ead-window --expires 2027-06-30 --lang es
//! parole-helper calendar --program general --expires 2027-03-31 > reminders.ics
//! parole-helper check examples/reparole-medical-child.json --lang es
//! parole-helper schema > schema/i131-parole.schema.json
//! parole-helper rules > docs/rules.md
//! ```
//!
//! Exit codes: 0 done (for `check`: no errors, warnings allowed); 1 `check` found errors; 2 the
//! input cannot be used (one line on stderr, in the chosen language).

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
    use parole_helper::windows::Situation;

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Command {
        Window,
        EadWindow,
        Calendar,
        Check,
    }

    /// What a run produced: text for stdout, and the exit code.
    struct Done {
        output: String,
        code: u8,
    }

    impl From<String> for Done {
        fn from(output: String) -> Done {
            Done { output, code: 0 }
        }
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
            Ok(done) => {
                let mut stdout = std::io::stdout().lock();
                // A closed pipe (`| head`) is not worth a panic.
                let _ = stdout.write_all(done.output.as_bytes()).and_then(|()| stdout.flush());
                ExitCode::from(done.code)
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

    fn run(args: &[String], lang: Lang) -> Result<Done, InputError> {
        let command = match args.first().map(String::as_str) {
            None | Some("help" | "--help" | "-h") => return Ok(help(lang).to_string().into()),
            Some("--version" | "-V") => return Ok(format!("parole-helper {}\n", env!("CARGO_PKG_VERSION")).into()),
            Some("schema") if args.len() <= 2 => return schema(args.get(1).map(String::as_str)).map(Done::from),
            Some("rules") if args.len() == 1 => return Ok(parole_helper::rules::pack::markdown().into()),
            Some("rules") if args.len() == 2 && args[1] == "windows" => return Ok(parole_helper::windows::rules::markdown().into()),
            Some("window") => Command::Window,
            Some("ead-window") => Command::EadWindow,
            Some("calendar") => Command::Calendar,
            Some("check") => Command::Check,
            Some(other) => return Err(InputError::UnknownCommand(other.to_string())),
        };
        let allowed: &[&str] = match command {
            Command::Window => &["--program", "--expires", "--today", "--lang", "--format"],
            Command::EadWindow => &["--expires", "--parole-expires", "--today", "--lang", "--format"],
            Command::Calendar => &["--program", "--expires", "--ead-expires", "--today", "--lang"],
            Command::Check => &["--today", "--lang", "--format"],
        };
        // Yes/no facts take no value.
        let flags: &[&str] = match command {
            Command::Window | Command::Calendar => &["--frp-exception", "--termination-notice"],
            _ => &[],
        };
        let mut files = Vec::new();
        let mut rest = args[1..].iter();
        while let Some(arg) = rest.next() {
            if command == Command::Check && (arg == "-" || !arg.starts_with('-')) {
                files.push(arg.as_str());
                continue;
            }
            let name = arg.split('=').next().unwrap_or_default();
            if flags.contains(&arg.as_str()) {
                continue;
            }
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
        if command == Command::Check {
            return check(&files, option(args, "--today"), lang, format);
        }
        let expires = option(args, "--expires");
        let request = Request {
            program: option(args, "--program"),
            expires: if command == Command::EadWindow { option(args, "--parole-expires") } else { expires },
            ead_expires: if command == Command::EadWindow { expires } else { option(args, "--ead-expires") },
            today: option(args, "--today"),
            situation: Situation {
                frp_exception: args.iter().any(|a| a == "--frp-exception"),
                termination_notice: args.iter().any(|a| a == "--termination-notice"),
            },
        };
        let local_today = chrono::Local::now().date_naive();
        let report = match command {
            Command::Window => api::reparole(&request, lang, local_today)?,
            Command::EadWindow => api::ead(&request, lang, local_today)?,
            Command::Calendar => {
                return api::reminders(&request, lang, local_today, chrono::Utc::now().naive_utc()).map(Done::from);
            }
            Command::Check => unreachable!("handled above"),
        };
        Ok(match format {
            Format::Json => json_line(&report),
            Format::Text => report.to_text(lang),
        }
        .into())
    }

    /// One line of JSON. Serializing plain data with string keys cannot fail.
    fn json_line<T: serde::Serialize>(value: &T) -> String {
        let mut json = serde_json::to_string(value).unwrap_or_default();
        json.push('\n');
        json
    }

    /// Checks each file (`-` is standard input). Exit 2 at the first file that is not a form,
    /// else 1 if any has errors, else 0. With several files, text output names each one, and
    /// JSON output is one report per line.
    fn check(files: &[&str], today: Option<&str>, lang: Lang, format: Format) -> Result<Done, InputError> {
        let files = if files.is_empty() { &["-"][..] } else { files };
        let local_today = chrono::Local::now().date_naive();
        let mut done = Done { output: String::new(), code: 0 };
        for file in files {
            let text = if *file == "-" {
                std::io::read_to_string(std::io::stdin())
            } else {
                std::fs::read_to_string(file)
            }
            .map_err(|_| InputError::Unreadable { file: file.to_string() })?;
            let report = api::check_json(&text, today, lang, local_today)?;
            if report.summary.errors > 0 {
                done.code = 1;
            }
            match format {
                Format::Json => done.output.push_str(&json_line(&report)),
                Format::Text if files.len() > 1 => done.output.push_str(&format!("== {file}\n{}\n", report.to_text(lang))),
                Format::Text => done.output.push_str(&report.to_text(lang)),
            }
        }
        Ok(done)
    }

    /// A JSON Schema generated from the Rust types: the request (default), or one of the shapes
    /// the helper returns, for partners' type generators.
    fn schema(which: Option<&str>) -> Result<String, InputError> {
        use parole_helper::{check, form, windows};
        // What the helper returns is described as it is written (every field present, `null`
        // included); the request as it is read (answers may be missing).
        let output = || schemars::generate::SchemaSettings::draft2020_12().for_serialize().into_generator();
        let schema = match which.unwrap_or("request") {
            "request" => schemars::schema_for!(form::ParoleRequest),
            "report" => output().into_root_schema_for::<check::Report>(),
            "window" => output().into_root_schema_for::<windows::WindowReport>(),
            "progress" => output().into_root_schema_for::<check::progress::Progress>(),
            "questions" => output().into_root_schema_for::<Vec<form::describe::SectionText>>(),
            other => return Err(InputError::UnknownCommand(format!("schema {other}"))),
        };
        let mut json = serde_json::to_string_pretty(&schema).unwrap_or_default();
        json.push('\n');
        Ok(json)
    }

    fn help(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "\
parole-helper: renewal windows for humanitarian parole and parolee work permits.

Usage:
  parole-helper window --program ID --expires YYYY-MM-DD [--frp-exception] [--termination-notice] [--today YYYY-MM-DD] [--lang en|es] [--format json|text]
  parole-helper ead-window --expires YYYY-MM-DD [--parole-expires YYYY-MM-DD] [--today YYYY-MM-DD] [--lang en|es] [--format json|text]
  parole-helper calendar --program ID --expires YYYY-MM-DD [--ead-expires YYYY-MM-DD] [--frp-exception] [--termination-notice] [--today YYYY-MM-DD] [--lang en|es]
  parole-helper check FILE... | - [--today YYYY-MM-DD] [--lang en|es] [--format json|text]
  parole-helper schema [request|report|window|progress|questions]
  parole-helper rules [windows]

  ID is the program of the current parole: general, ukraine, afghan, frp, chnv or other.
  --expires is the last day: the I-94 \"Admit Until\" date, or the work permit's end date.
  --parole-expires shows the work permit with the parole it depends on (it cannot outlast it).
  --frp-exception: an FRP parolee's I-485 filed by 2025-12-15 is pending, or DHS decided that
  the parole goes on. --termination-notice: DHS sent a notice that ends the parole early.
  --today defaults to the local date. calendar writes an .ics file to standard output.
  check reads a request (JSON, see schema/i131-parole.schema.json) and reports problems,
  the evidence to gather and the fees; schema prints that JSON Schema; rules prints the
  rule pack (codes, Parts and Items, severities, sources, dates) as Markdown.

Exit codes: 0 done (check: no errors), 1 check found errors,
2 the input cannot be used (the reason goes to standard error).
This is not legal advice.
",
            Lang::Es => "\
parole-helper: fechas para pedir un nuevo parole humanitario y renovar el permiso de trabajo.

Uso:
  parole-helper window --program ID --expires AAAA-MM-DD [--frp-exception] [--termination-notice] [--today AAAA-MM-DD] [--lang en|es] [--format json|text]
  parole-helper ead-window --expires AAAA-MM-DD [--parole-expires AAAA-MM-DD] [--today AAAA-MM-DD] [--lang en|es] [--format json|text]
  parole-helper calendar --program ID --expires AAAA-MM-DD [--ead-expires AAAA-MM-DD] [--frp-exception] [--termination-notice] [--today AAAA-MM-DD] [--lang en|es]
  parole-helper check ARCHIVO... | - [--today AAAA-MM-DD] [--lang en|es] [--format json|text]
  parole-helper schema [request|report|window|progress|questions]
  parole-helper rules [windows]

  ID es el programa del parole actual: general, ukraine, afghan, frp, chnv u other.
  --expires es el último día: la fecha \"Admit Until\" del I-94, o la fecha en que vence el permiso.
  --parole-expires muestra el permiso junto con el parole del que depende (no puede durar más).
  --frp-exception: un I-485 de una persona con parole de FRP, presentado a más tardar el 2025-12-15,
  sigue pendiente, o DHS decidió que el parole sigue. --termination-notice: DHS mandó un aviso
  que termina el parole antes de tiempo.
  --today es la fecha local si no se da. calendar escribe un archivo .ics en la salida estándar.
  check lee una solicitud (JSON, vea schema/i131-parole.schema.json) y dice qué problemas tiene,
  qué documentos reunir y qué tarifas aplican; schema escribe ese JSON Schema; rules escribe
  las reglas (códigos, Partes y Puntos, gravedad, fuentes, fechas) en Markdown.

Códigos de salida: 0 listo (check: sin errores), 1 check encontró errores,
2 no se pueden usar los datos (el motivo va a la salida de errores).
Esto no es asesoría legal.
",
        }
    }
}
