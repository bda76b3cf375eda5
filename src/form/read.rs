//! Reading a request from JSON, through the question catalogue: every name in the document must be
//! a question (or a group of questions) of the catalogue, and every value of the kind its question
//! takes. A half-filled form is normal; a typo is refused, never silently dropped.
//!
//! ```
//! use parole_helper::form::read::read;
//! use parole_helper::form::FormError;
//!
//! let read = read(r#"{"schemaVersion":1,"biographics":{"weightPounds":33}}"#).unwrap();
//! assert_eq!(read.migrated_from, Some(1)); // version 1 kept numbers as numbers
//! assert_eq!(read.form.biographics.weight_pounds.as_deref(), Some("33"));
//! assert_eq!(
//!     read_error(r#"{"filer":{"aNumbr":"A1"}}"#),
//!     FormError::UnknownQuestion { path: "filer".into(), name: "aNumbr".into() }
//! );
//! # fn read_error(json: &str) -> FormError { parole_helper::form::read::read(json).unwrap_err() }
//! ```

use serde_json::{Map, Value};

use super::catalogue::{self, Kind, Question, Slot};
use super::{FormError, Name, ParoleRequest, SCHEMA_VERSION};

/// The most a request's text may weigh: a request is a few KB, so 5 MB is not one (and reading
/// more would let a file exhaust the memory of a phone or of a partner's server).
pub const MAX_BYTES: usize = 5_000_000;

/// The most characters one answer may have: the longest box on the form, Part 8 with Part 13 and
/// added pages, holds far less.
pub const MAX_ANSWER_CHARS: usize = 20_000;

/// A request read from JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    /// The request, brought up to the current model.
    pub form: ParoleRequest,
    /// The older model version it was migrated from, if any.
    pub migrated_from: Option<u32>,
}

/// Reads a request from JSON text. Not JSON, not an object, an unknown question, a value of the
/// wrong type or a form from a newer version is a [`FormError`]: the text is not a form at all.
pub fn read(text: &str) -> Result<Read, FormError> {
    from_value(parse_json(text)?)
}

/// The JSON value of a document's text, at most [`MAX_BYTES`] of it (a byte-order mark and lone
/// surrogates of a broken paste are tolerated): the first step of reading a request or a family.
pub fn parse_json(text: &str) -> Result<Value, FormError> {
    if text.len() > MAX_BYTES {
        return Err(FormError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = without_lone_surrogates(text);
    serde_json::from_str(&text).map_err(|e| FormError::NotJson { line: e.line(), column: e.column() })
}

/// Reads a request from a JSON value (as a page hands it over).
pub fn from_value(mut value: Value) -> Result<Read, FormError> {
    if !value.is_object() {
        return Err(FormError::NotAnObject);
    }
    let migrated_from = migrate(&mut value)?;
    let mut form = ParoleRequest::default();
    if let Value::Object(map) = &value {
        read_group(map, "", &mut form)?;
    }
    Ok(Read { form, migrated_from })
}

/// Reads the members of one JSON object whose path is `prefix`.
fn read_group(map: &Map<String, Value>, prefix: &str, form: &mut ParoleRequest) -> Result<(), FormError> {
    for (key, child) in map {
        if prefix.is_empty() && key == "schemaVersion" {
            continue;
        }
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        if let Some(question) = catalogue::question(&path) {
            set_answer(question, child, form)?;
            if let (Kind::Toggle, Value::Object(members)) = (question.kind, child) {
                read_group(members, &path, form)?;
            }
        } else if is_group(&path) {
            match child {
                Value::Object(members) => read_group(members, &path, form)?,
                Value::Null => {}
                _ => return Err(FormError::WrongType { path }),
            }
        } else {
            return Err(FormError::UnknownQuestion { path: prefix.to_string(), name: key.clone() });
        }
    }
    Ok(())
}

/// True when some question lives inside `path` (`filer`, `filer.name`).
fn is_group(path: &str) -> bool {
    catalogue::all().any(|q| q.path.len() > path.len() && q.path.starts_with(path) && q.path.as_bytes()[path.len()] == b'.')
}

/// Text of at most [`MAX_ANSWER_CHARS`] characters, or null; empty text is no answer.
fn text<'a>(value: &'a Value, path: &str) -> Result<Option<&'a str>, FormError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.is_empty() => Ok(None),
        Value::String(s) if s.chars().count() > MAX_ANSWER_CHARS => {
            Err(FormError::AnswerTooLong { path: path.to_string(), max: MAX_ANSWER_CHARS })
        }
        Value::String(s) => Ok(Some(s)),
        _ => Err(FormError::WrongType { path: path.to_string() }),
    }
}

/// Writes one answer from its JSON value, by the kind its question takes (the reading of one
/// answer: a page setting one answer goes through it too).
pub fn set_answer(question: &Question, value: &Value, form: &mut ParoleRequest) -> Result<(), FormError> {
    let path = question.path;
    let wrong = |path: String| FormError::WrongType { path };
    match question.slot {
        Slot::Text { set, .. } => *set(form) = text(value, path)?.map(str::to_string),
        Slot::YesNo { set, .. } => {
            *set(form) = match value {
                Value::Null => None,
                Value::Bool(b) => Some(*b),
                _ => return Err(wrong(path.into())),
            }
        }
        Slot::Choice { set, .. } => {
            let id = text(value, path)?;
            if !set(form, id) {
                return Err(FormError::UnknownChoice { path: path.into(), value: id.unwrap_or_default().into() });
            }
        }
        Slot::Choices { set, .. } => {
            let Value::Array(items) = value else {
                return if value.is_null() { Ok(()) } else { Err(wrong(path.into())) };
            };
            let mut ids = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                ids.push(item.as_str().ok_or_else(|| wrong(format!("{path}[{i}]")))?);
            }
            if !set(form, &ids) {
                // Name the first value the question does not offer.
                let unknown = ids.iter().find(|id| !set(&mut ParoleRequest::default(), &[id])).copied().unwrap_or_default();
                return Err(FormError::UnknownChoice { path: path.into(), value: unknown.into() });
            }
        }
        Slot::Names { set, .. } => {
            let Value::Array(items) = value else {
                return if value.is_null() { Ok(()) } else { Err(wrong(path.into())) };
            };
            let mut names = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let here = format!("{path}[{i}]");
                let Value::Object(parts) = item else { return Err(wrong(here)) };
                let mut name = Name::default();
                for (key, part) in parts {
                    let slot = match key.as_str() {
                        "familyName" => &mut name.family_name,
                        "givenName" => &mut name.given_name,
                        "middleName" => &mut name.middle_name,
                        _ => return Err(FormError::UnknownQuestion { path: here, name: key.clone() }),
                    };
                    *slot = text(part, &format!("{here}.{key}"))?.map(str::to_string);
                }
                names.push(name);
            }
            *set(form) = names;
        }
        Slot::Toggle { set, .. } => match value {
            Value::Object(_) => set(form, true),
            Value::Null => set(form, false),
            _ => return Err(wrong(path.into())),
        },
    }
    Ok(())
}

/// Brings a document of an older model version up to [`SCHEMA_VERSION`]; returns the old version.
/// A document without a version is read as the current one.
fn migrate(form: &mut Value) -> Result<Option<u32>, FormError> {
    let Some(version) = form.get("schemaVersion") else { return Ok(None) };
    let version = version.as_u64().and_then(|v| u32::try_from(v).ok());
    match version {
        Some(v) if v == SCHEMA_VERSION => Ok(None),
        Some(v) if v > SCHEMA_VERSION => Err(FormError::NewerVersion { version: v }),
        Some(v @ 1..=2) => {
            if v == 1 {
                // Version 1 kept height, weight and length of stay as numbers; later ones keep the text.
                for path in ["/biographics/heightFeet", "/biographics/heightInches", "/biographics/weightPounds", "/reason/lengthOfStay/value"] {
                    if let Some(slot) = form.pointer_mut(path) {
                        if let Value::Number(n) = slot {
                            *slot = Value::String(n.to_string());
                        }
                    }
                }
            }
            // Version 2 named two programs differently ("none", "familyReunificationParole").
            if let Some(slot) = form.pointer_mut("/application/program") {
                if let Some(program) = slot.as_str().and_then(|id| crate::program::Program::parse(Some(id)).ok()) {
                    *slot = Value::String(program.id().into());
                }
            }
            form["schemaVersion"] = Value::from(SCHEMA_VERSION);
            Ok(Some(v))
        }
        _ => Err(FormError::WrongType { path: "schemaVersion".into() }),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn code(json: &str) -> &'static str {
        read(json).unwrap_err().code()
    }

    #[test]
    fn what_is_not_a_form_is_named() {
        assert_eq!(code("{"), "form.not_json");
        assert_eq!(code("[1]"), "form.not_an_object");
        assert_eq!(code(r#"{"filer":{"aNumbr":"A1"}}"#), "form.unknown_question");
        assert_eq!(code(r#"{"application":{"paroleType":"visa"}}"#), "form.unknown_choice");
        assert_eq!(code(r#"{"filer":{"aNumber":12345678}}"#), "form.wrong_type");
        assert_eq!(read(r#"{"aplication":{}}"#).unwrap_err(), FormError::UnknownQuestion { path: "".into(), name: "aplication".into() });
        assert_eq!(read(r#"{"filer":{"aNumber":12345678}}"#).unwrap_err(), FormError::WrongType { path: "filer.aNumber".into() });
        assert_eq!(read(r#"{"beneficiary":{"name":["Sofía"]}}"#).unwrap_err(), FormError::WrongType { path: "beneficiary.name".into() });
        assert_eq!(read(r#"{"filer":{"otherNames":[["Ana"]]}}"#).unwrap_err(), FormError::WrongType { path: "filer.otherNames[0]".into() });
        assert_eq!(
            read(r#"{"filer":{"otherNames":[{"nickname":"Ana"}]}}"#).unwrap_err(),
            FormError::UnknownQuestion { path: "filer.otherNames[0]".into(), name: "nickname".into() }
        );
        assert_eq!(
            read(r#"{"biographics":{"race":["white","purple"]}}"#).unwrap_err(),
            FormError::UnknownChoice { path: "biographics.race".into(), value: "purple".into() }
        );
        assert_eq!(read(r#"{"biographics":{"race":[1]}}"#).unwrap_err(), FormError::WrongType { path: "biographics.race[0]".into() });
        assert_eq!(read(r#"{"workPermit":"yes"}"#).unwrap_err(), FormError::WrongType { path: "workPermit".into() });
        assert_eq!(read(r#"{"filer":{"physicalAddress":"here"}}"#).unwrap_err(), FormError::WrongType { path: "filer.physicalAddress".into() });
        assert_eq!(read(r#"{"filer":"Ana"}"#).unwrap_err(), FormError::WrongType { path: "filer".into() });
    }

    #[test]
    fn a_half_filled_form_is_a_form() {
        let r = read(r#"{"filer":{"otherNames":[{"givenName":"Ana"}],"physicalAddress":{}},"biographics":{"race":["white"]},"reason":null}"#).unwrap();
        assert_eq!(r.form.filer.other_names[0].given_name.as_deref(), Some("Ana"));
        assert!(r.form.filer.physical_address.is_some(), "an empty group is there");
        assert!(read("\u{feff}{}").is_ok(), "a byte-order mark is not an error");
        assert!(read(r#"{"application":{}}"#).is_ok());
        let nulls = read(r#"{"filer":{"aNumber":null,"physicalAddress":null},"workPermit":null}"#).unwrap().form;
        assert_eq!(nulls, ParoleRequest::default(), "null is no answer");
        let empty = read(r#"{"application":{"taskForceRegistrationNumber":""},"filer":{"name":{"familyName":""}}}"#).unwrap().form;
        assert_eq!(empty, ParoleRequest::default(), "empty text is no answer (and writes back the same)");
    }

    #[test]
    fn lone_surrogates_become_replacement_characters_not_errors() {
        let form = read(r#"{"filer":{"name":{"familyName":"Luna\ud800","givenName":"Ana \udc00x"}}}"#).unwrap().form;
        assert_eq!(form.filer.name.family_name.as_deref(), Some("Luna\u{FFFD}"));
        assert_eq!(form.filer.name.given_name.as_deref(), Some("Ana \u{FFFD}x"));
        let pair = read(r#"{"filer":{"name":{"familyName":"\ud83d\ude00"}}}"#).unwrap().form;
        assert_eq!(pair.filer.name.family_name.as_deref(), Some("😀"));
        let upper = read(r#"{"filer":{"name":{"familyName":"x\uD800"}}}"#).unwrap().form;
        assert_eq!(upper.filer.name.family_name.as_deref(), Some("x\u{FFFD}"));
        let escaped = read(r#"{"filer":{"name":{"familyName":"a\\ud800"}}}"#).unwrap().form;
        assert_eq!(escaped.filer.name.family_name.as_deref(), Some("a\\ud800"), "an escaped backslash is not an escape");
    }

    #[test]
    fn older_forms_are_migrated_and_newer_ones_refused() {
        let v1 = r#"{"schemaVersion":1,"application":{"program":"none"},"biographics":{"heightFeet":5,"weightPounds":140},"reason":{"lengthOfStay":{"value":1,"unit":"years"}}}"#;
        let r = read(v1).unwrap();
        assert_eq!(r.migrated_from, Some(1));
        assert_eq!(r.form.biographics.height_feet.as_deref(), Some("5"));
        assert_eq!(r.form.reason.length_of_stay.value.as_deref(), Some("1"));
        assert_eq!(r.form.application.program, Some(crate::program::Program::General));
        let v2 = read(r#"{"schemaVersion":2,"application":{"program":"familyReunificationParole"}}"#).unwrap();
        assert_eq!((v2.migrated_from, v2.form.application.program), (Some(2), Some(crate::program::Program::Frp)));
        assert_eq!(read(r#"{"schemaVersion":3}"#).unwrap().migrated_from, None);
        assert_eq!(read("{}").unwrap().migrated_from, None);
        assert_eq!(read(r#"{"schemaVersion":4}"#).unwrap_err(), FormError::NewerVersion { version: 4 });
        assert_eq!(code(r#"{"schemaVersion":"two"}"#), "form.wrong_type");
        assert_eq!(code(r#"{"schemaVersion":0}"#), "form.wrong_type");
        // Version 2 and later keep text: a number there is a wrong type, not a silent conversion.
        assert_eq!(code(r#"{"schemaVersion":2,"biographics":{"heightFeet":5}}"#), "form.wrong_type");
        assert_eq!(code(r#"{"schemaVersion":3,"biographics":{"heightFeet":5}}"#), "form.wrong_type");
    }

    #[test]
    fn sizes_have_limits() {
        let big = format!(r#"{{"reason":{{"explanation":"{}"}}}}"#, "a".repeat(MAX_BYTES));
        assert_eq!(read(&big).unwrap_err(), FormError::TooLarge { bytes: big.len() });
        let long = format!(r#"{{"reason":{{"explanation":"{}"}}}}"#, "é".repeat(MAX_ANSWER_CHARS + 1));
        assert_eq!(read(&long).unwrap_err(), FormError::AnswerTooLong { path: "reason.explanation".into(), max: MAX_ANSWER_CHARS });
        let at_limit = format!(r#"{{"reason":{{"explanation":"{}"}}}}"#, "é".repeat(MAX_ANSWER_CHARS));
        assert!(read(&at_limit).is_ok(), "characters are counted, not bytes");
    }
}
