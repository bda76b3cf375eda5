//! The document-level part of a fill: the form without `/XFA`, the catalog without
//! the usage-rights signature, and the added pages in the page tree.

use super::Filler;
use crate::objects::{Dict, Obj, Stream};
use crate::{ExtraPage, PdfError, pages};

impl Filler<'_, '_> {
    /// Rewrites the AcroForm without `/XFA`, and the catalog without the usage-rights
    /// signature and Adobe's XFA version-check scripts.
    pub(super) fn finish_form(&mut self) -> Result<(), PdfError> {
        let form = self.form;
        let mut catalog = form.catalog.clone();
        let mut catalog_changed = false;
        if let Some(af) = &form.acroform {
            if af.get(b"XFA").is_some() {
                let mut af = af.clone();
                af.remove(b"XFA");
                match form.acroform_ref {
                    Some(r) => self.up.put(r, Obj::Dict(af)),
                    None => {
                        catalog.set(b"AcroForm", Obj::Dict(af));
                        catalog_changed = true;
                    }
                }
            }
        }
        // The UR3 signature covers the file as Adobe signed it; any change breaks it and
        // Acrobat then warns that features are disabled. Drop it, as other fillers do.
        catalog_changed |= catalog.remove(b"Perms").is_some();
        // Tells Acrobat to render the XFA form dynamically: meaningless without XFA.
        catalog_changed |= catalog.remove(b"NeedsRendering").is_some();
        catalog_changed |= self.drop_xfa_version_check(&mut catalog)?;
        if catalog_changed {
            self.up.put(form.catalog_ref, Obj::Dict(catalog));
        }
        Ok(())
    }

    /// LiveCycle adds document scripts named `!ADBE::...VersChk...` that nag viewers
    /// without XFA to upgrade. With `/XFA` gone they only mislead: remove them when
    /// they are the only document scripts.
    fn drop_xfa_version_check(&mut self, catalog: &mut Dict) -> Result<bool, PdfError> {
        let names_obj = catalog.get(b"Names").cloned();
        let Some(mut names) = self.doc.resolve_dict(names_obj.as_ref())? else {
            return Ok(false);
        };
        let Some(js) = self.doc.resolve_dict(names.get(b"JavaScript"))? else {
            return Ok(false);
        };
        if js.get(b"Kids").is_some() {
            return Ok(false);
        }
        let Obj::Array(list) = self.doc.resolve(js.get(b"Names").unwrap_or(&Obj::Null))? else {
            return Ok(false);
        };
        let keys: Vec<&Obj> = list.iter().step_by(2).collect();
        let all_adobe = !keys.is_empty()
            && keys
                .iter()
                .all(|k| k.as_str().is_some_and(|s| s.starts_with(b"!ADBE::")));
        if !all_adobe {
            return Ok(false);
        }
        names.remove(b"JavaScript");
        match names_obj.as_ref().and_then(Obj::as_ref) {
            Some(r) if !names.is_empty() => {
                self.up.put(r, Obj::Dict(names));
                Ok(false)
            }
            _ if names.is_empty() => {
                catalog.remove(b"Names");
                Ok(true)
            }
            _ => {
                catalog.set(b"Names", Obj::Dict(names));
                Ok(true)
            }
        }
    }

    /// Adds the extra pages at the end of the page tree (as kids of its root).
    pub(super) fn append_pages(&mut self, extra: &[ExtraPage]) -> Result<(), PdfError> {
        if extra.is_empty() {
            return Ok(());
        }
        let Some(root) = self.form.pages_root else {
            return Err(PdfError::Malformed("document has no page tree".into()));
        };
        let regular = self.up.add(Obj::Dict(standard_font(b"Helvetica")));
        let bold = self.up.add(Obj::Dict(standard_font(b"Helvetica-Bold")));
        let resources = Dict::new()
            .with(
                b"Font",
                Obj::Dict(
                    Dict::new()
                        .with(pages::REGULAR, Obj::Ref(regular))
                        .with(pages::BOLD, Obj::Ref(bold)),
                ),
            )
            .with(
                b"ProcSet",
                Obj::Array(vec![Obj::name(b"PDF"), Obj::name(b"Text")]),
            );
        let mut new_pages = Vec::new();
        for page in extra {
            for content in pages::content_streams(page) {
                let contents = self.up.add(Obj::Stream(Stream {
                    dict: Dict::new(),
                    data: content,
                }));
                let page = Dict::new()
                    .with(b"Type", Obj::name(b"Page"))
                    .with(b"Parent", Obj::Ref(root))
                    .with(
                        b"MediaBox",
                        Obj::Array(vec![
                            Obj::Int(0),
                            Obj::Int(0),
                            Obj::Int(pages::PAGE_W as i64),
                            Obj::Int(pages::PAGE_H as i64),
                        ]),
                    )
                    .with(b"Resources", Obj::Dict(resources.clone()))
                    .with(b"Contents", Obj::Ref(contents));
                new_pages.push(self.up.add(Obj::Dict(page)));
            }
        }
        let mut root_dict = match self.doc.get(root)? {
            Obj::Dict(d) => d,
            _ => {
                return Err(PdfError::Malformed(
                    "page tree root is not a dictionary".into(),
                ));
            }
        };
        let mut kids = match self
            .doc
            .resolve(root_dict.get(b"Kids").unwrap_or(&Obj::Null))?
        {
            Obj::Array(k) => k,
            _ => Vec::new(),
        };
        kids.extend(new_pages.iter().map(|&r| Obj::Ref(r)));
        let count = root_dict
            .get_int(b"Count")
            .unwrap_or(0)
            .max(0)
            .saturating_add(new_pages.len() as i64);
        root_dict.set(b"Kids", Obj::Array(kids));
        root_dict.set(b"Count", Obj::Int(count));
        self.up.put(root, Obj::Dict(root_dict));
        Ok(())
    }
}

/// A standard 14 font with the WinAnsi encoding (no embedding needed: every reader has it).
pub(super) fn standard_font(base: &[u8]) -> Dict {
    Dict::new()
        .with(b"Type", Obj::name(b"Font"))
        .with(b"Subtype", Obj::name(b"Type1"))
        .with(b"BaseFont", Obj::name(base))
        .with(b"Encoding", Obj::name(b"WinAnsiEncoding"))
}
