//! The operations both adapters offer, on text exactly as it arrived from a person, a page or a
//! partner's server. The CLI and the wasm module only move text in and out of these functions.
//!
//! ```
//! use parole_helper::api::{reparole, Request};
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//!
//! let request = Request { program: Some("ukraine"), expires: Some("2027-03-31"), ..Request::default() };
//! let report = reparole(&request, Lang::En, ymd(2026, 11, 27)).unwrap();
//! assert_eq!(report.window.days_until_expiry, 124);
//!
//! let bad = Request { program: Some("ukraine"), expires: Some("2026-02-30"), ..Request::default() };
//! assert_eq!(reparole(&bad, Lang::En, ymd(2026, 11, 27)).unwrap_err().code(), "date.no_such_day");
//! ```

use chrono::{NaiveDate, NaiveDateTime};

use crate::calendar;
use crate::check::{self, Report};
use crate::form::{ParoleRequest, SCHEMA_VERSION};
use crate::date::parse_date;
use crate::i18n::Lang;
use crate::input::{DateField, InputError};
use crate::program::Program;
use crate::windows::{ead_window_with_parole, reparole_window_in, Situation, Window, WindowReport};

/// A request as text; any field may be missing. Empty text counts as missing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Request<'a> {
    /// A program id (`general`, `ukraine`, ...), for re-parole.
    pub program: Option<&'a str>,
    /// The last day of parole, `YYYY-MM-DD`.
    pub expires: Option<&'a str>,
    /// The last day of the work permit, `YYYY-MM-DD`.
    pub ead_expires: Option<&'a str>,
    /// The day to compute for, `YYYY-MM-DD`; the caller's local date when missing.
    pub today: Option<&'a str>,
    /// What else the person told: the FRP exception, a termination notice.
    pub situation: Situation,
}

/// The day `request` asks for, or `local_today` when it names none.
pub fn today(request: &Request, local_today: NaiveDate) -> Result<NaiveDate, InputError> {
    match given(request.today) {
        None => Ok(local_today),
        Some(text) => date(DateField::Today, Some(text)),
    }
}

impl Request<'_> {
    fn today(&self, local_today: NaiveDate) -> Result<NaiveDate, InputError> {
        today(self, local_today)
    }

    fn reparole_window(&self, today: NaiveDate) -> Result<Window, InputError> {
        let program = Program::parse(self.program)?;
        let expires = date(DateField::ParoleExpiry, self.expires)?;
        Ok(reparole_window_in(program, expires, today, self.situation))
    }

    /// The work-permit window, with the parole's end when `expires` is given too.
    fn ead_window(&self, today: NaiveDate) -> Result<Window, InputError> {
        let parole = match given(self.expires) {
            Some(text) => Some(date(DateField::ParoleExpiry, Some(text))?),
            None => None,
        };
        Ok(ead_window_with_parole(date(DateField::EadExpiry, self.ead_expires)?, parole, today))
    }
}

fn given(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

fn date(field: DateField, text: Option<&str>) -> Result<NaiveDate, InputError> {
    parse_date(text.unwrap_or_default()).map_err(|error| InputError::date(field, error))
}

/// The re-parole window for `program` and `expires`, explained in `lang`.
pub fn reparole(request: &Request, lang: Lang, local_today: NaiveDate) -> Result<WindowReport, InputError> {
    let today = request.today(local_today)?;
    Ok(request.reparole_window(today)?.report(lang))
}

/// The work-permit renewal window for `ead_expires`, explained in `lang`; with `expires` (the
/// parole's last day) too, the permit is shown with the parole it depends on.
pub fn ead(request: &Request, lang: Lang, local_today: NaiveDate) -> Result<WindowReport, InputError> {
    let today = request.today(local_today)?;
    Ok(request.ead_window(today)?.report(lang))
}

/// An `.ics` file with reminders: re-parole when `expires` is given (or nothing else is), and the
/// work permit when `ead_expires` is given. `stamp` is the current UTC time.
pub fn reminders(
    request: &Request,
    lang: Lang,
    local_today: NaiveDate,
    stamp: NaiveDateTime,
) -> Result<String, InputError> {
    let today = request.today(local_today)?;
    let wants_ead = given(request.ead_expires).is_some();
    let mut windows = Vec::with_capacity(2);
    if given(request.expires).is_some() || given(request.program).is_some() || !wants_ead {
        windows.push(request.reparole_window(today)?);
    }
    if wants_ead {
        windows.push(request.ead_window(today)?);
    }
    calendar::ics(&windows, lang, stamp)
}

/// Reads a form from JSON text. Not JSON, not an object, an unknown question or a value of the
/// wrong type is an [`InputError`]: the text is not a form at all. A half-filled form is fine.
pub fn parse_form(json: &str) -> Result<ParoleRequest, InputError> {
    read_form(json).map(|(form, _)| form)
}

/// Like [`parse_form`], and says which older model version the form was migrated from, if any.
/// A form from a newer version is refused, never half read.
pub fn read_form(json: &str) -> Result<(ParoleRequest, Option<u32>), InputError> {
    // One way in, through a JSON tree: it migrates older versions, refuses lists where the form
    // has none, and says where a wrong value is. A second, direct way in was 3x faster but cost
    // 80 KB of wasm (another copy of the form's deserializer): size won (docs/performance.md).
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let json = without_lone_surrogates(json);
    let mut value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| InputError::NotJson { line: e.line(), column: e.column() })?;
    if !value.is_object() {
        return Err(InputError::FormNotAnObject);
    }
    let migrated = migrate(&mut value)?;
    lists_only_where_lists(&value, "")?;
    let form = serde_path_to_error::deserialize(value)
        .map_err(|e| InputError::from_form_error(e.path().to_string(), &e.inner().to_string()))?;
    Ok((form, migrated))
}

/// Replaces `\uD800`-style escapes of lone UTF-16 surrogates with `\uFFFD`. JavaScript strings can
/// hold them (a broken paste), `JSON.stringify` writes them as escapes, and serde_json refuses
/// them: one bad character would make the whole form "not JSON". The rest of the answer stays.
fn without_lone_surrogates(json: &str) -> std::borrow::Cow<'_, str> {
    if !json.contains("\\ud") && !json.contains("\\uD") {
        return std::borrow::Cow::Borrowed(json);
    }
    let hex = |s: &str| u16::from_str_radix(s, 16).ok();
    let escape_at = |text: &str, i: usize| text.get(i..i + 6).filter(|e| e.starts_with("\\u")).and_then(|e| hex(&e[2..]));
    let mut out = String::with_capacity(json.len());
    let mut i = 0;
    let bytes = json.as_bytes();
    while i < json.len() {
        if bytes[i] == b'\\' {
            // An escaped backslash is two characters that start no escape.
            if bytes.get(i + 1) == Some(&b'\\') {
                out.push_str("\\\\");
                i += 2;
                continue;
            }
            if let Some(unit) = escape_at(json, i) {
                let high = (0xD800..0xDC00).contains(&unit);
                let low = (0xDC00..0xE000).contains(&unit);
                let paired = high && escape_at(json, i + 6).is_some_and(|next| (0xDC00..0xE000).contains(&next));
                if paired {
                    out.push_str(&json[i..i + 12]);
                    i += 12;
                    continue;
                }
                if high || low {
                    out.push_str("\\uFFFD");
                    i += 6;
                    continue;
                }
            }
        }
        let c = json[i..].chars().next().unwrap_or('\u{FFFD}');
        out.push(c);
        i += c.len_utf8();
    }
    std::borrow::Cow::Owned(out)
}

/// Brings a form of an older model version up to [`SCHEMA_VERSION`]; returns the old version.
fn migrate(form: &mut serde_json::Value) -> Result<Option<u32>, InputError> {
    use serde_json::Value;
    let Some(version) = form.get("schemaVersion") else { return Ok(None) };
    let version = version.as_u64().and_then(|v| u32::try_from(v).ok());
    match version {
        Some(v) if v == SCHEMA_VERSION => Ok(None),
        Some(v) if v > SCHEMA_VERSION => Err(InputError::NewerVersion { version: v }),
        Some(1) => {
            // Version 1 kept height, weight and length of stay as numbers; version 2 keeps the text.
            for path in ["/biographics/heightFeet", "/biographics/heightInches", "/biographics/weightPounds", "/reason/lengthOfStay/value"] {
                if let Some(slot) = form.pointer_mut(path) {
                    if let Value::Number(n) = slot {
                        *slot = Value::String(n.to_string());
                    }
                }
            }
            form["schemaVersion"] = Value::from(SCHEMA_VERSION);
            Ok(Some(1))
        }
        _ => Err(InputError::WrongType { path: "schemaVersion".into() }),
    }
}

/// serde would read a list as a group of answers (`"name": ["Sofía"]` as a family name): refuse any
/// list but the form's own lists (other names, race), whose items must be of their own kind.
fn lists_only_where_lists(value: &serde_json::Value, path: &str) -> Result<(), InputError> {
    use serde_json::Value;
    let Value::Object(map) = value else { return Ok(()) };
    for (key, child) in map {
        let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        match (key.as_str(), child) {
            ("otherNames", Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    if !item.is_object() {
                        return Err(InputError::WrongType { path: format!("{here}[{i}]") });
                    }
                    lists_only_where_lists(item, &format!("{here}[{i}]"))?;
                }
            }
            ("race", Value::Array(_)) => {}
            (_, Value::Array(_)) => return Err(InputError::WrongType { path: here }),
            (_, Value::Object(_)) => lists_only_where_lists(child, &here)?,
            _ => {}
        }
    }
    Ok(())
}

/// Checks a form given as JSON text, for `today` (else the caller's date), worded in `lang`.
pub fn check_json(json: &str, today: Option<&str>, lang: Lang, local_today: NaiveDate) -> Result<Report, InputError> {
    let form = parse_form(json)?;
    let today = Request { today, ..Request::default() }.today(local_today)?;
    Ok(check::check(&form, today).report(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    const TODAY: NaiveDate = ymd(2026, 11, 27);

    #[test]
    fn today_defaults_to_the_callers_date_and_can_be_given() {
        let mut r = Request { program: Some("general"), expires: Some("2027-01-01"), ..Request::default() };
        assert_eq!(reparole(&r, Lang::En, TODAY).unwrap().window.today, TODAY);
        r.today = Some("  ");
        assert_eq!(reparole(&r, Lang::En, TODAY).unwrap().window.today, TODAY);
        r.today = Some("2026-12-01");
        assert_eq!(reparole(&r, Lang::En, TODAY).unwrap().window.today, ymd(2026, 12, 1));
        r.today = Some("2026-13-01");
        assert_eq!(reparole(&r, Lang::En, TODAY).unwrap_err().field(), Some("today"));
    }

    #[test]
    fn missing_fields_are_named() {
        let none = Request::default();
        assert_eq!(reparole(&none, Lang::En, TODAY).unwrap_err(), InputError::MissingProgram);
        let no_date = Request { program: Some("ukraine"), ..none };
        assert_eq!(reparole(&no_date, Lang::En, TODAY).unwrap_err().code(), "date.empty");
        assert_eq!(ead(&none, Lang::En, TODAY).unwrap_err().field(), Some("eadExpires"));
    }

    #[test]
    fn the_work_permit_window_takes_the_parole_end_when_given() {
        let alone = Request { ead_expires: Some("2027-09-30"), ..Request::default() };
        assert_eq!(ead(&alone, Lang::En, TODAY).unwrap().window.parole_expires_on, None);
        let with = Request { expires: Some("2027-05-14"), ..alone };
        assert_eq!(ead(&with, Lang::En, TODAY).unwrap().window.parole_expires_on, Some(ymd(2027, 5, 14)));
        let bad = Request { expires: Some("2027-02-30"), ..alone };
        assert_eq!(ead(&bad, Lang::En, TODAY).unwrap_err().field(), Some("expires"));
    }

    #[test]
    fn a_termination_notice_means_no_reminders() {
        let stamp = TODAY.and_hms_opt(0, 0, 0).unwrap();
        let notice = Request {
            program: Some("general"),
            expires: Some("2027-03-31"),
            situation: Situation { termination_notice: true, ..Situation::default() },
            ..Request::default()
        };
        assert_eq!(reminders(&notice, Lang::En, TODAY, stamp).unwrap_err(), InputError::EndedByNotice);
        let frp = Request { program: Some("frp"), situation: Situation { frp_exception: true, ..Situation::default() }, ..notice };
        assert!(reminders(&frp, Lang::En, TODAY, stamp).unwrap().contains("UID:reparole-frp-ends-20270331@"));
    }

    #[test]
    fn forms_that_are_not_forms_are_named() {
        let code = |json: &str| parse_form(json).unwrap_err().code();
        assert_eq!(code("{"), "form.not_json");
        assert_eq!(code("[1]"), "form.not_an_object");
        assert_eq!(code(r#"{"filer":{"aNumbr":"A1"}}"#), "form.unknown_question");
        assert_eq!(code(r#"{"application":{"paroleType":"visa"}}"#), "form.unknown_choice");
        assert_eq!(code(r#"{"filer":{"aNumber":12345678}}"#), "form.wrong_type");
        assert_eq!(
            parse_form(r#"{"filer":{"aNumbr":"A1"}}"#).unwrap_err(),
            InputError::UnknownQuestion { path: "filer".into(), name: "aNumbr".into() }
        );
        assert_eq!(
            parse_form(r#"{"filer":{"aNumber":12345678}}"#).unwrap_err(),
            InputError::WrongType { path: "filer.aNumber".into() }
        );
        assert_eq!(
            parse_form(r#"{"beneficiary":{"name":["Sofía"]}}"#).unwrap_err(),
            InputError::WrongType { path: "beneficiary.name".into() }
        );
        assert_eq!(code(r#"{"filer":{"otherNames":[["Ana"]]}}"#), "form.wrong_type");
        assert!(parse_form(r#"{"filer":{"otherNames":[{"givenName":"Ana"}]},"biographics":{"race":["white"]}}"#).is_ok());
        assert!(parse_form("\u{feff}{}").is_ok(), "a byte-order mark is not an error");
        assert!(parse_form(r#"{"application":{}}"#).is_ok(), "a half-filled form is a form");
    }

    #[test]
    fn lone_surrogates_become_replacement_characters_not_errors() {
        let form = parse_form(r#"{"filer":{"name":{"familyName":"Luna\ud800","givenName":"Ana \udc00x"}}}"#).unwrap();
        assert_eq!(form.filer.name.family_name.as_deref(), Some("Luna\u{FFFD}"));
        assert_eq!(form.filer.name.given_name.as_deref(), Some("Ana \u{FFFD}x"));
        let pair = parse_form(r#"{"filer":{"name":{"familyName":"\ud83d\ude00"}}}"#).unwrap();
        assert_eq!(pair.filer.name.family_name.as_deref(), Some("😀"));
        let escaped = parse_form(r#"{"filer":{"name":{"familyName":"a\\ud800"}}}"#).unwrap();
        assert_eq!(escaped.filer.name.family_name.as_deref(), Some("a\\ud800"), "an escaped backslash is not an escape");
    }

    #[test]
    fn older_forms_are_migrated_and_newer_ones_refused() {
        let v1 = r#"{"schemaVersion":1,"biographics":{"heightFeet":5,"weightPounds":140},"reason":{"lengthOfStay":{"value":1,"unit":"years"}}}"#;
        let (form, from) = read_form(v1).unwrap();
        assert_eq!(from, Some(1));
        assert_eq!(form.schema_version, Some(SCHEMA_VERSION));
        assert_eq!(form.biographics.height_feet.as_deref(), Some("5"));
        assert_eq!(form.reason.length_of_stay.value.as_deref(), Some("1"));
        assert_eq!(read_form(r#"{"schemaVersion":2}"#).unwrap().1, None);
        assert_eq!(read_form("{}").unwrap().1, None);
        assert_eq!(read_form(r#"{"schemaVersion":3}"#).unwrap_err(), InputError::NewerVersion { version: 3 });
        assert_eq!(read_form(r#"{"schemaVersion":"two"}"#).unwrap_err().code(), "form.wrong_type");
        // Version 2 keeps text: a number there is a wrong type, not a silent conversion.
        assert_eq!(read_form(r#"{"schemaVersion":2,"biographics":{"heightFeet":5}}"#).unwrap_err().code(), "form.wrong_type");
    }

    #[test]
    fn reminders_cover_what_was_given() {
        let stamp = TODAY.and_hms_opt(0, 0, 0).unwrap();
        let ead_only = Request { ead_expires: Some("2027-06-30"), ..Request::default() };
        let file = reminders(&ead_only, Lang::En, TODAY, stamp).unwrap();
        assert!(file.contains("UID:ead-ead-ends-20270630@") && !file.contains("UID:reparole"));
        let both = Request { program: Some("general"), expires: Some("2027-03-31"), ..ead_only };
        let file = reminders(&both, Lang::En, TODAY, stamp).unwrap();
        assert!(file.contains("UID:ead-ead-ends-20270630@") && file.contains("UID:reparole-general-ends-20270331@"));
        assert_eq!(reminders(&Request::default(), Lang::En, TODAY, stamp).unwrap_err(), InputError::MissingProgram);
    }
}
