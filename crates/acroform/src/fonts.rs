//! Fonts: which bytes a simple font can show, and how wide they are.
//!
//! Appearance streams must encode text in the font's encoding and measure it to
//! centre, align, comb and wrap. The form's fonts are simple fonts with the
//! WinAnsi encoding and a `/Widths` array; the standard 14 fonts (the `/Helv` of
//! `/DR`, and the Helvetica of the extra pages) carry no widths, so the Adobe AFM
//! widths of Helvetica and Helvetica-Bold are built in (Courier is 600 throughout).
//!
//! Width tables generated from the Adobe Core 14 AFM files (Helvetica.afm,
//! Helvetica-Bold.afm, Copyright (c) 1985, 1987, 1989, 1990, 1997 Adobe Systems
//! Incorporated; the AFM licence allows use and modification, this note marks the
//! modification: reduced to WinAnsi code order).

use super::PdfError;
use super::objects::{Dict, Obj};
use super::xref::Document;

/// How text maps to bytes in a font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// Windows-1252 (WinAnsiEncoding): ASCII, Latin-1 letters and a few typographic signs.
    WinAnsi,
    /// An encoding we do not model (StandardEncoding, /Differences...): ASCII letters,
    /// digits and punctuation only, where all Latin encodings agree.
    Ascii,
}

/// Metrics of a simple (one byte per glyph) font.
#[derive(Debug, Clone)]
pub(crate) struct FontMetrics {
    /// Advance width of each code in 1/1000 em; 0 means the font shows nothing there.
    widths: [u16; 256],
    encoding: Encoding,
    /// Height of capital letters, in em (centres single-line text).
    pub cap_height: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Builtin {
    Helvetica,
    HelveticaBold,
    Courier,
}

impl FontMetrics {
    fn builtin(b: Builtin) -> FontMetrics {
        let mut widths = [0u16; 256];
        for code in 32..=255usize {
            let w = match b {
                Builtin::Helvetica => HELVETICA.get(code - 32).copied().unwrap_or(0),
                Builtin::HelveticaBold => HELVETICA_BOLD.get(code - 32).copied().unwrap_or(0),
                // Courier shows every WinAnsi code that Helvetica shows.
                Builtin::Courier => {
                    if HELVETICA.get(code - 32).copied().unwrap_or(0) > 0 {
                        600
                    } else {
                        0
                    }
                }
            };
            if let Some(slot) = widths.get_mut(code) {
                *slot = w;
            }
        }
        let cap_height = match b {
            Builtin::Helvetica | Builtin::HelveticaBold => 0.718,
            Builtin::Courier => 0.562,
        };
        FontMetrics {
            widths,
            encoding: Encoding::WinAnsi,
            cap_height,
        }
    }

    pub(crate) fn helvetica() -> FontMetrics {
        FontMetrics::builtin(Builtin::Helvetica)
    }

    pub(crate) fn helvetica_bold() -> FontMetrics {
        FontMetrics::builtin(Builtin::HelveticaBold)
    }

    /// Metrics of a font dictionary from `/DR`, or `None` when it is not a simple Latin
    /// text font we can write with (Type0/CID, Type3, Symbol, ZapfDingbats).
    pub(crate) fn from_font_dict(
        doc: &mut Document,
        font: &Dict,
    ) -> Result<Option<FontMetrics>, PdfError> {
        match font.get_name(b"Subtype") {
            Some(b"Type1") | Some(b"TrueType") | Some(b"MMType1") => {}
            _ => return Ok(None),
        }
        let base = font.get_name(b"BaseFont").unwrap_or(b"");
        // Subset fonts are named "ABCDEF+Name".
        let base = match base.iter().position(|&b| b == b'+') {
            Some(6) => base.get(7..).unwrap_or(b""),
            _ => base,
        };
        let lower: Vec<u8> = base.to_ascii_lowercase();
        let has = |s: &[u8]| lower.windows(s.len()).any(|w| w == s);
        if has(b"symbol") || has(b"dingbat") || has(b"zadb") || has(b"wingding") {
            return Ok(None);
        }
        let builtin = if has(b"courier") || has(b"mono") {
            Builtin::Courier
        } else if has(b"bold") || has(b"black") || has(b"heavy") {
            Builtin::HelveticaBold
        } else {
            // Helvetica, Arial, and (an approximation, wider than Times) every other face.
            Builtin::Helvetica
        };
        let mut m = FontMetrics::builtin(builtin);
        m.encoding = match doc.resolve(font.get(b"Encoding").unwrap_or(&Obj::Null))? {
            Obj::Name(n) if n == b"WinAnsiEncoding" => Encoding::WinAnsi,
            Obj::Dict(d)
                if d.get_name(b"BaseEncoding") == Some(b"WinAnsiEncoding")
                    && d.get(b"Differences").is_none() =>
            {
                Encoding::WinAnsi
            }
            _ => Encoding::Ascii,
        };
        // The font's own widths win over the built-in approximation.
        let first = font.get_int(b"FirstChar").unwrap_or(0);
        if let Obj::Array(ws) = doc.resolve(font.get(b"Widths").unwrap_or(&Obj::Null))? {
            for (i, w) in ws.iter().enumerate() {
                let code = first.saturating_add(i as i64);
                let w = doc.resolve(w)?.as_f64().unwrap_or(0.0);
                if let (Ok(code), true) = (usize::try_from(code), (0.0..=5000.0).contains(&w)) {
                    if code >= 32 {
                        if let Some(slot) = m.widths.get_mut(code) {
                            // Keep "no glyph" for codes the encoding leaves undefined.
                            if *slot > 0 {
                                *slot = w.round() as u16;
                            }
                        }
                    }
                }
            }
        }
        if let Some(fd) = doc.resolve_dict(font.get(b"FontDescriptor"))? {
            if let Some(c) = fd.get(b"CapHeight").and_then(Obj::as_f64) {
                if c > 300.0 && c < 1000.0 {
                    m.cap_height = (c / 1000.0) as f32;
                }
            }
        }
        Ok(Some(m))
    }

    /// Encodes text as the font's bytes, one per character. Newlines stay `\n` (for the
    /// wrapper); characters the font cannot show become `?`, after trying to compose
    /// decomposed accents and to drop accents the encoding lacks ("č" -> "c").
    pub(crate) fn encode(&self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let mut c = c;
            // Compose "e" + U+0301 into "é" when the next char is a combining mark.
            while let Some(&m) = chars.peek() {
                match COMPOSE.iter().find(|(b, mk, _)| *b == c && *mk == m) {
                    Some(&(_, _, composed)) => {
                        c = composed;
                        chars.next();
                    }
                    None => break,
                }
            }
            match c {
                '\n' => {
                    out.push(b'\n');
                    continue;
                }
                '\r' => {
                    // CRLF and lone CR both end a line.
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push(b'\n');
                    continue;
                }
                '\t' => c = ' ',
                // Combining marks left over (nothing to compose with) and invisible
                // format characters are dropped rather than shown as '?'.
                '\u{0300}'..='\u{036F}' | '\u{200B}'..='\u{200D}' | '\u{FEFF}' => continue,
                '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => c = ' ',
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => c = '-',
                _ => {}
            }
            out.push(self.byte_for(c));
        }
        out
    }

    fn byte_for(&self, c: char) -> u8 {
        let mut byte = winansi_byte(c);
        if byte.is_none() {
            if let Some(base) = (c as u32)
                .checked_sub(0x100)
                .and_then(|i| LATIN_EXT_A_BASE.get(i as usize))
            {
                byte = Some(*base);
            }
        }
        match byte {
            Some(b)
                if (b < 0x80 || self.encoding == Encoding::WinAnsi)
                    && self.widths.get(usize::from(b)).is_some_and(|&w| w > 0) =>
            {
                b
            }
            _ => b'?',
        }
    }

    /// Width of one byte in text space units at `size` points.
    pub(crate) fn byte_width(&self, b: u8, size: f32) -> f32 {
        f32::from(self.widths.get(usize::from(b)).copied().unwrap_or(0)) * size / 1000.0
    }

    /// Width of encoded bytes at `size` points.
    pub(crate) fn width(&self, bytes: &[u8], size: f32) -> f32 {
        bytes.iter().map(|&b| self.byte_width(b, size)).sum()
    }
}

/// The WinAnsi (Windows-1252) byte for a character, if it has one.
fn winansi_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0x20..0x7f).contains(&u) || (0xa0..=0xff).contains(&u) {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    })
}

/// Breaks encoded text into lines no wider than `max_w` at `size` points: at spaces
/// when possible, inside a word only when the word alone is too wide. `\n` always
/// breaks; an empty paragraph gives an empty line.
pub(crate) fn wrap(text: &[u8], m: &FontMetrics, size: f32, max_w: f32) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    let space_w = m.byte_width(b' ', size);
    for para in text.split(|&b| b == b'\n') {
        let mut line: Vec<u8> = Vec::new();
        let mut line_w = 0.0f32;
        let mut started = false;
        for word in para.split(|&b| b == b' ') {
            let word_w = m.width(word, size);
            if started && line_w + space_w + word_w <= max_w {
                line.push(b' ');
                line.extend_from_slice(word);
                line_w += space_w + word_w;
                continue;
            }
            if started {
                lines.push(std::mem::take(&mut line));
            }
            started = true;
            line_w = 0.0;
            // A word wider than the line is cut where it overflows.
            for &b in word {
                let bw = m.byte_width(b, size);
                if !line.is_empty() && line_w + bw > max_w {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                line.push(b);
                line_w += bw;
            }
        }
        lines.push(line);
    }
    lines
}

/// (base letter, combining mark, WinAnsi precomposed letter): composes decomposed input (NFD).
const COMPOSE: [(char, char, char); 58] = [
    ('A', '\u{0300}', '\u{00C0}'),
    ('A', '\u{0301}', '\u{00C1}'),
    ('A', '\u{0302}', '\u{00C2}'),
    ('A', '\u{0303}', '\u{00C3}'),
    ('A', '\u{0308}', '\u{00C4}'),
    ('A', '\u{030A}', '\u{00C5}'),
    ('C', '\u{0327}', '\u{00C7}'),
    ('E', '\u{0300}', '\u{00C8}'),
    ('E', '\u{0301}', '\u{00C9}'),
    ('E', '\u{0302}', '\u{00CA}'),
    ('E', '\u{0308}', '\u{00CB}'),
    ('I', '\u{0300}', '\u{00CC}'),
    ('I', '\u{0301}', '\u{00CD}'),
    ('I', '\u{0302}', '\u{00CE}'),
    ('I', '\u{0308}', '\u{00CF}'),
    ('N', '\u{0303}', '\u{00D1}'),
    ('O', '\u{0300}', '\u{00D2}'),
    ('O', '\u{0301}', '\u{00D3}'),
    ('O', '\u{0302}', '\u{00D4}'),
    ('O', '\u{0303}', '\u{00D5}'),
    ('O', '\u{0308}', '\u{00D6}'),
    ('U', '\u{0300}', '\u{00D9}'),
    ('U', '\u{0301}', '\u{00DA}'),
    ('U', '\u{0302}', '\u{00DB}'),
    ('U', '\u{0308}', '\u{00DC}'),
    ('Y', '\u{0301}', '\u{00DD}'),
    ('a', '\u{0300}', '\u{00E0}'),
    ('a', '\u{0301}', '\u{00E1}'),
    ('a', '\u{0302}', '\u{00E2}'),
    ('a', '\u{0303}', '\u{00E3}'),
    ('a', '\u{0308}', '\u{00E4}'),
    ('a', '\u{030A}', '\u{00E5}'),
    ('c', '\u{0327}', '\u{00E7}'),
    ('e', '\u{0300}', '\u{00E8}'),
    ('e', '\u{0301}', '\u{00E9}'),
    ('e', '\u{0302}', '\u{00EA}'),
    ('e', '\u{0308}', '\u{00EB}'),
    ('i', '\u{0300}', '\u{00EC}'),
    ('i', '\u{0301}', '\u{00ED}'),
    ('i', '\u{0302}', '\u{00EE}'),
    ('i', '\u{0308}', '\u{00EF}'),
    ('n', '\u{0303}', '\u{00F1}'),
    ('o', '\u{0300}', '\u{00F2}'),
    ('o', '\u{0301}', '\u{00F3}'),
    ('o', '\u{0302}', '\u{00F4}'),
    ('o', '\u{0303}', '\u{00F5}'),
    ('o', '\u{0308}', '\u{00F6}'),
    ('u', '\u{0300}', '\u{00F9}'),
    ('u', '\u{0301}', '\u{00FA}'),
    ('u', '\u{0302}', '\u{00FB}'),
    ('u', '\u{0308}', '\u{00FC}'),
    ('y', '\u{0301}', '\u{00FD}'),
    ('y', '\u{0308}', '\u{00FF}'),
    ('S', '\u{030C}', '\u{0160}'),
    ('s', '\u{030C}', '\u{0161}'),
    ('Z', '\u{030C}', '\u{017D}'),
    ('z', '\u{030C}', '\u{017E}'),
    ('Y', '\u{0308}', '\u{0178}'),
];
/// Base letter of each Latin Extended-A character U+0100..=U+017F ("č" -> 'c'), used
/// when the font cannot show the accented letter itself. Accents already in WinAnsi stay.
const LATIN_EXT_A_BASE: &[u8; 128] = b"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/// Helvetica advance widths (1/1000 em) for WinAnsi codes 32..=255; 0 = no glyph.
pub(crate) const HELVETICA: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    0, 556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222,
    333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 556, 537, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

/// Helvetica-Bold advance widths (1/1000 em) for WinAnsi codes 32..=255; 0 = no glyph.
pub(crate) const HELVETICA_BOLD: [u16; 224] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    0, 556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278,
    500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611,
    611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_latin1_and_replaces_the_rest() {
        let m = FontMetrics::helvetica();
        assert_eq!(m.encode("Lucía Ñu"), b"Luc\xeda \xd1u");
        assert_eq!(m.encode("e\u{301}"), b"\xe9");
        assert_eq!(m.encode("Łódź"), b"L\xf3dz");
        assert_eq!(m.encode("日本"), b"??");
        assert_eq!(m.encode("a\r\nb\tc"), b"a\nb c");
        assert_eq!(m.encode("“€”"), b"\x93\x80\x94");
    }

    #[test]
    fn helvetica_widths_match_the_afm() {
        let m = FontMetrics::helvetica();
        assert_eq!(m.width(b"a", 1000.0), 556.0);
        assert_eq!(m.width(b"W", 1000.0), 944.0);
        assert_eq!(m.width(b"\xe1", 1000.0), 556.0);
        assert_eq!(FontMetrics::helvetica_bold().width(b"i", 1000.0), 278.0);
    }

    #[test]
    fn wraps_on_spaces_and_cuts_long_words() {
        let m = FontMetrics::builtin(Builtin::Courier);
        // 10 pt Courier: 6 pt a character, so 30 pt holds 5 characters.
        let lines = wrap(b"aa bb cc\n\nabcdefgh", &m, 10.0, 30.0);
        assert_eq!(
            lines,
            vec![
                b"aa bb".to_vec(),
                b"cc".to_vec(),
                vec![],
                b"abcde".to_vec(),
                b"fgh".to_vec()
            ]
        );
    }
}
