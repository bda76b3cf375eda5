//! The `parole-helper` binary: the JSON contract for every program and the work permit, the text
//! summary, the calendar, and exit code 2 with a message in the chosen language for bad input.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parole-helper")).args(args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

const KEYS: [&str; 10] = [
    "kind", "program", "today", "expiresOn", "earliestFilingOn", "fileByOn", "status", "daysUntilExpiry", "rules",
    "explanation",
];

#[test]
fn prints_the_contract_for_every_program() {
    // (program, earliestFilingOn, status on 2026-11-27 for parole ending 2027-03-31)
    let expected = [
        ("general", Value::Null, "open"),
        ("ukraine", Value::from("2026-10-02"), "open"),
        ("afghan", Value::Null, "open"),
        ("frp", Value::Null, "terminated"),
        ("chnv", Value::Null, "terminated"),
        ("other", Value::Null, "open"),
    ];
    for (program, earliest, status) in expected {
        let args = ["window", "--program", program, "--expires", "2027-03-31", "--today", "2026-11-27", "--format", "json"];
        let out = run(&args);
        let text = stdout(&out);
        assert!(text.ends_with("}\n") && text.lines().count() == 1, "one line of JSON: {text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        let keys: Vec<_> = KEYS.iter().map(|k| text.find(&format!("\"{k}\":")).unwrap()).collect();
        assert!(keys.is_sorted(), "keys in contract order: {text}");
        assert_eq!(v.as_object().unwrap().len(), KEYS.len());
        assert_eq!(v["kind"], "reparole");
        assert_eq!(v["program"], program);
        assert_eq!(v["today"], "2026-11-27");
        assert_eq!(v["expiresOn"], "2027-03-31");
        assert_eq!(v["earliestFilingOn"], earliest, "{program}");
        assert_eq!(v["fileByOn"], "2026-12-31");
        assert_eq!(v["status"], status, "{program}");
        assert_eq!(v["daysUntilExpiry"], 124);
        for rule in v["rules"].as_array().unwrap() {
            let rule = rule.as_object().unwrap();
            assert_eq!(rule.keys().collect::<Vec<_>>(), ["id", "official", "source", "sourceLang", "url"]);
        }
        let advice = v["rules"].as_array().unwrap().iter().find(|r| r["id"] == "reparole.file-by-90-days").unwrap();
        assert_eq!(advice["official"], false, "the 90-day advice is never official");
        assert!(!v["explanation"].as_str().unwrap().is_empty());
    }
}

#[test]
fn terminated_programs_name_their_dates() {
    let chnv = json(&["window", "--program", "chnv", "--expires", "2027-03-31", "--today", "2026-11-27", "--format", "json"]);
    assert!(chnv["explanation"].as_str().unwrap().contains("April 24, 2025"));
    let frp = json(&["window", "--program", "frp", "--expires", "2027-03-31", "--today", "2026-11-27", "--format", "json", "--lang", "es"]);
    let text = frp["explanation"].as_str().unwrap();
    assert!(text.contains("14 de enero de 2026") && text.contains("I-485"), "{text}");
}

#[test]
fn prints_the_ead_contract() {
    let v = json(&["ead-window", "--expires", "2027-03-31", "--today", "2026-11-27", "--format", "json"]);
    assert_eq!(v["kind"], "ead");
    assert!(v.get("program").is_none());
    assert_eq!(v["earliestFilingOn"], "2026-10-02");
    assert_eq!(v["fileByOn"], Value::Null);
    assert_eq!(v["status"], "open");
    assert_eq!(v["daysUntilExpiry"], 124);
    assert_eq!(v.as_object().unwrap().len(), KEYS.len() - 1);
}

#[test]
fn today_defaults_to_the_local_date() {
    // Read the clock before and after the run: across midnight either day is right.
    let before = chrono::Local::now().date_naive().to_string();
    let v = json(&["window", "--program", "general", "--expires", "2027-03-31", "--format", "json"]);
    let after = chrono::Local::now().date_naive().to_string();
    assert!(v["today"] == before.as_str() || v["today"] == after.as_str(), "{} is neither {before} nor {after}", v["today"]);
}

#[test]
fn text_is_the_default_format_and_speaks_spanish() {
    let out = run(&["window", "--program", "ukraine", "--expires", "2027-03-31", "--today", "2026-11-27", "--lang", "es"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Primer día para pedirlo:"), "{text}");
    assert!(text.contains("2 de octubre de 2026 (2026-10-02)"), "{text}");
    assert!(text.contains("Esto no es asesoría legal."), "{text}");
}

#[test]
fn calendar_writes_ics_to_stdout() {
    let out = run(&["calendar", "--program", "ukraine", "--expires", "2027-03-31", "--today", "2026-09-01", "--lang", "es"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ics = stdout(&out);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    for date in ["20261002", "20261231", "20270331"] {
        assert!(ics.contains(&format!("DTSTART;VALUE=DATE:{date}\r\n")), "{date}");
    }
    assert!(ics.contains("SUMMARY:Último día de su parole (I-94)\r\n"));
}

/// Bad input: exit code 2, nothing on stdout, one line on stderr in the chosen language.
fn assert_refused(args: &[&str], message: &str) {
    let out = run(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(message), "{args:?}: {err}");
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    let base = ["window", "--program", "general", "--today", "2026-11-27"];
    let with = |extra: &[&'static str]| -> Vec<&'static str> { base.iter().chain(extra).copied().collect() };
    assert_refused(&with(&["--expires", "2026-02-30"]), "February 2026 has 28 days, so there is no day 30.");
    assert_refused(
        &with(&["--expires", "2026-02-30", "--lang", "es"]),
        "febrero de 2026 tiene 28 días, así que no existe el día 30.",
    );
    assert_refused(&with(&["--expires", ""]), "Enter the date your parole ends.");
    assert_refused(&with(&["--expires", "", "--lang", "es"]), "Escriba la fecha en que termina su parole.");
    assert_refused(&with(&["--expires", "1899-12-31"]), "this date is too far in the past (before 1900)");
    assert_refused(&with(&["--expires", "2201-01-01", "--lang", "es"]), "demasiado lejos en el futuro (después de 2200)");
    assert_refused(&with(&["--expires", "27-03-31"]), "the year has 4 digits");
    assert_refused(&with(&["--expires", "03/31/2027"]), "year-month-day");
    assert_refused(&with(&["--expires"]), "needs a value");
    assert_refused(&["window", "--expires", "2027-03-31"], "Choose the program");
    assert_refused(&["window", "--program", "tps", "--expires", "2027-03-31"], "\"tps\" is not a program");
    assert_refused(&["window", "--program", "tps", "--expires", "2027-03-31", "--lang", "es"], "no es un programa");
    assert_refused(&["window", "--program", "general", "--expires", "2027-03-31", "--today", "2026-13-01"], "today's date");
    assert_refused(&["window", "--program", "general", "--expires", "2027-03-31", "--lang", "fr"], "Use en (English), es (Español), uk (Українська)");
    // The pseudo-locale of the RTL test is not offered: it has no words of its own.
    assert_refused(&["window", "--program", "general", "--expires", "2027-03-31", "--lang", "ar-XB"], "\"ar-XB\" is not a language");
    assert_refused(&["window", "--program", "general", "--expires", "2027-03-31", "--format", "xml"], "use json or text");
    assert_refused(&["window", "--colour", "red"], "Unknown option \"--colour\"");
    assert_refused(&["windows"], "Unknown command \"windows\"");
    assert_refused(&["ead-window", "--expires", "2027-02-29", "--lang", "es"], "la fecha en que vence su permiso de trabajo");
    assert_refused(&["calendar", "--program", "chnv", "--expires", "2027-03-31", "--today", "2026-11-27"], "DHS ended the CHNV program");
    assert_refused(&["calendar", "--program", "general", "--expires", "2026-01-01", "--today", "2026-11-27"], "nothing to remind you of");
    assert_refused(
        &["calendar", "--program", "general", "--expires", "2027-03-31", "--termination-notice", "--today", "2026-11-27", "--lang", "es"],
        "Hable ya con un abogado",
    );
    assert_refused(&["ead-window", "--expires", "2027-09-30", "--frp-exception"], "Unknown option \"--frp-exception\"");
}

#[test]
fn the_frp_exception_and_a_termination_notice_change_the_window() {
    let json = |extra: &[&str]| {
        let mut args = vec!["window", "--program", "frp", "--expires", "2027-03-31", "--today", "2026-11-27", "--format", "json"];
        args.extend(extra);
        let out = run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str::<serde_json::Value>(&stdout(&out)).unwrap()
    };
    assert_eq!(json(&[])["status"], "terminated");
    assert_eq!(json(&["--frp-exception"])["status"], "open");
    assert_eq!(json(&["--frp-exception", "--termination-notice"])["status"], "ended_by_notice");
    let out = run(&["calendar", "--program", "frp", "--expires", "2027-03-31", "--frp-exception", "--today", "2026-11-27"]);
    assert!(stdout(&out).contains("DTSTART;VALUE=DATE:20270331\r\n"), "{}", stderr(&out));
}

#[test]
fn the_work_permit_window_is_shown_with_the_parole() {
    let out = run(&["ead-window", "--expires", "2027-09-30", "--parole-expires", "2027-05-14", "--today", "2026-11-27", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["paroleExpiresOn"], "2027-05-14");
    assert_eq!(json["daysUntilExpiry"], 168);
    assert!(json["explanation"].as_str().unwrap().contains("count on it ending on May 14, 2027 too"));
    let alone = run(&["ead-window", "--expires", "2027-09-30", "--today", "2026-11-27", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&alone)).unwrap();
    assert!(json.get("paroleExpiresOn").is_none());
}

#[test]
fn the_windows_are_drawn_as_svg_in_the_persons_language() {
    let out = run(&["window", "--program", "ukraine", "--expires", "2027-03-31", "--today", "2026-11-28", "--format", "svg"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = stdout(&out);
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""), "{svg}");
    assert!(svg.ends_with("</svg>\n"));
    assert_eq!(svg.matches("class=\"row\"").count(), 1, "one window, one row");
    for words in [">Re-parole</text>", "Today: November 28, 2026", "Last day: March 31, 2027", "<title id=\"timeline-title\">"] {
        assert!(svg.contains(words), "{words}: {svg}");
    }
    // The work permit alone, in Spanish, ending with the parole it depends on.
    let out = run(&["ead-window", "--expires", "2027-09-30", "--parole-expires", "2027-05-14", "--today", "2026-11-28", "--lang", "es", "--format", "svg"]);
    let svg = stdout(&out);
    assert_eq!(svg.matches("class=\"row\"").count(), 1);
    for words in [">Permiso de trabajo</text>", "Hoy: 28 de noviembre de 2026", "Vence el permiso: 14 de mayo de 2027", "una línea de tiempo"] {
        assert!(svg.contains(words), "{words}: {svg}");
    }
    assert!(!svg.contains("Re-parole") && !svg.contains("Nuevo parole"));
    // Only the windows are drawn; a bad date is refused as for the other formats.
    assert_refused(&["calendar", "--program", "general", "--expires", "2027-03-31", "--format", "svg"], "Unknown option \"--format\"");
    assert_refused(&["rules", "--format", "svg"], "Unknown option");
    assert_refused(
        &["window", "--program", "general", "--expires", "2027-02-30", "--format", "svg", "--lang", "es"],
        "febrero de 2027 tiene 28 días, así que no existe el día 30",
    );
}

#[test]
fn help_is_shown_in_the_chosen_language() {
    let out = run(&["--help", "--lang", "es"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Esto no es asesoría legal."));
    assert!(stdout(&run(&[])).contains("Usage:"));
}

fn run_with_stdin(args: &[&str], input: &str) -> Output {
    run_with_stdin_bytes(args, input.as_bytes())
}

#[test]
fn check_exits_0_without_errors_and_1_with_errors() {
    let clean = run(&["check", "examples/reparole-ukraine.json", "--today", "2026-11-27"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stderr(&clean));
    assert!(stdout(&clean).contains("0 error(s), 0 warning(s)"));
    let broken = run(&["check", "tests/fixtures/check/many-problems.json", "--today", "2026-11-27", "--format", "json", "--lang", "es"]);
    assert_eq!(broken.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&broken)).unwrap();
    assert!(report["summary"]["errors"].as_u64().unwrap() > 0);
    assert!(report["diagnostics"][0]["message"].as_str().unwrap().starts_with("Parte"));
    // Warnings alone still exit 0.
    let warned = run_with_stdin(
        &["check", "-", "--today", "2026-11-27", "--format", "json"],
        &std::fs::read_to_string("examples/reparole-ukraine.json").unwrap().replace("\"removalProceedings\": false", "\"removalProceedings\": true"),
    );
    assert_eq!(warned.status.code(), Some(0));
    let report: Value = serde_json::from_str(&stdout(&warned)).unwrap();
    assert_eq!(report["summary"]["warnings"], 1);
}

#[test]
fn check_reads_several_files_and_standard_input() {
    let out = run(&["check", "examples/reparole-ukraine.json", "tests/fixtures/check/empty.json", "--today", "2026-11-27", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "the worst file decides");
    assert_eq!(stdout(&out).lines().count(), 2, "one report per line");
    let text = run(&["check", "examples/reparole-ukraine.json", "tests/fixtures/check/empty.json", "--today", "2026-11-27"]);
    assert!(stdout(&text).contains("== examples/reparole-ukraine.json\n"));
    let piped = run_with_stdin(&["check", "--today", "2026-11-27"], "{}");
    assert_eq!(piped.status.code(), Some(1));
}

#[test]
fn input_that_is_not_a_form_exits_2_with_one_clear_line() {
    let cases: [(&str, &str, &str); 7] = [
        ("{ \"application\": ", "en", "not valid JSON (line 1, column 17)"),
        ("[1, 2]", "en", "a form is a JSON object"),
        ("\"hello\"", "es", "un formulario es un objeto JSON"),
        (r#"{"filer":{"aNumber":201234567}}"#, "en", "filer.aNumber has the wrong kind of value"),
        (r#"{"filer":{"aNumbr":"A1"}}"#, "es", "\"aNumbr\" en filer no es una de sus preguntas"),
        (r#"{"application":{"paroleType":"visa"}}"#, "en", "\"visa\" is not a choice for application.paroleType"),
        (r#"{"beneficiary":{"name":["Sofía"]}}"#, "es", "beneficiary.name tiene un valor del tipo equivocado"),
    ];
    for (input, lang, message) in cases {
        let out = run_with_stdin(&["check", "-", "--lang", lang], input);
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert!(out.stdout.is_empty());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(message), "{input}: {err}");
    }
    assert_refused(&["check", "no-such-file.json"], "Cannot read the file \"no-such-file.json\".");
}

fn run_with_stdin_bytes(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_parole-helper"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Exit 2 with one worded line, nothing on stdout, and never a panic (exit 101 or 134).
fn assert_refused_output(out: &Output, message: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", stderr(out));
    assert!(out.stdout.is_empty());
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(message), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_refused_in_words() {
    use std::os::unix::ffi::OsStrExt;
    let not_text = std::ffi::OsStr::from_bytes(b"\xff");
    let cases: [&[&str]; 4] = [&["window", "--program"], &["window", "--program", "general", "--expires"], &["check"], &["window", "--lang"]];
    for args in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_parole-helper")).args(args).arg(not_text).output().unwrap();
        assert_refused_output(&out, "An argument is not text (UTF-8)");
    }
}

#[test]
fn standard_input_that_is_not_utf8_is_named_as_not_text() {
    let out = run_with_stdin_bytes(&["check", "-"], b"{\"filer\":{\"name\":{\"familyName\":\"\xff\"}}}");
    assert_refused_output(&out, "The file \"-\" is not text (UTF-8), so it is not a form.");
    let out = run_with_stdin_bytes(&["check", "-", "--lang", "es"], b"\xfe\xff\x00{");
    assert_refused_output(&out, "no es texto (UTF-8)");
}

/// `/dev/full` accepts nothing: every write fails with "no space left".
#[cfg(target_os = "linux")]
fn dev_full() -> std::fs::File {
    std::fs::File::options().write(true).open("/dev/full").unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_output_is_an_error_and_a_full_stderr_is_not_a_panic() {
    let bin = env!("CARGO_BIN_EXE_parole-helper");
    let good = ["window", "--program", "general", "--expires", "2027-03-31", "--today", "2026-11-27"];
    // Output that cannot be written: exit 2 and the reason, never 0 with nothing written.
    for args in [&good[..], &["check", "examples/reparole-ukraine.json", "--today", "2026-11-27"], &["--help"], &["schema"]] {
        let out = Command::new(bin).args(args).stdout(dev_full()).output().unwrap();
        assert_refused_output(&out, "Cannot write the output");
    }
    let out = Command::new(bin).args(good).args(["--lang", "es"]).stdout(dev_full()).output().unwrap();
    assert_refused_output(&out, "No se puede escribir el resultado");
    // A reason that cannot be told (stderr is full): still exit 2, not a panic (134).
    for args in [&["window", "--program", "tps", "--expires", "2027-03-31"][..], &["window", "--colour"], &["check", "no-such-file.json"]] {
        let out = Command::new(bin).args(args).stderr(dev_full()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let out = Command::new(bin).args(["window", "--program"]).arg(std::ffi::OsStr::from_bytes(b"\xff")).stdout(dev_full()).stderr(dev_full()).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
    }
}

/// The CLI's memory, measured by the kernel: a child's peak resident set (wait4's rusage).
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
mod memory {
    use std::io::{self, Read};
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    /// `struct rusage` on 64-bit Linux: two timevals, then 14 longs, `ru_maxrss` (KB) first.
    #[repr(C)]
    #[derive(Default)]
    struct RUsage {
        utime: [i64; 2],
        stime: [i64; 2],
        maxrss: i64,
        other: [i64; 13],
    }

    unsafe extern "C" {
        fn wait4(pid: i32, status: *mut i32, options: i32, usage: *mut RUsage) -> i32;
    }

    const WNOHANG: i32 = 1;
    /// What the CLI may use at most, whatever it is given. It reads at most 5 MB.
    const LIMIT_KB: i64 = 100 * 1024;

    /// `size` bytes of a JSON array that never ends: `[1,1,1,…`.
    struct Endless(u64);

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(usize::try_from(self.0).unwrap_or(usize::MAX));
            for (i, byte) in buf[..n].iter_mut().enumerate() {
                *byte = if i % 2 == 0 { b'1' } else { b',' };
            }
            if let Some(first) = buf.first_mut().filter(|_| n > 0 && self.0 == 300_000_000) {
                *first = b'[';
            }
            self.0 -= n as u64;
            Ok(n)
        }
    }

    /// Runs `parole-helper args` with `input` on stdin (in a thread: the CLI may stop reading);
    /// returns its exit code, its stderr and its peak resident memory in KB. A run that lasts
    /// over a minute is killed (it would be reading without a bound).
    fn measure(args: &[&str], input: Option<Endless>) -> (Option<i32>, String, i64) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_parole-helper"))
            .args(args)
            .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let writer = child.stdin.take().zip(input).map(|(mut stdin, mut input)| {
            std::thread::spawn(move || {
                let _ = io::copy(&mut input, &mut stdin); // a broken pipe: the CLI stopped reading
            })
        });
        let mut err = child.stderr.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = err.read_to_string(&mut text);
            text
        });
        let pid = i32::try_from(child.id()).unwrap();
        let started = Instant::now();
        let (mut status, mut usage) = (0, RUsage::default());
        loop {
            // SAFETY: `status` and `usage` are valid for writes; the child is ours and not yet reaped.
            let reaped = unsafe { wait4(pid, &mut status, WNOHANG, &mut usage) };
            assert!(reaped >= 0, "wait4 failed");
            if reaped == pid {
                break;
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = child.kill(); // not reaped yet, so the pid is still this child's
                panic!("{args:?} ran for a minute: is it reading without a bound?");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if let Some(writer) = writer {
            writer.join().unwrap();
        }
        let code = (status & 0x7f == 0).then_some((status >> 8) & 0xff);
        (code, reader.join().unwrap(), usage.maxrss)
    }

    #[test]
    fn a_300_mb_request_on_stdin_is_refused_within_100_mb_of_memory() {
        let (code, err, peak) = measure(&["check", "-"], Some(Endless(300_000_000)));
        assert_eq!(code, Some(2), "{err}");
        assert_eq!(err, "The file \"-\" is larger than 5 MB, so it is not a form (a form is a few KB). It was not read to the end.\n");
        assert!(peak < LIMIT_KB, "peak resident memory {peak} KB");
        eprintln!("check - on 300 MB: peak {peak} KB");
    }

    #[test]
    fn a_300_mb_file_and_dev_zero_are_refused_within_100_mb_of_memory() {
        let path = std::env::temp_dir().join(format!("parole-helper-big-{}.json", std::process::id()));
        std::fs::File::create(&path).unwrap().set_len(300_000_000).unwrap(); // sparse: no disk used
        let name = path.to_str().unwrap();
        let (code, err, peak) = measure(&["check", name, "--lang", "es"], None);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains("pesa más de 5 MB"), "{err}");
        assert!(peak < LIMIT_KB, "peak resident memory {peak} KB");
        let (code, err, peak) = measure(&["check", "/dev/zero"], None);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains("larger than 5 MB"), "{err}");
        assert!(peak < LIMIT_KB, "peak resident memory {peak} KB");
        let (code, _, peak) = measure(&["pdf", "/dev/zero", "-o", "/dev/null"], None);
        assert_eq!(code, Some(2));
        assert!(peak < LIMIT_KB, "pdf: peak resident memory {peak} KB");
    }
}

#[test]
fn a_family_file_is_checked_person_by_person_and_as_a_family() {
    let out = run(&["check", "examples/family-mother-daughter.json", "--today", "2026-11-27", "--lang", "es"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let at = |words: &str| text.find(words).unwrap_or_else(|| panic!("{words}: {text}"));
    assert!(at("== Lucía Luna Ortega ==") < at("== Sofía Ramírez Luna ==") && at("== Sofía Ramírez Luna ==") < at("== La familia =="));
    assert!(text.contains("  - Lucía Luna Ortega: $910 con el formulario, $1,000 si lo aprueban; puede quedar exento de la tarifa de parole: 8 U.S.C. 1804(b)(2)\n"));
    assert!(text.contains("  - Sofía Ramírez Luna: $630 con el formulario, $1,000 si lo aprueban; puede quedar exento de la tarifa de parole: 8 U.S.C. 1804(b)(1)\n"));
    assert!(text.contains("  En total: $1,540 con los formularios, $2,000 si los aprueban, antes de cualquier exención\n"));
    assert!(text.contains("(para: Sofía Ramírez Luna)\n") && text.contains("(para: Lucía Luna Ortega, Sofía Ramírez Luna)\n"));
    assert!(text.contains("  - Sofía Ramírez Luna: pídalo antes del 13 de febrero de 2027 (consejo); último día 14 de mayo de 2027\n"));
    // One person's error is the file's: exit 1; a person with no name yet is "#2", in every language.
    let family = r#"{"family": {"shared": {"application": {"paroleType": "reparole"}}, "people": [{}, {}]}}"#;
    let input = |lang: &str| run_with_stdin(&["check", "-", "--today", "2026-11-27", "--lang", lang], family);
    for lang in ["en", "es"] {
        let out = input(lang);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stdout(&out).contains("== #2 =="), "{}", stdout(&out));
    }
}

#[test]
fn a_family_is_drawn_as_one_line_per_person_on_one_scale_the_earliest_deadline_first() {
    // The daughter's parole ends later here: her line comes second, whatever the file's order.
    let text = std::fs::read_to_string("examples/family-mother-daughter.json").unwrap();
    let text = text.replacen("\"onBehalfOfSomeoneElse\": true", "\"onBehalfOfSomeoneElse\": true, \"currentParoleExpires\": \"2027-08-01\"", 1);
    let family: Value = serde_json::from_str(&text).unwrap();
    let mut people = family["family"]["people"].as_array().unwrap().clone();
    people.reverse();
    let mut reversed = family.clone();
    reversed["family"]["people"] = Value::Array(people);
    let draw = |json: &str, lang: &str| {
        let out = run_with_stdin(&["check", "-", "--today", "2026-11-28", "--lang", lang, "--format", "svg"], json);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    for json in [text.clone(), reversed.to_string()] {
        let svg = draw(&json, "es");
        let titles: Vec<&str> = svg.split("class=\"row-title\"").skip(1).map(|t| t.split('>').nth(1).unwrap().split('<').next().unwrap()).collect();
        assert_eq!(titles.len(), 2, "{svg}");
        assert!(svg.contains("Hoy: 28 de noviembre de 2026"));
        let (first, second) = (titles[0], titles[1]);
        let ends = |name: &str| if svg.contains(&format!("{name}. Su parole termina el 1 de agosto de 2027")) { 2 } else { 1 };
        assert_eq!((ends(first), ends(second)), (1, 2), "the earliest deadline first: {first}, then {second}");
    }
    // A single request: its own line; one that is not for re-parole: refused in words.
    let one = run(&["check", "examples/reparole-medical-child.json", "--today", "2026-11-28", "--format", "svg"]);
    assert_eq!(stdout(&one).matches("class=\"row\"").count(), 1);
    assert!(stdout(&one).contains(">Re-parole</text>"));
    assert_refused(&["check", "examples/initial-medical-from-abroad.json", "--format", "svg"], "There are no re-parole dates");
    assert_refused(&["check", "examples/reparole-ukraine.json", "examples/reparole-medical-child.json", "--format", "svg"], "");
}
