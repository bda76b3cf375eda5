//! Tokeniser and object parser (ISO 32000-1 §7.2, §7.3).
//!
//! Lenient where real files are sloppy (missing values, odd numbers), strict about
//! bounds: every read goes through `get`, nesting depth is capped, and errors are
//! returned rather than panicking, so any byte soup is safe to feed in.

use super::PdfError;
use super::objects::{Dict, Obj, Ref};

/// Nesting limit for arrays/dictionaries: deep enough for real files, shallow enough
/// that hostile input cannot overflow the stack (also on wasm's small stack).
const MAX_DEPTH: u32 = 100;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok<'a> {
    Int(i64),
    Real(f64),
    Name(Vec<u8>),
    Str(Vec<u8>),
    ArrOpen,
    ArrClose,
    DictOpen,
    DictClose,
    /// A bare word: `true`, `obj`, `R`, `stream`, an operator in a content stream...
    Kw(&'a [u8]),
}

pub(crate) fn is_white(b: u8) -> bool {
    matches!(b, 0 | 9 | 10 | 12 | 13 | 32)
}

pub(crate) fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

pub(crate) struct Lexer<'a> {
    buf: &'a [u8],
    pub pos: usize,
}

fn malformed(what: &str, pos: usize) -> PdfError {
    PdfError::Malformed(format!("{what} at byte {pos}"))
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(buf: &'a [u8], pos: usize) -> Lexer<'a> {
        Lexer { buf, pos }
    }

    fn peek_byte(&self) -> Option<u8> {
        self.buf.get(self.pos).copied()
    }

    /// Skips whitespace and `%` comments.
    pub(crate) fn skip_ws(&mut self) {
        while let Some(b) = self.peek_byte() {
            if is_white(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek_byte() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next token, or `None` at the end of the buffer.
    pub(crate) fn next(&mut self) -> Result<Option<Tok<'a>>, PdfError> {
        self.skip_ws();
        let start = self.pos;
        let Some(b) = self.peek_byte() else {
            return Ok(None);
        };
        let tok = match b {
            b'[' => {
                self.pos += 1;
                Tok::ArrOpen
            }
            b']' => {
                self.pos += 1;
                Tok::ArrClose
            }
            b'<' if self.buf.get(start + 1) == Some(&b'<') => {
                self.pos += 2;
                Tok::DictOpen
            }
            b'>' if self.buf.get(start + 1) == Some(&b'>') => {
                self.pos += 2;
                Tok::DictClose
            }
            b'<' => Tok::Str(self.hex_string()?),
            b'(' => Tok::Str(self.literal_string()?),
            b'/' => Tok::Name(self.name()),
            b'0'..=b'9' | b'+' | b'-' | b'.' => self.number(),
            b')' | b'>' | b'{' | b'}' => {
                // Stray delimiter: PostScript braces only occur in functions we never read.
                self.pos += 1;
                Tok::Kw(self.buf.get(start..self.pos).unwrap_or(b""))
            }
            _ => {
                while let Some(c) = self.peek_byte() {
                    if is_white(c) || is_delim(c) {
                        break;
                    }
                    self.pos += 1;
                }
                Tok::Kw(self.buf.get(start..self.pos).unwrap_or(b""))
            }
        };
        Ok(Some(tok))
    }

    fn name(&mut self) -> Vec<u8> {
        self.pos += 1; // the '/'
        let mut out = Vec::new();
        while let Some(c) = self.peek_byte() {
            if is_white(c) || is_delim(c) {
                break;
            }
            if c == b'#' {
                let hi = self.buf.get(self.pos + 1).copied().and_then(hex_val);
                let lo = self.buf.get(self.pos + 2).copied().and_then(hex_val);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi * 16 + lo);
                    self.pos += 3;
                    continue;
                }
            }
            out.push(c);
            self.pos += 1;
        }
        out
    }

    fn number(&mut self) -> Tok<'a> {
        let start = self.pos;
        while let Some(c) = self.peek_byte() {
            if c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.') {
                self.pos += 1;
            } else {
                break;
            }
        }
        let text = self.buf.get(start..self.pos).unwrap_or(b"");
        parse_number(text)
    }

    fn hex_string(&mut self) -> Result<Vec<u8>, PdfError> {
        let start = self.pos;
        self.pos += 1; // '<'
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        loop {
            let Some(c) = self.peek_byte() else {
                return Err(malformed("unterminated hex string", start));
            };
            self.pos += 1;
            if c == b'>' {
                break;
            }
            if let Some(v) = hex_val(c) {
                match high.take() {
                    Some(h) => out.push(h * 16 + v),
                    None => high = Some(v),
                }
            } else if !is_white(c) {
                return Err(malformed("bad hex string", start));
            }
        }
        // An odd final digit counts as if followed by 0 (§7.3.4.3).
        if let Some(h) = high {
            out.push(h * 16);
        }
        Ok(out)
    }

    fn literal_string(&mut self) -> Result<Vec<u8>, PdfError> {
        let start = self.pos;
        self.pos += 1; // '('
        let mut out = Vec::new();
        let mut depth = 1u32;
        loop {
            let Some(c) = self.peek_byte() else {
                return Err(malformed("unterminated string", start));
            };
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(e) = self.peek_byte() else { continue };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek_byte() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xff) as u8);
                        }
                        // Backslash + end of line: the line continues.
                        b'\r' => {
                            if self.peek_byte() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                // An unescaped end of line reads as a single LF (§7.3.4.2).
                b'\r' => {
                    if self.peek_byte() == Some(b'\n') {
                        self.pos += 1;
                    }
                    out.push(b'\n');
                }
                _ => out.push(c),
            }
        }
        Ok(out)
    }

    /// Parses one object. `1 0 R` becomes a reference.
    pub(crate) fn parse_obj(&mut self) -> Result<Obj, PdfError> {
        self.parse_obj_depth(0)
    }

    fn parse_obj_depth(&mut self, depth: u32) -> Result<Obj, PdfError> {
        let at = self.pos;
        let Some(tok) = self.next()? else {
            return Err(malformed("unexpected end of data", at));
        };
        self.obj_from_token(tok, depth)
    }

    fn obj_from_token(&mut self, tok: Tok<'a>, depth: u32) -> Result<Obj, PdfError> {
        if depth > MAX_DEPTH {
            return Err(malformed("objects nested too deeply", self.pos));
        }
        Ok(match tok {
            Tok::Int(n) => {
                // Look ahead for `gen R`.
                let save = self.pos;
                if let (Ok(num), Ok(Some(Tok::Int(g)))) = (u32::try_from(n), self.next()) {
                    if let (Ok(generation), Ok(Some(Tok::Kw(b"R")))) =
                        (u16::try_from(g), self.next())
                    {
                        return Ok(Obj::Ref(Ref::new(num, generation)));
                    }
                }
                self.pos = save;
                Obj::Int(n)
            }
            Tok::Real(r) => Obj::Real(r),
            Tok::Name(n) => Obj::Name(n),
            Tok::Str(s) => Obj::Str(s),
            Tok::ArrOpen => {
                let mut items = Vec::new();
                loop {
                    let at = self.pos;
                    match self.next()? {
                        None => return Err(malformed("unterminated array", at)),
                        Some(Tok::ArrClose) => break,
                        Some(t) => items.push(self.obj_from_token(t, depth + 1)?),
                    }
                }
                Obj::Array(items)
            }
            Tok::DictOpen => Obj::Dict(self.dict_body(depth)?),
            Tok::Kw(b"true") => Obj::Bool(true),
            Tok::Kw(b"false") => Obj::Bool(false),
            Tok::Kw(b"null") => Obj::Null,
            Tok::Kw(k) => {
                return Err(malformed(
                    &format!("unexpected keyword \"{}\"", String::from_utf8_lossy(k)),
                    self.pos,
                ));
            }
            Tok::ArrClose | Tok::DictClose => {
                return Err(malformed("unexpected delimiter", self.pos));
            }
        })
    }

    /// Parses dictionary entries after `<<` up to and including `>>`.
    fn dict_body(&mut self, depth: u32) -> Result<Dict, PdfError> {
        let mut dict = Dict::new();
        loop {
            let at = self.pos;
            match self.next()? {
                None => return Err(malformed("unterminated dictionary", at)),
                Some(Tok::DictClose) => break,
                Some(Tok::Name(key)) => {
                    let at = self.pos;
                    match self.next()? {
                        None => return Err(malformed("unterminated dictionary", at)),
                        // `/Key >>`: a missing value, read as null.
                        Some(Tok::DictClose) => {
                            dict.push_parsed(key, Obj::Null);
                            break;
                        }
                        Some(t) => {
                            let v = self.obj_from_token(t, depth + 1)?;
                            dict.push_parsed(key, v);
                        }
                    }
                }
                Some(_) => return Err(malformed("dictionary key is not a name", at)),
            }
        }
        Ok(dict)
    }
}

/// Parses a numeric token. Malformed numbers ("--5", "1.2.3") read as the longest valid
/// prefix, or 0, as Acrobat does.
pub(crate) fn parse_number(text: &[u8]) -> Tok<'static> {
    let mut neg = false;
    let mut i = 0;
    while let Some(&c) = text.get(i) {
        match c {
            b'-' => neg = !neg,
            b'+' => {}
            _ => break,
        }
        i += 1;
    }
    let rest = text.get(i..).unwrap_or(b"");
    let mut int_part: i64 = 0;
    let mut int_overflow = false;
    let mut j = 0;
    while let Some(&c) = rest.get(j) {
        if !c.is_ascii_digit() {
            break;
        }
        match int_part
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(c - b'0')))
        {
            Some(v) => int_part = v,
            None => int_overflow = true,
        }
        j += 1;
    }
    if rest.get(j) != Some(&b'.') && !int_overflow {
        return Tok::Int(if neg { -int_part } else { int_part });
    }
    // Real: the integer part, then up to 18 fraction digits (more is noise in a PDF).
    // Computed by hand: the standard float parser adds ~15 KB of tables to wasm.
    let mut v = if int_overflow {
        i64::MAX as f64
    } else {
        int_part as f64
    };
    if rest.get(j) == Some(&b'.') {
        let mut frac: u64 = 0;
        let mut scale = 1.0f64;
        let mut k = j + 1;
        while let Some(&c) = rest.get(k) {
            if !c.is_ascii_digit() {
                break;
            }
            if scale < 1e18 {
                frac = frac * 10 + u64::from(c - b'0');
                scale *= 10.0;
            }
            k += 1;
        }
        v += frac as f64 / scale;
    }
    Tok::Real(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Obj {
        Lexer::new(s.as_bytes(), 0).parse_obj().unwrap()
    }

    #[test]
    fn parses_basic_objects() {
        assert_eq!(parse("12"), Obj::Int(12));
        assert_eq!(parse("-.5"), Obj::Real(-0.5));
        assert_eq!(parse("--3"), Obj::Int(3));
        assert_eq!(parse("/A#20B"), Obj::Name(b"A B".to_vec()));
        assert_eq!(parse("(a\\(b\\)\\101\\\nc)"), Obj::Str(b"a(b)Ac".to_vec()));
        assert_eq!(parse("<48 65 6>"), Obj::Str(b"He`".to_vec()));
        assert_eq!(
            parse("[1 0 R 2]"),
            Obj::Array(vec![Obj::Ref(Ref::new(1, 0)), Obj::Int(2)])
        );
        let d = parse("<</A 1/B/C /D >>");
        let d = d.as_dict().unwrap();
        assert_eq!(d.get_int(b"A"), Some(1));
        assert_eq!(d.get_name(b"B"), Some(&b"C"[..]));
        assert_eq!(d.get(b"D"), Some(&Obj::Null));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let s = "[".repeat(100_000);
        assert!(Lexer::new(s.as_bytes(), 0).parse_obj().is_err());
    }
}
