//! Appearance streams for text and choice fields (ISO 32000-1 §12.7.3.3).
//!
//! A viewer draws a widget from its `/AP /N` form XObject; writing one for every
//! filled field makes the page look and print the same in every reader, instead of
//! each reader guessing (or drawing nothing) from `/V` and `/NeedAppearances`.
//!
//! Layout, in the widget's own coordinates (0,0 at the bottom left of `/Rect`):
//! - single line: vertically centred on the cap height, 2 pt padding, `/Q` alignment,
//!   shrunk (down to [`MIN_SIZE`]) when the text is wider than the box;
//! - comb (`/MaxLen` cells): one character centred in each cell;
//! - multiline: wrapped at spaces with real glyph widths, shrunk until it fits or
//!   reaches [`MIN_SIZE`];
//! - all of it inside `/Tx BMC ... EMC` and clipped to the box.

use super::fonts::{FontMetrics, wrap};
use super::lexer::{Lexer, Tok};
use super::objects::{Obj, fmt_num, write_literal, write_name, write_obj};

/// Smallest font size used when shrinking text to fit (points).
pub(crate) const MIN_SIZE: f32 = 6.0;
/// Largest size chosen for an auto-sized (`0 Tf`) field.
const MAX_AUTO_SIZE: f32 = 12.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.15;
/// Distance from the top of a line to its baseline, as a multiple of the size
/// (room for accented capitals such as "Í").
const ASCENT: f32 = 0.85;
/// Space below the baseline kept for descenders, as a multiple of the size.
const DESCENT: f32 = 0.22;

/// A parsed default appearance string (`/DA`), e.g. `/Helv 10 Tf 0 g`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Da {
    /// Font resource name (`Helv`).
    pub font: Vec<u8>,
    /// Font size; 0 means "auto".
    pub size: f32,
    /// The other operators (colour), re-serialised, to repeat inside `BT`.
    pub other: Vec<u8>,
}

/// Parses a `/DA` string. Unknown content is kept verbatim except the `Tf` operator,
/// which the layout rewrites with the size it chose.
pub(crate) fn parse_da(da: &[u8]) -> Da {
    let mut lx = Lexer::new(da, 0);
    let mut operands: Vec<Obj> = Vec::new();
    let mut out = Da {
        font: Vec::new(),
        size: 0.0,
        other: Vec::new(),
    };
    while let Ok(Some(tok)) = lx.next() {
        match tok {
            Tok::Kw(b"Tf") => {
                if let (Some(Obj::Name(n)), Some(s)) =
                    (operands.first(), operands.get(1).and_then(Obj::as_f64))
                {
                    out.font = n.clone();
                    out.size = if s.is_finite() && s > 0.0 && s < 1000.0 {
                        s as f32
                    } else {
                        0.0
                    };
                }
                operands.clear();
            }
            Tok::Kw(op) => {
                // Keep only colour operators: anything else in a DA is noise for us.
                if matches!(op, b"g" | b"rg" | b"k" | b"G" | b"RG" | b"K")
                    && operands.iter().all(|o| o.as_f64().is_some())
                {
                    for o in &operands {
                        write_obj(&mut out.other, o);
                        out.other.push(b' ');
                    }
                    out.other.extend_from_slice(op);
                    out.other.push(b'\n');
                }
                operands.clear();
            }
            Tok::Int(i) => operands.push(Obj::Int(i)),
            Tok::Real(r) => operands.push(Obj::Real(r)),
            Tok::Name(n) => operands.push(Obj::Name(n)),
            _ => operands.clear(),
        }
    }
    out
}

/// Everything the layout needs to know about one widget.
pub(crate) struct Field<'a> {
    /// Width and height of the widget's `/Rect`.
    pub w: f32,
    pub h: f32,
    pub da: &'a Da,
    /// Font resource name to use in the stream (the DA's, or a fallback).
    pub font_name: &'a [u8],
    pub metrics: &'a FontMetrics,
    /// `/Q`: 0 left, 1 centre, 2 right.
    pub q: i64,
    /// Number of comb cells, for comb fields.
    pub comb: Option<u32>,
    pub multiline: bool,
    /// Background (`/MK /BG`) and border (`/MK /BC`) colours, and the border width.
    pub background: Option<Vec<f64>>,
    pub border: Option<Vec<f64>>,
    pub border_width: f32,
}

fn color_op(out: &mut Vec<u8>, c: &[f64], stroke: bool) {
    let op: &[u8] = match (c.len(), stroke) {
        (1, false) => b"g",
        (3, false) => b"rg",
        (4, false) => b"k",
        (1, true) => b"G",
        (3, true) => b"RG",
        (4, true) => b"K",
        _ => return,
    };
    for v in c {
        out.extend_from_slice(fmt_num(*v).as_bytes());
        out.push(b' ');
    }
    out.extend_from_slice(op);
    out.push(b'\n');
}

/// A number as content streams write it (shared with the added sheets, `pages.rs`).
pub(crate) fn n(v: f32) -> String {
    fmt_num(f64::from(v))
}

/// One positioned run of text.
struct Run {
    x: f32,
    y: f32,
    bytes: Vec<u8>,
}

/// The result of laying text out in a field.
struct Laid {
    size: f32,
    runs: Vec<Run>,
    /// Whether every character is shown (nothing cut off by the box).
    complete: bool,
}

impl Field<'_> {
    fn padding(&self) -> f32 {
        2.0 + self.border_width
    }

    fn auto_size(&self) -> f32 {
        ((self.h - 2.0 * self.border_width - 2.0) / LEADING).clamp(MIN_SIZE, MAX_AUTO_SIZE)
    }

    /// Baseline that centres capital letters vertically.
    fn centred_baseline(&self, size: f32) -> f32 {
        (self.h - self.metrics.cap_height * size) / 2.0
    }

    fn layout(&self, text: &str) -> Laid {
        let mut bytes = self.metrics.encode(text);
        if let Some(cells) = self.comb.filter(|&c| c > 0 && !self.multiline) {
            return self.layout_comb(&mut bytes, cells);
        }
        if self.multiline {
            return self.layout_multiline(&bytes);
        }
        // Single line: a newline has no meaning here.
        for b in bytes.iter_mut() {
            if *b == b'\n' {
                *b = b' ';
            }
        }
        let pad = self.padding();
        let avail = (self.w - 2.0 * pad).max(0.0);
        let mut size = if self.da.size > 0.0 {
            self.da.size
        } else {
            self.auto_size()
        };
        let full = self.metrics.width(&bytes, size);
        if full > avail && full > 0.0 {
            // Shrink to fit, in 0.1 pt steps, but never below the minimum.
            size = ((size * avail / full * 10.0).floor() / 10.0)
                .max(MIN_SIZE)
                .min(size);
        }
        let tw = self.metrics.width(&bytes, size);
        let complete = tw <= avail + 0.01;
        // Text that still overflows starts at the left edge so its beginning shows.
        let x = match self.q {
            _ if !complete => pad,
            1 => (self.w - tw) / 2.0,
            2 => self.w - pad - tw,
            _ => pad,
        };
        Laid {
            size,
            runs: vec![Run {
                x,
                y: self.centred_baseline(size),
                bytes,
            }],
            complete,
        }
    }

    fn layout_comb(&self, bytes: &mut Vec<u8>, cells: u32) -> Laid {
        bytes.retain(|&b| b != b'\n');
        let cells_f = cells as f32;
        let cell = self.w / cells_f;
        let mut size = if self.da.size > 0.0 {
            self.da.size
        } else {
            self.auto_size()
        };
        // The widest character must fit in a cell.
        let widest = bytes
            .iter()
            .map(|&b| self.metrics.byte_width(b, size))
            .fold(0.0f32, f32::max);
        if widest > cell && widest > 0.0 {
            size = (size * cell / widest).max(MIN_SIZE);
        }
        let count = bytes.len().min(cells as usize);
        let complete = bytes.len() <= cells as usize;
        // Alignment moves the text by whole cells.
        let free = (cells as usize).saturating_sub(count);
        let offset = match self.q {
            1 => free / 2,
            2 => free,
            _ => 0,
        };
        let y = self.centred_baseline(size);
        let runs = bytes
            .iter()
            .take(count)
            .enumerate()
            .map(|(i, &b)| {
                let cw = self.metrics.byte_width(b, size);
                Run {
                    x: (i + offset) as f32 * cell + (cell - cw) / 2.0,
                    y,
                    bytes: vec![b],
                }
            })
            .collect();
        Laid {
            size,
            runs,
            complete,
        }
    }

    fn layout_multiline(&self, bytes: &[u8]) -> Laid {
        let pad = self.padding();
        let avail_w = (self.w - 2.0 * pad).max(1.0);
        let avail_h = (self.h - 2.0 * pad).max(0.0);
        let height = |lines: usize, size: f32| {
            size * ASCENT + (lines.saturating_sub(1)) as f32 * size * LEADING + size * DESCENT
        };
        let mut size = if self.da.size > 0.0 {
            self.da.size
        } else {
            MAX_AUTO_SIZE
        };
        let mut lines = wrap(bytes, self.metrics, size, avail_w);
        // Shrink in half-point steps until the text fits or the minimum is reached.
        while height(lines.len(), size) > avail_h && size > MIN_SIZE {
            size = (size - 0.5).max(MIN_SIZE);
            lines = wrap(bytes, self.metrics, size, avail_w);
        }
        let complete = height(lines.len(), size) <= avail_h + 0.01;
        let mut runs = Vec::new();
        let mut y = self.h - pad - size * ASCENT;
        for line in lines {
            // Show whole lines only: a line cut in half by the clip looks like a printing
            // error. (The first line is always drawn, even in a box too short for it.)
            if !runs.is_empty() && y - size * DESCENT < self.border_width {
                break;
            }
            let tw = self.metrics.width(&line, size);
            let x = match self.q {
                1 => (self.w - tw) / 2.0,
                2 => self.w - pad - tw,
                _ => pad,
            };
            runs.push(Run { x, y, bytes: line });
            y -= size * LEADING;
        }
        Laid {
            size,
            runs,
            complete,
        }
    }

    /// Whether `text` is shown whole (at a size no smaller than [`MIN_SIZE`]).
    pub(crate) fn fits(&self, text: &str) -> bool {
        self.layout(text).complete
    }

    /// The content stream of the normal appearance showing `text`.
    pub(crate) fn stream(&self, text: &str) -> Vec<u8> {
        let laid = self.layout(text);
        let (w, h, bw) = (self.w, self.h, self.border_width);
        let mut s = Vec::with_capacity(128 + text.len() * 2);
        if let Some(bg) = &self.background {
            color_op(&mut s, bg, false);
            s.extend_from_slice(format!("0 0 {} {} re f\n", n(w), n(h)).as_bytes());
        }
        if let (Some(bc), true) = (&self.border, bw > 0.0) {
            color_op(&mut s, bc, true);
            s.extend_from_slice(
                format!(
                    "{} w {} {} {} {} re S\n",
                    n(bw),
                    n(bw / 2.0),
                    n(bw / 2.0),
                    n(w - bw),
                    n(h - bw)
                )
                .as_bytes(),
            );
        }
        // Marked content `/Tx` tells editing viewers which part to replace when the
        // user types; everything the text draws is clipped to the inner box.
        s.extend_from_slice(b"/Tx BMC\nq\n");
        s.extend_from_slice(
            format!(
                "{} {} {} {} re W n\n",
                n(bw),
                n(bw),
                n(w - 2.0 * bw),
                n(h - 2.0 * bw)
            )
            .as_bytes(),
        );
        if !laid.runs.iter().all(|r| r.bytes.is_empty()) {
            s.extend_from_slice(b"BT\n");
            s.extend_from_slice(&self.da.other);
            write_name(&mut s, self.font_name);
            s.extend_from_slice(format!(" {} Tf\n", n(laid.size)).as_bytes());
            for run in laid.runs.iter().filter(|r| !r.bytes.is_empty()) {
                s.extend_from_slice(format!("1 0 0 1 {} {} Tm ", n(run.x), n(run.y)).as_bytes());
                write_literal(&mut s, &run.bytes);
                s.extend_from_slice(b" Tj\n");
            }
            s.extend_from_slice(b"ET\n");
        }
        s.extend_from_slice(b"Q\nEMC\n");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field<'a>(da: &'a Da, m: &'a FontMetrics, w: f32, h: f32) -> Field<'a> {
        Field {
            w,
            h,
            da,
            font_name: b"Helv",
            metrics: m,
            q: 0,
            comb: None,
            multiline: false,
            background: None,
            border: None,
            border_width: 0.0,
        }
    }

    #[test]
    fn parses_da() {
        let da = parse_da(b"/CourierNewPS-BoldMT 10.00 Tf 1.000 0.000 0.000 rg");
        assert_eq!(da.font, b"CourierNewPS-BoldMT");
        assert_eq!(da.size, 10.0);
        assert_eq!(da.other, b"1 0 0 rg\n");
        assert_eq!(parse_da(b"/Helv 0 Tf 0 g").size, 0.0);
        assert_eq!(parse_da(b"garbage ((").font, b"");
    }

    #[test]
    fn comb_puts_one_char_per_cell() {
        let da = parse_da(b"/Helv 10 Tf 0 g");
        let m = FontMetrics::helvetica();
        let mut f = field(&da, &m, 90.0, 18.0);
        f.comb = Some(9);
        let s = String::from_utf8(f.stream("012345678")).unwrap();
        // Cell 10 wide, '0' is 5.56 wide: x = 2.22, 12.22, ...
        assert!(s.contains("1 0 0 1 2.22 "), "{s}");
        assert!(s.contains("1 0 0 1 82.22 "), "{s}");
        assert!(!f.fits("0123456789"));
    }

    #[test]
    fn multiline_shrinks_then_reports_overflow() {
        let da = parse_da(b"/Helv 10 Tf 0 g");
        let m = FontMetrics::helvetica();
        let mut f = field(&da, &m, 200.0, 60.0);
        f.multiline = true;
        assert!(f.fits("short text"));
        let long = "word ".repeat(400);
        assert!(!f.fits(&long));
        let s = String::from_utf8(f.stream(&long)).unwrap();
        assert!(s.contains("/Helv 6 Tf"), "{s}");
    }

    #[test]
    fn single_line_shrinks_to_fit() {
        let da = parse_da(b"/Helv 10 Tf 0 g");
        let m = FontMetrics::helvetica();
        let f = field(&da, &m, 60.0, 18.0);
        let s = String::from_utf8(f.stream("A rather long value here")).unwrap();
        assert!(!s.contains("/Helv 10 Tf"), "{s}");
    }
}
