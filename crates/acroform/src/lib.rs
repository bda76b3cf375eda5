//! Fills the AcroForm of a PDF (made for the official USCIS Form I-131, edition 01/20/25)
//! as an incremental update with appearance streams, and executes a fill plan: the
//! caller says *what* goes in *which* box, this crate decides with the form's real font
//! metrics whether it fits and, when it does not, where it goes instead (the form's
//! continuation rows, then added sheets). Bytes in, bytes out; pure Rust, no I/O.
//!
//! ```
//! use acroform::{Entry, Overflow, Place, Plan, Row, fill_plan, fields};
//!
//! let form: &[u8] = include_bytes!("../../../www/forms/i-131-edition-01-20-25.pdf");
//! let p13 = |name: &str| format!("form1[0].#subform[13].Part13_{name}[0]");
//! let plan = Plan {
//!     entries: vec![
//!         // Must fit (no place): a comb box, a choice and a check box state.
//!         Entry::new("form1[0].P5[0].#area[0].Part2_Line5_AlienNumber[0]", "012345678", None),
//!         Entry::new("form1[0].P5[0].Part2_Line3_State[0]", "CA", None),
//!         Entry::new("form1[0].P5[0].Part2_Line3_Unit[1]", " APT ", None),
//!         // May move: too long for its box, so it goes to the first continuation row.
//!         Entry::new(
//!             "form1[0].P4[0].Part2_Line1_FamilyName[0]",
//!             &"Wolfeschlegelsteinhausen ".repeat(6),
//!             Some(Place::new("", "2", "1.a")),
//!         ),
//!     ],
//!     overflow: Overflow {
//!         rows: (3..=7)
//!             .map(|n| Row {
//!                 page: p13(&format!("Line{n}_PageNumber")),
//!                 part: p13(&format!("Line{n}_PartNumber")),
//!                 item: p13(&format!("Line{n}_ItemNumber")),
//!                 text: p13(&format!("Line{n}_AdditionalInfo")),
//!             })
//!             .collect(),
//!         moved_note: "See Part 13.".into(),
//!         sheet_note: "Continued on an added sheet: Page {page}, Part {part}, Item {item}.".into(),
//!         sheet_heading: vec!["Lucía Ramírez, A-012345678".into()],
//!         sheet_footer: vec!["Signature: ______________________   Date: __________".into()],
//!     },
//! };
//! // The plan crosses between wasm modules as text.
//! assert_eq!(Plan::parse(&plan.to_text())?, plan);
//!
//! let filled: Vec<u8> = fill_plan(form, &plan)?;
//! let value = |name: &str| {
//!     fields(&filled).ok()?.into_iter().find(|f| f.name == name)?.value
//! };
//! assert_eq!(value("form1[0].P4[0].Part2_Line1_FamilyName[0]").as_deref(), Some("See Part 13."));
//! assert_eq!(value(&p13("Line3_PageNumber")).as_deref(), Some("4"));
//! assert!(value(&p13("Line3_AdditionalInfo")).is_some_and(|t| t.starts_with("Wolfe")));
//! # Ok::<(), acroform::PdfError>(())
//! ```
//!
//! Underneath, [`fields`] lists every widget (full name, kind, `/MaxLen`, comb flag,
//! check box on-state, page, rectangle, tooltip) and [`fill`] sets explicit values and
//! appends [`ExtraPage`]s; [`text_fits`] answers the fit question for one box.
//!
//! What [`fill`] and [`fill_plan`] write, after the original bytes (which stay byte for
//! byte the same):
//! - each filled field with its new `/V`, and for text and choice fields a new normal
//!   appearance stream (`/AP /N`) drawn with the field's `/DA` font, so the page looks
//!   and prints the same in every viewer; check boxes get `/V` and `/AS` set to the
//!   widget's own "on" state name (`Y`, `1`, ` APT `...), their drawings already exist;
//! - the `/AcroForm` dictionary without `/XFA`, so viewers that understand XFA show
//!   these AcroForm fields instead of the empty XFA form;
//! - the catalog without `/Perms` (the Adobe usage-rights signature no longer
//!   matches the file) and without Adobe's XFA version-check scripts;
//! - the extra pages and the page tree root with the new `/Kids` and `/Count`;
//! - a cross-reference section for these objects and a trailer with `/Prev`.
//!
//! How values are drawn (see `appearance.rs`): single-line text vertically centred,
//! 2 pt from the edge, in the `/Q` alignment, shrunk (not below 6 pt) if too wide;
//! comb fields one character per cell; multiline fields wrapped at spaces with the
//! font's real widths and shrunk down to 6 pt; all clipped to the box. Text is
//! encoded for the field font (WinAnsi: Latin-1 accents such as "á Ñ ü" show; "č"
//! shows as "c"; other characters as "?"), while `/V` keeps the exact Unicode text.
//! A value longer than `/MaxLen` is an error in [`fill`], not silently cut.
//!
//! Fields stay editable: nothing is flattened, and a filled field that the form locked
//! (ReadOnly, which only its XFA script would lift) is unlocked. The output is
//! deterministic: no clock, no randomness, the `/ID` second half is a hash of the
//! update. Nothing here panics on bad input: every failure is a [`PdfError`].
//!
//! With the feature `wasm` (on `wasm32` only) the crate exports one JavaScript function,
//! `fill(form: Uint8Array, plan: string) -> Uint8Array` (see `src/wasm.rs`); without it
//! there are no exports, so a module that only builds [`Plan`]s links none of the filler.

// The "no panics on any input" rule, enforced when linting (`cargo clippy`).
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic
    )
)]

mod appearance;
mod filler;
mod fonts;
mod form;
mod lexer;
mod objects;
mod pages;
mod plan;
mod plan_text;
#[cfg(all(feature = "wasm", target_arch = "wasm32"))]
mod wasm;
mod write;
mod xref;

use std::fmt;

use appearance::parse_da;
use filler::Filler;
use form::{FF_COMB, FF_MULTILINE, FF_PUSHBUTTON, FF_READ_ONLY, Widget};
use xref::Document;

pub use plan::{Entry, Overflow, Place, Plan, Row, fill_plan};

/// Why a PDF could not be read or filled, or a plan not followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// The bytes are not a PDF this crate can read; the text says what was wrong.
    Malformed(String),
    /// A PDF feature this crate does not handle (encryption, a stream filter...).
    Unsupported(String),
    /// No field has this full name.
    UnknownField(String),
    /// The value does not suit the field (kind, list of options, length, does not fit).
    BadValue { field: String, reason: String },
    /// A plan's text does not parse, or the plan asks for something impossible
    /// (an entry without a field and without a place, a row that is not text boxes).
    BadPlan(String),
}

impl PdfError {
    /// A stable code for the kind of error, for callers that word messages themselves
    /// (the browser adapter starts its messages with it): `pdf.malformed`,
    /// `pdf.unsupported`, `pdf.field`, `pdf.value`, `pdf.plan`.
    pub fn code(&self) -> &'static str {
        match self {
            PdfError::Malformed(_) => "pdf.malformed",
            PdfError::Unsupported(_) => "pdf.unsupported",
            PdfError::UnknownField(_) => "pdf.field",
            PdfError::BadValue { .. } => "pdf.value",
            PdfError::BadPlan(_) => "pdf.plan",
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Malformed(m) => write!(f, "malformed PDF: {m}"),
            PdfError::Unsupported(m) => write!(f, "unsupported PDF feature: {m}"),
            PdfError::UnknownField(n) => write!(f, "no field named \"{n}\" in the form"),
            PdfError::BadValue { field, reason } => {
                write!(f, "bad value for field \"{field}\": {reason}")
            }
            PdfError::BadPlan(m) => write!(f, "bad fill plan: {m}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// The kind of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// Check boxes (and radio buttons): ticked with [`FieldValue::Check`].
    CheckBox,
    /// Combo and list boxes: set with [`FieldValue::Choice`].
    Choice,
    /// Push buttons, signatures: not fillable here.
    Other,
}

/// One widget of the form.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldInfo {
    /// Full field name, e.g. `form1[0].P5[0].Part2_Line3_ZipCode[0]`.
    pub name: String,
    pub kind: FieldKind,
    /// `/MaxLen` of a text field.
    pub max_len: Option<u32>,
    /// Comb field: `max_len` equal cells, one character each (A-Number, SSN...).
    pub comb: bool,
    pub multiline: bool,
    /// Check box: the name of its "on" appearance state (`Y`, `1`, ` APT `...).
    pub on_state: Option<String>,
    /// Choice field: the export values of `/Opt`.
    pub options: Vec<String>,
    /// 1-based page number (0 if the widget is on no page).
    pub page: u32,
    /// `/Rect` in page coordinates: [x1, y1, x2, y2], x1 <= x2, y1 <= y2.
    pub rect: [f32; 4],
    /// `/TU`: the form's own words for the item ("Part 2. ... 3. ...").
    pub tooltip: Option<String>,
    /// The ReadOnly field flag. Viewers will not let the user type here, but
    /// [`fill`] fills it like any other field.
    pub read_only: bool,
    /// Font size of `/DA` (0 = auto size).
    pub font_size: f32,
    /// Current `/V`, if any.
    pub value: Option<String>,
}

/// A value to put in a field.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// Text field content (also accepted for choice fields).
    Text(String),
    /// Ticks the named check box widget (its own "on" state); the other widgets of
    /// the same field, if any, are set to `Off`.
    Check,
    /// Choice field: an option's export value or displayed text. For a check box
    /// field: the name of the state to select (`"Off"` clears it).
    Choice(String),
}

/// A continuation sheet appended after the form: one or more US Letter pages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExtraPage {
    /// Lines at the top of every page of this sheet (bold): name, A-Number, Part, Item.
    pub heading: Vec<String>,
    /// Text wrapped to the page and continued on further pages; `\n` starts a new line.
    pub body: String,
    /// Lines at the bottom of every page of this sheet (the form asks applicants to
    /// sign and date each sheet).
    pub footer: Vec<String>,
}

pub(crate) fn kind_of(w: &Widget) -> FieldKind {
    match w.ft.as_slice() {
        b"Tx" => FieldKind::Text,
        b"Btn" if !w.has(FF_PUSHBUTTON) => FieldKind::CheckBox,
        b"Ch" => FieldKind::Choice,
        _ => FieldKind::Other,
    }
}

/// Lists every widget of the form in page order.
pub fn fields(pdf: &[u8]) -> Result<Vec<FieldInfo>, PdfError> {
    let mut doc = Document::load(pdf)?;
    let form = form::read_form(&mut doc)?;
    Ok(form
        .widgets
        .iter()
        .map(|w| FieldInfo {
            name: w.name.clone(),
            kind: kind_of(w),
            max_len: w.max_len,
            comb: w.has(FF_COMB) && w.max_len.is_some() && !w.has(FF_MULTILINE),
            multiline: w.has(FF_MULTILINE),
            on_state: w
                .on_state
                .as_ref()
                .map(|s| String::from_utf8_lossy(s).into_owned()),
            options: w.opts.iter().map(|(e, _)| e.clone()).collect(),
            page: w.page,
            rect: w.rect,
            tooltip: w.tooltip.clone(),
            read_only: w.has(FF_READ_ONLY),
            font_size: parse_da(w.da.as_deref().unwrap_or(b"")).size,
            value: w.value.clone(),
        })
        .collect())
}

/// Whether `text` would show whole in the named text field: within `/MaxLen`, and on
/// one line, in the comb cells, or wrapped in the box, at a font size no smaller than
/// 6 pt (in every widget of the field). [`fill_plan`] uses the same test to decide
/// what moves.
pub fn text_fits(pdf: &[u8], name: &str, text: &str) -> Result<bool, PdfError> {
    let mut doc = Document::load(pdf)?;
    let form = form::read_form(&mut doc)?;
    Filler::new(&mut doc, &form)?.text_fits(name, text)
}

/// Fills the form with explicit values and appends `extra_pages`; returns the new file
/// (an incremental update of `pdf`). See the crate documentation for what is written.
pub fn fill(
    pdf: &[u8],
    values: &[(String, FieldValue)],
    extra_pages: &[ExtraPage],
) -> Result<Vec<u8>, PdfError> {
    let mut doc = Document::load(pdf)?;
    let form = form::read_form(&mut doc)?;
    let mut filler = Filler::new(&mut doc, &form)?;
    for (name, value) in values {
        filler.set(name, value)?;
    }
    let update = filler.finish(extra_pages)?;
    Ok(update.finish(&doc))
}
