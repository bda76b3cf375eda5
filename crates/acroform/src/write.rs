//! Writes the incremental update (ISO 32000-1 §7.5.6): the original bytes untouched,
//! then the changed and new objects, a cross-reference section for them only, and a
//! trailer whose `/Prev` points at the original's newest section.
//!
//! The section has the same style as the original's newest one: a classic table
//! after a table (this form), a cross-reference stream after a stream. Mixing them
//! is what trips readers up; matching is read by pdf.js, PDFium, poppler, pypdf,
//! qpdf and Acrobat alike.

use super::objects::{Dict, Obj, Ref, write_obj};
use super::xref::{Document, Entry, XrefMap, XrefStyle};

/// Objects to write: replacements of existing objects and new ones.
pub(crate) struct Update {
    /// (number, generation, object); one entry per number.
    objects: Vec<(u32, u16, Obj)>,
    next: u32,
}

impl Update {
    pub(crate) fn new(first_free: u32) -> Update {
        Update {
            objects: Vec::new(),
            next: first_free.max(1),
        }
    }

    /// Replaces existing object `r` (same number and generation).
    pub(crate) fn put(&mut self, r: Ref, obj: Obj) {
        match self.objects.iter_mut().find(|o| o.0 == r.num) {
            Some(slot) => *slot = (r.num, r.generation, obj),
            None => self.objects.push((r.num, r.generation, obj)),
        }
    }

    /// Adds a new object and returns its reference.
    pub(crate) fn add(&mut self, obj: Obj) -> Ref {
        let num = self.next;
        self.next = self.next.saturating_add(1);
        self.objects.push((num, 0, obj));
        Ref::new(num, 0)
    }

    /// A new object number without an object yet (for objects that refer to each other).
    pub(crate) fn reserve(&mut self) -> Ref {
        let num = self.next;
        self.next = self.next.saturating_add(1);
        Ref::new(num, 0)
    }

    /// Serialises the update after the original bytes.
    pub(crate) fn finish(mut self, doc: &Document) -> Vec<u8> {
        let original = doc.data;
        let mut out = Vec::with_capacity(original.len() + 64 * 1024);
        out.extend_from_slice(original);
        // The first new object must start on a line of its own.
        if !matches!(out.last(), Some(b'\n') | Some(b'\r')) {
            out.push(b'\n');
        }
        let body_start = out.len();
        // Entries of this section: the objects written now first, so they win below.
        let mut entries = XrefMap::default();
        // Insertion sort: objects are few (the changed ones) and mostly in order already
        // (new objects are numbered upwards); the library sorts cost ~9 KB of wasm.
        for i in 1..self.objects.len() {
            let mut j = i;
            while j > 0 && self.objects.get(j - 1).map(|o| o.0) > self.objects.get(j).map(|o| o.0) {
                self.objects.swap(j - 1, j);
                j -= 1;
            }
        }
        for (num, generation, obj) in &self.objects {
            entries.push(
                *num,
                Entry::InFile {
                    offset: out.len(),
                    generation: *generation,
                },
            );
            out.extend_from_slice(format!("{num} {generation} obj\n").as_bytes());
            write_obj(&mut out, obj);
            out.extend_from_slice(b"\nendobj\n");
        }

        // /ID: keep the permanent first half; derive the second from the new bytes so the
        // same inputs always give the same file (no clock, no randomness).
        let old_id = doc
            .trailer
            .get(b"ID")
            .and_then(Obj::as_array)
            .and_then(|a| a.first())
            .and_then(Obj::as_str);
        let id0 = match old_id {
            Some(id) => id.to_vec(),
            None => hash128(original).to_vec(),
        };
        let mut seed = id0.clone();
        seed.extend_from_slice(out.get(body_start..).unwrap_or(b""));
        let id1 = hash128(&seed).to_vec();

        let mut trailer = Dict::new();
        if let Some(root) = doc.trailer.get(b"Root") {
            trailer.set(b"Root", root.clone());
        }
        if let Some(info) = doc.trailer.get(b"Info") {
            trailer.set(b"Info", info.clone());
        }
        trailer.set(b"ID", Obj::Array(vec![Obj::Str(id0), Obj::Str(id1)]));
        if doc.style != XrefStyle::Rebuilt {
            trailer.set(b"Prev", Obj::Int(doc.startxref as i64));
        }

        if doc.style == XrefStyle::Rebuilt {
            // No usable older table: this section lists every object.
            entries.push(0, Entry::Free);
            for &(num, e) in doc.entries.iter() {
                if e != Entry::Free {
                    entries.push(num, e);
                }
            }
        }
        entries.normalize();
        let use_stream = match doc.style {
            XrefStyle::Table => false,
            XrefStyle::Stream => true,
            XrefStyle::Rebuilt => entries
                .iter()
                .any(|e| matches!(e.1, Entry::InStream { .. })),
        };
        let size = doc.next_free_num().max(self.next);
        if use_stream {
            let xref_ref = self.reserve();
            let xref_at = out.len();
            entries.push(
                xref_ref.num,
                Entry::InFile {
                    offset: xref_at,
                    generation: 0,
                },
            );
            entries.normalize();
            let size = size.max(xref_ref.num.saturating_add(1));
            trailer.set(b"Size", Obj::Int(i64::from(size)));
            write_xref_stream(&mut out, xref_ref, &entries, trailer);
            out.extend_from_slice(format!("startxref\n{xref_at}\n%%EOF\n").as_bytes());
        } else {
            trailer.set(b"Size", Obj::Int(i64::from(size)));
            let xref_at = out.len();
            write_xref_table(&mut out, &entries);
            // Keys in the conventional order: Size first.
            let mut ordered = Dict::new();
            for key in [&b"Size"[..], b"Root", b"Info", b"ID", b"Prev"] {
                if let Some(v) = trailer.get(key) {
                    ordered.set(key, v.clone());
                }
            }
            out.extend_from_slice(b"trailer\n");
            write_obj(&mut out, &Obj::Dict(ordered));
            out.extend_from_slice(format!("\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
        }
        out
    }
}

/// Groups sorted object numbers into runs of consecutive numbers.
fn runs(nums: impl Iterator<Item = u32>) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for n in nums {
        match out.last_mut() {
            Some((start, count)) if start.checked_add(*count) == Some(n) => *count += 1,
            _ => out.push((n, 1)),
        }
    }
    out
}

/// An entry as the (type, field 2, field 3) of an xref stream row (§7.5.8.3).
fn row(e: Entry) -> (u8, u64, u64) {
    match e {
        // Only object 0 is written free: it heads the list of free objects.
        Entry::Free => (0, 0, 65535),
        Entry::InFile { offset, generation } => (1, offset as u64, u64::from(generation)),
        Entry::InStream { stream, index } => (2, u64::from(stream), u64::from(index)),
    }
}

fn write_xref_table(out: &mut Vec<u8>, entries: &XrefMap) {
    out.extend_from_slice(b"xref\n");
    let mut all = entries.iter().peekable();
    for (start, count) in runs(entries.iter().map(|e| e.0)) {
        out.extend_from_slice(format!("{start} {count}\n").as_bytes());
        for _ in 0..count {
            let Some(&(_, e)) = all.next() else { break };
            // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, SP LF.
            let (kind, f2, f3) = row(e);
            let (off, generation, t) = if kind == 0 {
                (0, f3, 'f')
            } else {
                (f2, f3, 'n')
            };
            out.extend_from_slice(format!("{off:010} {generation:05} {t} \n").as_bytes());
        }
    }
}

fn bytes_needed(v: u64) -> usize {
    (8 - (v.leading_zeros() as usize) / 8).max(1)
}

fn write_xref_stream(out: &mut Vec<u8>, me: Ref, entries: &XrefMap, mut dict: Dict) {
    let rows: Vec<(u8, u64, u64)> = entries.iter().map(|e| row(e.1)).collect();
    let w2 = bytes_needed(rows.iter().map(|e| e.1).max().unwrap_or(0));
    let w3 = bytes_needed(rows.iter().map(|e| e.2).max().unwrap_or(0));
    let mut data = Vec::with_capacity(rows.len() * (1 + w2 + w3));
    for &(kind, f2, f3) in &rows {
        data.push(kind);
        data.extend_from_slice(f2.to_be_bytes().get(8 - w2..).unwrap_or(&[]));
        data.extend_from_slice(f3.to_be_bytes().get(8 - w3..).unwrap_or(&[]));
    }
    let index: Vec<Obj> = runs(entries.iter().map(|e| e.0))
        .into_iter()
        .flat_map(|(s, c)| [Obj::Int(i64::from(s)), Obj::Int(i64::from(c))])
        .collect();
    dict.set(b"Type", Obj::name(b"XRef"));
    dict.set(b"Index", Obj::Array(index));
    dict.set(
        b"W",
        Obj::Array(vec![Obj::Int(1), Obj::Int(w2 as i64), Obj::Int(w3 as i64)]),
    );
    // Left unfiltered: no compressor needed, and every reader accepts it.
    out.extend_from_slice(format!("{} {} obj\n", me.num, me.generation).as_bytes());
    write_obj(out, &Obj::Stream(super::objects::Stream { dict, data }));
    out.extend_from_slice(b"\nendobj\n");
}

/// A 128-bit non-cryptographic hash (two FNV-1a lanes, then a SplitMix64 finaliser).
/// Only used to make the file identifier depend on the content.
pub(crate) fn hash128(data: &[u8]) -> [u8; 16] {
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142 ^ data.len() as u64;
    for &x in data {
        a = (a ^ u64::from(x)).wrapping_mul(0x0000_0100_0000_01b3);
        b = (b ^ u64::from(x))
            .wrapping_mul(0x0000_0100_0000_01b3)
            .rotate_left(7);
    }
    let mix = |mut z: u64| {
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let (hi, lo) = (mix(a ^ b.rotate_left(32)), mix(b ^ a));
    (u128::from(hi) << 64 | u128::from(lo)).to_be_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_runs() {
        assert_eq!(
            runs([1, 2, 3, 7, 9, 10].into_iter()),
            vec![(1, 3), (7, 1), (9, 2)]
        );
    }

    #[test]
    fn table_entries_are_20_bytes() {
        let mut out = Vec::new();
        let mut e = XrefMap::default();
        e.push(
            5,
            Entry::InFile {
                offset: 1234,
                generation: 0,
            },
        );
        e.normalize();
        write_xref_table(&mut out, &e);
        assert_eq!(out, b"xref\n5 1\n0000001234 00000 n \n");
    }

    #[test]
    fn hash_differs_on_content() {
        assert_ne!(hash128(b"a"), hash128(b"b"));
        assert_eq!(hash128(b"abc"), hash128(b"abc"));
    }
}
