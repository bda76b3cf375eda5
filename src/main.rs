//! `parole-helper`: the command-line adapter over the same core the browser runs.
//!
//! ```text
//! parole-helper window --program ukraine --expires 2027-03-31 --today 2026-11-27 --format json
//! parole-helper ead-window --expires 2027-06-30 --parole-expires 2027-05-14 --lang es
//! parole-helper calendar --program general --expires 2027-03-31 > reminders.ics
//! parole-helper check examples/reparole-medical-child.json --lang es
//! parole-helper pdf examples/reparole-medical-child.json -o I-131-filled.pdf
//! parole-helper schema > schema/i131-parole.schema.json
//! parole-helper rules > docs/rules.md
//! ```
//!
//! Exit codes: 0 done (for `check`: no errors, warnings allowed); 1 `check` found errors (`pdf`:
//! the file is written, and the errors are listed on stderr); 2 the input cannot be used (one line
//! on stderr, in the chosen language).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

// The wasm build compiles every target of the crate; the CLI only exists natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::ffi::OsString;
    use std::io::{self, Read, Write};
    use std::process::ExitCode;

    use parole_helper::api::{self, Request};
    use parole_helper::form::read::MAX_BYTES;
    use parole_helper::i18n::Lang;
    use parole_helper::t;
    use parole_helper::program::Program;
    use parole_helper::windows::Situation;

    /// One command: its name, the options it takes (each with a value), its yes/no flags, and how
    /// it is used. Parsing, `--help` and the unknown-command message all come from this table.
    struct Command {
        name: &'static str,
        options: &'static [&'static str],
        flags: &'static [&'static str],
        /// Takes files to read (`-` is standard input).
        files: bool,
        /// The id of how it is used (`--help`), in the language files.
        usage: &'static str,
    }

    /// The official Form I-131 (edition 01/20/25), as USCIS publishes it: `pdf` fills a copy.
    const FORM_PDF: &[u8] = include_bytes!("../www/forms/i-131-edition-01-20-25.pdf");

    const COMMANDS: [Command; 7] = [
        Command {
            name: "window",
            options: &["--program", "--expires", "--today", "--lang", "--format"],
            flags: &["--frp-exception", "--termination-notice"],
            files: false,
            usage: "cli-usage-window",
        },
        Command {
            name: "ead-window",
            options: &["--expires", "--parole-expires", "--today", "--lang", "--format"],
            flags: &[],
            files: false,
            usage: "cli-usage-ead-window",
        },
        Command {
            name: "calendar",
            options: &["--program", "--expires", "--ead-expires", "--today", "--lang"],
            flags: &["--frp-exception", "--termination-notice"],
            files: true,
            usage: "cli-usage-calendar",
        },
        Command {
            name: "check",
            options: &["--today", "--lang", "--format"],
            flags: &[],
            files: true,
            usage: "cli-usage-check",
        },
        Command {
            name: "pdf",
            options: &["-o", "--today", "--lang"],
            flags: &[],
            files: true,
            usage: "cli-usage-pdf",
        },
        Command {
            name: "schema",
            options: &[],
            flags: &["request", "family", "report", "family-report", "window", "timeline", "progress", "questions", "changes", "programs", "printed", "options"],
            files: false,
            usage: "cli-usage-schema",
        },
        Command {
            name: "rules",
            options: &[],
            flags: &["windows"],
            files: false,
            usage: "cli-usage-rules",
        },
    ];

    /// A command line that cannot be used, or input it names that cannot be read.
    #[derive(Debug)]
    enum CliError {
        UnknownCommand(String),
        UnknownOption(String),
        MissingValue(String),
        UnknownFormat(String),
        NotUtf8Argument,
        Unreadable { file: String },
        NotText { file: String },
        /// More than [`MAX_BYTES`]: reading stopped there, so its real size is not known.
        TooLarge { file: String },
        CannotWrite,
        NoOutputFile,
        OneFileOnly,
        CannotFill(String),
        Api(api::Error),
    }

    impl From<api::Error> for CliError {
        fn from(e: api::Error) -> CliError {
            CliError::Api(e)
        }
    }

    impl CliError {
        fn message(&self, lang: Lang) -> String {
            let names: Vec<&str> = COMMANDS.iter().map(|c| c.name).collect();
            let (last, rest) = names.split_last().unwrap_or((&"", &[]));
            match self {
                CliError::UnknownCommand(cmd) => t!(lang, "cli-unknown-command", command = cmd, commands = rest.join(", "), last = *last),
                CliError::UnknownOption(opt) => t!(lang, "cli-unknown-option", option = opt),
                CliError::MissingValue(opt) => t!(lang, "cli-missing-value", option = opt),
                CliError::UnknownFormat(f) => t!(lang, "cli-unknown-format", format = f),
                CliError::NotUtf8Argument => t!(lang, "cli-not-utf8-argument"),
                CliError::Unreadable { file } => t!(lang, "cli-unreadable", file = file),
                CliError::NotText { file } => t!(lang, "cli-not-text", file = file),
                CliError::TooLarge { file } => t!(lang, "cli-too-large", file = file, megabytes = MAX_BYTES / 1_000_000),
                CliError::CannotWrite => t!(lang, "cli-cannot-write"),
                CliError::NoOutputFile => t!(lang, "cli-no-output-file"),
                CliError::OneFileOnly => t!(lang, "cli-one-file-only"),
                CliError::CannotFill(why) => t!(lang, "cli-cannot-fill", reason = why),
                CliError::Api(e) => e.message(lang),
            }
        }
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
        /// The picture of the dates (`window` and `ead-window` only).
        Svg,
    }

    /// Writes one line on stderr; a failing stderr (`2>/dev/full`) is not worth a panic.
    fn complain(message: &str) {
        let _ = writeln!(io::stderr(), "{message}");
    }

    pub fn main() -> ExitCode {
        // Arguments as the OS gives them: one that is not UTF-8 is refused with a message, not a panic.
        let args: Option<Vec<String>> = std::env::args_os().skip(1).map(OsString::into_string).map(Result::ok).collect();
        let args = args.unwrap_or_default();
        let utf8 = std::env::args_os().skip(1).all(|a| a.to_str().is_some());
        // The language comes first, so that every later message is in it.
        // Only the listed languages: a test language (the pseudo-locale) has no words here.
        let listed = |lang: Lang| if lang.language().listed { Ok(lang) } else { Err(parole_helper::i18n::UnknownLang(lang.code().into())) };
        let lang = match Lang::parse(option(&args, "--lang")).and_then(listed) {
            Ok(lang) => lang,
            Err(error) => {
                // Said in every language: which one the person reads is not known.
                complain(&Lang::all().map(|l| error.message(l)).collect::<Vec<_>>().join(" / "));
                return ExitCode::from(2);
            }
        };
        let done = if utf8 { run(&args, lang) } else { Err(CliError::NotUtf8Argument) };
        match done.and_then(|done| write_out(&done.output).map(|()| done.code)) {
            Ok(code) => ExitCode::from(code),
            Err(error) => {
                complain(&error.message(lang));
                ExitCode::from(2)
            }
        }
    }

    /// Writes the output; a closed pipe (`| head`) is fine, a full disk is an error.
    fn write_out(output: &str) -> Result<(), CliError> {
        let mut stdout = io::stdout().lock();
        match stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(CliError::CannotWrite),
            _ => Ok(()),
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

    fn run(args: &[String], lang: Lang) -> Result<Done, CliError> {
        let name = match args.first().map(String::as_str) {
            None | Some("help" | "--help" | "-h") => return Ok(help(lang).into()),
            Some("--version" | "-V") => return Ok(format!("parole-helper {}\n", env!("CARGO_PKG_VERSION")).into()),
            Some(name) => name,
        };
        let command = COMMANDS.iter().find(|c| c.name == name).ok_or_else(|| CliError::UnknownCommand(name.to_string()))?;
        let mut files = Vec::new();
        let mut words = Vec::new();
        let mut rest = args[1..].iter();
        while let Some(arg) = rest.next() {
            if command.flags.contains(&arg.as_str()) {
                words.push(arg.as_str());
                continue;
            }
            if command.files && (arg == "-" || !arg.starts_with('-')) {
                files.push(arg.as_str());
                continue;
            }
            let option = arg.split('=').next().unwrap_or_default();
            if !command.options.contains(&option) {
                return Err(if arg.starts_with('-') { CliError::UnknownOption(arg.clone()) } else { CliError::UnknownCommand(format!("{name} {arg}")) });
            }
            if !arg.contains('=') && rest.next().is_none() {
                return Err(CliError::MissingValue(option.to_string()));
            }
        }
        let format = match option(args, "--format") {
            None | Some("text") => Format::Text,
            Some("json") => Format::Json,
            Some("svg") if matches!(command.name, "window" | "ead-window" | "check") => Format::Svg,
            Some(other) => return Err(CliError::UnknownFormat(other.to_string())),
        };
        let local_today = chrono::Local::now().date_naive();
        let expires = option(args, "--expires");
        let ead = command.name == "ead-window";
        let request = Request {
            program: option(args, "--program"),
            expires: if ead { option(args, "--parole-expires") } else { expires },
            ead_expires: if ead { expires } else { option(args, "--ead-expires") },
            today: option(args, "--today"),
            situation: Situation {
                frp_exception: words.contains(&"--frp-exception"),
                termination_notice: words.contains(&"--termination-notice"),
            },
            people: &[],
        };
        let report = match command.name {
            "schema" => return Ok(schema(words.first().copied()).into()),
            "rules" if words.first() == Some(&"windows") => return Ok(parole_helper::windows::rules::markdown().into()),
            "rules" => return Ok(parole_helper::rules::pack::markdown().into()),
            "check" if format == Format::Svg => {
                let [file] = files[..] else { return Err(CliError::OneFileOnly) };
                return Ok(svg(api::document_timeline(&read_text(file)?, option(args, "--today"), lang, local_today)?));
            }
            "check" => return check(&files, option(args, "--today"), lang, format),
            "pdf" => return pdf(&files, option(args, "-o"), option(args, "--today"), lang),
            "calendar" => return calendar(&files, &request, lang, local_today),
            "ead-window" if format == Format::Svg => return Ok(svg(api::ead_timeline(&request, lang, local_today)?)),
            "ead-window" => api::ead(&request, lang, local_today)?,
            _ if format == Format::Svg => return Ok(svg(api::timeline(&request, lang, local_today)?)),
            _ => api::reparole(&request, lang, local_today)?,
        };
        Ok(match format {
            Format::Json => json_line(&report),
            Format::Text | Format::Svg => report.to_text(lang),
        }
        .into())
    }

    /// The picture as a standalone SVG file.
    fn svg(picture: parole_helper::windows::timeline::Node) -> Done {
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n", picture.to_svg()).into()
    }

    /// One line of JSON. Serializing plain data with string keys cannot fail.
    fn json_line<T: serde::Serialize>(value: &T) -> String {
        let mut json = serde_json::to_string(value).unwrap_or_default();
        json.push('\n');
        json
    }

    /// Reads a file (`-` is standard input), at most [`MAX_BYTES`] of it: a request is a few KB,
    /// and reading without a bound would let `/dev/zero` exhaust the memory.
    fn read_text(file: &str) -> Result<String, CliError> {
        let unreadable = || CliError::Unreadable { file: file.to_string() };
        let mut bytes = Vec::new();
        let limit = MAX_BYTES as u64 + 1;
        if file == "-" {
            io::stdin().lock().take(limit).read_to_end(&mut bytes).map_err(|_| unreadable())?;
        } else {
            std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes)).map_err(|_| unreadable())?;
        }
        if bytes.len() > MAX_BYTES {
            return Err(CliError::TooLarge { file: file.to_string() });
        }
        String::from_utf8(bytes).map_err(|_| CliError::NotText { file: file.to_string() })
    }

    /// Checks each file (`-` is standard input). Exit 2 at the first file that is not a form,
    /// else 1 if any has errors, else 0. With several files, text output names each one, and
    /// JSON output is one report per line.
    fn check(files: &[&str], today: Option<&str>, lang: Lang, format: Format) -> Result<Done, CliError> {
        let files = if files.is_empty() { &["-"][..] } else { files };
        let local_today = chrono::Local::now().date_naive();
        let mut done = Done { output: String::new(), code: 0 };
        for file in files {
            let report = api::check_document(&read_text(file)?, today, lang, local_today)?;
            if report.errors() > 0 {
                done.code = 1;
            }
            match format {
                Format::Json => done.output.push_str(&json_line(&report)),
                Format::Text if files.len() > 1 => done.output.push_str(&format!("== {file}\n{}\n", report.to_text(lang))),
                Format::Text | Format::Svg => done.output.push_str(&report.to_text(lang)),
            }
        }
        Ok(done)
    }

    /// Reminders from the options, or from a request or family file (each person's dates, named).
    fn calendar(files: &[&str], request: &Request, lang: Lang, local_today: chrono::NaiveDate) -> Result<Done, CliError> {
        let stamp = chrono::Utc::now().naive_utc();
        match files {
            [] => Ok(api::reminders(request, lang, local_today, stamp)?.into()),
            [file] => Ok(api::document_reminders(&read_text(file)?, request.today, lang, local_today, stamp)?.into()),
            _ => Err(CliError::OneFileOnly),
        }
    }

    /// Fills the official form for a request and writes it to `output`; for a family file, one form
    /// per person into the folder `output`, each named after its person. Exit 1 when a request
    /// still has errors: the files are written all the same, and the errors are listed on stderr.
    fn pdf(files: &[&str], output: Option<&str>, today: Option<&str>, lang: Lang) -> Result<Done, CliError> {
        let output = output.ok_or(CliError::NoOutputFile)?;
        let file = match files {
            [] => "-",
            [file] => file,
            _ => return Err(CliError::OneFileOnly),
        };
        let local_today = chrono::Local::now().date_naive();
        let text = read_text(file)?;
        let api::Filings { family, forms } = api::filings(&text, today, lang, local_today)?;
        let mut done = Done { output: String::new(), code: 0 };
        if family {
            std::fs::create_dir_all(output).map_err(|_| CliError::CannotWrite)?;
        }
        for filing in &forms {
            let path = if family { std::path::Path::new(output).join(&filing.file_name) } else { output.into() };
            let filled = acroform::fill_plan(FORM_PDF, &filing.plan).map_err(|e| CliError::CannotFill(e.to_string()))?;
            std::fs::write(&path, filled).map_err(|_| CliError::CannotWrite)?;
            let shown = path.display().to_string();
            if family {
                done.output.push_str(&format!("{shown}\n"));
            }
            if filing.errors.is_empty() {
                continue;
            }
            let (count, person) = (filing.errors.len(), &filing.person);
            let heading = if family {
                t!(lang, "cli-pdf-errors-family", person = person, file = shown.as_str(), count = count)
            } else {
                t!(lang, "cli-pdf-errors", file = shown.as_str(), count = count)
            };
            complain(&format!("{heading}\n- {}", filing.errors.join("\n- ")));
            done.code = 1;
        }
        Ok(done)
    }

    fn schema(which: Option<&str>) -> String {
        use parole_helper::{check, form, windows};
        // What the helper returns is described as it is written (every field present, `null` included).
        let output = || schemars::generate::SchemaSettings::draft2020_12().for_serialize().into_generator();
        let schema = match which.unwrap_or("request") {
            "report" => serde_json::to_value(output().into_root_schema_for::<check::Report>()),
            "window" => serde_json::to_value(output().into_root_schema_for::<windows::WindowReport>()),
            "timeline" => serde_json::to_value(output().into_root_schema_for::<windows::timeline::Node>()),
            "family" => Ok(parole_helper::family::schema::family()),
            "family-report" => serde_json::to_value(output().into_root_schema_for::<parole_helper::family::FamilyReport>()),
            "progress" => serde_json::to_value(output().into_root_schema_for::<check::progress::Progress>()),
            "questions" => serde_json::to_value(output().into_root_schema_for::<Vec<form::describe::SectionText>>()),
            "changes" => serde_json::to_value(output().into_root_schema_for::<parole_helper::session::Changes>()),
            "programs" => serde_json::to_value(output().into_root_schema_for::<parole_helper::session::ProgramChoice>()),
            "printed" => serde_json::to_value(output().into_root_schema_for::<form::describe::SectionAnswers>()),
            // Options are read, not written: fields may be missing.
            "options" => serde_json::to_value(schemars::schema_for!(parole_helper::api::Options)),
            _ => Ok(form::schema::request()),
        };
        let mut json = schema.and_then(|s| serde_json::to_string_pretty(&s)).unwrap_or_default();
        json.push('\n');
        json
    }

    fn help(lang: Lang) -> String {
        // The codes of the languages in the list, so a new language's file shows up here too.
        let langs = Lang::all().map(Lang::code).collect::<Vec<_>>().join("|");
        let usage: String = COMMANDS.iter().map(|c| format!("  parole-helper {}\n", t!(lang, c.usage, langs = langs.as_str()))).collect();
        let mut help = t!(lang, "cli-help", usage = usage, ids = Program::id_list(lang));
        help.push('\n');
        help
    }

}
