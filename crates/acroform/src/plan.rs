//! Fill plans: the caller decides *what* goes in *which* box; [`fill_plan`] decides, with
//! the form's real font metrics, whether it fits, and moves what does not.
//!
//! The rules, entry by entry in plan order:
//! - An entry without a [`Place`] must fit: a check box state, a choice, a comb box.
//!   If it does not (unknown option, longer than `/MaxLen`, wider than the box at 6 pt),
//!   the fill fails with a [`PdfError`] that names the field.
//! - A text entry with a place is set when it fits its box (the [`crate::text_fits`]
//!   test). Otherwise it *moves*, and so does an entry whose field is `""`:
//!   1. to the next free continuation [`Row`] (the I-131's Part 13 Items 3-7), if the
//!      text fits that row's text box and the place fits its page, part and item boxes;
//!   2. else, whole, onto an added sheet ([`crate::ExtraPage`]) headed by
//!      [`Overflow::sheet_heading`] and a line `Page N, Part P, Item I`, with
//!      [`Overflow::sheet_footer`] at the bottom of each of its pages; the next free row,
//!      if any, then says where the text went ([`Overflow::sheet_note`]).
//!
//!   The box whose answer moved gets [`Overflow::moved_note`] when it fits there;
//!   otherwise it is left empty.
//! - A row is free when no entry names one of its four boxes and no moved text took it
//!   yet; rows are used in their order.
//!
//! Moved text is never cut: in a row it is shown whole (that is the fit test), and a
//! sheet continues on as many pages as it needs. The text encoding of a plan (to cross
//! from one wasm module to another) is in `plan_text.rs`: [`Plan::to_text`] and
//! [`Plan::parse`].

use crate::filler::Filler;
use crate::form;
use crate::xref::Document;
use crate::{ExtraPage, FieldKind, FieldValue, PdfError, kind_of};

/// What to put in the form, in order, and where text that does not fit goes.
/// See the crate documentation for a complete example.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub entries: Vec<Entry>,
    pub overflow: Overflow,
}

/// One value for one box.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// Full field name (`form1[0].P5[0].Part2_Line3_ZipCode[0]`); `""` = no box: the text
    /// goes straight to the overflow (it needs a place then).
    pub field: String,
    /// Text field text, choice export value (or displayed text), or a check box state
    /// name (`Y`, `1`, ` APT `...; `"Off"` clears the box).
    pub value: String,
    /// `Some`: the text may move (text fields), and this is where it belongs on the form.
    /// `None`: the value must fit, else the fill fails. Check boxes and choices never move.
    pub place: Option<Place>,
}

impl Entry {
    pub fn new(field: &str, value: &str, place: Option<Place>) -> Entry {
        Entry {
            field: field.to_string(),
            value: value.to_string(),
            place,
        }
    }
}

/// Where an answer belongs on the form, as the form numbers it (what a continuation row
/// or sheet says: "Page 10, Part 8, Item 1").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    /// Page number; `""` = the page of the field's widget.
    pub page: String,
    pub part: String,
    pub item: String,
}

impl Place {
    pub fn new(page: &str, part: &str, item: &str) -> Place {
        Place {
            page: page.to_string(),
            part: part.to_string(),
            item: item.to_string(),
        }
    }
}

/// Where moved text goes, and what the form says about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overflow {
    /// Continuation rows on the form, in the order they are used.
    pub rows: Vec<Row>,
    /// Written in a box whose answer moved, if it fits there ("See Part 13."); `""` =
    /// leave the box empty.
    pub moved_note: String,
    /// Written in the next free row when a text went to an added sheet. `{page}`,
    /// `{part}` and `{item}` are replaced with the place, `{sheet}` with the sheet's
    /// number (1 for the first added sheet). `""` = use no row for it.
    pub sheet_note: String,
    /// Lines atop every page of every added sheet (name, A-Number); a line
    /// `Page N, Part P, Item I` follows them.
    pub sheet_heading: Vec<String>,
    /// Lines at the bottom of every page of every added sheet ("Signature: ___ Date: ___").
    pub sheet_footer: Vec<String>,
}

/// A continuation row: the full names of its four text boxes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    pub page: String,
    pub part: String,
    pub item: String,
    pub text: String,
}

/// Executes `plan` on `pdf` (see the module rules); returns the filled file, an
/// incremental update of `pdf`. The same plan always gives the same bytes.
pub fn fill_plan(pdf: &[u8], plan: &Plan) -> Result<Vec<u8>, PdfError> {
    let mut doc = Document::load(pdf)?;
    let form = form::read_form(&mut doc)?;
    let mut filler = Filler::new(&mut doc, &form)?;
    let sheets = Router::new(&mut filler, plan)?.run()?;
    let update = filler.finish(&sheets)?;
    Ok(update.finish(&doc))
}

/// Follows a plan: sets what fits, moves the rest.
struct Router<'p, 'f, 'd, 'a> {
    filler: &'f mut Filler<'d, 'a>,
    plan: &'p Plan,
    /// Rows free for moved text, in order; the first `used_rows` of them are taken.
    free_rows: Vec<&'p Row>,
    used_rows: usize,
    sheets: Vec<ExtraPage>,
}

impl<'p, 'f, 'd, 'a> Router<'p, 'f, 'd, 'a> {
    fn new(filler: &'f mut Filler<'d, 'a>, plan: &'p Plan) -> Result<Self, PdfError> {
        let overflow = &plan.overflow;
        for row in &overflow.rows {
            for name in [&row.page, &row.part, &row.item, &row.text] {
                let widgets = filler.widgets_named(name);
                match widgets.first() {
                    None => return Err(PdfError::UnknownField(name.clone())),
                    Some(w) if kind_of(w) != FieldKind::Text => {
                        return Err(PdfError::BadPlan(format!(
                            "continuation row box \"{name}\" is not a text field"
                        )));
                    }
                    Some(_) => {}
                }
            }
        }
        // A row whose boxes the plan fills itself is not free for moved text.
        let named = |name: &String| plan.entries.iter().any(|e| &e.field == name);
        let free_rows = overflow
            .rows
            .iter()
            .filter(|r| ![&r.page, &r.part, &r.item, &r.text].into_iter().any(named))
            .collect();
        Ok(Router {
            filler,
            plan,
            free_rows,
            used_rows: 0,
            sheets: Vec::new(),
        })
    }

    fn run(mut self) -> Result<Vec<ExtraPage>, PdfError> {
        let plan = self.plan;
        for (index, entry) in plan.entries.iter().enumerate() {
            self.entry(index, entry)?;
        }
        Ok(self.sheets)
    }

    fn entry(&mut self, index: usize, entry: &'p Entry) -> Result<(), PdfError> {
        if entry.field.is_empty() {
            let Some(place) = &entry.place else {
                return Err(PdfError::BadPlan(format!(
                    "entry {}: no field and no place for its text",
                    index + 1
                )));
            };
            return self.move_text(&entry.value, place.clone());
        }
        let widgets = self.filler.widgets_named(&entry.field);
        let Some(first) = widgets.first() else {
            return Err(PdfError::UnknownField(entry.field.clone()));
        };
        let kind = kind_of(first);
        let page = first.page;
        let had_value = widgets
            .iter()
            .any(|w| w.value.as_deref().is_some_and(|v| !v.is_empty()));
        let text = FieldValue::Text(entry.value.clone());
        match (kind, &entry.place) {
            (FieldKind::Text, _) if self.filler.text_fits(&entry.field, &entry.value)? => {
                self.filler.set(&entry.field, &text)
            }
            (FieldKind::Text, None) => Err(PdfError::BadValue {
                field: entry.field.clone(),
                reason:
                    "the text does not fit in the box, and the plan gives it no place to move to"
                        .into(),
            }),
            (FieldKind::Text, Some(place)) => {
                let mut place = place.clone();
                if place.page.is_empty() && page > 0 {
                    place.page = page.to_string();
                }
                let note = &self.plan.overflow.moved_note;
                if !note.is_empty() && self.filler.text_fits(&entry.field, note)? {
                    self.filler
                        .set(&entry.field, &FieldValue::Text(note.clone()))?;
                } else if had_value {
                    // A form filled before: its old answer must not stay in the box.
                    self.filler
                        .set(&entry.field, &FieldValue::Text(String::new()))?;
                }
                self.move_text(&entry.value, place)
            }
            // Check box states and choices: validated by the filler, never moved.
            _ => self
                .filler
                .set(&entry.field, &FieldValue::Choice(entry.value.clone())),
        }
    }

    /// Puts `text` in the next free row if it fits there, else on a new sheet.
    fn move_text(&mut self, text: &str, place: Place) -> Result<(), PdfError> {
        if self.take_row(text, &place)? {
            return Ok(());
        }
        let overflow = &self.plan.overflow;
        let mut heading = overflow.sheet_heading.clone();
        heading.push(location(&place));
        self.sheets.push(ExtraPage {
            heading,
            body: text.to_string(),
            footer: overflow.sheet_footer.clone(),
        });
        if !overflow.sheet_note.is_empty() {
            let sheet = self.sheets.len().to_string();
            let note = fill_in(
                &overflow.sheet_note,
                &[
                    ("{page}", &place.page),
                    ("{part}", &place.part),
                    ("{item}", &place.item),
                    ("{sheet}", &sheet),
                ],
            );
            self.take_row(&note, &place)?;
        }
        Ok(())
    }

    /// Fills the next free row with `place` and `text` when all four fit; says whether it did.
    fn take_row(&mut self, text: &str, place: &Place) -> Result<bool, PdfError> {
        let Some(&row) = self.free_rows.get(self.used_rows) else {
            return Ok(false);
        };
        let cells = [
            (&row.page, &place.page),
            (&row.part, &place.part),
            (&row.item, &place.item),
        ];
        for (name, value) in cells {
            if !self.filler.text_fits(name, value)? {
                return Ok(false);
            }
        }
        if !self.filler.text_fits(&row.text, text)? {
            return Ok(false);
        }
        for (name, value) in cells {
            self.filler.set(name, &FieldValue::Text(value.clone()))?;
        }
        self.filler
            .set(&row.text, &FieldValue::Text(text.to_string()))?;
        self.used_rows += 1;
        Ok(true)
    }
}

/// The sheet heading line naming the place: "Page 10, Part 8, Item 1" (empty parts left out).
fn location(place: &Place) -> String {
    [
        ("Page", &place.page),
        ("Part", &place.part),
        ("Item", &place.item),
    ]
    .iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(label, v)| format!("{label} {v}"))
    .collect::<Vec<_>>()
    .join(", ")
}

/// `template` with each placeholder replaced by its value, in one pass (a value that
/// contains a placeholder stays as it is). Not `str::replace`: its substring search
/// costs ~2 KB of wasm.
fn fill_in(template: &str, values: &[(&str, &String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(ch) = rest.chars().next() {
        let found = values.iter().find(|(key, _)| rest.starts_with(key));
        let skip = match found {
            Some((key, value)) => {
                out.push_str(value);
                key.len()
            }
            None => {
                out.push(ch);
                ch.len_utf8()
            }
        };
        rest = rest.get(skip..).unwrap_or("");
    }
    out
}
