//! The WebAssembly adapter: the only module that knows about JavaScript. It converts, nothing
//! else: objects in and out with serde-wasm-bindgen, the browser's date, `localStorage` as a
//! [`Store`], and errors as `Error` objects worded in the person's language.
//!
//! ```js
//! import init, { Helper, reparoleWindow } from "./pkg/parole_helper.js";
//! await init();
//! reparoleWindow({ program: "ukraine", expires: "2027-03-31", lang: "es" }).status; // "open"
//! const helper = new Helper({ lang: "es", storage: "local" });
//! helper.state();                           // every question and section, for the first view
//! helper.set("filer.ssn", "000-12-3456");   // only what changed: this question's message
//! helper.report();                          // the complete worded report
//! ```
//!
//! Bad input throws an `Error` whose `message` is in the request's language, with `code` (stable)
//! and `field` (the request field to mark, or `null`).

use chrono::NaiveDate;
use js_sys::{Date, Error, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{self, Error as ApiError, Options, RequestError};
use crate::drafts::{Drafts, Loaded, Store, StoreError};
use crate::family::Household;
use crate::form::describe;
use crate::form::read::{MAX_ANSWER_CHARS, MAX_BYTES};
use crate::form::FormError;
use crate::i18n::Lang;
use crate::session::{self, Session};

/// An `Error` with the message in `lang`, and `code` and `field` for the page.
fn thrown(error: &ApiError, lang: Lang) -> JsValue {
    let js = Error::new(&error.message(lang));
    js.set_name("InputError");
    let field = error.field().map_or(JsValue::NULL, JsValue::from_str);
    let _ = Reflect::set(&js, &"code".into(), &error.code().into());
    let _ = Reflect::set(&js, &"field".into(), &field);
    js.into()
}

/// Plain objects, `null` for what is missing: the same shapes as the CLI's JSON.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
}

/// The browser's local date: "today" for the person using the page.
fn local_today() -> NaiveDate {
    let now = Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(crate::date::EARLIEST)
}

/// Reads a request object (or options, which may be missing). The language first, so that any
/// other problem is reported in it; a wrong type names its field (serde_path_to_error follows the
/// path).
fn fields(value: &JsValue) -> Result<(Options, Lang), JsValue> {
    if !value.is_object() {
        return Err(thrown(&ApiError::Request(RequestError::NotAnObject), Lang::En));
    }
    options(value)
}

fn options(value: &JsValue) -> Result<(Options, Lang), JsValue> {
    let lang_value = if value.is_object() { Reflect::get(value, &"lang".into()).unwrap_or(JsValue::UNDEFINED) } else { JsValue::UNDEFINED };
    let lang = match lang_value.as_string() {
        Some(code) => Lang::parse(Some(&code)).map_err(|e| thrown(&e.into(), Lang::En))?,
        None => Lang::En,
    };
    if value.is_undefined() || value.is_null() {
        return Ok((Options::default(), lang));
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(thrown(&ApiError::Request(RequestError::NotAnObject), lang));
    }
    let deserializer = serde_wasm_bindgen::Deserializer::from(value.clone());
    let f: Options = serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let field = e.path().to_string();
        let error = if matches!(field.as_str(), "frpException" | "terminationNotice") { RequestError::NotYesNo(field) } else { RequestError::NotText(field) };
        thrown(&ApiError::Request(error), lang)
    })?;
    // A typo in `storage` must not mean "store": only the two documented values are taken.
    match f.storage.as_deref() {
        None | Some("local" | "none") => Ok((f, lang)),
        Some(other) => Err(thrown(&ApiError::Request(RequestError::UnknownStorage(other.to_string())), lang)),
    }
}

/// A language argument (`questions(lang)`, `setLanguage(lang)`): missing is English; anything
/// else must be the text of a language the helper speaks. Checked here, before any text crosses
/// into the module: a number or an object where text belongs is a coded error, never a trap.
fn lang_argument(value: &JsValue, current: Lang) -> Result<Lang, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Lang::En);
    }
    let code = value.as_string().ok_or_else(|| thrown(&ApiError::Request(RequestError::NotText("lang".into())), current))?;
    Lang::parse(Some(&code)).map_err(|e| thrown(&e.into(), current))
}

/// The text of a request as JavaScript gives it, read as an imported file is: JSON text as it is,
/// an object as `JSON.stringify` writes it. Its size is checked before it is copied into the
/// module: a string of more than [`MAX_BYTES`] UTF-16 units has more than that many UTF-8 bytes,
/// so a 400 MB paste is refused without ever taking 400 MB of the module's memory.
fn request_text(value: &JsValue) -> Result<String, FormError> {
    let text: js_sys::JsString = if let Some(text) = value.dyn_ref::<js_sys::JsString>() {
        text.clone()
    } else if value.is_object() {
        // A cycle, a BigInt or a throwing getter: not a request (JSON.stringify throws). A value
        // whose toJSON gives nothing is not one either.
        JSON::stringify(value).ok().filter(|t| t.is_string()).ok_or(FormError::NotAnObject)?
    } else {
        return Err(FormError::NotAnObject);
    };
    let units = text.length() as usize;
    if units > MAX_BYTES {
        return Err(FormError::TooLarge { bytes: units });
    }
    Ok(String::from(text))
}

/// One answer as JavaScript gives it, checked before it is copied: text longer than any answer
/// can be (more than twice [`MAX_ANSWER_CHARS`] UTF-16 units is more than that many characters)
/// and lists or objects heavier than a whole request are refused here.
fn answer_value(value: &JsValue, path: &str) -> Result<serde_json::Value, FormError> {
    if value.is_undefined() || value.is_null() {
        return Ok(serde_json::Value::Null);
    }
    if let Some(text) = value.dyn_ref::<js_sys::JsString>() {
        if text.length() as usize > 2 * MAX_ANSWER_CHARS {
            return Err(FormError::AnswerTooLong { path: path.to_string(), max: MAX_ANSWER_CHARS });
        }
        return Ok(serde_json::Value::String(String::from(text)));
    }
    if value.is_object() {
        let text = JSON::stringify(value).map_err(|_| FormError::WrongType { path: path.to_string() })?;
        let size = if text.is_string() { text.length() as usize } else { 0 };
        if size > MAX_BYTES {
            return Err(FormError::TooLarge { bytes: size });
        }
    }
    serde_wasm_bindgen::from_value(value.clone()).map_err(|_| FormError::WrongType { path: path.to_string() })
}

/// The re-parole window: `{ program, expires, frpException?, terminationNotice?, today?, lang? }`.
#[wasm_bindgen(js_name = reparoleWindow, unchecked_return_type = "WindowReport")]
pub fn reparole_window(#[wasm_bindgen(unchecked_param_type = "Options")] request: JsValue) -> Result<JsValue, JsValue> {
    let (f, lang) = fields(&request)?;
    to_js(&api::reparole(&f.request(), lang, local_today()).map_err(|e| thrown(&e, lang))?)
}

/// The work-permit window: `{ eadExpires, expires?, today?, lang? }`; with `expires` (the parole's
/// last day) the permit is shown with the parole it depends on.
#[wasm_bindgen(js_name = eadWindow, unchecked_return_type = "WindowReport")]
pub fn ead_window(#[wasm_bindgen(unchecked_param_type = "Options")] request: JsValue) -> Result<JsValue, JsValue> {
    let (f, lang) = fields(&request)?;
    to_js(&api::ead(&f.request(), lang, local_today()).map_err(|e| thrown(&e, lang))?)
}

/// The picture of the windows the reminders hold, as a tree of SVG nodes the page builds node by
/// node: `{ program?, expires?, eadExpires?, today?, lang? }`.
#[wasm_bindgen(unchecked_return_type = "TimelineNode")]
pub fn timeline(#[wasm_bindgen(unchecked_param_type = "Options")] request: JsValue) -> Result<JsValue, JsValue> {
    let (f, lang) = fields(&request)?;
    to_js(&api::timeline(&f.request(), lang, local_today()).map_err(|e| thrown(&e, lang))?)
}

/// The reminders as `.ics` text: `{ program?, expires?, eadExpires?, today?, lang? }`.
#[wasm_bindgen]
pub fn reminders(#[wasm_bindgen(unchecked_param_type = "Options")] request: JsValue) -> Result<String, JsValue> {
    let (f, lang) = fields(&request)?;
    api::reminders(&f.request(), lang, local_today(), utc_now()).map_err(|e| thrown(&e, lang))
}

/// The time now, UTC: the calendar file's DTSTAMP.
fn utc_now() -> chrono::NaiveDateTime {
    let now = Date::new_0();
    NaiveDate::from_ymd_opt(now.get_utc_full_year() as i32, now.get_utc_month() + 1, now.get_utc_date())
        .and_then(|d| d.and_hms_opt(now.get_utc_hours(), now.get_utc_minutes(), now.get_utc_seconds()))
        .unwrap_or_default()
}

/// The programs a re-parole request can name, worded: `[{ id, item, label }]`.
#[wasm_bindgen(unchecked_return_type = "ProgramChoice[]")]
pub fn programs(#[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: JsValue) -> Result<JsValue, JsValue> {
    to_js(&session::programs(lang_argument(&lang, Lang::En)?))
}

/// The questions, worded in `lang`: the page renders itself from these.
#[wasm_bindgen(unchecked_return_type = "Questions")]
pub fn questions(#[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: JsValue) -> Result<JsValue, JsValue> {
    to_js(&describe::questions(lang_argument(&lang, Lang::En)?))
}

/// Checks a request or a family file: `validate(form, { today?, lang? })`, the same report as
/// `parole-helper check --format json` (for a family, `{ people, family, deadlines, ... }`).
/// What is not a form at all throws, as the CLI exits 2.
#[wasm_bindgen(unchecked_return_type = "Report | FamilyReport")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "ParoleRequest | FamilyFile | string")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (f, lang) = self::options(&options)?;
    let text = request_text(&form).map_err(|e| thrown(&e.into(), lang))?;
    let today = f.today.as_deref();
    to_js(&api::check_document(&text, today, lang, local_today()).map_err(|e| thrown(&e, lang))?)
}

/// The problems of a request without words: `checkCodes(form, { today? })` returns
/// `[{ code, path, severity }]`, the codes and answer paths of `validate`'s diagnostics in the
/// same order (no messages, checklist, fees or window). One request: a family file throws.
#[wasm_bindgen(js_name = checkCodes, unchecked_return_type = "Problem[]")]
pub fn check_codes(
    #[wasm_bindgen(unchecked_param_type = "ParoleRequest | string")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (f, lang) = self::options(&options)?;
    let text = request_text(&form).map_err(|e| thrown(&e.into(), lang))?;
    problems_to_js(&api::check_codes(&text, f.today.as_deref(), local_today()).map_err(|e| thrown(&e, lang))?)
}

/// The problems as plain objects (`{ code, path, severity }`, `path` `null` when none), crossing
/// as one JSON text that `JSON.parse` builds: one string for the whole list instead of three
/// per problem (each string crossing costs about as much as a short check). Codes and paths are
/// the pack's and the catalogue's identifiers, which need no escaping (tests/check_codes.rs).
fn problems_to_js(problems: &[api::Problem]) -> Result<JsValue, JsValue> {
    use crate::rules::Severity;
    let mut json = String::with_capacity(16 + problems.len() * 80);
    json.push('[');
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        json.push_str(r#"{"code":""#);
        json.push_str(p.code);
        match p.path {
            Some(path) => {
                json.push_str(r#"","path":""#);
                json.push_str(path);
                json.push_str(r#"","severity":""#);
            }
            None => json.push_str(r#"","path":null,"severity":""#),
        }
        json.push_str(match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        });
        json.push_str(r#""}"#);
    }
    json.push(']');
    JSON::parse(&json)
}

/// The type of [`check_codes`]' items, for the TypeScript definitions.
#[wasm_bindgen(typescript_custom_section)]
const PROBLEM_TS: &str = r#"/** One problem without words: its rule's stable code, the path of the answer (`null` when it is about the whole request), its severity. */
export interface Problem { code: string; path: string | null; severity: "error" | "warning" | "info" }"#;

/// The language stored with the person's consent: `{ lang, ignored }`, where `ignored` is a
/// stored value that is not a language of the helper (then `lang` is `null`).
#[wasm_bindgen(js_name = storedLanguage, unchecked_return_type = "{ lang: Lang | null; ignored: string | null }")]
pub fn stored_language() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Stored {
        lang: Option<Lang>,
        ignored: Option<String>,
    }
    let stored = match WebStore::local() {
        Ok(store) => match Drafts::language(&store) {
            Ok(lang) => Stored { lang, ignored: None },
            Err(value) => Stored { lang: None, ignored: Some(value) },
        },
        Err(_) => Stored { lang: None, ignored: None },
    };
    to_js(&stored)
}

/// The browser's `localStorage` as a [`Store`].
struct WebStore(web_sys::Storage);

impl WebStore {
    fn local() -> Result<WebStore, StoreError> {
        // A browser that blocks storage throws on access (a SecurityError) or has none.
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        window.local_storage().ok().flatten().map(WebStore).ok_or(StoreError::Unavailable)
    }
}

impl Store for WebStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(|_| StoreError::Unavailable)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        // The only error a working storage gives on write is a full quota.
        self.0.set_item(key, value).map_err(|_| StoreError::Full)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(|_| StoreError::Unavailable)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let length = self.0.length().map_err(|_| StoreError::Unavailable)?;
        Ok((0..length).filter_map(|i| self.0.key(i).ok().flatten()).collect())
    }
}

/// One request being filled on a page: its answers and checks in the core, its draft in this
/// browser (when the page stores drafts and the person agrees).
#[wasm_bindgen]
pub struct Helper {
    session: Session,
    /// `None` when the page stores nothing (`storage: "none"`).
    drafts: Option<Drafts>,
}

/// What a draft turned out to be, for the page.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DraftState {
    status: &'static str,
    message: Option<String>,
    migrated_from: Option<u32>,
}

#[wasm_bindgen]
impl Helper {
    /// `new Helper({ lang?, today?, storage?: "local" | "none", storageKey? })`.
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue) -> Result<Helper, JsValue> {
        let (f, lang) = self::options(&options)?;
        let today = api::today(&f.request(), local_today()).map_err(|e| thrown(&e, lang))?;
        let drafts = (f.storage.as_deref() != Some("none")).then(|| Drafts::new(f.storage_key.as_deref()));
        Ok(Helper { session: Session::new(today, lang), drafts })
    }

    /// Every question and section, for the first view.
    #[wasm_bindgen(unchecked_return_type = "Changes")]
    pub fn state(&mut self) -> Result<JsValue, JsValue> {
        to_js(&self.session.state())
    }

    /// Sets one answer; returns what changed. A value of the wrong kind throws and changes nothing.
    #[wasm_bindgen(unchecked_return_type = "Changes")]
    pub fn set(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] path: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Answer")] value: JsValue,
    ) -> Result<JsValue, JsValue> {
        let lang = self.session.lang();
        // The path is checked here, not by the string glue (which would trap on a number); no
        // question's path is long, so a long one is named by its start and never copied whole.
        let path = path.dyn_into::<js_sys::JsString>().map_err(|_| thrown(&ApiError::Request(RequestError::NotText("path".into())), lang))?;
        if path.length() > 200 {
            let name = String::from(path.slice(0, 40)) + "…";
            return Err(thrown(&FormError::UnknownQuestion { path: String::new(), name }.into(), lang));
        }
        let path = String::from(path);
        let value = answer_value(&value, &path).map_err(|e| thrown(&e.into(), lang))?;
        to_js(&self.session.set(&path, &value).map_err(|e| thrown(&e.into(), lang))?)
    }

    /// Rewords everything in `lang`; returns the full state.
    #[wasm_bindgen(js_name = setLanguage, unchecked_return_type = "Changes")]
    pub fn set_language(&mut self, #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue) -> Result<JsValue, JsValue> {
        let lang = lang_argument(&lang, self.session.lang())?;
        if let Some(mut store) = self.drafts.as_ref().and_then(|_| WebStore::local().ok()) {
            let _ = Drafts::save_language(&mut store, lang);
        }
        to_js(&self.session.set_lang(lang))
    }

    /// The answers as a plain object (the request JSON).
    #[wasm_bindgen(unchecked_return_type = "ParoleRequest")]
    pub fn request(&self) -> Result<JsValue, JsValue> {
        js_sys::JSON::parse(&self.session.to_json())
    }

    /// Every answer given, by the path of its question: `{ "filer.name.familyName": "Luna", ... }`.
    #[wasm_bindgen(unchecked_return_type = "Record<string, unknown>")]
    pub fn answers(&self) -> Result<JsValue, JsValue> {
        to_js(&self.session.answers())
    }

    /// Every answer that applies, worded for the printed review; of person `n` (from 0, in family
    /// order) when given: another person's answer with an empty path has no question of theirs.
    #[wasm_bindgen(unchecked_return_type = "SectionAnswers[]")]
    pub fn printed(&self, n: Option<u32>) -> Result<JsValue, JsValue> {
        to_js(&n.map_or_else(|| self.session.printed(), |n| self.session.printed_of(n as usize)))
    }

    /// The re-parole window from Part 1, Item 12, explained, or `null`.
    #[wasm_bindgen(unchecked_return_type = "WindowReport | null")]
    pub fn window(&self) -> Result<JsValue, JsValue> {
        to_js(&self.session.window())
    }

    /// The picture of the re-parole window from Part 1, Item 12, or `null`.
    #[wasm_bindgen(unchecked_return_type = "TimelineNode | null")]
    pub fn timeline(&self) -> Result<JsValue, JsValue> {
        to_js(&self.session.timeline())
    }

    /// The complete worded report.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(&self) -> Result<JsValue, JsValue> {
        to_js(&self.session.report())
    }

    /// The problems of the request held, without words (as `checkCodes` gives them): what a page
    /// that only marks or counts problems needs, with no request crossing in.
    #[wasm_bindgen(unchecked_return_type = "Problem[]")]
    pub fn codes(&self) -> Result<JsValue, JsValue> {
        problems_to_js(&api::problems(self.session.form(), self.session.today()))
    }

    /// The plan of the filled official Form I-131, for the PDF module (`pdf/acroform.js`,
    /// loaded only when asked): `fill(formBytes, helper.pdfPlan())`.
    #[wasm_bindgen(js_name = pdfPlan)]
    pub fn pdf_plan(&self) -> String {
        self.session.pdf_plan()
    }

    /// The file name for the filled form ("I-131-Rivera-Ana.pdf").
    #[wasm_bindgen(js_name = pdfFileName)]
    pub fn pdf_file_name(&self) -> String {
        self.session.pdf_file_name()
    }

    /// Adds a person the filer also asks parole for; their questions are then under `people.N.`
    /// (N from 1) in `state()`, `set()` and `answers()`. `false` when the family is full.
    #[wasm_bindgen(js_name = addPerson)]
    pub fn add_person(&mut self) -> bool {
        self.session.add_person()
    }

    /// Removes person `n` (from 1) and their answers; `false` when there is no such person.
    #[wasm_bindgen(js_name = removePerson)]
    pub fn remove_person(&mut self, n: u32) -> bool {
        self.session.remove_person(n as usize)
    }

    /// Each person's name in family order (the first is the request's), `null` before it is given.
    #[wasm_bindgen(unchecked_return_type = "(string | null)[]")]
    pub fn people(&self) -> Result<JsValue, JsValue> {
        to_js(&self.session.names())
    }

    /// The family's report (each person's, across them, the summary), or `null` for one person.
    #[wasm_bindgen(js_name = familyReport, unchecked_return_type = "FamilyReport | null")]
    pub fn family_report(&self) -> Result<JsValue, JsValue> {
        to_js(&self.session.family_report())
    }

    /// Every person's reminders in one `.ics` file, each event named after its person; `null`
    /// for one person or when no one has a re-parole window yet.
    #[wasm_bindgen(js_name = familyReminders)]
    pub fn family_reminders(&self) -> Option<String> {
        self.session.family_reminders(utc_now())
    }

    /// Every person's filled form: `[{ fileName, plan }]`, in family order, each named after its person.
    #[wasm_bindgen(js_name = pdfForms, unchecked_return_type = "{ fileName: string; plan: string }[]")]
    pub fn pdf_forms(&self) -> Result<JsValue, JsValue> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Form {
            file_name: String,
            plan: String,
        }
        to_js(&self.session.pdf_forms().into_iter().map(|(file_name, plan)| Form { file_name, plan }).collect::<Vec<_>>())
    }

    /// The answers as a JSON file's text (a family file when there is more than one person).
    #[wasm_bindgen(js_name = exportText)]
    pub fn export_text(&self) -> String {
        self.session.to_json_pretty()
    }

    /// Replaces every answer with a request (an object, or JSON text as in an imported file):
    /// what is not a request throws and changes nothing. Returns `{ migratedFrom }`.
    pub fn replace(&mut self, #[wasm_bindgen(unchecked_param_type = "ParoleRequest | string")] request: JsValue) -> Result<JsValue, JsValue> {
        let lang = self.session.lang();
        let migrated = request_text(&request).and_then(|text| self.session.replace_text(&text)).map_err(|e| thrown(&e.into(), lang))?;
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Replaced {
            migrated_from: Option<u32>,
        }
        to_js(&Replaced { migrated_from: migrated })
    }

    /// Whether the person said yes to keeping answers on this device.
    pub fn consent(&self) -> bool {
        self.drafts.is_some() && WebStore::local().is_ok_and(|store| Drafts::consent(&store))
    }

    /// Stops keeping answers on this device: the consent and every draft stored here go, the
    /// answers on the page stay. `false` when nothing could be removed.
    #[wasm_bindgen(js_name = withdrawConsent)]
    pub fn withdraw_consent(&mut self) -> bool {
        match (&mut self.drafts, WebStore::local()) {
            (Some(drafts), Ok(mut store)) => drafts.wipe(&mut store).is_ok(),
            _ => false,
        }
    }

    /// Records the yes (and the language now in use); `false` when this browser cannot store anything.
    #[wasm_bindgen(js_name = giveConsent)]
    pub fn give_consent(&mut self) -> bool {
        let lang = self.session.lang();
        self.drafts.is_some()
            && WebStore::local()
                .and_then(|mut store| Drafts::give_consent(&mut store).and_then(|()| Drafts::save_language(&mut store, lang)))
                .is_ok()
    }

    /// Reads the stored draft into the answers: `{ status: "none" | "loaded" | "unreadable" |
    /// "unavailable", message?, migratedFrom? }`. An unreadable draft is kept untouched.
    #[wasm_bindgen(js_name = loadDraft)]
    pub fn load_draft(&mut self) -> Result<JsValue, JsValue> {
        let lang = self.session.lang();
        let state = match (&mut self.drafts, WebStore::local()) {
            (None, _) => DraftState { status: "none", message: None, migrated_from: None },
            (Some(_), Err(_)) => DraftState { status: "unavailable", message: None, migrated_from: None },
            (Some(drafts), Ok(store)) => match drafts.load(&store) {
                Loaded::Nothing => DraftState { status: "none", message: None, migrated_from: None },
                Loaded::Draft { form, others, migrated_from } => match Session::with_household(Household { first: form, others }, self.session.today(), lang) {
                    Ok(session) => {
                        self.session = session;
                        DraftState { status: "loaded", message: None, migrated_from }
                    }
                    Err(error) => DraftState { status: "unreadable", message: Some(error.message(lang)), migrated_from: None },
                },
                Loaded::Unreadable(error) => DraftState { status: "unreadable", message: Some(error.message(lang)), migrated_from: None },
                Loaded::Failed(_) => DraftState { status: "unavailable", message: None, migrated_from: None },
            },
        };
        to_js(&state)
    }

    /// Saves the answers as the draft; returns what happened: `saved`, `no-consent`,
    /// `kept-unreadable-draft`, `other-tab`, `full`, `unavailable` or `off`.
    pub fn save(&mut self) -> String {
        let Some(drafts) = &mut self.drafts else { return "off".into() };
        match WebStore::local() {
            Ok(mut store) => drafts.save(&mut store, self.session.household()).id().into(),
            Err(_) => "unavailable".into(),
        }
    }

    /// Keeps this page's answers over another tab's draft; returns what happened, as `save`.
    #[wasm_bindgen(js_name = keepMine)]
    pub fn keep_mine(&mut self) -> String {
        let Some(drafts) = &mut self.drafts else { return "off".into() };
        match WebStore::local() {
            Ok(mut store) => drafts.keep_mine(&mut store, self.session.household()).id().into(),
            Err(_) => "unavailable".into(),
        }
    }

    /// Lets an unreadable draft go: the next save writes over it.
    #[wasm_bindgen(js_name = discardUnreadable)]
    pub fn discard_unreadable(&mut self) {
        if let (Some(drafts), Ok(store)) = (&mut self.drafts, WebStore::local()) {
            drafts.discard_unreadable(&store);
        }
    }

    /// The stored draft's text as it is (to download one that cannot be read).
    #[wasm_bindgen(js_name = rawDraft)]
    pub fn raw_draft(&self) -> Option<String> {
        let store = WebStore::local().ok()?;
        self.drafts.as_ref()?.raw(&store)
    }

    /// The storage key of this page's draft (another tab saving it is noticed by it).
    #[wasm_bindgen(js_name = draftKey)]
    pub fn draft_key(&self) -> Option<String> {
        self.drafts.as_ref().map(|d| d.key().to_string())
    }

    /// Removes everything the helper stored in this browser, and every answer on the page.
    pub fn wipe(&mut self) -> bool {
        self.session = Session::new(self.session.today(), self.session.lang());
        match (&mut self.drafts, WebStore::local()) {
            (Some(drafts), Ok(mut store)) => drafts.wipe(&mut store).is_ok(),
            (None, Ok(mut store)) => Drafts::new(None).wipe(&mut store).is_ok(),
            _ => false,
        }
    }
}

// ---- Part 8's statement builder (src/statement.rs) ----

/// The statement builder's words in `lang`: its questions, their choices, its buttons.
#[wasm_bindgen(
    js_name = statementQuestions,
    unchecked_return_type = "{ title: string; intro: string; questions: { id: string; kind: \"text\" | \"number\" | \"choice\"; label: string; help: string | null; choices: { value: string; label: string }[] }[]; englishTitle: string; readBackTitle: string | null; empty: string; useText: string; confirm: string; addBelow: string; replace: string; cancel: string; done: string }"
)]
pub fn statement_questions(#[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::statement::questions(lang_argument(&lang, Lang::En)?))
}

#[wasm_bindgen]
impl Helper {
    /// Part 8's statement written from the builder's answers (`{ diagnosis, treatment, home, ... }`,
    /// each optional) and this request: `english` for the form, `readBack` in the request's
    /// language, `skipped` the builder's questions that do not apply, `shown` whether the builder
    /// applies (a medical reason). An answer that is not text is no answer.
    #[wasm_bindgen(unchecked_return_type = "{ english: string; readBack: string; skipped: string[]; shown: boolean }")]
    pub fn statement(&self, #[wasm_bindgen(unchecked_param_type = "Record<string, string | null>")] answers: JsValue) -> Result<JsValue, JsValue> {
        use crate::statement::{self, StatementAnswers};
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct View {
            english: String,
            read_back: String,
            skipped: Vec<&'static str>,
            shown: bool,
        }
        // Read by id, not with serde (whose code for one more type weighs ~4 KB gzip): what is not
        // text is no answer, text longer than any answer can be is refused before it is copied.
        let lang = self.session.lang();
        if !answers.is_undefined() && !answers.is_null() && !answers.is_object() {
            return Err(thrown(&ApiError::Request(RequestError::NotAnObject), lang));
        }
        let mut too_long = None;
        let answers = StatementAnswers::from_fields(|id| {
            let value = Reflect::get(&answers, &id.into()).ok()?.dyn_into::<js_sys::JsString>().ok()?;
            if value.length() as usize > 2 * MAX_ANSWER_CHARS {
                too_long = Some(id.to_string());
                return None;
            }
            Some(String::from(value))
        });
        if let Some(path) = too_long {
            return Err(thrown(&FormError::AnswerTooLong { path, max: MAX_ANSWER_CHARS }.into(), lang));
        }
        let form = self.session.form();
        let text = statement::compose(&answers, form, self.session.today(), lang);
        to_js(&View { english: text.english, read_back: text.read_back, skipped: statement::skipped(form), shown: statement::shown(form) })
    }
}

// ---- Languages, loaded one at a time (www/locales/<code>.ftl) ----
//
// The module carries no words (`words_of!` is `None` on wasm32): the page fetches the file of the
// language it shows and hands it here, before its first view; English too when that file lacks
// texts (the fallback). The page's own words are ids `page-<key>` of the same files, rendered by
// the same core: there is no second renderer in JavaScript.

use crate::i18n::{Direction, LANGUAGES};
use std::collections::HashSet;

/// Every language the helper has, in the picker's order: `[{ code, name, dir, listed }]`, each
/// name in its own language ("Español"); the picker offers the `listed` ones (a test language,
/// like the pseudo-locale, opens only from the address: `?lang=ar-XB`).
#[wasm_bindgen(unchecked_return_type = "{ code: string; name: string; dir: \"ltr\" | \"rtl\"; listed: boolean }[]")]
pub fn languages() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Listed {
        code: &'static str,
        name: &'static str,
        dir: Direction,
        listed: bool,
    }
    to_js(&LANGUAGES.iter().map(|l| Listed { code: l.code, name: l.name, dir: l.dir, listed: l.listed }).collect::<Vec<_>>())
}

/// Loads a language's file (the text of `locales/<code>.ftl`) into the core: everything it words
/// in that language comes from it from then on. Returns `{ lang, name, dir, complete, missing }`:
/// `complete` when the file has every text English has (else load English too, the fallback);
/// `missing` the ids it lacks, or `null` while English is not loaded to compare with. A file that
/// cannot be read throws (`code` "lang.unreadable", the line in `message`) and changes nothing.
#[wasm_bindgen(
    js_name = loadLanguage,
    unchecked_return_type = "{ lang: Lang; name: string; dir: \"ltr\" | \"rtl\"; complete: boolean; missing: string[] | null }"
)]
pub fn load_language(
    #[wasm_bindgen(unchecked_param_type = "Lang")] code: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_argument(&code, Lang::En)?;
    let text = text.as_string().ok_or_else(|| thrown(&ApiError::Request(RequestError::NotText("text".into())), Lang::En))?;
    // A text that cannot be read is skipped (it falls back to English, which `complete: false`
    // tells the page to load); a file with no text read at all (an error page, another format)
    // is refused whole and changes nothing.
    if let Err(refused) = crate::i18n::load_skipping(lang.code(), &text) {
        let js = Error::new(&format!("locales/{}.ftl: {}", lang.code(), refused.into_iter().next().unwrap_or_default()));
        js.set_name("InputError");
        let _ = Reflect::set(&js, &"code".into(), &"lang.unreadable".into());
        let _ = Reflect::set(&js, &"field".into(), &JsValue::NULL);
        return Err(JsValue::from(js));
    }
    let complete = crate::i18n::is_complete(lang);
    let missing = crate::i18n::is_loaded(Lang::En).then(|| crate::i18n::missing_ids(lang));
    #[derive(Serialize)]
    struct Loaded {
        lang: Lang,
        name: &'static str,
        dir: Direction,
        complete: bool,
        missing: Option<Vec<String>>,
    }
    let language = lang.language();
    to_js(&Loaded { lang, name: language.name, dir: language.dir, complete, missing })
}

/// The page's own words in a loaded language (ids `page-<key>`, by `key`), with English's for
/// any its file lacks: a text without placeholders is its string; a text with placeholders is the
/// list of their names (fill it with [`text`]); a message with attributes is an object of them.
#[wasm_bindgen(
    js_name = pageWords,
    unchecked_return_type = "Record<string, string | string[] | Record<string, string | string[]>>"
)]
pub fn page_words(#[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_argument(&lang, Lang::En)?;
    let words = js_sys::Object::new();
    let own = crate::i18n::message_ids(lang);
    let has: HashSet<&str> = own.iter().map(String::as_str).collect();
    let english = if lang == Lang::En || !crate::i18n::is_loaded(Lang::En) { vec![] } else { crate::i18n::message_ids(Lang::En) };
    let own_ids = own.iter().map(|id| (id, lang));
    let fallback = english.iter().filter(|id| !has.contains(id.as_str())).map(|id| (id, Lang::En));
    for (id, from) in own_ids.chain(fallback) {
        let Some(key) = id.strip_prefix("page-") else { continue };
        let variables = crate::i18n::variables(from, id);
        let value: JsValue = if variables.is_empty() {
            crate::i18n::tr(lang, id, &[]).into()
        } else {
            variables.iter().map(|v| JsValue::from_str(v)).collect::<js_sys::Array>().into()
        };
        match key.split_once('.') {
            None => {
                // A message with attributes is the object of them (its attributes come next).
                if Reflect::get(&words, &key.into()).is_ok_and(|v| !v.is_object()) {
                    Reflect::set(&words, &key.into(), &value)?;
                }
            }
            Some((message, attribute)) => {
                let mut object = Reflect::get(&words, &message.into())?;
                if !object.is_object() || js_sys::Array::is_array(&object) {
                    object = js_sys::Object::new().into();
                    Reflect::set(&words, &message.into(), &object)?;
                }
                Reflect::set(&object, &attribute.into(), &value)?;
            }
        }
    }
    Ok(words.into())
}

/// One text of a loaded language by its id (`"page-saved"`, `"page-status.open"`), its
/// placeholders filled from `args` (`{ time: "10:42" }`): numbers as numbers, which also choose
/// the plural form; anything else as text.
#[wasm_bindgen]
pub fn text(
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Record<string, unknown>")] args: JsValue,
) -> Result<String, JsValue> {
    use crate::i18n::Arg;
    let lang = lang_argument(&lang, Lang::En)?;
    let id = id.as_string().ok_or_else(|| thrown(&ApiError::Request(RequestError::NotText("id".into())), lang))?;
    let mut values: Vec<(String, Arg<'static>)> = Vec::new();
    if args.is_object() {
        for entry in js_sys::Object::entries(args.unchecked_ref()).iter() {
            let entry: js_sys::Array = entry.unchecked_into();
            let (Some(name), value) = (entry.get(0).as_string(), entry.get(1)) else { continue };
            let value = if let Some(n) = value.as_f64() {
                Arg::Num(n)
            } else if let Some(s) = value.as_string() {
                Arg::from(s)
            } else if let Some(b) = value.as_bool() {
                Arg::from(b.to_string())
            } else {
                continue;
            };
            values.push((name, value));
        }
    }
    let args: Vec<(&str, Arg)> = values.iter().map(|(name, value)| (name.as_str(), value.clone())).collect();
    Ok(crate::i18n::tr(lang, &id, &args))
}
