//! The interactive form: walks the `/AcroForm /Fields` tree (ISO 32000-1 §12.7.3)
//! and lists every widget with its full name and the attributes it inherits.
//!
//! In the I-131 every widget is merged with its field (each has a `/T`), and the
//! non-terminal nodes are the XFA subform names (`form1[0]`, `P5[0]`, `#area[0]`).
//! The walk also handles the general case: widgets without `/T` are kids of the
//! field above them and share its name and `/V`.

use super::PdfError;
use super::objects::{Dict, Obj, Ref, decode_text};
use super::xref::Document;

/// Depth limit for the field and page trees (real forms nest 3-6 levels).
const MAX_TREE_DEPTH: u32 = 48;

/// Field flag bits (§12.7.3.1, §12.7.4).
pub(crate) const FF_READ_ONLY: u32 = 1;
pub(crate) const FF_MULTILINE: u32 = 1 << 12;
pub(crate) const FF_PUSHBUTTON: u32 = 1 << 16;
pub(crate) const FF_COMBO: u32 = 1 << 17;
pub(crate) const FF_EDIT: u32 = 1 << 18;
pub(crate) const FF_COMB: u32 = 1 << 24;

/// One widget annotation and what it inherits from its field.
#[derive(Debug, Clone)]
pub(crate) struct Widget {
    /// Full field name (`form1[0].P5[0].Part2_Line3_ZipCode[0]`).
    pub name: String,
    /// The widget annotation object.
    pub widget: Ref,
    /// The terminal field object, where `/V` lives (the widget itself when merged).
    pub field: Ref,
    pub ft: Vec<u8>,
    pub ff: u32,
    pub da: Option<Vec<u8>>,
    pub q: i64,
    pub max_len: Option<u32>,
    /// Choice options as (export value, displayed text).
    pub opts: Vec<(String, String)>,
    /// Name of the check box "on" appearance state.
    pub on_state: Option<Vec<u8>>,
    /// 1-based page number, 0 when the widget is on no page.
    pub page: u32,
    pub rect: [f32; 4],
    pub tooltip: Option<String>,
    pub value: Option<String>,
    /// The widget dictionary as read (the base for the rewritten object).
    pub dict: Dict,
}

impl Widget {
    pub(crate) fn has(&self, flag: u32) -> bool {
        self.ff & flag != 0
    }
}

/// What `fill` needs to know about the document besides the widgets.
pub(crate) struct Form {
    pub catalog_ref: Ref,
    pub catalog: Dict,
    /// The `/AcroForm` dictionary and its object, when indirect.
    pub acroform: Option<Dict>,
    pub acroform_ref: Option<Ref>,
    /// Root of the page tree.
    pub pages_root: Option<Ref>,
    pub widgets: Vec<Widget>,
}

/// Attributes passed down the field tree.
#[derive(Clone, Default)]
struct Inherited {
    ft: Vec<u8>,
    ff: u32,
    da: Option<Vec<u8>>,
    q: i64,
    max_len: Option<u32>,
    opt: Option<Obj>,
    v: Option<Obj>,
}

pub(crate) fn read_form(doc: &mut Document) -> Result<Form, PdfError> {
    let Some(catalog_ref) = doc.trailer.get(b"Root").and_then(Obj::as_ref) else {
        return Err(PdfError::Malformed("trailer has no /Root reference".into()));
    };
    let Obj::Dict(catalog) = doc.get(catalog_ref)? else {
        return Err(PdfError::Malformed(
            "document catalog is not a dictionary".into(),
        ));
    };
    let pages_root = catalog.get(b"Pages").and_then(Obj::as_ref);
    let mut page_refs = Vec::new();
    if let Some(root) = pages_root {
        collect_pages(doc, root, 0, &mut Seen::new(doc), &mut page_refs)?;
    }
    // Each page's /Annots, in order: page numbers, and the order fields are listed in.
    let mut annots_by_page: Vec<Vec<Ref>> = Vec::with_capacity(page_refs.len());
    for &p in &page_refs {
        let mut list = Vec::new();
        if let Some(page) = doc.resolve_dict(Some(&Obj::Ref(p)))? {
            if let Obj::Array(annots) = doc.resolve(page.get(b"Annots").unwrap_or(&Obj::Null))? {
                list.extend(annots.iter().filter_map(Obj::as_ref));
            }
        }
        annots_by_page.push(list);
    }
    let acroform_ref = catalog.get(b"AcroForm").and_then(Obj::as_ref);
    let acroform = doc.resolve_dict(catalog.get(b"AcroForm"))?;
    let mut walked = Vec::new();
    if let Some(af) = &acroform {
        if let Obj::Array(fields) = doc.resolve(af.get(b"Fields").unwrap_or(&Obj::Null))? {
            let mut visited = Seen::new(doc);
            for f in fields.iter().filter_map(Obj::as_ref) {
                walk(
                    doc,
                    f,
                    "",
                    None,
                    &Inherited::default(),
                    0,
                    &mut visited,
                    &mut walked,
                )?;
            }
        }
    }
    // Order: page by page in /Annots (tab) order, then widgets that are on no page.
    // A table indexed like the xref avoids a map (code size in wasm).
    let mut slot_of: Vec<Option<usize>> = vec![None; doc.entries.len()];
    for (i, w) in walked.iter().enumerate() {
        if let Some(slot) = doc
            .entries
            .index_of(w.widget.num)
            .and_then(|k| slot_of.get_mut(k))
        {
            slot.get_or_insert(i);
        }
    }
    let mut taken = vec![false; walked.len()];
    let mut order = Vec::with_capacity(walked.len());
    for (p, annots) in annots_by_page.iter().enumerate() {
        for a in annots {
            let Some(i) = doc
                .entries
                .index_of(a.num)
                .and_then(|k| slot_of.get(k).copied().flatten())
            else {
                continue;
            };
            if let Some(t) = taken.get_mut(i) {
                if !*t {
                    *t = true;
                    order.push((i, u32::try_from(p + 1).unwrap_or(u32::MAX)));
                }
            }
        }
    }
    order.extend(
        taken
            .iter()
            .enumerate()
            .filter(|(_, t)| !**t)
            .map(|(i, _)| (i, 0)),
    );
    let mut slots: Vec<Option<Widget>> = walked.into_iter().map(Some).collect();
    let widgets = order
        .into_iter()
        .filter_map(|(i, page)| {
            let mut w = slots.get_mut(i)?.take()?;
            w.page = page;
            Some(w)
        })
        .collect();
    Ok(Form {
        catalog_ref,
        catalog,
        acroform,
        acroform_ref,
        pages_root,
        widgets,
    })
}

/// Objects already visited in a tree walk (cycles in hostile files), as flags indexed
/// like the cross-reference table.
struct Seen(Vec<bool>);

impl Seen {
    fn new(doc: &Document) -> Seen {
        Seen(vec![false; doc.entries.len()])
    }

    /// Marks `r`; false if it was already marked. Objects missing from the table
    /// resolve to null, so they end the walk anyway.
    fn insert(&mut self, doc: &Document, r: Ref) -> bool {
        match doc.entries.index_of(r.num).and_then(|i| self.0.get_mut(i)) {
            Some(flag) => !std::mem::replace(flag, true),
            None => true,
        }
    }
}

fn collect_pages(
    doc: &mut Document,
    node: Ref,
    depth: u32,
    seen: &mut Seen,
    out: &mut Vec<Ref>,
) -> Result<(), PdfError> {
    if depth > MAX_TREE_DEPTH || !seen.insert(doc, node) {
        return Ok(());
    }
    let Some(d) = doc.resolve_dict(Some(&Obj::Ref(node)))? else {
        return Ok(());
    };
    match doc.resolve(d.get(b"Kids").unwrap_or(&Obj::Null))? {
        Obj::Array(kids) if d.get_name(b"Type") != Some(b"Page") => {
            for k in kids.iter().filter_map(Obj::as_ref) {
                collect_pages(doc, k, depth + 1, seen, out)?;
            }
        }
        _ => out.push(node),
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)] // a recursive walk: the context is its arguments
fn walk(
    doc: &mut Document,
    node: Ref,
    parent_name: &str,
    parent_field: Option<Ref>,
    inherited: &Inherited,
    depth: u32,
    visited: &mut Seen,
    out: &mut Vec<Widget>,
) -> Result<(), PdfError> {
    if depth > MAX_TREE_DEPTH || !visited.insert(doc, node) {
        return Ok(());
    }
    let Some(dict) = doc.resolve_dict(Some(&Obj::Ref(node)))? else {
        return Ok(());
    };
    let partial = dict.get(b"T").and_then(Obj::as_str).map(decode_text);
    let name = match (&partial, parent_name.is_empty()) {
        (Some(t), true) => t.clone(),
        (Some(t), false) => format!("{parent_name}.{t}"),
        (None, _) => parent_name.to_string(),
    };
    let field = match (&partial, parent_field) {
        (None, Some(pf)) => pf,
        _ => node,
    };
    let mut inh = inherited.clone();
    if let Some(ft) = dict.get_name(b"FT") {
        inh.ft = ft.to_vec();
    }
    if let Some(ff) = dict.get_int(b"Ff") {
        inh.ff = u32::try_from(ff & 0xffff_ffff).unwrap_or(0);
    }
    if let Some(da) = dict.get(b"DA").and_then(Obj::as_str) {
        inh.da = Some(da.to_vec());
    }
    if let Some(q) = dict.get_int(b"Q") {
        inh.q = q;
    }
    if let Some(m) = dict.get_int(b"MaxLen") {
        inh.max_len = u32::try_from(m).ok();
    }
    if let Some(o) = dict.get(b"Opt") {
        inh.opt = Some(o.clone());
    }
    if let Some(v) = dict.get(b"V") {
        inh.v = Some(v.clone());
    }
    let kids: Vec<Ref> = match doc.resolve(dict.get(b"Kids").unwrap_or(&Obj::Null))? {
        Obj::Array(k) => k.iter().filter_map(Obj::as_ref).collect(),
        _ => Vec::new(),
    };
    if !kids.is_empty() {
        for k in kids {
            walk(doc, k, &name, Some(field), &inh, depth + 1, visited, out)?;
        }
        return Ok(());
    }
    // A leaf: a widget (merged with its field or a kid of it).
    if dict.get_name(b"Subtype") != Some(b"Widget") && dict.get(b"Rect").is_none() {
        return Ok(());
    }
    let on_state = if inh.ft == b"Btn" {
        on_state_of(doc, &dict)?
    } else {
        None
    };
    let opts = match &inh.opt {
        Some(o) => read_opts(doc, o)?,
        None => Vec::new(),
    };
    let value = match &inh.v {
        Some(v) => match doc.resolve(v)? {
            Obj::Str(s) => Some(decode_text(&s)),
            Obj::Name(n) => Some(String::from_utf8_lossy(&n).into_owned()),
            Obj::Array(a) => a.first().and_then(Obj::as_str).map(decode_text),
            _ => None,
        },
        None => None,
    };
    out.push(Widget {
        name,
        widget: node,
        field,
        ft: inh.ft,
        ff: inh.ff,
        da: inh.da,
        q: inh.q,
        max_len: inh.max_len,
        opts,
        on_state,
        page: 0, // set by read_form from the pages' /Annots
        rect: read_rect(doc, &dict)?,
        tooltip: dict.get(b"TU").and_then(Obj::as_str).map(decode_text),
        value,
        dict,
    });
    Ok(())
}

/// `/Rect`, normalised so that x1 <= x2 and y1 <= y2.
fn read_rect(doc: &mut Document, d: &Dict) -> Result<[f32; 4], PdfError> {
    let mut r = [0f32; 4];
    if let Obj::Array(a) = doc.resolve(d.get(b"Rect").unwrap_or(&Obj::Null))? {
        for (slot, v) in r.iter_mut().zip(a.iter()) {
            *slot = doc.resolve(v)?.as_f64().unwrap_or(0.0) as f32;
        }
    }
    Ok([
        r[0].min(r[2]),
        r[1].min(r[3]),
        r[0].max(r[2]),
        r[1].max(r[3]),
    ])
}

/// The check box "on" state: the appearance state name other than `Off`.
fn on_state_of(doc: &mut Document, d: &Dict) -> Result<Option<Vec<u8>>, PdfError> {
    let Some(ap) = doc.resolve_dict(d.get(b"AP"))? else {
        return Ok(None);
    };
    for key in [&b"N"[..], b"D"] {
        // A state dictionary, not a stream (a stream would be a single appearance).
        if let Obj::Dict(states) = doc.resolve(ap.get(key).unwrap_or(&Obj::Null))? {
            if let Some((k, _)) = states.iter().find(|(k, _)| *k != b"Off") {
                return Ok(Some(k.to_vec()));
            }
        }
    }
    Ok(None)
}

/// `/Opt`: strings, or [export, display] pairs.
fn read_opts(doc: &mut Document, o: &Obj) -> Result<Vec<(String, String)>, PdfError> {
    let Obj::Array(items) = doc.resolve(o)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        match doc.resolve(item)? {
            Obj::Str(s) => {
                let t = decode_text(&s);
                out.push((t.clone(), t));
            }
            Obj::Array(pair) => {
                let e = pair
                    .first()
                    .and_then(Obj::as_str)
                    .map(decode_text)
                    .unwrap_or_default();
                let d = pair
                    .get(1)
                    .and_then(Obj::as_str)
                    .map(decode_text)
                    .unwrap_or_else(|| e.clone());
                out.push((e, d));
            }
            _ => {}
        }
    }
    Ok(out)
}
