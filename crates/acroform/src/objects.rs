//! The PDF object model (ISO 32000-1 §7.3) and its serialisation.
//!
//! Dictionaries keep their keys in file order so that writing an object back gives
//! the same bytes every time (determinism), and so a re-written widget reads like
//! the original with only the changed keys differing.

/// An indirect reference `num gen R`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Ref {
    pub num: u32,
    pub generation: u16,
}

impl Ref {
    pub(crate) fn new(num: u32, generation: u16) -> Ref {
        Ref { num, generation }
    }
}

/// Any PDF object. Strings and names are raw bytes: decoding depends on where they are used.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Obj {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Name(Vec<u8>),
    Str(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    Stream(Stream),
    Ref(Ref),
}

/// A stream: its dictionary and its raw (still encoded) bytes.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Stream {
    pub dict: Dict,
    pub data: Vec<u8>,
}

/// A dictionary as an ordered list of entries (few keys: a linear search is fastest).
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Dict {
    entries: Vec<(Vec<u8>, Obj)>,
}

impl Dict {
    pub(crate) fn new() -> Dict {
        Dict::default()
    }

    pub(crate) fn get(&self, key: &[u8]) -> Option<&Obj> {
        self.entries
            .iter()
            .find(|(k, _)| k.as_slice() == key)
            .map(|(_, v)| v)
    }

    /// Sets `key`, keeping its position when it already exists.
    pub(crate) fn set(&mut self, key: &[u8], value: Obj) {
        if let Some(slot) = self.entries.iter_mut().find(|(k, _)| k.as_slice() == key) {
            slot.1 = value;
        } else {
            self.entries.push((key.to_vec(), value));
        }
    }

    /// Builder form of [`Dict::set`].
    pub(crate) fn with(mut self, key: &[u8], value: Obj) -> Dict {
        self.set(key, value);
        self
    }

    pub(crate) fn remove(&mut self, key: &[u8]) -> Option<Obj> {
        let i = self.entries.iter().position(|(k, _)| k.as_slice() == key)?;
        Some(self.entries.remove(i).1)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&[u8], &Obj)> {
        self.entries.iter().map(|(k, v)| (k.as_slice(), v))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Inserts a parsed entry; a repeated key keeps its first value (what most readers do).
    pub(crate) fn push_parsed(&mut self, key: Vec<u8>, value: Obj) {
        if self.get(&key).is_none() {
            self.entries.push((key, value));
        }
    }

    pub(crate) fn get_name(&self, key: &[u8]) -> Option<&[u8]> {
        self.get(key).and_then(Obj::as_name)
    }

    pub(crate) fn get_int(&self, key: &[u8]) -> Option<i64> {
        self.get(key).and_then(Obj::as_int)
    }
}

impl Obj {
    pub(crate) fn name(s: &[u8]) -> Obj {
        Obj::Name(s.to_vec())
    }

    pub(crate) fn as_int(&self) -> Option<i64> {
        match self {
            Obj::Int(i) => Some(*i),
            // Some writers put integers as reals ("12.0"); accept exact values only.
            Obj::Real(r) if r.fract() == 0.0 && r.abs() < 9.0e15 => Some(*r as i64),
            _ => None,
        }
    }

    pub(crate) fn as_f64(&self) -> Option<f64> {
        match self {
            Obj::Int(i) => Some(*i as f64),
            Obj::Real(r) if r.is_finite() => Some(*r),
            _ => None,
        }
    }

    pub(crate) fn as_name(&self) -> Option<&[u8]> {
        match self {
            Obj::Name(n) => Some(n),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&[u8]> {
        match self {
            Obj::Str(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&Vec<Obj>> {
        match self {
            Obj::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The dictionary of a dictionary or of a stream.
    pub(crate) fn as_dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) => Some(d),
            Obj::Stream(s) => Some(&s.dict),
            _ => None,
        }
    }

    pub(crate) fn as_ref(&self) -> Option<Ref> {
        match self {
            Obj::Ref(r) => Some(*r),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------
// Serialisation
// ---------------------------------------------------------------------------

/// Formats a number with at most 3 decimals and no trailing zeros ("12", "0.5", "-3.125"),
/// for content streams. Integer arithmetic only: exact, platform independent (so the
/// output is deterministic), and without the float formatter (~20 KB of wasm).
pub(crate) fn fmt_num(v: f64) -> String {
    fmt_fixed(v, 3)
}

/// Like [`fmt_num`] with up to `decimals` (at most 6) decimals.
pub(crate) fn fmt_fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals);
    // Values beyond 1e12 are not meaningful PDF numbers: write their integer part.
    if v.abs() >= 1e12 {
        return (v as i64).to_string();
    }
    let scaled = (v.abs() * scale as f64).round() as u64;
    let (int, mut frac) = (scaled / scale, scaled % scale);
    let mut s = String::new();
    if v < 0.0 && scaled != 0 {
        s.push('-');
    }
    s.push_str(&int.to_string());
    if frac != 0 {
        let mut digits = decimals;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        s.push('.');
        let f = frac.to_string();
        for _ in f.len()..digits as usize {
            s.push('0');
        }
        s.push_str(&f);
    }
    s
}

fn is_regular_name_byte(b: u8) -> bool {
    (0x21..=0x7e).contains(&b) && !b"()<>[]{}/%#".contains(&b)
}

pub(crate) fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        if is_regular_name_byte(b) {
            out.push(b);
        } else {
            // Spaces in check box states (" APT ") must be written as #20.
            out.extend_from_slice(format!("#{:02X}", b).as_bytes());
        }
    }
}

/// Writes a string: literal when it is plain printable ASCII, hexadecimal otherwise
/// (UTF-16 text strings, binary data), so the output stays 7-bit clean.
pub(crate) fn write_string(out: &mut Vec<u8>, s: &[u8]) {
    if s.iter().all(|&b| (0x20..0x7f).contains(&b)) {
        write_literal(out, s);
    } else {
        out.push(b'<');
        for &b in s {
            out.extend_from_slice(format!("{:02X}", b).as_bytes());
        }
        out.push(b'>');
    }
}

/// Writes a literal string `( ... )`, escaping delimiters and using octal escapes for
/// anything outside printable ASCII (content streams stay readable and 7-bit).
pub(crate) fn write_literal(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'(');
    for &b in s {
        match b {
            b'(' | b')' | b'\\' => {
                out.push(b'\\');
                out.push(b);
            }
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\{:03o}", b).as_bytes()),
        }
    }
    out.push(b')');
}

pub(crate) fn write_obj(out: &mut Vec<u8>, obj: &Obj) {
    match obj {
        Obj::Null => out.extend_from_slice(b"null"),
        Obj::Bool(true) => out.extend_from_slice(b"true"),
        Obj::Bool(false) => out.extend_from_slice(b"false"),
        Obj::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        // Reals read from the file keep up to 6 decimals.
        Obj::Real(r) => out.extend_from_slice(fmt_fixed(*r, 6).as_bytes()),
        Obj::Name(n) => write_name(out, n),
        Obj::Str(s) => write_string(out, s),
        Obj::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                write_obj(out, item);
            }
            out.push(b']');
        }
        Obj::Dict(d) => write_dict(out, d),
        Obj::Stream(s) => {
            let mut dict = s.dict.clone();
            dict.set(b"Length", Obj::Int(s.data.len() as i64));
            write_dict(out, &dict);
            out.extend_from_slice(b"\nstream\n");
            out.extend_from_slice(&s.data);
            out.extend_from_slice(b"\nendstream");
        }
        Obj::Ref(r) => out.extend_from_slice(format!("{} {} R", r.num, r.generation).as_bytes()),
    }
}

fn write_dict(out: &mut Vec<u8>, d: &Dict) {
    out.extend_from_slice(b"<<");
    for (k, v) in d.iter() {
        write_name(out, k);
        // A separator is only needed before values that start with a regular character.
        if matches!(
            v,
            Obj::Null | Obj::Bool(_) | Obj::Int(_) | Obj::Real(_) | Obj::Ref(_)
        ) {
            out.push(b' ');
        }
        write_obj(out, v);
    }
    out.extend_from_slice(b">>");
}

// ---------------------------------------------------------------------------
// Text strings (§7.9.2.2): PDFDocEncoding or UTF-16BE with a byte order mark.
// ---------------------------------------------------------------------------

/// PDFDocEncoding 0x80..=0xA0 (the bytes where it differs from Latin-1); 0x9F is undefined.
const PDFDOC_HIGH: [char; 33] = [
    '\u{2022}', '\u{2020}', '\u{2021}', '\u{2026}', '\u{2014}', '\u{2013}', '\u{0192}', '\u{2044}',
    '\u{2039}', '\u{203A}', '\u{2212}', '\u{2030}', '\u{201E}', '\u{201C}', '\u{201D}', '\u{2018}',
    '\u{2019}', '\u{201A}', '\u{2122}', '\u{FB01}', '\u{FB02}', '\u{0141}', '\u{0152}', '\u{0160}',
    '\u{0178}', '\u{017D}', '\u{0131}', '\u{0142}', '\u{0153}', '\u{0161}', '\u{017E}', '\u{FFFD}',
    '\u{20AC}',
];

/// Decodes a PDF text string (field names `/T`, tooltips, values).
pub(crate) fn decode_text(s: &[u8]) -> String {
    if let Some(utf16) = s.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = utf16
            .chunks(2)
            .map(|c| {
                u16::from_be_bytes([
                    c.first().copied().unwrap_or(0),
                    c.get(1).copied().unwrap_or(0),
                ])
            })
            .collect();
        return char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect();
    }
    if let Some(utf8) = s.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(utf8).into_owned();
    }
    s.iter()
        .map(|&b| match b {
            0x80..=0xa0 => PDFDOC_HIGH
                .get(usize::from(b - 0x80))
                .copied()
                .unwrap_or('\u{FFFD}'),
            _ => b as char,
        })
        .collect()
}

/// Encodes a text string: plain ASCII as is, anything else as UTF-16BE with a BOM
/// (always valid, and every reader decodes it).
pub(crate) fn encode_text(s: &str) -> Vec<u8> {
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\r' || b == b'\t')
    {
        return s.as_bytes().to_vec();
    }
    let mut out = vec![0xfe, 0xff];
    for u in s.encode_utf16() {
        out.extend_from_slice(&u.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_format_short() {
        assert_eq!(fmt_num(12.0), "12");
        assert_eq!(fmt_num(0.5), "0.5");
        assert_eq!(fmt_num(-0.0001), "0");
        assert_eq!(fmt_num(1.23456), "1.235");
        assert_eq!(fmt_num(f64::NAN), "0");
        assert_eq!(fmt_num(0.05), "0.05");
        assert_eq!(fmt_num(-2.5), "-2.5");
        assert_eq!(fmt_num(82.2222), "82.222");
        assert_eq!(fmt_fixed(60.001, 6), "60.001");
        assert_eq!(fmt_fixed(0.000001, 6), "0.000001");
    }

    #[test]
    fn names_escape_spaces() {
        let mut out = Vec::new();
        write_name(&mut out, b" APT ");
        assert_eq!(out, b"/#20APT#20");
    }

    #[test]
    fn text_round_trip() {
        for s in ["plain", "Lucía Ramírez", "日本"] {
            assert_eq!(decode_text(&encode_text(s)), s);
        }
        assert_eq!(decode_text(b"\x80x"), "\u{2022}x");
    }
}
