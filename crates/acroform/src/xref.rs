//! Cross-reference reading and object lookup (ISO 32000-1 §7.5).
//!
//! Reads classic `xref` tables, cross-reference streams and hybrid files, follows the
//! `/Prev` chain (newest entry wins), and loads objects lazily by offset. When the
//! table is missing or wrong (truncated or hand-edited files) it falls back to
//! scanning the file for `N G obj` headers, as most viewers do.

use super::PdfError;
use super::lexer::{Lexer, Tok, is_delim, is_white};
use super::objects::{Dict, Obj, Ref, Stream};

/// Where an object lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    Free,
    InFile { offset: usize, generation: u16 },
    InStream { stream: u32, index: u32 },
}

/// Object number -> location, as a vector sorted by number (a `BTreeMap` costs several
/// times more code in wasm). Filled in reading order; [`XrefMap::normalize`] then sorts
/// it and keeps the first entry pushed for each number.
#[derive(Debug, Clone, Default)]
pub(crate) struct XrefMap {
    items: Vec<(u32, Entry)>,
    sorted: bool,
}

impl XrefMap {
    pub(crate) fn push(&mut self, num: u32, entry: Entry) {
        self.items.push((num, entry));
        self.sorted = false;
    }

    /// Sorts by number (stable: the first pushed entry of a number stays first) and
    /// drops the later duplicates.
    pub(crate) fn normalize(&mut self) {
        merge_sort(&mut self.items);
        self.items.dedup_by_key(|e| e.0);
        self.sorted = true;
    }

    /// Position of `num` in the sorted map: a dense index for per-object side tables.
    pub(crate) fn index_of(&self, num: u32) -> Option<usize> {
        if self.sorted {
            self.items.binary_search_by_key(&num, |e| e.0).ok()
        } else {
            // Only while the table is still being read (a /Length in an xref stream).
            self.items.iter().position(|e| e.0 == num)
        }
    }

    pub(crate) fn get(&self, num: u32) -> Option<Entry> {
        self.index_of(num)
            .and_then(|i| self.items.get(i))
            .map(|e| e.1)
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &(u32, Entry)> {
        self.items.iter()
    }

    fn last_num(&self) -> Option<u32> {
        self.items.iter().map(|e| e.0).max()
    }

    fn clear(&mut self) {
        self.items.clear();
        self.sorted = true;
    }
}

/// Stable bottom-up merge sort by object number. Hand-written because the standard
/// library's sorts add ~9 KB to the wasm module; tables are usually sorted runs already,
/// and this is O(n log n) whatever the input.
fn merge_sort(v: &mut Vec<(u32, Entry)>) {
    let n = v.len();
    let mut src = std::mem::take(v);
    let mut dst: Vec<(u32, Entry)> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        dst.clear();
        let mut start = 0;
        while start < n {
            let mid = start.saturating_add(width).min(n);
            let end = mid.saturating_add(width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid || j < end {
                // Take from the left run on ties: that keeps the sort stable.
                let take_left = match (src.get(i), src.get(j)) {
                    (Some(a), Some(b)) if i < mid && j < end => a.0 <= b.0,
                    _ => i < mid,
                };
                let item = if take_left { src.get(i) } else { src.get(j) };
                if let Some(&item) = item {
                    dst.push(item);
                }
                if take_left {
                    i += 1;
                } else {
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut src, &mut dst);
        width = width.saturating_mul(2);
    }
    *v = src;
}

/// How the newest cross-reference section of the original was written; the update
/// follows the same style (a classic table after a classic table, a stream after a stream).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum XrefStyle {
    Table,
    Stream,
    /// The table was unusable and was rebuilt by scanning: the update then carries a
    /// complete table of its own and no `/Prev`.
    Rebuilt,
}

/// A decoded object stream: its bytes and (object number, offset) pairs.
struct ObjStm {
    data: Vec<u8>,
    index: Vec<(u32, usize)>,
}

/// Limit on inflated stream size: far above any real form, low enough to stop a zip bomb.
#[cfg(feature = "flate")]
const MAX_INFLATE: usize = 64 << 20;
/// Limit on references followed in a row (a chain of references, `/Length` pointing at
/// an object stream...), so loops in hostile files end.
const MAX_DEPTH: u32 = 12;

pub(crate) struct Document<'a> {
    pub data: &'a [u8],
    pub entries: XrefMap,
    pub trailer: Dict,
    /// Offset of the newest cross-reference section (the update's `/Prev`).
    pub startxref: usize,
    pub style: XrefStyle,
    /// Decoded object streams, by object number (few per file: a list is enough).
    objstms: Vec<(u32, ObjStm)>,
    /// Offsets found by scanning, built on first need.
    scanned: Option<XrefMap>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn malformed(msg: impl Into<String>) -> PdfError {
    PdfError::Malformed(msg.into())
}

impl<'a> Document<'a> {
    pub(crate) fn load(data: &'a [u8]) -> Result<Document<'a>, PdfError> {
        let head = data.get(..data.len().min(1024)).unwrap_or(b"");
        if find(head, b"%PDF-").is_none() {
            return Err(malformed("not a PDF file (no %PDF- header)"));
        }
        let mut doc = Document {
            data,
            entries: XrefMap::default(),
            trailer: Dict::new(),
            startxref: 0,
            style: XrefStyle::Table,
            objstms: Vec::new(),
            scanned: None,
        };
        let chain_ok = match doc.find_startxref() {
            Some(sx) => {
                let read = doc.read_chain(sx);
                doc.entries.normalize();
                read.is_ok() && doc.root_is_dict()
            }
            None => false,
        };
        if !chain_ok {
            doc.rebuild()?;
        }
        if doc
            .trailer
            .get(b"Encrypt")
            .is_some_and(|e| !matches!(e, Obj::Null))
        {
            return Err(PdfError::Unsupported("encrypted PDF files".into()));
        }
        Ok(doc)
    }

    fn find_startxref(&self) -> Option<usize> {
        let tail_start = self.data.len().saturating_sub(4096);
        let tail = self.data.get(tail_start..)?;
        let at = tail_start + rfind(tail, b"startxref")?;
        let mut lx = Lexer::new(self.data, at + 9);
        match lx.next() {
            Ok(Some(Tok::Int(n))) if n >= 0 => usize::try_from(n).ok(),
            _ => None,
        }
    }

    fn root_is_dict(&mut self) -> bool {
        match self.trailer.get(b"Root").cloned() {
            Some(root) => matches!(self.resolve(&root), Ok(Obj::Dict(_))),
            None => false,
        }
    }

    /// Reads every section from the newest back through `/Prev`.
    fn read_chain(&mut self, start: usize) -> Result<(), PdfError> {
        self.startxref = start;
        let mut seen: Vec<usize> = Vec::new();
        let mut offset = start;
        let mut first = true;
        while !seen.contains(&offset) && seen.len() < 1000 {
            seen.push(offset);
            let (trailer, is_stream) = self.read_section(offset)?;
            if first {
                self.style = if is_stream {
                    XrefStyle::Stream
                } else {
                    XrefStyle::Table
                };
                self.trailer = trailer.clone();
                first = false;
            } else {
                // Keys an update may leave out are taken from older trailers.
                for key in [&b"Root"[..], b"Info", b"ID", b"Encrypt"] {
                    if self.trailer.get(key).is_none() {
                        if let Some(v) = trailer.get(key) {
                            self.trailer.set(key, v.clone());
                        }
                    }
                }
            }
            if !is_stream {
                // Hybrid file: the table's entries win, then its stream's, then /Prev's.
                if let Some(x) = trailer
                    .get_int(b"XRefStm")
                    .and_then(|x| usize::try_from(x).ok())
                {
                    let _ = self.read_xref_stream(x);
                }
            }
            match trailer
                .get_int(b"Prev")
                .and_then(|p| usize::try_from(p).ok())
            {
                Some(p) => offset = p,
                None => break,
            }
        }
        Ok(())
    }

    /// Records an entry; an entry already read for `num` (from a newer section) wins.
    fn insert_if_absent(&mut self, num: u32, entry: Entry) {
        self.entries.push(num, entry);
    }

    /// Reads one section at `offset`; returns its trailer and whether it was a stream.
    fn read_section(&mut self, offset: usize) -> Result<(Dict, bool), PdfError> {
        let mut lx = Lexer::new(self.data, offset);
        match lx.next()? {
            Some(Tok::Kw(b"xref")) => {}
            Some(Tok::Int(_)) => return Ok((self.read_xref_stream(offset)?, true)),
            _ => {
                return Err(malformed(format!(
                    "no cross-reference section at byte {offset}"
                )));
            }
        }
        loop {
            match lx.next()? {
                Some(Tok::Kw(b"trailer")) => break,
                Some(Tok::Int(start)) => {
                    let Some(Tok::Int(count)) = lx.next()? else {
                        return Err(malformed("bad xref subsection header"));
                    };
                    let (Ok(start), Ok(count)) = (u32::try_from(start), u32::try_from(count))
                    else {
                        return Err(malformed("bad xref subsection header"));
                    };
                    for i in 0..count {
                        let (Some(Tok::Int(off)), Some(Tok::Int(generation))) =
                            (lx.next()?, lx.next()?)
                        else {
                            return Err(malformed("bad xref entry"));
                        };
                        let kind = lx.next()?;
                        let num = start
                            .checked_add(i)
                            .ok_or_else(|| malformed("bad xref entry"))?;
                        match kind {
                            Some(Tok::Kw(b"n")) => {
                                let offset = usize::try_from(off)
                                    .map_err(|_| malformed("bad xref offset"))?;
                                let generation = u16::try_from(generation).unwrap_or(0);
                                self.insert_if_absent(num, Entry::InFile { offset, generation });
                            }
                            Some(Tok::Kw(b"f")) => self.insert_if_absent(num, Entry::Free),
                            _ => return Err(malformed("bad xref entry")),
                        }
                    }
                }
                _ => return Err(malformed("bad xref table")),
            }
        }
        match lx.parse_obj()? {
            Obj::Dict(d) => Ok((d, false)),
            _ => Err(malformed("trailer is not a dictionary")),
        }
    }

    /// Reads a cross-reference stream (§7.5.8) and returns its dictionary (the trailer).
    fn read_xref_stream(&mut self, offset: usize) -> Result<Dict, PdfError> {
        let (_, obj) = self.parse_indirect_at(offset, 0)?;
        let Obj::Stream(s) = obj else {
            return Err(malformed("cross-reference stream expected"));
        };
        let data = decode_stream(&s)?;
        let w: Vec<usize> = s
            .dict
            .get(b"W")
            .and_then(Obj::as_array)
            .map(|a| {
                a.iter()
                    .map(|x| {
                        x.as_int()
                            .and_then(|v| usize::try_from(v).ok())
                            .unwrap_or(99)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let &[w0, w1, w2] = w.as_slice() else {
            return Err(malformed("bad /W in cross-reference stream"));
        };
        if w0 > 8 || w1 > 8 || w2 > 8 {
            return Err(malformed("bad /W in cross-reference stream"));
        }
        let row = w0 + w1 + w2;
        if row == 0 {
            return Err(malformed("bad /W in cross-reference stream"));
        }
        let size = s.dict.get_int(b"Size").unwrap_or(0);
        let index: Vec<i64> = match s.dict.get(b"Index").and_then(Obj::as_array) {
            Some(a) => a.iter().map(|x| x.as_int().unwrap_or(-1)).collect(),
            None => vec![0, size],
        };
        let mut pos = 0usize;
        for pair in index.chunks(2) {
            let (Some(&start), Some(&count)) = (pair.first(), pair.get(1)) else {
                break;
            };
            let (Ok(start), Ok(count)) = (u32::try_from(start), u32::try_from(count)) else {
                return Err(malformed("bad /Index in cross-reference stream"));
            };
            for i in 0..count {
                let Some(bytes) = data.get(pos..pos + row) else {
                    return Ok(s.dict);
                };
                pos += row;
                let field = |from: usize, width: usize| -> u64 {
                    bytes
                        .get(from..from + width)
                        .unwrap_or(&[])
                        .iter()
                        .fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
                };
                let kind = if w0 == 0 { 1 } else { field(0, w0) };
                let f2 = field(w0, w1);
                let f3 = field(w0 + w1, w2);
                let Some(num) = start.checked_add(i) else {
                    break;
                };
                let entry = match kind {
                    0 => Entry::Free,
                    1 => Entry::InFile {
                        offset: usize::try_from(f2).unwrap_or(usize::MAX),
                        generation: u16::try_from(f3).unwrap_or(0),
                    },
                    2 => Entry::InStream {
                        stream: u32::try_from(f2).unwrap_or(0),
                        index: u32::try_from(f3).unwrap_or(0),
                    },
                    _ => continue, // unknown types are ignored per the spec
                };
                self.insert_if_absent(num, entry);
            }
        }
        Ok(s.dict)
    }

    /// Parses `N G obj ... [stream ... endstream]` at `offset`.
    fn parse_indirect_at(&mut self, offset: usize, depth: u32) -> Result<(Ref, Obj), PdfError> {
        let data = self.data;
        let mut lx = Lexer::new(data, offset);
        let (Some(Tok::Int(n)), Some(Tok::Int(g)), Some(Tok::Kw(b"obj"))) =
            (lx.next()?, lx.next()?, lx.next()?)
        else {
            return Err(malformed(format!("no object at byte {offset}")));
        };
        let r = Ref::new(u32::try_from(n).unwrap_or(0), u16::try_from(g).unwrap_or(0));
        let obj = lx.parse_obj()?;
        let Obj::Dict(dict) = obj else {
            return Ok((r, obj));
        };
        if !matches!(lx.next(), Ok(Some(Tok::Kw(b"stream")))) {
            return Ok((r, Obj::Dict(dict)));
        }
        // Data starts after the EOL that follows `stream` (CRLF or LF; a lone CR is tolerated).
        let mut start = lx.pos;
        if data.get(start) == Some(&b'\r') {
            start += 1;
        }
        if data.get(start) == Some(&b'\n') {
            start += 1;
        }
        let declared = match dict.get(b"Length") {
            Some(Obj::Ref(lr)) if depth < MAX_DEPTH && *lr != r => {
                self.get_depth(*lr, depth + 1).ok().and_then(|o| o.as_int())
            }
            Some(o) => o.as_int(),
            None => None,
        };
        let mut end = None;
        if let Some(len) = declared.and_then(|l| usize::try_from(l).ok()) {
            if let Some(e) = start.checked_add(len).filter(|&e| e <= data.len()) {
                let mut k = e;
                while data.get(k).is_some_and(|&b| is_white(b)) {
                    k += 1;
                }
                if data.get(k..).is_some_and(|t| t.starts_with(b"endstream")) {
                    end = Some(e);
                }
            }
        }
        // A wrong /Length is common: fall back to the `endstream` keyword.
        let end = match end {
            Some(e) => e,
            None => {
                let rest = data.get(start..).unwrap_or(b"");
                let Some(k) = find(rest, b"endstream") else {
                    return Err(malformed(format!(
                        "stream without endstream at byte {offset}"
                    )));
                };
                let mut e = start + k;
                if e > start && data.get(e - 1) == Some(&b'\n') {
                    e -= 1;
                }
                if e > start && data.get(e - 1) == Some(&b'\r') {
                    e -= 1;
                }
                e
            }
        };
        let bytes = data.get(start..end).unwrap_or(b"").to_vec();
        Ok((r, Obj::Stream(Stream { dict, data: bytes })))
    }

    /// The object `r` (a missing or free object is `null`, as the spec says).
    pub(crate) fn get(&mut self, r: Ref) -> Result<Obj, PdfError> {
        self.get_depth(r, 0)
    }

    fn get_depth(&mut self, r: Ref, depth: u32) -> Result<Obj, PdfError> {
        if depth > MAX_DEPTH {
            return Err(malformed("reference chain too long"));
        }
        match self.entries.get(r.num) {
            None | Some(Entry::Free) => Ok(Obj::Null),
            Some(Entry::InFile { offset, .. }) => match self.parse_indirect_at(offset, depth) {
                Ok((got, obj)) if got.num == r.num => Ok(obj),
                // Wrong offset in the table: look where a scan says the object is.
                _ => {
                    let found = self.scan().get(r.num);
                    match found {
                        Some(Entry::InFile { offset: off, .. }) if off != offset => {
                            let (got, obj) = self.parse_indirect_at(off, depth)?;
                            if got.num == r.num {
                                Ok(obj)
                            } else {
                                Err(malformed(format!("object {} not found", r.num)))
                            }
                        }
                        _ => Err(malformed(format!("object {} not found", r.num))),
                    }
                }
            },
            Some(Entry::InStream { stream, index }) => {
                self.get_from_objstm(stream, index, r.num, depth)
            }
        }
    }

    fn get_from_objstm(
        &mut self,
        stream: u32,
        index: u32,
        num: u32,
        depth: u32,
    ) -> Result<Obj, PdfError> {
        if !self.objstms.iter().any(|(n, _)| *n == stream) {
            let Obj::Stream(s) = self.get_depth(Ref::new(stream, 0), depth + 1)? else {
                return Err(malformed(format!("object stream {stream} missing")));
            };
            let stm = parse_objstm(&s)?;
            self.objstms.push((stream, stm));
        }
        let Some((_, stm)) = self.objstms.iter().find(|(n, _)| *n == stream) else {
            return Err(malformed("object stream missing"));
        };
        // Trust the index, but check the number; search the header if they disagree.
        let off = match stm.index.get(index as usize) {
            Some(&(n, off)) if n == num => Some(off),
            _ => stm
                .index
                .iter()
                .find(|(n, _)| *n == num)
                .map(|&(_, off)| off),
        };
        let Some(off) = off else {
            return Ok(Obj::Null);
        };
        Lexer::new(&stm.data, off).parse_obj()
    }

    /// Follows references until a direct object.
    pub(crate) fn resolve(&mut self, o: &Obj) -> Result<Obj, PdfError> {
        let mut cur = o.clone();
        for _ in 0..MAX_DEPTH {
            match cur {
                Obj::Ref(r) => cur = self.get(r)?,
                other => return Ok(other),
            }
        }
        Err(malformed("reference chain too long"))
    }

    /// Resolves an optional entry to a dictionary (of a dictionary or a stream).
    pub(crate) fn resolve_dict(&mut self, o: Option<&Obj>) -> Result<Option<Dict>, PdfError> {
        match o {
            None => Ok(None),
            Some(o) => Ok(match self.resolve(o)? {
                Obj::Dict(d) => Some(d),
                Obj::Stream(s) => Some(s.dict),
                _ => None,
            }),
        }
    }

    /// Generation to use when rewriting object `num` (objects in streams have 0).
    pub(crate) fn generation_of(&self, num: u32) -> u16 {
        match self.entries.get(num) {
            Some(Entry::InFile { generation, .. }) => generation,
            _ => 0,
        }
    }

    /// First object number free for new objects.
    pub(crate) fn next_free_num(&self) -> u32 {
        let size = self
            .trailer
            .get_int(b"Size")
            .and_then(|s| u32::try_from(s).ok())
            .unwrap_or(0);
        let max = self.entries.last_num().map_or(0, |k| k.saturating_add(1));
        size.max(max).max(1)
    }

    /// `N G obj` headers found by scanning the whole file (later ones win), cached.
    fn scan(&mut self) -> &XrefMap {
        let data = self.data;
        self.scanned.get_or_insert_with(|| scan_objects(data))
    }

    /// Rebuilds the table from a scan when the cross-reference data is unusable.
    fn rebuild(&mut self) -> Result<(), PdfError> {
        self.style = XrefStyle::Rebuilt;
        self.entries.clear();
        self.objstms.clear();
        self.startxref = 0;
        let found = self.scan().clone();
        for &(num, e) in found.iter() {
            self.entries.push(num, e);
        }
        let mut trailer = Dict::new();
        // Trailer keys from every `trailer` dictionary and xref stream, newest last.
        let data = self.data;
        let mut at = 0;
        while let Some(k) = data.get(at..).and_then(|rest| find(rest, b"trailer")) {
            at += k + 7;
            if let Ok(Obj::Dict(d)) = Lexer::new(data, at).parse_obj() {
                merge_trailer(&mut trailer, &d);
            }
        }
        // Objects held in object streams, and xref stream dictionaries.
        for &(num, e) in found.iter() {
            let Entry::InFile { offset, .. } = e else {
                continue;
            };
            // Depth MAX_DEPTH: no reference is followed here (a /Length by reference falls
            // back to the `endstream` search), so the half-built table is never consulted.
            let Ok((_, Obj::Stream(s))) = self.parse_indirect_at(offset, MAX_DEPTH) else {
                continue;
            };
            match s.dict.get_name(b"Type") {
                Some(b"XRef") => merge_trailer(&mut trailer, &s.dict),
                Some(b"ObjStm") => {
                    if let Ok(stm) = parse_objstm(&s) {
                        for (i, &(n, _)) in stm.index.iter().enumerate() {
                            let index = u32::try_from(i).unwrap_or(u32::MAX);
                            self.insert_if_absent(n, Entry::InStream { stream: num, index });
                        }
                        self.objstms.push((num, stm));
                    }
                }
                _ => {}
            }
        }
        self.entries.normalize();
        self.trailer = trailer;
        if !self.root_is_dict() {
            // Last resort: the newest object that says it is the catalog.
            let nums: Vec<u32> = self.entries.iter().map(|e| e.0).collect();
            let mut root = None;
            for num in nums {
                if let Ok(Obj::Dict(d)) = self.get(Ref::new(num, self.generation_of(num))) {
                    if d.get_name(b"Type") == Some(b"Catalog") {
                        root = Some(Ref::new(num, self.generation_of(num)));
                    }
                }
            }
            match root {
                Some(r) => self.trailer.set(b"Root", Obj::Ref(r)),
                None => return Err(malformed("no document catalog found")),
            }
        }
        Ok(())
    }
}

fn merge_trailer(into: &mut Dict, from: &Dict) {
    for key in [&b"Root"[..], b"Info", b"ID", b"Encrypt", b"Size"] {
        if let Some(v) = from.get(key) {
            into.set(key, v.clone());
        }
    }
}

/// Finds every `N G obj` header. Later definitions of a number win, as in an update.
fn scan_objects(data: &[u8]) -> XrefMap {
    let mut out = XrefMap::default();
    let mut from = 0;
    while let Some(k) = data.get(from..).and_then(|rest| find(rest, b"obj")) {
        let at = from + k;
        from = at + 3;
        // `obj` must stand alone: not `endobj`, not `objx`.
        if data
            .get(at + 3)
            .is_some_and(|&b| !is_white(b) && !is_delim(b))
        {
            continue;
        }
        let mut p = at;
        let back_ws = |p: &mut usize| {
            let s = *p;
            while *p > 0 && data.get(*p - 1).is_some_and(|&b| is_white(b)) {
                *p -= 1;
            }
            *p < s
        };
        let back_digits = |p: &mut usize| {
            let s = *p;
            while *p > 0 && data.get(*p - 1).is_some_and(u8::is_ascii_digit) && s - *p < 10 {
                *p -= 1;
            }
            (*p < s).then_some(*p..s)
        };
        if !back_ws(&mut p) {
            continue;
        }
        let Some(gen_range) = back_digits(&mut p) else {
            continue;
        };
        if !back_ws(&mut p) {
            continue;
        }
        let Some(num_range) = back_digits(&mut p) else {
            continue;
        };
        if p > 0
            && data
                .get(p - 1)
                .is_some_and(|&b| !is_white(b) && !is_delim(b))
        {
            continue;
        }
        let num = std::str::from_utf8(data.get(num_range).unwrap_or(b""))
            .ok()
            .and_then(|s| s.parse::<u32>().ok());
        let generation = std::str::from_utf8(data.get(gen_range).unwrap_or(b""))
            .ok()
            .and_then(|s| s.parse::<u16>().ok());
        if let (Some(num), Some(generation)) = (num, generation) {
            out.push(
                num,
                Entry::InFile {
                    offset: p,
                    generation,
                },
            );
        }
    }
    // Newest first, so that normalising keeps the last definition in the file.
    out.items.reverse();
    out.normalize();
    out
}

fn parse_objstm(s: &Stream) -> Result<ObjStm, PdfError> {
    let data = decode_stream(s)?;
    let n = s
        .dict
        .get_int(b"N")
        .and_then(|v| usize::try_from(v).ok())
        .unwrap_or(0);
    let first = s
        .dict
        .get_int(b"First")
        .and_then(|v| usize::try_from(v).ok())
        .unwrap_or(0);
    let header = data.get(..first.min(data.len())).unwrap_or(b"");
    let mut lx = Lexer::new(header, 0);
    let mut index = Vec::new();
    for _ in 0..n {
        let (Ok(Some(Tok::Int(num))), Ok(Some(Tok::Int(off)))) = (lx.next(), lx.next()) else {
            break;
        };
        let (Ok(num), Ok(off)) = (u32::try_from(num), usize::try_from(off)) else {
            break;
        };
        index.push((num, first.saturating_add(off)));
    }
    Ok(ObjStm { data, index })
}

/// Decodes a stream's data. Only FlateDecode (with PNG predictors) is needed to read
/// cross-reference and object streams; anything else is reported, never guessed.
pub(crate) fn decode_stream(s: &Stream) -> Result<Vec<u8>, PdfError> {
    let filters: Vec<&[u8]> = match s.dict.get(b"Filter") {
        None | Some(Obj::Null) => Vec::new(),
        Some(Obj::Name(n)) => vec![n.as_slice()],
        Some(Obj::Array(a)) => a.iter().filter_map(Obj::as_name).collect(),
        Some(_) => return Err(malformed("bad /Filter")),
    };
    let mut data = s.data.clone();
    for (i, f) in filters.iter().enumerate() {
        match *f {
            b"FlateDecode" | b"Fl" => {
                data = inflate(&data)?;
                let parms = match s.dict.get(b"DecodeParms") {
                    Some(Obj::Dict(d)) => Some(d),
                    Some(Obj::Array(a)) => a.get(i).and_then(Obj::as_dict),
                    _ => None,
                };
                if let Some(p) = parms {
                    data = unpredict(&data, p)?;
                }
            }
            other => {
                return Err(PdfError::Unsupported(format!(
                    "stream filter /{}",
                    String::from_utf8_lossy(other)
                )));
            }
        }
    }
    Ok(data)
}

#[cfg(feature = "flate")]
fn inflate(data: &[u8]) -> Result<Vec<u8>, PdfError> {
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, decompress_to_vec_zlib_with_limit};
    match decompress_to_vec_zlib_with_limit(data, MAX_INFLATE) {
        Ok(v) => Ok(v),
        Err(e) => {
            // Damaged checksum or header: try the raw deflate data, then keep what decoded.
            if let Ok(v) = decompress_to_vec_with_limit(data.get(2..).unwrap_or(b""), MAX_INFLATE) {
                return Ok(v);
            }
            if !e.output.is_empty() {
                return Ok(e.output);
            }
            Err(malformed("bad FlateDecode data"))
        }
    }
}

#[cfg(not(feature = "flate"))]
fn inflate(_data: &[u8]) -> Result<Vec<u8>, PdfError> {
    Err(PdfError::Unsupported(
        "compressed object or cross-reference streams (build with feature `flate`)".into(),
    ))
}

/// Undoes a PNG predictor (`/Predictor` 10..=15), the one used by xref streams.
fn unpredict(data: &[u8], parms: &Dict) -> Result<Vec<u8>, PdfError> {
    let predictor = parms.get_int(b"Predictor").unwrap_or(1);
    if predictor < 10 {
        return if predictor == 1 {
            Ok(data.to_vec())
        } else {
            Err(PdfError::Unsupported("TIFF predictor".into()))
        };
    }
    let colors = parms.get_int(b"Colors").unwrap_or(1).clamp(1, 32) as usize;
    let bpc = parms.get_int(b"BitsPerComponent").unwrap_or(8).clamp(1, 16) as usize;
    let columns = parms.get_int(b"Columns").unwrap_or(1).clamp(1, 1 << 16) as usize;
    let bpp = (colors * bpc).div_ceil(8).max(1);
    let row_len = (colors * bpc * columns).div_ceil(8);
    let mut out = Vec::with_capacity(data.len());
    let mut prev = vec![0u8; row_len];
    for chunk in data.chunks(row_len + 1) {
        let Some((&kind, row)) = chunk.split_first() else {
            break;
        };
        let mut cur = row.to_vec();
        cur.resize(row_len, 0);
        for i in 0..row_len {
            let left = if i >= bpp {
                cur.get(i - bpp).copied().unwrap_or(0)
            } else {
                0
            };
            let up = prev.get(i).copied().unwrap_or(0);
            let up_left = if i >= bpp {
                prev.get(i - bpp).copied().unwrap_or(0)
            } else {
                0
            };
            let add = match kind {
                0 => 0,
                1 => left,
                2 => up,
                3 => ((u16::from(left) + u16::from(up)) / 2) as u8,
                4 => paeth(left, up, up_left),
                _ => return Err(malformed("bad PNG predictor row")),
            };
            if let Some(c) = cur.get_mut(i) {
                *c = c.wrapping_add(add);
            }
        }
        out.extend_from_slice(&cur);
        prev = cur;
    }
    Ok(out)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_is_stable() {
        let mut m = XrefMap::default();
        for (i, n) in [5u32, 3, 5, 1, 3, 9, 0].iter().enumerate() {
            m.push(
                *n,
                Entry::InFile {
                    offset: i,
                    generation: 0,
                },
            );
        }
        m.normalize();
        let got: Vec<(u32, Entry)> = m.iter().copied().collect();
        let off = |o| Entry::InFile {
            offset: o,
            generation: 0,
        };
        assert_eq!(
            got,
            vec![
                (0, off(6)),
                (1, off(3)),
                (3, off(1)),
                (5, off(0)),
                (9, off(5))
            ]
        );
        assert_eq!(m.get(3), Some(off(1)));
        assert_eq!(m.get(4), None);
    }
}
