//! The WebAssembly adapter: the only module that knows about JavaScript.
//!
//! ```js
//! import init, { reparoleWindow, eadWindow, reminders, programs, validate } from "./pkg/parole_helper.js";
//! await init();
//! const window = reparoleWindow({ program: "ukraine", expires: "2027-03-31", lang: "es" });
//! window.status; // "open" (today is the browser's local date unless `today` is given)
//! const report = validate({ application: { paroleType: "reparole" } }, { lang: "es" });
//! report.summary.errors; // what is still missing or wrong
//! ```
//!
//! Every function takes one plain object of text fields and returns plain objects shaped exactly
//! like the CLI's JSON. Bad input throws an `Error` whose `message` is in the request's language,
//! with `code` (stable) and `field` (the request field to mark, or `null`).

use chrono::NaiveDate;
use js_sys::{Date, Error, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::api::{self, Request};
use crate::check::check;
use crate::i18n::Lang;
use crate::api::{Error as ApiError, RequestError};
use crate::program::Program;

/// The request fields, read as text; `undefined` and `null` count as missing.
struct Fields {
    program: Option<String>,
    expires: Option<String>,
    ead_expires: Option<String>,
    today: Option<String>,
    situation: crate::windows::Situation,
    lang: Lang,
}

impl Fields {
    fn read(request: &JsValue) -> Result<Fields, JsValue> {
        // The language first, so that any other problem is reported in it.
        let lang_text = text(request, "lang").map_err(|e| thrown(&e, Lang::En))?;
        let lang = Lang::parse(lang_text.as_deref()).map_err(|e| thrown(&e.into(), Lang::En))?;
        if !request.is_object() {
            return Err(thrown(&ApiError::Request(RequestError::NotAnObject), lang));
        }
        let field = |name| text(request, name).map_err(|e| thrown(&e, lang));
        Ok(Fields {
            program: field("program")?,
            expires: field("expires")?,
            ead_expires: field("eadExpires")?,
            today: field("today")?,
            situation: crate::windows::Situation {
                frp_exception: flag(request, "frpException").map_err(|e| thrown(&e, lang))?,
                termination_notice: flag(request, "terminationNotice").map_err(|e| thrown(&e, lang))?,
            },
            lang,
        })
    }

    fn request(&self) -> Request<'_> {
        Request {
            program: self.program.as_deref(),
            expires: self.expires.as_deref(),
            ead_expires: self.ead_expires.as_deref(),
            today: self.today.as_deref(),
            situation: self.situation,
        }
    }
}

/// Reads `request[name]` as yes or no; missing is no.
fn flag(request: &JsValue, name: &str) -> Result<bool, ApiError> {
    if !request.is_object() {
        return Ok(false);
    }
    let value = Reflect::get(request, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        return Ok(false);
    }
    value.as_bool().ok_or_else(|| ApiError::Request(RequestError::NotYesNo(name.to_string())))
}

/// Reads `request[name]` as text.
fn text(request: &JsValue, name: &str) -> Result<Option<String>, ApiError> {
    if !request.is_object() {
        return Ok(None);
    }
    let value = Reflect::get(request, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| ApiError::Request(RequestError::NotText(name.to_string())))
}

/// An `Error` with the message in `lang`, and `code` and `field` for the page.
fn thrown(error: &ApiError, lang: Lang) -> JsValue {
    let js = Error::new(&error.message(lang));
    js.set_name("InputError");
    let field = error.field().map_or(JsValue::NULL, JsValue::from_str);
    let _ = Reflect::set(&js, &"code".into(), &error.code().into());
    let _ = Reflect::set(&js, &"field".into(), &field);
    js.into()
}

/// The browser's local date: "today" for the person using the page.
fn local_today() -> NaiveDate {
    let now = Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or(crate::date::EARLIEST)
}

/// Plain objects and `null` (not `undefined`), exactly as `JSON.parse` of the CLI's output gives.
/// The value goes out as JSON text and `JSON.parse` builds the objects: `make bench` measured this
/// faster than building them through serde-wasm-bindgen, and it keeps that serializer out of the
/// module (docs/performance.md).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value).map_err(|e| JsValue::from(Error::new(&e.to_string())))?;
    js_sys::JSON::parse(&json)
}

/// The re-parole window: `{ program, expires, frpException?, terminationNotice?, today?, lang? }`.
#[wasm_bindgen(js_name = reparoleWindow)]
pub fn reparole_window(request: JsValue) -> Result<JsValue, JsValue> {
    let fields = Fields::read(&request)?;
    let report = api::reparole(&fields.request(), fields.lang, local_today()).map_err(|e| thrown(&e, fields.lang))?;
    to_js(&report)
}

/// The work-permit renewal window: `{ eadExpires, expires?, today?, lang? }`; with `expires` (the
/// parole's last day) the permit is shown with the parole it depends on.
#[wasm_bindgen(js_name = eadWindow)]
pub fn ead_window(request: JsValue) -> Result<JsValue, JsValue> {
    let fields = Fields::read(&request)?;
    let report = api::ead(&fields.request(), fields.lang, local_today()).map_err(|e| thrown(&e, fields.lang))?;
    to_js(&report)
}

/// The reminders as `.ics` text: `{ program?, expires?, eadExpires?, today?, lang? }`.
#[wasm_bindgen]
pub fn reminders(request: JsValue) -> Result<String, JsValue> {
    let fields = Fields::read(&request)?;
    let now = Date::new_0();
    let stamp = NaiveDate::from_ymd_opt(now.get_utc_full_year() as i32, now.get_utc_month() + 1, now.get_utc_date())
        .and_then(|d| d.and_hms_opt(now.get_utc_hours(), now.get_utc_minutes(), now.get_utc_seconds()))
        .unwrap_or_default();
    api::reminders(&fields.request(), fields.lang, local_today(), stamp).map_err(|e| thrown(&e, fields.lang))
}

/// Checks a parole request: `validate(form, { today?, lang? })`. `form` is the request as a plain
/// object (as `JSON.parse` gives it) or as JSON text. Returns the same report as `parole-helper check --format json`.
/// A value that is not a form at all (wrong types, unknown questions) throws, as the CLI exits 2.
#[wasm_bindgen]
pub fn validate(form: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let (form, today, lang) = form_and_options(form, options)?;
    to_js(&check(&form, today).report(lang))
}

/// Reads a form and `{ today?, lang? }` the way the CLI does (JSON text in), so both accept and
/// refuse exactly the same forms.
fn form_and_options(form: JsValue, options: JsValue) -> Result<(crate::form::ParoleRequest, NaiveDate, Lang), JsValue> {
    let options = if options.is_undefined() || options.is_null() { js_sys::Object::new().into() } else { options };
    let fields = Fields::read(&options)?;
    let lang = fields.lang;
    let json = match form.as_string() {
        Some(text) => text,
        None if form.is_object() => js_sys::JSON::stringify(&form).ok().and_then(|s| s.as_string()).unwrap_or_default(),
        None => return Err(thrown(&ApiError::Form(crate::form::FormError::NotAnObject), lang)),
    };
    let form = api::parse_form(&json).map_err(|e| thrown(&e, lang))?;
    let today = Request { today: fields.today.as_deref(), ..Request::default() };
    let today = api::today(&today, local_today()).map_err(|e| thrown(&e, lang))?;
    Ok((form, today, lang))
}

/// The questions, worded in `lang`: `[{ id, title, fields: [{ path, item, itemEn, kind, label,
/// help, english, choices }] }]`. The page renders itself from this.
#[wasm_bindgen]
pub fn questions(lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = Lang::parse(lang.as_string().as_deref()).unwrap_or_default();
    to_js(&crate::form::describe::questions(lang))
}

/// Everything the page needs after a change: `{ report, progress }` for `review(form, { today?, lang? })`.
#[wasm_bindgen]
pub fn review(form: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let (form, today, lang) = form_and_options(form, options)?;
    let result = check(&form, today);
    #[derive(Serialize)]
    struct Review {
        report: crate::check::Report,
        progress: crate::check::progress::Progress,
    }
    to_js(&Review { report: result.report(lang), progress: crate::check::progress::progress(&form, &result) })
}

/// Reads a saved or imported form (JSON text): `{ form, migratedFrom }`, the form brought up to
/// the current model. Throws, in `options.lang`, when the text is not a form or is from a newer
/// version; the caller keeps what it had.
#[wasm_bindgen(js_name = readForm)]
pub fn read_form(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = options_lang(&options)?;
    let text = text.as_string().ok_or_else(|| thrown(&ApiError::Form(crate::form::FormError::NotAnObject), lang))?;
    let read = api::read_form(&text).map_err(|e| thrown(&e, lang))?;
    let (form, migrated_from) = (read.form, read.migrated_from);
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Read {
        form: crate::form::ParoleRequest,
        migrated_from: Option<u32>,
    }
    to_js(&Read { form, migrated_from })
}

fn options_lang(options: &JsValue) -> Result<Lang, JsValue> {
    let options = if options.is_undefined() || options.is_null() { js_sys::Object::new().into() } else { options.clone() };
    Ok(Fields::read(&options)?.lang)
}

/// The format problem of one answer on its own, while the person types: `checkField(path, text,
/// lang?)` gives the diagnostic (as in a report) or `null`. Plain strings in, and `null` without
/// any JSON when the answer is fine: this runs on every keystroke.
#[wasm_bindgen(js_name = checkField)]
pub fn check_field(path: &str, text: &str, lang: Option<String>) -> Result<JsValue, JsValue> {
    let lang = Lang::parse(lang.as_deref()).unwrap_or_default();
    match crate::check::check_field(path, text, lang) {
        Some(diagnostic) => to_js(&diagnostic),
        None => Ok(JsValue::NULL),
    }
}

/// One program for a list: its id, its Part 1 item and its label.
#[derive(Serialize)]
struct ProgramChoice {
    id: &'static str,
    item: &'static str,
    label: &'static str,
}

/// The programs to choose from, labelled in `lang` (`"en"` or `"es"`; anything else is English).
#[wasm_bindgen]
pub fn programs(lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = Lang::parse(lang.as_string().as_deref()).unwrap_or_default();
    let choices: Vec<_> = Program::ALL
        .into_iter()
        .map(|p| ProgramChoice { id: p.id(), item: p.item(), label: p.label(lang) })
        .collect();
    to_js(&choices)
}

/// The same check through other boundaries, for `make bench` (feature `bench-boundary`).
#[cfg(feature = "bench-boundary")]
mod boundary_bench {
    use super::*;

    /// The shipped input path (JSON text), the report out as objects built by serde-wasm-bindgen.
    #[wasm_bindgen(js_name = validateSwb)]
    pub fn validate_swb(form: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let (form, today, lang) = form_and_options(form, options)?;
        Ok(check(&form, today).report(lang).serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
    }

    /// Form in as objects read by serde-wasm-bindgen (no JSON text at all), report out likewise.
    #[wasm_bindgen(js_name = validateSwbBothWays)]
    pub fn validate_swb_both_ways(form: JsValue, today: &str, lang: &str) -> Result<JsValue, JsValue> {
        let form: crate::form::ParoleRequest = serde_wasm_bindgen::from_value(form)?;
        let today = crate::date::parse_date(today).map_err(|_| JsValue::from_str("today"))?;
        let lang = Lang::parse(Some(lang)).unwrap_or_default();
        Ok(check(&form, today).report(lang).serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
    }

    /// Form in and report out as JSON text: the caller stringifies and parses.
    #[wasm_bindgen(js_name = validateText)]
    pub fn validate_text(form: &str, today: &str, lang: &str) -> Result<String, JsValue> {
        let lang = Lang::parse(Some(lang)).unwrap_or_default();
        api::check_json(form, Some(today), lang, local_today()).map(|r| serde_json::to_string(&r).unwrap_or_default()).map_err(|e| thrown(&e, lang))
    }
}
