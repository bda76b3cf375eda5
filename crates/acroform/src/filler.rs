//! The filler: sets field values with their appearance streams, rewrites the form
//! without `/XFA`, appends continuation pages, and collects it all in an [`Update`].
//! [`crate::fill`] and [`crate::fill_plan`] both drive it.

use crate::appearance::{self, Da, parse_da};
use crate::fonts::FontMetrics;
use crate::form::{FF_COMB, FF_COMBO, FF_EDIT, FF_MULTILINE, FF_READ_ONLY, Form, Widget};
use crate::objects::{Dict, Obj, Ref, Stream, encode_text};
use crate::write::Update;
use crate::xref::Document;
use crate::{ExtraPage, FieldKind, FieldValue, PdfError, kind_of};

mod document;
use document::standard_font;

/// Drawing parameters of one widget (owned, so the layout can borrow them).
struct Style {
    w: f32,
    h: f32,
    da: Da,
    font_name: Vec<u8>,
    font_obj: Obj,
    metrics: FontMetrics,
    q: i64,
    comb: Option<u32>,
    multiline: bool,
    background: Option<Vec<f64>>,
    border: Option<Vec<f64>>,
    border_width: f32,
}

impl Style {
    fn field(&self) -> appearance::Field<'_> {
        appearance::Field {
            w: self.w,
            h: self.h,
            da: &self.da,
            font_name: &self.font_name,
            metrics: &self.metrics,
            q: self.q,
            comb: self.comb,
            multiline: self.multiline,
            background: self.background.clone(),
            border: self.border.clone(),
            border_width: self.border_width,
        }
    }
}

/// A `/DR` font we can write with: its resource object and its metrics.
type UsableFont = (Obj, FontMetrics);

/// Name of the Helvetica resource added when a field's own font cannot be used.
const FALLBACK_FONT: &[u8] = b"PFHelv";

pub(crate) struct Filler<'d, 'a> {
    doc: &'d mut Document<'a>,
    form: &'d Form,
    up: Update,
    /// Existing dictionaries changed so far (widgets, fields), written at the end.
    /// Lists, not maps: a few hundred entries at most, and maps cost code size in wasm.
    dirty: Vec<(Ref, Dict)>,
    /// `/DR /Font` of the AcroForm.
    dr_fonts: Dict,
    /// Fonts met so far, by resource name (`None`: not usable).
    fonts: Vec<(Vec<u8>, Option<UsableFont>)>,
    fallback_font: Option<Ref>,
}

fn bad(field: &str, reason: impl Into<String>) -> PdfError {
    PdfError::BadValue {
        field: field.to_string(),
        reason: reason.into(),
    }
}

impl<'d, 'a> Filler<'d, 'a> {
    pub(crate) fn new(
        doc: &'d mut Document<'a>,
        form: &'d Form,
    ) -> Result<Filler<'d, 'a>, PdfError> {
        let dr = match &form.acroform {
            Some(af) => doc.resolve_dict(af.get(b"DR"))?,
            None => None,
        };
        let dr_fonts = match dr {
            Some(dr) => doc.resolve_dict(dr.get(b"Font"))?.unwrap_or_default(),
            None => Dict::new(),
        };
        let up = Update::new(doc.next_free_num());
        Ok(Filler {
            doc,
            form,
            up,
            dirty: Vec::new(),
            dr_fonts,
            fonts: Vec::new(),
            fallback_font: None,
        })
    }

    /// The widgets named `name` (one field may have several), in page order.
    pub(crate) fn widgets_named(&self, name: &str) -> Vec<&'d Widget> {
        let form: &'d Form = self.form;
        // A linear search: a few hundred names, and no map code in the wasm module.
        form.widgets.iter().filter(|w| w.name == name).collect()
    }

    /// Whether `text` shows whole in every widget of the text field `name`: within
    /// `/MaxLen`, and laid out (one line, comb cells or wrapped) at 6 pt or more.
    pub(crate) fn text_fits(&mut self, name: &str, text: &str) -> Result<bool, PdfError> {
        let widgets = self.widgets_named(name);
        if widgets.is_empty() {
            return Err(PdfError::UnknownField(name.to_string()));
        }
        for w in widgets {
            if let Some(max) = w.max_len {
                if text.chars().count() > max as usize {
                    return Ok(false);
                }
            }
            if let Some(style) = self.style_for(w)? {
                if !style.field().fits(text) {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// Rewrites the form without `/XFA`, appends `extra` and returns everything to write.
    pub(crate) fn finish(mut self, extra: &[ExtraPage]) -> Result<Update, PdfError> {
        self.finish_form()?;
        self.append_pages(extra)?;
        let Filler { mut up, dirty, .. } = self;
        for (r, d) in dirty {
            up.put(r, Obj::Dict(d));
        }
        Ok(up)
    }

    /// The dictionary of `r` as changed so far (read from the file the first time).
    fn dict_mut(&mut self, r: Ref) -> Result<&mut Dict, PdfError> {
        let i = match self.dirty.iter().position(|(k, _)| *k == r) {
            Some(i) => i,
            None => {
                let d = match self.doc.get(r)? {
                    Obj::Dict(d) => d,
                    _ => {
                        return Err(PdfError::Malformed(format!(
                            "object {} is not a dictionary",
                            r.num
                        )));
                    }
                };
                self.dirty.push((r, d));
                self.dirty.len() - 1
            }
        };
        self.dirty
            .get_mut(i)
            .map(|(_, d)| d)
            .ok_or_else(|| PdfError::Malformed("lost object".into()))
    }

    pub(crate) fn set(&mut self, name: &str, value: &FieldValue) -> Result<(), PdfError> {
        let form = self.form;
        let widgets = self.widgets_named(name);
        let Some(first) = widgets.first() else {
            return Err(PdfError::UnknownField(name.to_string()));
        };
        match (kind_of(first), value) {
            (FieldKind::Text, FieldValue::Text(s) | FieldValue::Choice(s)) => {
                self.set_text(name, &widgets, s)
            }
            (FieldKind::Choice, FieldValue::Text(s) | FieldValue::Choice(s)) => {
                self.set_choice(name, &widgets, s)
            }
            (FieldKind::CheckBox, FieldValue::Check) => {
                let on = widgets
                    .first()
                    .and_then(|w| w.on_state.clone())
                    .ok_or_else(|| bad(name, "check box has no on-state appearance"))?;
                if widgets.iter().any(|w| w.on_state.as_ref() != Some(&on)) {
                    return Err(bad(
                        name,
                        "several widgets with different states share this name: pass FieldValue::Choice(state)",
                    ));
                }
                self.set_state(first.field, &on)
            }
            (FieldKind::CheckBox, FieldValue::Choice(state)) => {
                let field = first.field;
                let state = state.as_bytes();
                let known = state == b"Off"
                    || form
                        .widgets
                        .iter()
                        .any(|w| w.field == field && w.on_state.as_deref() == Some(state));
                if !known {
                    let states: Vec<String> = widgets
                        .iter()
                        .filter_map(|w| w.on_state.as_ref())
                        .map(|s| format!("\"{}\"", String::from_utf8_lossy(s)))
                        .collect();
                    return Err(bad(
                        name,
                        format!(
                            "no check box state \"{}\"; states: {}, \"Off\"",
                            String::from_utf8_lossy(state),
                            states.join(", ")
                        ),
                    ));
                }
                self.set_state(field, state)
            }
            (FieldKind::CheckBox, FieldValue::Text(_)) => {
                Err(bad(name, "check box: pass FieldValue::Check"))
            }
            (FieldKind::Text | FieldKind::Choice, FieldValue::Check) => {
                Err(bad(name, "not a check box"))
            }
            (FieldKind::Other, _) => Err(bad(
                name,
                "this kind of field (push button, signature) cannot be filled",
            )),
        }
    }

    /// Sets a button field's `/V` to `state` and each of its widgets' `/AS` to `state`
    /// where that is the widget's on-state, `Off` elsewhere.
    fn set_state(&mut self, field: Ref, state: &[u8]) -> Result<(), PdfError> {
        let form = self.form;
        self.dict_mut(field)?.set(b"V", Obj::name(state));
        self.unlock(field)?;
        for w in form.widgets.iter().filter(|w| w.field == field) {
            let on = w.on_state.as_deref() == Some(state) && state != b"Off";
            let as_state: &[u8] = if on { state } else { b"Off" };
            self.dict_mut(w.widget)?.set(b"AS", Obj::name(as_state));
        }
        Ok(())
    }

    /// Clears the ReadOnly flag of a field that is filled. The I-131 locks many boxes until its
    /// XFA script unlocks them; with the XFA gone nothing would, and a legal-aid worker could not
    /// correct a filled box in a viewer.
    fn unlock(&mut self, field: Ref) -> Result<(), PdfError> {
        let form = self.form;
        let Some(w) = form.widgets.iter().find(|w| w.field == field && w.has(FF_READ_ONLY)) else {
            return Ok(());
        };
        let ff = i64::from(w.ff & !FF_READ_ONLY);
        self.dict_mut(field)?.set(b"Ff", Obj::Int(ff));
        Ok(())
    }

    fn set_text(&mut self, name: &str, widgets: &[&Widget], text: &str) -> Result<(), PdfError> {
        if let Some(max) = widgets.first().and_then(|w| w.max_len) {
            let len = text.chars().count();
            if len > max as usize {
                return Err(bad(
                    name,
                    format!("{len} characters, the field holds at most {max}"),
                ));
            }
        }
        self.set_value_and_draw(widgets, Obj::Str(encode_text(text)), text)
    }

    fn set_choice(&mut self, name: &str, widgets: &[&Widget], value: &str) -> Result<(), PdfError> {
        let Some(first) = widgets.first() else {
            return Ok(());
        };
        // Match the export value first, then the displayed text.
        let found = first
            .opts
            .iter()
            .find(|(e, _)| e == value)
            .or_else(|| first.opts.iter().find(|(_, d)| d == value));
        let (export, display) = match found {
            Some((e, d)) => (e.clone(), d.clone()),
            None if first.opts.is_empty() || (first.has(FF_COMBO) && first.has(FF_EDIT)) => {
                (value.to_string(), value.to_string())
            }
            None => {
                let some: Vec<&str> = first
                    .opts
                    .iter()
                    .map(|(e, _)| e.as_str())
                    .filter(|e| !e.trim().is_empty())
                    .take(12)
                    .collect();
                return Err(bad(
                    name,
                    format!(
                        "\"{value}\" is not one of the options ({}{})",
                        some.join(", "),
                        if first.opts.len() > 12 { ", ..." } else { "" }
                    ),
                ));
            }
        };
        self.set_value_and_draw(widgets, Obj::Str(encode_text(&export)), &display)
    }

    fn set_value_and_draw(
        &mut self,
        widgets: &[&Widget],
        v: Obj,
        shown: &str,
    ) -> Result<(), PdfError> {
        let mut fields: Vec<Ref> = Vec::new();
        for w in widgets {
            if !fields.contains(&w.field) {
                fields.push(w.field);
            }
        }
        for f in fields {
            self.dict_mut(f)?.set(b"V", v.clone());
            self.unlock(f)?;
        }
        for w in widgets {
            let Some(style) = self.style_for(w)? else {
                continue;
            };
            let content = style.field().stream(shown);
            let resources = Dict::new().with(
                b"Font",
                Obj::Dict(Dict::new().with(&style.font_name, style.font_obj.clone())),
            );
            let xobject = Dict::new()
                .with(b"Type", Obj::name(b"XObject"))
                .with(b"Subtype", Obj::name(b"Form"))
                .with(
                    b"BBox",
                    Obj::Array(vec![
                        Obj::Int(0),
                        Obj::Int(0),
                        Obj::Real(f64::from(style.w)),
                        Obj::Real(f64::from(style.h)),
                    ]),
                )
                .with(b"Resources", Obj::Dict(resources));
            let ap = self.up.add(Obj::Stream(Stream {
                dict: xobject,
                data: content,
            }));
            // Only a normal appearance: a stale /D (down) or /R (rollover) would show the old text.
            self.dict_mut(w.widget)?
                .set(b"AP", Obj::Dict(Dict::new().with(b"N", Obj::Ref(ap))));
        }
        Ok(())
    }

    /// Metrics and resource for a DA font name (from `/DR`, or `None` if unusable).
    fn font(&mut self, name: &[u8]) -> Result<Option<UsableFont>, PdfError> {
        if let Some((_, f)) = self.fonts.iter().find(|(n, _)| n.as_slice() == name) {
            return Ok(f.clone());
        }
        let entry = match self.dr_fonts.get(name).cloned() {
            Some(obj) => match self.doc.resolve_dict(Some(&obj))? {
                Some(d) => FontMetrics::from_font_dict(self.doc, &d)?.map(|m| (obj, m)),
                None => None,
            },
            None => None,
        };
        self.fonts.push((name.to_vec(), entry.clone()));
        Ok(entry)
    }

    /// How to draw widget `w`, or `None` for a widget with an empty rectangle.
    fn style_for(&mut self, w: &Widget) -> Result<Option<Style>, PdfError> {
        let width = w.rect[2] - w.rect[0];
        let height = w.rect[3] - w.rect[1];
        if !(width > 0.5 && height > 0.5 && width < 20_000.0 && height < 20_000.0) {
            return Ok(None);
        }
        let default_da = self
            .form
            .acroform
            .as_ref()
            .and_then(|af| af.get(b"DA"))
            .and_then(Obj::as_str)
            .map(<[u8]>::to_vec);
        let da = parse_da(
            w.da.as_deref()
                .or(default_da.as_deref())
                .unwrap_or(b"/Helv 0 Tf 0 g"),
        );
        let (font_name, font_obj, metrics) = match self.font(&da.font)? {
            Some((obj, m)) => (da.font.clone(), obj, m),
            None => {
                // No usable font in /DR: draw with Helvetica, a font every reader has.
                let r = match self.fallback_font {
                    Some(r) => r,
                    None => {
                        let r = self.up.add(Obj::Dict(standard_font(b"Helvetica")));
                        self.fallback_font = Some(r);
                        r
                    }
                };
                (
                    FALLBACK_FONT.to_vec(),
                    Obj::Ref(r),
                    FontMetrics::helvetica(),
                )
            }
        };
        let mk = self
            .doc
            .resolve_dict(w.dict.get(b"MK"))?
            .unwrap_or_default();
        let color = |doc: &mut Document, key: &[u8]| -> Result<Option<Vec<f64>>, PdfError> {
            Ok(match doc.resolve(mk.get(key).unwrap_or(&Obj::Null))? {
                Obj::Array(a) if matches!(a.len(), 1 | 3 | 4) => Some(
                    a.iter()
                        .map(|v| v.as_f64().unwrap_or(0.0).clamp(0.0, 1.0))
                        .collect(),
                ),
                _ => None,
            })
        };
        let background = color(self.doc, b"BG")?;
        let border = color(self.doc, b"BC")?;
        let bs = self.doc.resolve_dict(w.dict.get(b"BS"))?;
        let border_width = match (&border, bs.and_then(|b| b.get(b"W").and_then(Obj::as_f64))) {
            (None, _) => 0.0,
            (Some(_), Some(bw)) => bw.clamp(0.0, 12.0) as f32,
            (Some(_), None) => 1.0,
        };
        let multiline = w.has(FF_MULTILINE);
        Ok(Some(Style {
            w: width,
            h: height,
            da,
            font_name,
            font_obj,
            metrics,
            q: w.q,
            comb: if w.ft == b"Tx" && w.has(FF_COMB) && !multiline {
                w.max_len
            } else {
                None
            },
            multiline: multiline && w.ft == b"Tx",
            background,
            border,
            border_width,
        }))
    }
}
